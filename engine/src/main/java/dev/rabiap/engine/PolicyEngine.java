package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.internal.CompiledRules;
import dev.rabiap.engine.internal.RuleCompiler;
import dev.rabiap.engine.spi.MessageSource;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The policy engine: a rule set compiled once, a roster, and audits of message streams against
 * them. Thread-safe: the compiled rules are shared and every audit has its own short-lived session.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.builder()
 *         .rules(RuleSet.bundled("sakon-nakhon"))
 *         .roster(Roster.load(Path.of("samples/roster.csv")))
 *         .build();
 * try (Audit audit = engine.newAudit(findings::add, AuditOptions.DEFAULTS)) {
 *     audit.read(source);
 *     AuditSummary summary = audit.finish();
 * }
 * }</pre>
 */
public final class PolicyEngine {
    /** The rules and the roster they were compiled against, swapped together. */
    private record InForce(CompiledRules rules, Roster roster) {}

    private final AtomicReference<InForce> inForce;
    private final Clock clock;

    private PolicyEngine(CompiledRules rules, Roster roster, Clock clock) {
        this.inForce = new AtomicReference<>(new InForce(rules, roster));
        this.clock = clock;
    }

    /** A builder; rules and roster are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks and compiles a rule set against a roster without building an engine.
     *
     * @return warnings: rows that can never take effect, each with file and line
     * @throws RuleSetException naming file and line of every error
     */
    public static java.util.List<RuleProblem> check(RuleSet rules, Roster roster) {
        return RuleCompiler.compile(rules, roster).warnings();
    }

    /** What {@link #check} and {@link #provenance(RuleSet, Roster)} say, from one reading of the tables. */
    public record Checked(java.util.List<RuleProblem> warnings, Provenance provenance) {}

    /**
     * Checks a rule set as {@link #check} does and gives its provenance with the warnings: the
     * tables are read against the roster once (a ministry's roster of 300,000 people, once).
     *
     * @throws RuleSetException naming file and line of every problem
     */
    public static Checked checked(RuleSet rules, Roster roster) {
        CompiledRules compiled = RuleCompiler.compile(rules, roster);
        return new Checked(compiled.warnings(), compiled.policy().provenance());
    }

