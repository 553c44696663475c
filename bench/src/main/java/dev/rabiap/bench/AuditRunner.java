package dev.rabiap.bench;

import com.google.inject.Injector;
import dev.rabiap.engine.Audit;
import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.EngineModule;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.FindingSink;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.SourceRegistry;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceInput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * A full audit as the command line runs one: the file plugin's {@code jsonl} source opened through
 * the {@link SourceRegistry} of the engine's injector, and a {@link PolicyEngine} with a bundled
 * rule set and a roster. The rules are compiled once, when the runner is made.
 */
final class AuditRunner {
    private final SourceRegistry registry;
    private final PolicyEngine engine;
    private final long compileNanos;

    /** One audit's outcome. */
    record Result(AuditSummary summary, Map<FindingKind, Long> findingsByKind) {
        long findings(FindingKind kind) {
            return findingsByKind.getOrDefault(kind, 0L);
        }
    }

    AuditRunner(String ruleSet, Path roster) {
        Injector injector = EngineModule.injector(Clock.system(ChatMessage.BANGKOK));
        this.registry = injector.getInstance(SourceRegistry.class);
        long start = System.nanoTime();
        this.engine = PolicyEngine.builder().rules(RuleSet.bundled(ruleSet)).roster(Roster.load(roster)).build();
        this.compileNanos = System.nanoTime() - start;
    }

    PolicyEngine engine() {
        return engine;
    }

    /** How long building the engine (compiling the rules) took. */
    long compileNanos() {
        return compileNanos;
    }

    /** Audits up to {@code limit} messages of {@code log} (all when {@code limit} is 0 or less). */
    Result audit(Path log, long limit) throws IOException {
        Map<FindingKind, Long> byKind = new EnumMap<>(FindingKind.class);
        FindingSink sink = new FindingSink() {
            @Override
            public void accept(Finding finding) {
                byKind.merge(finding.kind(), 1L, Long::sum);
            }
        };
        try (Audit audit = engine.newAudit(sink, AuditOptions.DEFAULTS);
             MessageSource source = registry.open(new SourceInput(log.toString()), "jsonl", Map.of(), audit.sourceContext())) {
            audit.read(limit > 0 ? limited(source, limit) : source);
            return new Result(audit.finish(), byKind);
        }
    }

    /** The first {@code limit} messages of a source. */
    static MessageSource limited(MessageSource source, long limit) {
        return new MessageSource() {
            private long read;

            @Override
            public ChatMessage next() throws IOException {
                if (read >= limit) {
                    return null;
                }
                ChatMessage message = source.next();
                if (message != null) {
                    read++;
                }
                return message;
            }

            @Override
            public String description() {
                return source.description();
            }

            @Override
            public void close() throws IOException {
                source.close();
            }
        };
    }
}
