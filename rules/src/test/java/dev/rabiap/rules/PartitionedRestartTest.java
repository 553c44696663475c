package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.LedgerEntry;
import dev.rabiap.engine.PartitionedRules;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageType;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A partitioned run keeps what it reads a group's posts against (the orders in front of its members,
 * its last question) in the group's state, not only in the reading thread's memory: a run whose
 * steps are made afresh between two posts, as after a restart or when another instance takes the
 * group over, reads the second post as a run that kept going does.
 */
final class PartitionedRestartTest {
    private static final PolicyEngine ENGINE = PolicyEngine.builder().rules(RuleSet.bundled("sakon-nakhon")).roster(Fixtures.ROSTER).build();
    private static final ZonedDateTime START = ZonedDateTime.parse("2025-11-21T08:00:00+07:00");

    /** A sorted map as the caller's state, one for every step and partition (their keys do not meet). */
    private static final class MapState implements PartitionedRules.State {
        private final TreeMap<String, byte[]> map = new TreeMap<>();

        @Override
        public byte[] get(String key) {
            return map.get(key);
        }

        @Override
        public void put(String key, byte[] value) {
            map.put(key, value);
        }

        @Override
        public void delete(String key) {
            map.remove(key);
        }

        @Override
        public List<Map.Entry<String, byte[]>> scan(String prefix) {
            return new ArrayList<>(map.subMap(prefix, prefix + Character.MAX_VALUE).entrySet());
        }
    }

    private static ChatMessage text(int n, int minutes, String sender, String text) {
        String id = "m" + n;
        return new ChatMessage(id, new Evidence("test.jsonl", n, id), Fixtures.G5, sender, null, START.plusMinutes(minutes), MessageType.TEXT,
                text, null, null, null, null);
    }

    /** The ledger of the messages run through partitioned steps, each message's steps got from {@code rules}. */
    private static List<String> ledger(List<ChatMessage> messages, Supplier<PartitionedRules> rules) {
        MapState state = new MapState();
        List<String> ledger = new ArrayList<>();
        long seq = 0;
        for (ChatMessage message : messages) {
            PartitionedRules steps = rules.get();
            PartitionedRules.Output out = steps.message(message, ++seq, state);
            PartitionedRules.Output advanced = steps.advance(message.time().plusMinutes(4).toInstant().toEpochMilli(), state);
            for (PartitionedRules.Output group : List.of(out, advanced)) {
                group.ledger().forEach(e -> ledger.add(entry(e)));
                for (PartitionedRules.Handoff handoff : group.handoffs()) {
                    steps.party(handoff, state).ledger().forEach(e -> ledger.add(entry(e)));
                }
            }
        }
        PartitionedRules steps = rules.get();
        ZonedDateTime asOf = START.plusHours(2);
        steps.end(asOf, state, g -> true, false).handoffs().forEach(h -> steps.party(h, state).ledger().forEach(e -> ledger.add(entry(e))));
        steps.endParties(asOf, state).ledger().forEach(e -> ledger.add(entry(e)));
        return ledger;
    }

    private static String entry(LedgerEntry e) {
        return e.order().messageId() + "/" + e.party() + "/" + e.state() + "/" + (e.answer() == null ? "-" : e.answer().messageId());
    }

    @Test
    void figuresReadAfterTheOrderInFrontOfThem_areTheSameAfterTheStepsAreMadeAfresh() {
        List<ChatMessage> messages = List.of(
                text(1, 0, "ศอ.จอส.จว.สน.", "ขอให้ ศอ.จอส.อำเภอทุกอำเภอรายงานจำนวนถุงยังชีพที่แจกแล้ว แยกผู้สูงอายุ ผู้พิการ และเด็กเล็ก ภายใน ๒๔ ชม."),
                // alone it is chat; after the order it is เมืองสกลนคร's report
                text(2, 60, "จอส.เมือง", "ถุงยังชีพเมืองสกลค่ะ สูงอายุ๔๐ พิการ๑๒ เด็ก๒๕"));
        PartitionedRules kept = ENGINE.partitioned();
        List<String> goingOn = ledger(messages, () -> kept);
        List<String> afresh = ledger(messages, ENGINE::partitioned);

        assertThat(goingOn).contains("m1/เมืองสกลนคร/ON_TIME/m2");
        assertThat(afresh).containsExactlyInAnyOrderElementsOf(goingOn);
    }

    @Test
    void aShortAnswerToAMembersQuestion_opensNoDuty_alsoWhenTheStepsAreMadeAfreshBetweenThem() {
        List<ChatMessage> messages = List.of(
                text(1, 0, "จอส.เมือง", "ภาพที่ส่งต้องมีป้ายโครงการไหมคะ"),
                // five minutes on, the centre's answer to that question: it points back and opens no duty
                text(2, 5, "ศอ.จอส.จว.สน.", "มีป้ายก็ดีค่ะ ถ้าไม่มีก็ส่งได้ ขอให้เห็นหน้าผู้รับชัดๆ"));
        PartitionedRules kept = ENGINE.partitioned();
        assertThat(ledger(messages, () -> kept)).isEmpty();
        assertThat(ledger(messages, ENGINE::partitioned)).isEmpty();
    }
}
