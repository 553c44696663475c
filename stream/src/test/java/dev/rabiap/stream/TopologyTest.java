package dev.rabiap.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The topology's own logic, without a broker: what is rejected, and how stage 2 waits for the log's time. */
final class TopologyTest {
    private static final Topics TOPICS = Topics.defaults();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> messages;
    private TestOutputTopic<String, byte[]> findings;
    private TestOutputTopic<String, byte[]> ledger;
    private TestOutputTopic<String, byte[]> rejected;

    @BeforeEach
    void start() throws Exception {
        Roster roster = Roster.load(Samples.repository("samples/roster.csv"));
        PolicyEngine engine = PolicyEngine.builder().rules(RuleSet.bundled("sakon-nakhon")).roster(roster).build();
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "rabiap-topology-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, java.nio.file.Files.createTempDirectory("rabiap-ttd").toString());
        driver = new TopologyTestDriver(AuditTopology.build(TOPICS, PolicySource.fixed(engine.partitioned()), 1, true), config);
        messages = driver.createInputTopic(TOPICS.messages(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
        findings = driver.createOutputTopic(TOPICS.findings(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
        ledger = driver.createOutputTopic(TOPICS.ledger(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
        rejected = driver.createOutputTopic(TOPICS.rejected(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String key, byte[] value) {
        messages.pipeInput(new TestRecord<>(key, value, Instant.parse("2025-11-24T01:00:00Z")));
    }

    private static ChatMessage text(String id, String group, String sender, String time, String text) {
        return ChatMessage.builder().id(id).evidence(new Evidence("test.jsonl", Long.parseLong(id.substring(1)), id)).group(group).sender(sender)
                .time(ZonedDateTime.parse(time)).text(text).build();
    }

    @Test
    void unreadableRecords_goToRejected_withTheReason() {
        send("g", "not json".getBytes(StandardCharsets.UTF_8));
        send("g", "{\"group\":\"ข้อสั่งการ ปค.สน.\",\"time\":\"yesterday\"}".getBytes(StandardCharsets.UTF_8));
        send("g", "{\"control\":\"rewind\"}".getBytes(StandardCharsets.UTF_8));

        List<String> reasons = rejected.readValuesToList().stream().map(v -> Samples.tree(v).get("reason").asText()).toList();
        assertThat(reasons).hasSize(3);
        assertThat(reasons.get(0)).startsWith("not JSON");
        assertThat(reasons.get(1)).contains("time 'yesterday'");
        assertThat(reasons.get(2)).contains("unknown control 'rewind'");
        assertThat(findings.isEmpty()).isTrue();
    }

    @Test
    void aPostingFinding_comesAsSoonAsThePostIsComplete_withTheRuleSetVersion() {
        // a district chief's acknowledgement in the orders-only group (SKN-2P), then a later post of the group closes it
        ChatMessage ack = text("m1", "ข้อสั่งการ ปค.สน.", "นอภ.กุสุมาลย์ 🇹🇭", "2025-11-24T08:20:00+07:00", "รับทราบครับ");
        send(ack.group(), Records.message(ack, 1));
        assertThat(findings.isEmpty()).as("held: photos may follow").isTrue();
        send(GroupProcessor.CONTROL_KEY, Records.tick(ZonedDateTime.parse("2025-11-24T08:30:00+07:00").toInstant().toEpochMilli()));

        List<byte[]> found = findings.readValuesToList();
        assertThat(found).hasSize(1);
        assertThat(Samples.tree(found.get(0)).get("rule").asText()).isEqualTo("SKN-2P");
        assertThat(Samples.tree(found.get(0)).get("ruleSetVersion").asText()).isEqualTo(RuleSet.bundled("sakon-nakhon").version());
    }

    @Test
    void aDutyIsOpen_untilTheEnd_thenMissing() {
        ChatMessage order = text("m1", "ศอ.จอส.จว.สน.", "ปจ.สน.", "2025-11-25T09:00:00+07:00",
                "ขอให้ ศอ.จอส.อำเภอ ทุกอำเภอ รายงานผลการจัดกิจกรรมจิตอาสา ภายในวันที่ 26 พ.ย. 2568");
        send(order.group(), Records.message(order, 1));
        send(GroupProcessor.CONTROL_KEY, Records.tick(ZonedDateTime.parse("2025-11-25T10:00:00+07:00").toInstant().toEpochMilli()));
        List<String> opened = ledger.readValuesToList().stream().map(v -> Samples.tree(v).get("state").asText()).distinct().toList();
        assertThat(opened).as("duties opened once the watermark passed the order").containsExactly("open");

        send(GroupProcessor.CONTROL_KEY, Records.end(ZonedDateTime.parse("2025-11-28T17:00:00+07:00")));
        List<String> ended = ledger.readValuesToList().stream().map(v -> Samples.tree(v).get("state").asText()).distinct().toList();
        assertThat(ended).containsExactly("missing");
        assertThat(findings.readValuesToList()).isNotEmpty();
    }

    @Test
    void aBrokenRuleSet_isRefused_andTheRulesInForceStay() {
        StringWriter err = new StringWriter();
        PolicyWatcher watcher = new PolicyWatcher(Samples.CLOCK, new PrintWriter(err, true));
        RuleSet good = RuleSet.bundled("sakon-nakhon");
        watcher.compile(Records.rules(good), List.of());
        RuleSet broken = good.with(new RuleFile("posting.csv", "posting.csv", "rule,group\nSKN-X,"));
        watcher.compile(Records.rules(broken), List.of());

        assertThat(watcher.current().version()).isEqualTo(good.version());
        List<byte[]> rejections = watcher.takeRejections();
        assertThat(rejections).hasSize(1);
        assertThat(Samples.tree(rejections.get(0)).get("what").asText()).isEqualTo("rules");
        assertThat(err.toString()).contains("refused, the rules in force stay");
        watcher.close();
    }
}
