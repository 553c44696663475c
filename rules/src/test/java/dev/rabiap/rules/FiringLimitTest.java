package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rabiap.engine.Audit;
import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.ErrorCode;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule that never stops firing stops the audit with its name; a time the engine cannot compute with is a bad record. */
final class FiringLimitTest {
    private static final RuleSet RULES = RuleSet.bundled("sakon-nakhon");

    private static RuleSet looping() throws IOException {
        try (InputStream in = FiringLimitTest.class.getResourceAsStream("/sandbox/looping.drl")) {
            return RULES.with(new RuleFile("rules/looping.drl", "looping.drl", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    private static ChatMessage message(String id, long line, ZonedDateTime time) {
        return ChatMessage.builder().id(id).evidence(Evidence.atLine("log.jsonl", line)).group(Fixtures.G1)
                .sender("นอภ.เมืองสกลนคร").time(time).text("รายงานผลการดำเนินงาน").build();
    }

    @Test
    void aRuleThatKeepsMatchingItsOwnChange_stopsTheAuditWithItsName() throws IOException {
        PolicyEngine engine = PolicyEngine.builder().rules(looping()).roster(Fixtures.ROSTER).build();
        List<Finding> findings = new ArrayList<>();
        try (Audit audit = engine.newAudit(findings::add, AuditOptions.DEFAULTS.batchSize(1))) {
            audit.accept(message("m1", 1, Fixtures.START));
            // a text waits for photos its sender may send with it; moving the clock on completes the post
            assertThatThrownBy(() -> audit.advanceTo(Fixtures.START.plusHours(1).toInstant()))
                    .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_RULES))
                    .hasMessageStartingWith("rule 'counts for ever' (extra.count-for-ever) fired 10,000 times on one batch of 1 message"
                            + " after the batch's limit of ")
                    .hasMessageContaining(" firings: a loop? (a rule must not match again what its own consequence changes or inserts;");
        }
    }

    @Test
    void theLimitIsAnOption_andGrowsWithTheBatch() throws IOException {
        AuditOptions.FiringLimit limit = new AuditOptions.FiringLimit(10, 500);
        assertThat(limit.of(1, 0)).isEqualTo(510);
        assertThat(limit.of(2048, 100)).isEqualTo(21_980);
        assertThat(AuditOptions.FiringLimit.DEFAULT.of(2048, 0)).isEqualTo(2_148_000);
        assertThat(new AuditOptions.FiringLimit(Long.MAX_VALUE, 1).of(3, 3)).isEqualTo(Long.MAX_VALUE);

        PolicyEngine engine = PolicyEngine.builder().rules(looping()).roster(Fixtures.ROSTER).build();
        try (Audit audit = engine.newAudit(f -> { }, AuditOptions.DEFAULTS.withFiringLimit(limit))) {
            audit.accept(message("m1", 1, Fixtures.START));
            audit.accept(message("m2", 2, Fixtures.START.plusMinutes(1)));
            assertThatThrownBy(() -> audit.advanceTo(Fixtures.START.plusHours(1).toInstant())).isInstanceOf(PolicyException.class)
                    .hasMessageMatching("rule 'counts for ever' \\(extra.count-for-ever\\) fired 10,000 times on one batch of 2 messages"
                            + " after the batch's limit of [0-9,]+ firings: a loop\\? .*");
        }
    }

    @Test
    void theBundledRules_stayFarBelowTheLimit_onASample() throws IOException {
        PolicyEngine engine = PolicyEngine.builder().rules(RULES).roster(Fixtures.ROSTER).build();
        // A limit of 20 firings per message and fact: the sample's audit fires far fewer.
        AuditOptions tight = AuditOptions.DEFAULTS.withFiringLimit(new AuditOptions.FiringLimit(20, 0));
        try (Audit audit = engine.newAudit(f -> { }, tight)) {
            for (int i = 0; i < 50; i++) {
                audit.accept(message("m" + i, i + 1, Fixtures.START.plusMinutes(i)));
            }
            assertThat(audit.finish().messages()).isEqualTo(50);
        }
    }

    @Test
    void aTimeTheEngineCannotComputeWith_isABadRecordWithItsLine_notAnOverflow() throws IOException {
        PolicyEngine engine = PolicyEngine.builder().rules(RULES).roster(Fixtures.ROSTER).build();
        ZonedDateTime far = ZonedDateTime.parse("+999999999-12-31T23:59:59+07:00");
        assertThatThrownBy(() -> engine.audit(source(message("m1", 1, Fixtures.START), message("m2", 2, far)), f -> { }, AuditOptions.DEFAULTS))
                .isInstanceOf(MalformedInputException.class)
                .hasMessage("log.jsonl:2: time outside the years 1 to 9999 the engine computes with: +999999999-12-31T23:59:59+07:00");

        AuditSummary summary = engine.audit(source(message("m1", 1, Fixtures.START), message("m2", 2, far),
                message("m3", 3, Fixtures.START.plusMinutes(1))), f -> { }, AuditOptions.DEFAULTS.keepingGoing());
        assertThat(summary.messages()).isEqualTo(2);
        assertThat(summary.malformed()).singleElement().satisfies(tally -> {
            assertThat(tally.reason()).isEqualTo("time outside the years 1 to 9999 the engine computes with");
            assertThat(tally.examples()).extracting(Evidence::toString).containsExactly("log.jsonl:2");
        });

        try (Audit audit = engine.newAudit(f -> { }, AuditOptions.DEFAULTS)) {
            assertThatThrownBy(() -> audit.accept(message("m2", 2, far))).isInstanceOfSatisfying(PolicyException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT)).hasMessageContaining("log.jsonl:2");
        }
    }

    private static MessageSource source(ChatMessage... messages) {
        Deque<ChatMessage> queue = new ArrayDeque<>(List.of(messages));
        return new MessageSource() {
            @Override
            public ChatMessage next() {
                return queue.poll();
            }

            @Override
            public String description() {
                return "log.jsonl";
            }

            @Override
            public void close() {
            }
        };
    }
}
