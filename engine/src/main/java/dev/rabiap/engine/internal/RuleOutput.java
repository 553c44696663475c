package dev.rabiap.engine.internal;

import dev.rabiap.engine.Finding;
import dev.rabiap.engine.rule.DutyState;
import dev.rabiap.engine.rule.Member;
import dev.rabiap.engine.rule.MissingMembers;
import dev.rabiap.engine.rule.NotAMember;
import dev.rabiap.engine.rule.Obligation;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * What an audit's rules insert into working memory, read as they insert it:
 * <ul>
 *   <li>findings, kept for the sink with their explanations ({@link FindingExplanations});</li>
 *   <li>what the obligation rules decided about each duty ({@link DutyState}), for the ledger;</li>
 *   <li>people a coverage row requires who are not members ({@link MissingMembers}, a fact a row, or
 *       {@link NotAMember}, a fact a person), for the summary's coverage counts ({@link CoverageMisses}),
 *       and, for {@link MissingMembers}, the findings made from it as the report is written;</li>
 *   <li>duties opened ({@link Obligation}), for the ledger, and duties and members made or
 *       removed, for the {@link PostFeed}, which must know them to tell which posts a rule can act
 *       on.</li>
 * </ul>
 * Findings, duty states and missing members are read once inserted: {@link #takeFindings} removes
 * them from working memory after each firing, so that they do not pile up over a long log.
 * Confined to the audit's thread.
 */
public final class RuleOutput extends DefaultRuleRuntimeEventListener {
    /** The findings inserted since they were last taken, in the order inserted. */
    private final List<Finding> findings = new ArrayList<>();
    /** The coverage rows' people missing, inserted since last taken: their findings are made as they are written. */
    private final List<MissingMembers> missing = new ArrayList<>();
    /** Null when the audit does not explain. */
    private final FindingExplanations explanations;
    /** The facts read once inserted, to be removed. */
    private final List<FactHandle> read = new ArrayList<>();
    /** Null when the audit keeps no ledger. */
    private final Ledger ledger;
    private final CoverageMisses misses;
    /** Null when every post goes into working memory. */
    private final PostFeed feed;

    /**
     * @param ledger the ledger, or null when the audit keeps none
     * @param feed the post feed, or null when every post goes into working memory
     * @param explanations the findings' explanations, or null when the audit does not explain
     * @param misses where the people found missing from coverage rows go
     */
    public RuleOutput(Ledger ledger, PostFeed feed, FindingExplanations explanations, CoverageMisses misses) {
        this.ledger = ledger;
        this.feed = feed;
        this.explanations = explanations;
        this.misses = misses;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Finding finding) {
            findings.add(finding);
            read.add(event.getFactHandle());
            if (explanations != null) {
                explanations.inserted(finding);
            }
        } else if (event.getObject() instanceof DutyState state) {
            read.add(event.getFactHandle());
            if (ledger != null) {
                ledger.decided(state);
            }
        } else if (event.getObject() instanceof MissingMembers row) {
            read.add(event.getFactHandle());
            misses.add(row.policy(), row.people());
            if (!row.people().isEmpty()) {
                missing.add(row);
                if (explanations != null) {
                    explanations.inserted(row);
                }
            }
        } else if (event.getObject() instanceof NotAMember notAMember) {
            read.add(event.getFactHandle());
            misses.add(notAMember);
        } else if (event.getObject() instanceof Obligation obligation) {
            if (ledger != null) {
                ledger.opened(obligation);
            }
            if (feed != null) {
                feed.inserted(obligation);
            }
        } else if (feed != null && event.getObject() instanceof Member member) {
            feed.inserted(member);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (feed != null) {
            feed.deleted(event.getOldObject());
        }
    }

    /**
     * Removes from the session the findings, duty states and missing members inserted since the
     * last call, and returns the findings among them in the order they were inserted.
     */
    public List<Finding> takeFindings(KieSession session) {
        for (FactHandle handle : read) {
            session.delete(handle);
        }
        read.clear();
        List<Finding> taken = new ArrayList<>(findings);
        findings.clear();
        return taken;
    }

    /**
     * The coverage rows' people missing inserted since the last call, in the order inserted; taken
     * out of working memory by {@link #takeFindings}, which is to be called first.
     */
    public List<MissingMembers> takeMissing() {
        if (missing.isEmpty()) {
            return List.of();
        }
        List<MissingMembers> taken = new ArrayList<>(missing);
        missing.clear();
        return taken;
    }
}
