package dev.rabiap.engine.internal;

import dev.rabiap.engine.Explanation;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.rule.MissingMembers;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Why each finding was made, for {@code --explain}: the rule match firing when the finding was
 * inserted, described by the {@link Explainer}. Listens to the agenda only to know which match is
 * firing; a match is described once, however many findings it inserts, and only if it inserts one.
 * Registered only when the audit explains. Confined to the audit's thread.
 */
public final class FindingExplanations extends DefaultAgendaEventListener {
    private final Explainer explainer;
    /** Findings not yet handed to the sink, by identity: two findings may be equal. */
    private final Map<Finding, Explanation> explanations = new IdentityHashMap<>();
    /** The explanations of coverage rows' people missing whose findings are not yet made. */
    private final Map<MissingMembers, Explanation> rows = new IdentityHashMap<>();
    private Match firing;
    private Explanation firingExplanation;

    public FindingExplanations(Explainer explainer) {
        this.explainer = explainer;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
        firingExplanation = null;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
    }

    /** Explains a finding just inserted, by the match firing; one inserted outside a firing has no explanation. */
    void inserted(Finding finding) {
        if (firing != null) {
            if (firingExplanation == null) {
                firingExplanation = explainer.explain(firing);
            }
            explanations.put(finding, firingExplanation);
        }
    }

    /** Explains the findings of a coverage row's people missing, made later, by the match firing. */
    void inserted(MissingMembers row) {
        if (firing != null) {
            if (firingExplanation == null) {
                firingExplanation = explainer.explain(firing);
            }
            rows.put(row, firingExplanation);
        }
    }

    /** The explanation of every finding of a coverage row's people missing; an empty one when it has none. */
    public Explanation of(MissingMembers row) {
        Explanation why = rows.get(row);
        return why != null ? why : new Explanation("", "", List.of());
    }

    /** Forgets the explanations of coverage rows' people missing, once their findings are written. */
    public void forget(List<MissingMembers> written) {
        for (MissingMembers row : written) {
            rows.remove(row);
        }
    }

    /** The explanation of a finding, forgotten once taken; an empty one when it has none. */
    public Explanation take(Finding finding) {
        Explanation why = explanations.remove(finding);
        return why != null ? why : new Explanation("", "", List.of());
    }
}
