package dev.rabiap.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The webhook ingress's sink on a real broker: messages written once, redeliveries dropped, also after a restart. */
@ExtendWith(SharedBroker.class)
final class KafkaMessageSinkIT {
    private static ChatMessage message(String id, String text) {
        return ChatMessage.builder().id(id).evidence(new Evidence("webhook", 0, id)).group("ข้อสั่งการ ปค.สน.").sender("นอภ.กุสุมาลย์")
                .time(ZonedDateTime.parse("2025-11-24T08:20:00+07:00")).text(text).build();
    }

    @Test
    void redeliveries_areDropped_alsoAfterARestart(Broker broker) throws Exception {
        Topics topics = Topics.withPrefix("sink");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap()))) {
            topics.create(admin, 2, (short) 1);
        }
        Clock clock = Clock.system(ChatMessage.BANGKOK);
        try (KafkaMessageSink sink = new KafkaMessageSink(broker.bootstrap(), topics, "sink-test", clock, Duration.ofSeconds(2))) {
            assertThat(sink.accept("event-1", message("m1", "รับทราบครับ"))).isTrue();
            assertThat(sink.accept("event-2", message("m2", "รายงานผลครับ"))).isTrue();
            assertThat(sink.accept("event-1", message("m1", "รับทราบครับ"))).as("a redelivery").isFalse();
        }
        try (KafkaMessageSink restarted = new KafkaMessageSink(broker.bootstrap(), topics, "sink-test", clock, Duration.ofSeconds(2))) {
            assertThat(restarted.accept("event-2", message("m2", "รายงานผลครับ"))).as("a redelivery after the restart").isFalse();
            assertThat(restarted.accept("event-3", message("m3", "ส่งภาพครับ"))).isTrue();
        }
        List<ConsumerRecord<String, byte[]>> records = broker.readCommitted(topics.messages(), 3, 30_000);
        List<String> ids = records.stream().map(r -> Samples.tree(r.value())).filter(n -> !n.has("control")).map(n -> n.get("id").asText()).toList();
        assertThat(ids).containsExactlyInAnyOrder("m1", "m2", "m3");
        assertThat(records).allSatisfy(r -> assertThat(r.key()).isIn("ข้อสั่งการ ปค.สน.", GroupProcessor.CONTROL_KEY));
    }
}
