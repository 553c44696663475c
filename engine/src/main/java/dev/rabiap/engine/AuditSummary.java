package dev.rabiap.engine;

import dev.rabiap.engine.spi.Evidence;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * What an audit read and found, for the end of every report: nothing read is left uncounted.
 *
 * @param ruleSet the rule set's name
 * @param ruleSetVersion its version digest
 * @param inputs each input with the messages read from it
 * @param messages messages read in all
 * @param skipped records that were not messages, by reason, with the first places
 * @param malformed records that could not be read (with keep-going), by reason, with the first places
 * @param findingsByRule findings per rule id, sorted by id
 * @param unknownSenders messages whose sender is not on the roster, by name seen
 * @param ambiguousSenders messages whose sender's name fits several people, by name seen
 * @param openObligations answers owed but not yet due at {@code asOf}
 * @param asOf the time missing answers were judged at, or null when nothing was read
 * @param ledger every obligation and what became of it, in order of the orders then parties; empty unless asked for
 * @param coverage for each coverage rule, each district or agency with its required and missing people
 * @param posts the posts the messages made (a text with its photos is one post)
 * @param unmatchedGroups groups of the log that the rule set does not speak of, with their messages
 * @param deadlineProblems orders whose deadline text could not be used (not read, impossible, before the order), by reason
 * @param reminders reminders of orders, each with the parties that had not answered by then; empty unless the ledger was asked for
 */
public record AuditSummary(String ruleSet, String ruleSetVersion, List<Input> inputs, long messages,
                           List<Tally> skipped, List<Tally> malformed, Map<String, Long> findingsByRule,
                           Map<String, Long> unknownSenders, Map<String, Long> ambiguousSenders,
                           long openObligations, ZonedDateTime asOf, List<LedgerEntry> ledger,
                           List<CoverageCount> coverage, long posts, List<UnmatchedGroup> unmatchedGroups,
                           List<DeadlineProblem> deadlineProblems, List<LedgerReminder> reminders) {
    public AuditSummary {
        unmatchedGroups = List.copyOf(unmatchedGroups);
        deadlineProblems = List.copyOf(deadlineProblems);
        reminders = List.copyOf(reminders);
    }

    /**
     * A group of the log that no row of the rule set names: its messages are read but no rule judges them.
     *
     * @param group the group name as the log writes it
     * @param messages how many messages it holds
     * @param first where its first message is
     * @param closest the rule set's group whose name is closest, or empty
     */
    public record UnmatchedGroup(String group, long messages, Evidence first, String closest) {}

    /**
     * An order whose text seems to set a deadline the engine could not use: not read, an impossible
     * date, or a time before the order was posted. The policy row's default deadline applied.
     *
     * @param where the order
     * @param phrase the words concerned
     * @param problem why they could not be used
     */
    public record DeadlineProblem(Evidence where, String phrase, String problem) {}

    /** Messages in groups the rule set speaks of. */
    public long matchedMessages() {
        return messages - unmatchedGroups.stream().mapToLong(UnmatchedGroup::messages).sum();
    }

    /**
     * One input of the audit.
     *
     * @param description the file or source
     * @param messages messages read from it
     */
    public record Input(String description, long messages) {}

    /**
     * A count of skipped or malformed records with one reason.
     *
     * @param reason why
     * @param count how many
     * @param examples the first few places
     */
    public record Tally(String reason, long count, List<Evidence> examples) {}

    /** All findings. */
    public long findings() {
        return findingsByRule.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records skipped and malformed, all reasons. */
    public long skippedRecords() {
        return skipped.stream().mapToLong(Tally::count).sum() + malformed.stream().mapToLong(Tally::count).sum();
    }

    /** Messages whose sender could not be resolved (unknown or ambiguous). */
    public long unresolvedMessages() {
        return unknownSenders.values().stream().mapToLong(Long::longValue).sum()
                + ambiguousSenders.values().stream().mapToLong(Long::longValue).sum();
    }
}
