package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.internal.CompiledRules;
import dev.rabiap.engine.internal.PartitionSteps;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageSource;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The rules of an engine run in two partitioned steps, for a runner that spreads a log over many
 * workers and keeps their state itself (the Kafka Streams topology of {@code rabiap stream}):
 *
 * <ol>
 *   <li>the <b>group step</b> takes the messages of one group in the log's order: it joins them into
 *       posts, classifies them, resolves senders and runs every rule but those that judge duties
 *       (posting, membership, and the rule that opens duties). It hands on each duty an order opens,
 *       and each post that may answer one, as a {@link Handoff} keyed by party;</li>
 *   <li>the <b>party step</b> takes the handoffs of one party ({@code district:…}, {@code agency:…}
 *       or {@code sender:…}) in the log's order ({@link Handoff#seq()}): duties are kept, answers
 *       are judged against the party's open duties (on time or late), and {@link #expire} judges
 *       missing the duties whose late window has passed on the log's own time.</li>
 * </ol>
 *
 * <p>Both steps run the rule files of the rule set, in a short session from the one compiled rule
 * base, over the facts they need: the state between two steps (held posts, members and the facts
 * the rule files declare, open duties) is kept in the caller's {@link State}, a sorted key-value
 * store. For a log in time order, the findings and ledger of the two steps together are those of
 * {@link Audit} on the same log (compared as sets), given that the party step sees every handoff in
 * {@code seq} order and both steps see the end of the log ({@link #end}, {@link #endParties}).
 *
 * <p>Immutable and thread-safe: each call works on the state it is given; calls on one state must
 * not overlap. Obtained from {@link PolicyEngine#partitioned()}, on the rules in force then.
 */
public final class PartitionedRules {
    /**
     * The state of a step, kept by the caller: a store of byte values under text keys, sorted by key.
     * One per partition; the steps use keys of their own.
     */
    public interface State {
        /** The value under {@code key}, or null. */
        byte[] get(String key);

        /** Puts a value. */
        void put(String key, byte[] value);

        /** Deletes a key, if present. */
        void delete(String key);

        /** Every entry whose key starts with {@code prefix}, in key order. */
        List<Map.Entry<String, byte[]>> scan(String prefix);
    }

    /**
     * What the group step hands on to the party step: a duty an order opened, or a post that may
     * answer one. Opaque to the runner except for how to route and order it.
     *
     * @param party the key to route it by: {@code district:…}, {@code agency:…} or {@code sender:…}
     * @param seq the post's position in the log: the party step takes handoffs in this order
     * @param millis the post's time, in milliseconds since the epoch
     * @param payload the duty or post, as the engine writes it
     */
    public record Handoff(String party, long seq, long millis, byte[] payload) {
        public Handoff {
            requireNonNull(party, "party is null");
            requireNonNull(payload, "payload is null");
        }
    }

    /**
     * What a step produced.
     *
     * @param findings the findings, in report order
     * @param handoffs what goes on to the party step (only from the group step)
     * @param ledger each change of a duty's state: opened ({@link LedgerEntry.State#OPEN}), on time, late or missing
     */
    public record Output(List<Finding> findings, List<Handoff> handoffs, List<LedgerEntry> ledger) {
        /** Whether the step produced nothing. */
        public boolean isEmpty() {
            return findings.isEmpty() && handoffs.isEmpty() && ledger.isEmpty();
        }
    }

    private final CompiledRules compiled;
    private final PartitionSteps steps;

    PartitionedRules(CompiledRules compiled, Roster roster) {
        this.compiled = compiled;
        this.steps = new PartitionSteps(compiled, roster);
    }

    /** The rule set. */
    public RuleSet rules() {
        return compiled.rules();
    }

    /** The rule set's version digest, as findings report it. */
    public String version() {
        return compiled.rules().version();
    }

    /** How long a sender has to add photos and files to a post (the rule set's post gap). */
    public Duration postGap() {
        return compiled.policy().postGap();
    }

    /**
     * Group step: takes the next message of its group.
     *
     * @param seq the message's position in the log; positions grow with the log
     */
    public Output message(ChatMessage message, long seq, State state) {
        return steps.message(requireNonNull(message, "message is null"), seq, requireNonNull(state, "state is null"));
    }

    /** Group step: the log's time has reached {@code millis}; posts whose senders have had the post gap are judged. */
    public Output advance(long millis, State state) {
        return steps.advance(millis, state);
    }

    /**
     * Group step: the time of the earliest message still held in a post not yet judged, or
     * {@link Long#MAX_VALUE}: no handoff with an earlier time can come from this state any more, once
     * the messages before the log's current time have been given.
     */
    public long heldSince(State state) {
        return steps.heldSince(state);
    }

    /**
     * Group step: the end of the log at {@code asOf}: every held post is judged, then the rules that
     * judge at the end (coverage, near capacity) for every group of this state and every group that
     * {@code owns} accepts; with {@code registry}, the registers too (give it to one partition only).
     */
    public Output end(ZonedDateTime asOf, State state, Predicate<String> owns, boolean registry) {
        return steps.end(requireNonNull(asOf, "asOf is null"), state, owns, registry);
    }

    /** Party step: takes the next handoff of its party, in {@code seq} order. */
    public Output party(Handoff handoff, State state) {
        return steps.party(requireNonNull(handoff, "handoff is null"), state);
    }

    /** Party step: the log's time has reached {@code millis}; duties whose late window has passed are missing. */
    public Output expire(long millis, State state) {
        return steps.expire(millis, state);
    }

    /** Party step: the end of the log at {@code asOf}; every duty whose deadline has passed is missing. */
    public Output endParties(ZonedDateTime asOf, State state) {
        return steps.endParties(requireNonNull(asOf, "asOf is null"), state);
    }

    /**
     * Sources read as one log in the order an audit reads them: the earliest next message of any
     * source (the earlier-listed on a tie), each source in its own order.
     */
    public static MessageSource inLogOrder(List<MessageSource> sources) {
        return new dev.rabiap.engine.internal.TimeMergedSource(sources);
    }
}
