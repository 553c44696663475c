package dev.rabiap.engine.internal;

import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.ErrorCode;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.rule.CoveragePolicy;
import dev.rabiap.engine.rule.ObligationPolicy;
import dev.rabiap.engine.rule.RegistryPolicy;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Fires the rules of one batch within the audit's firing limit ({@link AuditOptions.FiringLimit}).
 * A rule whose consequence makes it (or another rule) match again would fire forever; past the
 * limit the audit stops with the rules that kept firing named and {@link ErrorCode#BAD_RULES}
 * (exit code 3). The limit costs nothing while it is not reached: the rules fire with a maximum
 * count and no listener; only when the maximum is reached do they fire a little longer, counted by
 * rule, to name the culprits. A rule that throws stops the audit the same way, naming the rule,
 * instead of a stack trace.
 */
public final class FiringGuard {
    /** How many more firings are counted, once the limit is reached, to name the rules that loop and say how often they fired. */
    private static final int SAMPLE = 10_000;

    private final KieSession session;
    private final AuditOptions.FiringLimit limit;
    private final long policyFacts;

    /**
     * @param session the audit's session
     * @param limit the options' firing limit
     * @param policy the tables: their lists (people required, parties, register units) count as facts
     */
    public FiringGuard(KieSession session, AuditOptions.FiringLimit limit, PolicyTables.Policy policy) {
        this.session = session;
        this.limit = limit;
        long facts = 0;
        for (CoveragePolicy coverage : policy.coverage()) {
            facts += coverage.getRequired().size();
        }
        for (ObligationPolicy obligation : policy.obligations()) {
            facts += obligation.getParties().size();
        }
        for (RegistryPolicy registry : policy.registry()) {
            facts += registry.getUnits().size();
        }
        this.policyFacts = facts;
    }

    /**
     * Fires the rules on a batch of {@code messages} messages (0 at the end of the log).
     *
     * @return how many rules fired
     * @throws PolicyException when the firings pass the limit, or a rule fails
     */
    public long fire(int messages) {
        long max = limit.of(messages, session.getFactCount() + policyFacts);
        int allowed = (int) Math.min(max, Integer.MAX_VALUE - 1);
        int fired;
        try {
            fired = session.fireAllRules(allowed);
        } catch (RuntimeException e) {
            throw failed(e);
        }
        if (fired < allowed) {
            return fired;
        }
        Map<Rule, long[]> counts = new HashMap<>();
        DefaultAgendaEventListener counter = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                counts.computeIfAbsent(event.getMatch().getRule(), r -> new long[1])[0]++;
            }
        };
        session.addEventListener(counter);
        int more;
        try {
            more = session.fireAllRules(SAMPLE);
        } catch (RuntimeException e) {
            throw failed(e);
        } finally {
            session.removeEventListener(counter);
        }
        if (more == 0) {
            return fired; // exactly at the limit, and done
        }
        List<Map.Entry<Rule, long[]>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.ROOT);
        number.setGroupingUsed(true);
        List<String> names = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (Map.Entry<Rule, long[]> entry : ranked) {
            if (names.isEmpty() || entry.getValue()[0] * 10 >= more) {
                names.add(label(entry.getKey()));
                times.add(number.format(entry.getValue()[0]));
            }
        }
        String who = names.size() == 1 ? "rule " + names.get(0) : "rules " + String.join(" and ", names);
        String batch = messages > 0 ? "on one batch of " + number.format(messages) + (messages == 1 ? " message" : " messages")
                : "at the end of the log";
        throw new PolicyException(ErrorCode.BAD_RULES, who + " fired " + String.join(" and ", times) + " times " + batch
                + " after the batch's limit of " + number.format(fired) + " firings: a loop? (a rule must not match again what its own"
                + " consequence changes or inserts; the limit is AuditOptions.firingLimit)");
    }

    private static String label(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return "'" + rule.getName() + "'" + (id == null ? "" : " (" + id + ")");
    }

    private static PolicyException failed(RuntimeException e) {
        Throwable cause = e;
        String rule = null;
        if (e instanceof ConsequenceException consequence && consequence.getRule() != null) {
            rule = label(consequence.getRule());
        }
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String where = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        if (rule == null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Rule \"([^\"]+)\"").matcher(where);
            rule = m.find() ? "'" + m.group(1) + "'" : null;
        }
        return new PolicyException(ErrorCode.BAD_RULES, (rule == null ? "a rule" : "rule " + rule) + " failed: " + cause
                + (where.isEmpty() || where.equals(cause.toString()) ? "" : " (" + where + ")"), e);
    }
}
