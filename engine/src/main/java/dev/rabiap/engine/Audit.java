package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.internal.CompiledRules;
import dev.rabiap.engine.internal.CoverageMisses;
import dev.rabiap.engine.internal.Explainer;
import dev.rabiap.engine.internal.FindingExplanations;
import dev.rabiap.engine.internal.FindingMerge;
import dev.rabiap.engine.internal.FiringGuard;
import dev.rabiap.engine.internal.Ledger;
import dev.rabiap.engine.internal.MessageGuard;
import dev.rabiap.engine.internal.PostFeed;
import dev.rabiap.engine.internal.PostMaker;
import dev.rabiap.engine.internal.ReadAhead;
import dev.rabiap.engine.internal.RuleOutput;
import dev.rabiap.engine.internal.SummaryCounts;
import dev.rabiap.engine.internal.TimeMergedSource;
import dev.rabiap.engine.rule.CoveragePolicy;
import dev.rabiap.engine.rule.EndOfLog;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.LogTime;
import dev.rabiap.engine.rule.MissingMembers;
import dev.rabiap.engine.rule.Obligation;
import dev.rabiap.engine.rule.ObligationPolicy;
import dev.rabiap.engine.rule.Post;
import dev.rabiap.engine.rule.PostingPolicy;
import dev.rabiap.engine.rule.RegistryPolicy;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One audit: a short-lived rule session over a stream of messages. Messages go into working memory
 * in batches; after each batch the rules fire, findings go to the sink in report order, and the
 * messages leave working memory again, so memory does not grow with the log. What stays is bounded
 * by people and open orders: members seen per group and obligations not yet answered.
 *
 * <p>Not thread-safe: one thread feeds an audit. Close it (or {@link #finish()}) to free the session.
 */
public final class Audit implements AutoCloseable {
    /**
     * A system property that, when true, puts every post into working memory, as audits did before
     * {@link PostFeed}: for comparing the two, never needed otherwise.
     */
    public static final String FEED_ALL = "rabiap.feedAll";

    private final CompiledRules compiled;
    private final FindingSink sink;
    private final AuditOptions options;
    private final Clock clock;
    private final KieSession session;
    private final FiringGuard firingGuard;
    /** Which posts go into working memory; null when every post does. */
    private final PostFeed feed;
    /** Reads sources on a second thread; owns the {@link #maker}. */
    private final ReadAhead reading;
    /** Makes posts of messages: on the reading thread while a source is read, on the caller's thread otherwise. */
    private final PostMaker maker;
    private final List<FactHandle> batchHandles = new ArrayList<>();
    /** Posts taken since the rules last fired, whether or not they went into working memory. */
    private int batchPosts;
    /** The last message position of the posts given to {@link #judge}. */
    private long judged;
    private ZonedDateTime lastTime;
    /** {@link #lastTime} in nanoseconds since the epoch. */
    private long lastNanos;
    /** The log's time as the rules see it, advanced before each firing. */
    private FactHandle logTime;
    /** What the rules insert, read as they insert it. */
    private final RuleOutput output;
    /** Why each finding was made; null when the options do not explain. */
    private final FindingExplanations explanations;
    private final Ledger ledger = new Ledger();
    private final CoverageMisses coverageMisses = new CoverageMisses();
    private final SummaryCounts counts = new SummaryCounts();
    private AuditSummary summary;
    private final Roster roster;

    Audit(CompiledRules compiled, Roster roster, FindingSink sink, AuditOptions options, Clock clock) {
        this.compiled = compiled;
        this.roster = roster;
        this.sink = requireNonNull(sink, "sink is null");
        this.options = requireNonNull(options, "options is null");
        this.clock = clock;
        this.session = compiled.kieBase().newKieSession();
        this.feed = compiled.generic() && !Boolean.getBoolean(FEED_ALL) ? new PostFeed(compiled.policy()) : null;
        this.firingGuard = new FiringGuard(session, options.firingLimit(), compiled.policy());
        session.setGlobal("findings", compiled.findings());
        if (options.explain()) {
            this.explanations = new FindingExplanations(new Explainer(compiled.policy().classifier(), compiled.policy().roles(),
                    compiled.policy().kinds()));
            session.addEventListener(explanations);
        } else {
            this.explanations = null;
        }
        this.output = new RuleOutput(options.ledger() ? ledger : null, feed, explanations, coverageMisses);
        session.addEventListener(output);
        for (GroupPolicy group : compiled.policy().groups()) {
            session.insert(group);
        }
        for (PostingPolicy posting : compiled.policy().posting()) {
            session.insert(posting);
        }
        for (ObligationPolicy obligation : compiled.policy().obligations()) {
            session.insert(obligation);
        }
        for (CoveragePolicy coverage : compiled.policy().coverage()) {
            session.insert(coverage);
        }
        for (RegistryPolicy registry : compiled.policy().registry()) {
            session.insert(registry);
        }
        this.reading = new ReadAhead(compiled.policy(), roster, options, this::countMalformed, this::insert);
        this.maker = reading.maker();
    }

    /** The context sources opened for this audit report their skips to. */
    public SourceContext sourceContext() {
        return new SourceContext() {
            @Override
            public void skipped(Evidence where, String reason) {
                counts.skipped(where, reason);
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public java.util.Collection<String> knownNames() {
                return roster.displayNames();
            }
        };
    }

    /**
     * Reads several sources as one log in time order (see {@link TimeMergedSource}): a message
     * answers a duty only if it comes after it, so sources given together are merged rather than
     * read one after the other. The summary still counts each source's messages.
     *
     * @throws MalformedInputException for the first bad record, unless the options keep going
     * @throws IOException when a source cannot be read
     */
    public void read(List<MessageSource> sources) throws IOException {
        TimeMergedSource merged = new TimeMergedSource(sources);
        try {
            ensureOpen();
            reading.read(merged, this::take);
        } finally {
            for (int i = 0; i < sources.size(); i++) {
                counts.input(sources.get(i).description(), merged.count(i));
            }
        }
    }

    /**
     * Reads a whole source. Parsing runs on a second thread while this one runs the rules.
     *
     * @throws MalformedInputException for the first bad record, unless the options keep going
     * @throws IOException when the source cannot be read
     */
    public void read(MessageSource source) throws IOException {
        read(List.of(source));
    }

    /** Takes a batch of posts the reading thread made; rules fire when the audit's batch is full. */
    private void take(List<Post> posts) {
        for (Post post : posts) {
            insert(post);
        }
        if (batchPosts >= options.batchSize()) {
            flush();
        }
    }

    /**
     * Audits one message; rules fire when a batch is full (at once with a batch size of 1). A text
     * and the photos its sender sends with it are one post, so a message is judged once its post is
     * complete: when a later message shows its sender has finished, at {@link #advanceTo} or at
     * {@link #finish()}.
     */
    public void accept(ChatMessage message) {
        ensureOpen();
        maker.add(MessageGuard.require(message));
        if (batchPosts >= options.batchSize()) {
            flush();
        }
    }

    /**
     * Judges every post whose sender has had the rule set's post gap to add to it by {@code now}:
     * for a live audit, called with the clock's time so that a post is not held back for long.
     */
    public void advanceTo(Instant now) {
        ensureOpen();
        maker.advanceTo(now.toEpochMilli());
        if (batchPosts > 0) {
            flush();
        }
    }

    /**
     * Audits a post read and classified already ({@link PolicyEngine#posts}), in the order of the
     * log; rules fire when a batch is full. Posts are judged as they come: give them all through
     * this method or all as messages, not both. The summary counts the messages of the posts.
     */
    public void judge(Post post) {
        ensureOpen();
        insert(requireNonNull(post, "post is null"));
        judged = Math.max(judged, post.getSeq() + post.getPartCount() - 1);
        if (batchPosts >= options.batchSize()) {
            flush();
        }
    }

    /** Counts a record that could not be read, when the caller keeps going itself. */
    public void countMalformed(MalformedInputException e) {
        counts.malformed(e);
    }

    private void insert(Post post) {
        if (options.ledger() && post.getOrder().reminder()) {
            ledger.reminder(post);
        }
        counts.sender(post);
        batchPosts++;
        if (feed == null || feed.needs(post)) {
            batchHandles.add(session.insert(post));
        }
        if (lastTime == null || post.getLatestNanos() > lastNanos) {
            lastTime = post.getLatest();
            lastNanos = post.getLatestNanos();
        }
    }

    /** Fires the rules on what has been added and hands the findings to the sink. */
    public void flush() {
        ensureOpen();
        if (lastTime != null && (logTime == null || lastTime.isAfter(((LogTime) session.getObject(logTime)).getTime()))) {
            if (logTime != null) {
                session.delete(logTime);
            }
            logTime = session.insert(new LogTime(lastTime));
        }
        firingGuard.fire(batchPosts);
        for (FactHandle handle : batchHandles) {
            session.delete(handle);
        }
        batchHandles.clear();
        batchPosts = 0;
        if (feed != null) {
            feed.batchDone();
        }
        emit();
    }

    /** Hands the findings of the last firing to the sink, in report order. */
    private void emit() {
        List<Finding> ordered = output.takeFindings(session);
        List<MissingMembers> missing = output.takeMissing();
        ordered.sort(Finding.ORDER);
        // the findings of people missing from coverage rows are made one at a time as they are handed on
        FindingMerge.merge(ordered, missing, (finding, row) -> {
            counts.finding(finding);
            if (explanations != null) {
                sink.accept(finding, row == null ? explanations.take(finding) : explanations.of(row));
            } else {
                sink.accept(finding);
            }
        });
        if (explanations != null) {
            explanations.forget(missing);
        }
    }

    /**
     * Ends the audit: fires the rules on what is left, judges missing answers at the options'
     * {@code asOf} (else the last message's time), frees the session and returns the summary.
     */
    public AuditSummary finish() {
        if (summary != null) {
            return summary;
        }
        try {
            maker.finish();
            flush();
            ZonedDateTime asOf = options.asOf() != null ? options.asOf().withZoneSameInstant(ChatMessage.BANGKOK) : lastTime;
            long open = 0;
            if (asOf != null) {
                session.insert(new EndOfLog(asOf, messages() + 1));
                firingGuard.fire(0);
                emit();
                open = session.getObjects(o -> o instanceof Obligation).size();
            }
            summary = summary(open, asOf, ledger.entries(), asOf == null ? List.of() : coverageMisses.counts(compiled.policy().coverage()));
            return summary;
        } finally {
            session.dispose();
        }
    }

    private AuditSummary summary(long open, ZonedDateTime asOf, List<LedgerEntry> entries, List<CoverageCount> coverage) {
        return counts.summary(compiled.rules(), messages(), open, asOf, entries, coverage, maker,
                options.ledger() ? ledger.reminders() : List.of());
    }

    private long messages() {
        return Math.max(maker.messages(), judged);
    }

    /** Frees the session without judging missing answers, if {@link #finish()} was not called. */
    @Override
    public void close() {
        if (summary == null) {
            summary = summary(0, null, List.of(), List.of());
            session.dispose();
        }
    }

    private void ensureOpen() {
        if (summary != null) {
            throw new IllegalStateException("the audit has finished");
        }
    }
}
