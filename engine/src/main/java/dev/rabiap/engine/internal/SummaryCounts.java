package dev.rabiap.engine.internal;

import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.CoverageCount;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.LedgerEntry;
import dev.rabiap.engine.LedgerReminder;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.rule.Post;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an audit counts as it goes, for its summary: records skipped and records that could not be
 * read, findings by rule, messages from senders the roster does not know or cannot tell apart, and
 * the messages of each input. Skips and bad records are counted on the reading thread too
 * ({@link Tallies} are thread-safe); the rest on the audit's thread.
 */
public final class SummaryCounts {
    /** How many sender names are counted apart; the names past them are counted together, so that a log of strangers cannot fill memory. */
    private static final int MAX_NAMES = 10_000;

    private final Tallies skipped = new Tallies();
    private final Tallies malformed = new Tallies();
    private final Map<String, Long> findingsByRule = new TreeMap<>();
    private final Map<String, Long> unknownSenders = new HashMap<>();
    private final Map<String, Long> ambiguousSenders = new HashMap<>();
    private final List<AuditSummary.Input> inputs = new ArrayList<>();

    /** Counts a record a source skipped. */
    public void skipped(Evidence where, String reason) {
        skipped.add(where, reason);
    }

    /** Counts a record that could not be read. */
    public void malformed(MalformedInputException e) {
        malformed.add(e.evidence(), e.reason());
    }

    /** Counts the messages of a post whose sender the roster does not know, or names more than once. */
    public void sender(Post post) {
        if (!post.isResolved() && !post.getActor().isEmpty()) {
            countName(post.isAmbiguous() ? ambiguousSenders : unknownSenders, post.getActor(), post.getPartCount());
        }
    }

    private static void countName(Map<String, Long> names, String name, long messages) {
        if (names.size() >= MAX_NAMES && !names.containsKey(name)) {
            name = "(other names)";
        }
        names.merge(name, messages, Long::sum);
    }

    /** Counts a finding handed to the sink. */
    public void finding(Finding finding) {
        findingsByRule.merge(finding.ruleId(), 1L, Long::sum);
    }

    /** Counts the messages read from one input. */
    public void input(String description, long messages) {
        inputs.add(new AuditSummary.Input(description, messages));
    }

    /**
     * The summary of the audit: these counts with what the audit's other parts know at its end.
     *
     * @param messages the messages audited
     * @param open the duties still open
     * @param asOf when missing answers were judged, or null when they were not
     * @param maker the audit's post maker, for its posts, groups no row names and deadlines it could not read
     */
    public AuditSummary summary(RuleSet rules, long messages, long open, ZonedDateTime asOf, List<LedgerEntry> ledger,
            List<CoverageCount> coverage, PostMaker maker, List<LedgerReminder> reminders) {
        return new AuditSummary(rules.name(), rules.version(), List.copyOf(inputs), messages, skipped.snapshot(), malformed.snapshot(),
                Collections.unmodifiableMap(new TreeMap<>(findingsByRule)), Map.copyOf(unknownSenders), Map.copyOf(ambiguousSenders), open,
                asOf, ledger, coverage, maker.posts(), maker.unmatched().snapshot(), maker.deadlineProblems(), reminders);
    }
}
