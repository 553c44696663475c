package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.Audit;
import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example, kept here so that it cannot rot. */
final class EmbeddingTest {
    @Test
    void readmeExample_findsAnAcknowledgementInTheOrdersOnlyGroup(@TempDir Path dir) throws Exception {
        Path rosterFile = Files.writeString(dir.resolve("roster.csv"), """
                person_id,full_name,display_names,role,agency,district,line_user_id,email
                p1,นายสมชาย ใจดี,นอภ.เมืองสกลนคร,district_chief,ที่ว่าการอำเภอเมืองสกลนคร,เมืองสกลนคร,,
                """);
        // README: embedding
        PolicyEngine engine = PolicyEngine.builder()
                .rules(RuleSet.bundled("sakon-nakhon"))
                .roster(Roster.load(rosterFile))
                .build();
        List<Finding> findings = new ArrayList<>();
        try (Audit audit = engine.newAudit(findings::add, AuditOptions.DEFAULTS)) {
            audit.accept(ChatMessage.builder().id("42").evidence(Evidence.atLine("bot", 42))
                    .group("ข้อสั่งการ ปค.สน.").sender("นอภ.เมืองสกลนคร")
                    .time(ZonedDateTime.parse("2025-11-21T09:05:00+07:00")).text("รับทราบครับ").build());
            AuditSummary summary = audit.finish();
            assertThat(summary.messages()).isEqualTo(1);
        }
        // end
        assertThat(findings).extracting(Finding::ruleId, Finding::personId).containsExactly(org.assertj.core.groups.Tuple.tuple("SKN-2P", "p1"));
    }
}
