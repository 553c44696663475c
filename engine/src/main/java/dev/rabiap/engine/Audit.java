package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.internal.CompiledRules;
import dev.rabiap.engine.internal.Tallies;
import dev.rabiap.engine.rule.EndOfLog;
import dev.rabiap.engine.rule.LogTime;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.Obligation;
import dev.rabiap.engine.rule.ObligationPolicy;
import dev.rabiap.engine.rule.Post;
import dev.rabiap.engine.rule.PostingPolicy;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.internal.TimeMergedSource;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.thai.Deadlines;
import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
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
    private static final int MAX_NAMES = 10_000;
    private static final Object END = new Object();

    private final CompiledRules compiled;
    private final Roster roster;
    private final FindingSink sink;
    private final AuditOptions options;
    private final Clock clock;
    private final KieSession session;
    private final dev.rabiap.engine.internal.FiringGuard firingGuard;
    private final List<FactHandle> batchHandles = new ArrayList<>();
    private final List<Finding> produced = new ArrayList<>();
    private final List<FactHandle> findingHandles = new ArrayList<>();
    private final Tallies skipped = new Tallies();
    private final Tallies malformed = new Tallies();
    private final Map<String, Long> findingsByRule = new TreeMap<>();
    private final Map<String, Long> unknownSenders = new HashMap<>();
    private final Map<String, Long> ambiguousSenders = new HashMap<>();
    private final List<AuditSummary.Input> inputs = new ArrayList<>();
    /** One instance per group name, so that rule indexes compare group names by identity and hash them once. */
    private final Map<String, String> groups = new java.util.concurrent.ConcurrentHashMap<>();
    /** Kinds whose text may name a deadline, and kinds some obligation accepts as an answer. */
    private final java.util.Set<String> deadlineKinds = new java.util.HashSet<>();
    private final java.util.Set<String> answerKinds = new java.util.HashSet<>();
    /** The people each coverage row found missing, as coverage.not-a-member fired. */
    private final Map<dev.rabiap.engine.rule.CoveragePolicy, java.util.Set<Person>> notMembers = new java.util.IdentityHashMap<>();
    private final dev.rabiap.engine.internal.Ledger ledger = new dev.rabiap.engine.internal.Ledger();
    private final dev.rabiap.engine.internal.Explainer explainer;
    private final Map<Finding, Explanation> explanations = new java.util.IdentityHashMap<>();
    private org.kie.api.runtime.rule.Match firing;
    private Explanation firingExplanation;
    private long seq;
    private ZonedDateTime lastTime;
    /** The log's time as the rules see it, advanced before each firing. */
    private FactHandle logTime;
    private AuditSummary summary;

    Audit(CompiledRules compiled, Roster roster, FindingSink sink, AuditOptions options, Clock clock) {
        this.compiled = compiled;
        this.roster = roster;
        this.sink = requireNonNull(sink, "sink is null");
        this.options = requireNonNull(options, "options is null");
        this.clock = clock;
        this.session = compiled.kieBase().newKieSession();
        this.firingGuard = new dev.rabiap.engine.internal.FiringGuard(session, options.firingLimit(), compiled.policy());
        session.setGlobal("findings", compiled.findings());
        if (options.ledger()) {
            session.addEventListener(ledger);
        }
        if (options.explain()) {
            dev.rabiap.engine.internal.Explainer explainer = new dev.rabiap.engine.internal.Explainer(compiled.policy().classifier(),
                    compiled.rules().file("classification.csv") == null ? "classification.csv" : compiled.rules().file("classification.csv").path());
            session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
                    firing = event.getMatch();
                    firingExplanation = null;
                }

                @Override
                public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                    firing = null;
                }
            });
            this.explainer = explainer;
        } else {
            this.explainer = null;
        }
        if (!compiled.policy().coverage().isEmpty()) {
            session.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                    if ("coverage.not-a-member".equals(event.getMatch().getRule().getMetaData().get("id"))) {
                        dev.rabiap.engine.rule.CoveragePolicy coverage = (dev.rabiap.engine.rule.CoveragePolicy) event.getMatch().getDeclarationValue("$policy");
                        notMembers.computeIfAbsent(coverage, c -> new java.util.HashSet<>()).add((Person) event.getMatch().getDeclarationValue("$person"));
                    }
                }
            });
        }
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getObject() instanceof Finding finding) {
                    produced.add(finding);
                    findingHandles.add(event.getFactHandle());
                    if (explainer != null && firing != null) {
                        if (firingExplanation == null) {
                            firingExplanation = explainer.explain(firing);
                        }
                        explanations.put(finding, firingExplanation);
                    }
                } else if (options.ledger() && event.getObject() instanceof Obligation obligation) {
                    ledger.opened(obligation);
                }
            }
        });
        for (GroupPolicy group : compiled.policy().groups()) {
            groups.put(group.getGroup(), group.getGroup());
            session.insert(group);
        }
        for (PostingPolicy posting : compiled.policy().posting()) {
            session.insert(posting);
        }
        for (ObligationPolicy obligation : compiled.policy().obligations()) {
            session.insert(obligation);
        }
        for (dev.rabiap.engine.rule.CoveragePolicy coverage : compiled.policy().coverage()) {
            session.insert(coverage);
        }
        for (dev.rabiap.engine.rule.RegistryPolicy registry : compiled.policy().registry()) {
            session.insert(registry);
        }
        for (ObligationPolicy obligation : compiled.policy().obligations()) {
            deadlineKinds.addAll(obligation.getTriggerKinds());
            if (obligation.getFulfilKinds().isEmpty()) {
                answerKinds.addAll(Kinds.codes());
                answerKinds.remove("system");
            } else {
                answerKinds.addAll(obligation.getFulfilKinds());
                if (obligation.getFulfilKinds().stream().anyMatch(k -> !Kinds.isKnown(k))) {
                    answerKinds.add("system"); // an event such as follow answers
                }
            }
        }
    }

    /** The context sources opened for this audit report their skips to. */
    public SourceContext sourceContext() {
        return new SourceContext() {
            @Override
            public void skipped(Evidence where, String reason) {
                skipped.add(where, reason);
            }

            @Override
            public Clock clock() {
                return clock;
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
            consume(merged);
        } finally {
            for (int i = 0; i < sources.size(); i++) {
                inputs.add(new AuditSummary.Input(sources.get(i).description(), merged.count(i)));
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

    private void consume(MessageSource source) throws IOException {
        ensureOpen();
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        Thread reader = new Thread(() -> produce(source, queue), "rabiap-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    break;
                }
                if (item instanceof IOException e) {
                    throw e;
                }
                if (item instanceof RuntimeException e) {
                    throw e;
                }
                @SuppressWarnings("unchecked")
                List<Post> batch = (List<Post>) item;
                for (Post post : batch) {
                    insert(post);
                }
                if (batchHandles.size() >= options.batchSize()) {
                    flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + source.description(), e);
        } finally {
            reader.interrupt();
        }
    }

    private void produce(MessageSource source, BlockingQueue<Object> queue) {
        int size = Math.min(options.batchSize(), 1024);
        List<Post> batch = new ArrayList<>(size);
        try {
            while (true) {
                ChatMessage message;
                try {
                    message = dev.rabiap.engine.internal.MessageGuard.checked(source.next());
                } catch (MalformedInputException e) {
                    if (!options.keepGoing()) {
                        if (!batch.isEmpty()) {
                            queue.put(batch);
                        }
                        queue.put(e);
                        return;
                    }
                    malformed.add(e.evidence(), e.reason());
                    continue;
                }
                if (message == null) {
                    break;
                }
                batch.add(prepare(message));
                if (batch.size() == size) {
                    queue.put(batch);
                    batch = new ArrayList<>(size);
                }
            }
            if (!batch.isEmpty()) {
                queue.put(batch);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            try {
                queue.put(e);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Audits one message; rules fire when a batch is full (at once with a batch size of 1). */
    public void accept(ChatMessage message) {
        ensureOpen();
        add(dev.rabiap.engine.internal.MessageGuard.require(message));
        if (batchHandles.size() >= options.batchSize()) {
            flush();
        }
    }

    /** Counts a record that could not be read, when the caller keeps going itself. */
    public void countMalformed(MalformedInputException e) {
        malformed.add(e.evidence(), e.reason());
    }

    private void add(ChatMessage message) {
        insert(prepare(message));
    }

    /**
     * Classifies the message and resolves its sender and target: the work that needs no rule
     * session, done on the reading thread when a whole source is read.
     */
    private Post prepare(ChatMessage message) {
        long position = ++seq;
        String kind = compiled.policy().classifier().classify(message);
        Resolution sender = roster.resolve(message.senderId(), message.sender());
        Resolution target = message.target() == null ? null : roster.resolve(null, message.target());
        ZonedDateTime deadline = deadlineKinds.contains(kind) ? Deadlines.read(message.text(), message.time(), compiled.policy().calendar()).orElse(null) : null;
        String group = groups.computeIfAbsent(message.group(), g -> g);
        return new Post(position, message, group, kind, sender, target, deadline, answerKinds.contains(kind));
    }

    private void insert(Post post) {
        if (!post.isResolved() && !post.getActor().isEmpty()) {
            countName(post.isAmbiguous() ? ambiguousSenders : unknownSenders, post.getActor());
        }
        batchHandles.add(session.insert(post));
        ZonedDateTime time = post.getTime();
        if (lastTime == null || time.isAfter(lastTime)) {
            lastTime = time;
        }
    }

    private static void countName(Map<String, Long> names, String name) {
        if (names.size() >= MAX_NAMES && !names.containsKey(name)) {
            name = "(other names)";
        }
        names.merge(name, 1L, Long::sum);
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
        firingGuard.fire(batchHandles.size());
        for (FactHandle handle : batchHandles) {
            session.delete(handle);
        }
        batchHandles.clear();
        emit();
    }

    private void emit() {
        for (FactHandle handle : findingHandles) {
            session.delete(handle);
        }
        findingHandles.clear();
        if (produced.isEmpty()) {
            return;
        }
        List<Finding> ordered = new ArrayList<>(produced);
        produced.clear();
        ordered.sort(Finding.ORDER);
        for (Finding finding : ordered) {
            findingsByRule.merge(finding.ruleId(), 1L, Long::sum);
            if (explainer != null) {
                Explanation why = explanations.remove(finding);
                sink.accept(finding, why != null ? why : new Explanation("", "", List.of()));
            } else {
                sink.accept(finding);
            }
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
            flush();
            ZonedDateTime asOf = options.asOf() != null ? options.asOf().withZoneSameInstant(ChatMessage.BANGKOK) : lastTime;
            long open = 0;
            if (asOf != null) {
                session.insert(new EndOfLog(asOf, seq + 1));
                firingGuard.fire(0);
                emit();
                open = session.getObjects(o -> o instanceof Obligation).size();
            }
            summary = new AuditSummary(compiled.rules().name(), compiled.rules().version(), List.copyOf(inputs), seq,
                    skipped.snapshot(), malformed.snapshot(), java.util.Collections.unmodifiableMap(new TreeMap<>(findingsByRule)),
                    Map.copyOf(unknownSenders), Map.copyOf(ambiguousSenders), open, asOf, ledger.entries(),
                    asOf == null ? List.of() : coverageCounts());
            return summary;
        } finally {
            session.dispose();
        }
    }

    private List<CoverageCount> coverageCounts() {
        List<CoverageCount> counts = new ArrayList<>();
        for (dev.rabiap.engine.rule.CoveragePolicy coverage : compiled.policy().coverage()) {
            Map<String, List<Person>> required = new TreeMap<>();
            Map<String, List<Person>> missing = new TreeMap<>();
            for (Person person : coverage.getRequired()) {
                String unit = CoverageCount.unitOf(person);
                required.computeIfAbsent(unit, u -> new ArrayList<>()).add(person);
                List<Person> unitMissing = missing.computeIfAbsent(unit, u -> new ArrayList<>());
                if (notMembers.getOrDefault(coverage, java.util.Set.of()).contains(person)) {
                    unitMissing.add(person);
                }
            }
            required.forEach((unit, people) -> counts.add(new CoverageCount(coverage.getRuleId(), coverage.getGroup(), unit, people.size(),
                    missing.get(unit))));
        }
        return List.copyOf(counts);
    }

    /** Frees the session without judging missing answers, if {@link #finish()} was not called. */
    @Override
    public void close() {
        if (summary == null) {
            summary = new AuditSummary(compiled.rules().name(), compiled.rules().version(), List.copyOf(inputs), seq,
                    skipped.snapshot(), malformed.snapshot(), java.util.Collections.unmodifiableMap(new TreeMap<>(findingsByRule)), Map.copyOf(unknownSenders),
                    Map.copyOf(ambiguousSenders), 0, null, List.of(), List.of());
            session.dispose();
        }
    }

    private void ensureOpen() {
        if (summary != null) {
            throw new IllegalStateException("the audit has finished");
        }
    }
}