    /**
     * Where every row of a rule set comes from: its letters and, row by row, the letter and clause
     * or the office's reading. Reads and checks the tables as {@link #check} does (a letter not in
     * letters.csv, or a clause its letter's text does not hold, is an error), but does not refuse a
     * row without provenance: {@link Provenance#unsourced()} lists them.
     *
     * @throws RuleSetException naming file and line of every error
     */
    public static Provenance provenance(RuleSet rules, Roster roster) {
        java.util.List<RuleProblem> problems = new java.util.ArrayList<>();
        dev.rabiap.engine.internal.PolicyTables.Policy policy = dev.rabiap.engine.internal.PolicyTables.read(rules, roster, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return policy.provenance();
    }

    /** Where the rows of the rules in force come from. */
    public Provenance provenance() {
        return inForce.get().rules().policy().provenance();
    }

    /** Starts an audit on the rules in force now; later reloads do not affect it. */
    public Audit newAudit(FindingSink sink, AuditOptions options) {
        InForce now = inForce.get();
        return new Audit(now.rules(), now.roster(), sink, options, clock);
    }

    /**
     * Reads sources as one log in time order and classifies its posts, without running any rule:
     * what {@code rabiap classify} shows a policy officer checking the classification table.
     *
     * @return how many messages were read
     * @throws dev.rabiap.engine.spi.MalformedInputException for the first record that cannot be read
     */
    public long classify(java.util.List<MessageSource> sources, java.util.function.Consumer<ClassifiedPost> out) throws IOException {
        InForce now = inForce.get();
        CompiledRules compiled = now.rules();
        dev.rabiap.engine.internal.PostMaker maker = new dev.rabiap.engine.internal.PostMaker(compiled.policy(), now.roster(), post -> { })
                .observing((post, decision) -> out.accept(new ClassifiedPost(post.getEvidence(), post.getGroup(), post.getActor(),
                        post.isResolved() ? post.getPersonId() : "", post.isResolved() ? post.getPerson().rolesText() : "", post.getPartCount(),
                        post.getKind(), decision.row() == null ? "" : decision.row().at(), decision.matched(), decision.why(), post.getText())));
        dev.rabiap.engine.internal.TimeMergedSource merged = new dev.rabiap.engine.internal.TimeMergedSource(sources);
        for (dev.rabiap.engine.spi.ChatMessage message = merged.next(); message != null; message = merged.next()) {
            maker.add(message);
        }
        maker.finish();
        return maker.messages();
    }

    /**
     * Reads sources as one log in time order and hands on its posts, sender resolved and kind
     * classified, without running any rule: for callers that read a log once and audit its posts
     * several times ({@link Audit#judge}), as the benchmarks do.
     *
     * @return how many messages were read
     * @throws dev.rabiap.engine.spi.MalformedInputException for the first record that cannot be read
     */
    public long posts(java.util.List<MessageSource> sources, java.util.function.Consumer<dev.rabiap.engine.rule.Post> out) throws IOException {
        InForce now = inForce.get();
        dev.rabiap.engine.internal.PostMaker maker = new dev.rabiap.engine.internal.PostMaker(now.rules().policy(), now.roster(), out);
        dev.rabiap.engine.internal.TimeMergedSource merged = new dev.rabiap.engine.internal.TimeMergedSource(sources);
        for (dev.rabiap.engine.spi.ChatMessage message = merged.next(); message != null; message = merged.next()) {
            maker.add(message);
        }
        maker.finish();
        return maker.messages();
    }

    /** Audits one source to its end and returns the summary. */
    public AuditSummary audit(MessageSource source, FindingSink sink, AuditOptions options) throws IOException {
        try (Audit audit = newAudit(sink, options)) {
            audit.read(source);
            return audit.finish();
        }
    }

    /**
     * Compiles a new rule set and puts it in force for audits started from now on. When it does not
     * compile, the rules in force stay and the exception says why.
     *
     * @return the version now in force
     * @throws RuleSetException naming file and line of every problem
     */
    public synchronized String reload(RuleSet newRules) {
        Roster roster = inForce.get().roster();
        CompiledRules compiled = RuleCompiler.compile(requireNonNull(newRules, "newRules is null"), roster);
        inForce.set(new InForce(compiled, roster));
        return compiled.rules().version();
    }

    /**
     * Puts a new roster in force for audits started from now on, with the rules in force: the
     * policy tables are read again against it (who owes what, role codes checked); the compiled
     * rule base is the same, so this takes a moment, not a compile.
     *
     * @return the version of the rules in force
     * @throws RuleSetException when the roster names a role the rules do not know, with its file and line
     */
    public synchronized String reload(Roster newRoster) {
        requireNonNull(newRoster, "newRoster is null");
        CompiledRules compiled = RuleCompiler.compile(inForce.get().rules().rules(), newRoster);
        inForce.set(new InForce(compiled, newRoster));
        return compiled.rules().version();
    }

    /**
     * The rules in force, to run in partitioned steps over state the caller keeps
     * ({@link PartitionedRules}); later reloads do not affect it.
     */
    public PartitionedRules partitioned() {
        InForce now = inForce.get();
        return new PartitionedRules(now.rules(), now.roster());
    }

    /** The rule set in force. */
    public RuleSet rules() {
        return inForce.get().rules().rules();
    }

    /** The roster in force. */
    public Roster roster() {
        return inForce.get().roster();
    }

    /** The clock for live use ("now" when no message says otherwise). */
    public Clock clock() {
        return clock;
    }

    /** Builds a {@link PolicyEngine}. */
    public static final class Builder {
        private RuleSet rules;
        private Roster roster = Roster.empty();
        private Clock clock = Clock.system(dev.rabiap.engine.spi.ChatMessage.BANGKOK);

        private Builder() {}

        /** The rule set, required. */
        public Builder rules(RuleSet value) {
            this.rules = requireNonNull(value, "rules is null");
            return this;
        }

        /** The roster; an empty roster makes every sender unknown. */
        public Builder roster(Roster value) {
            this.roster = requireNonNull(value, "roster is null");
            return this;
        }

        /** The clock for live use; rules themselves take time from the messages. */
        public Builder clock(Clock value) {
            this.clock = requireNonNull(value, "clock is null");
            return this;
        }

        /**
         * Checks and compiles the rules.
         *
         * @throws RuleSetException naming file and line of every problem
         */
        public PolicyEngine build() {
            requireNonNull(rules, "rules are required");
            return new PolicyEngine(RuleCompiler.compile(rules, roster), roster, clock);
        }
    }
}
