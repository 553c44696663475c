package dev.rabiap.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TimeMergedSourceTest {
    /** A source of messages "id@HH:mm"; "!" is a record that cannot be read. */
    private static MessageSource source(String name, String... items) {
        Iterator<String> it = List.of(items).iterator();
        return new MessageSource() {
            @Override
            public ChatMessage next() throws IOException {
                if (!it.hasNext()) {
                    return null;
                }
                String item = it.next();
                if (item.equals("!")) {
                    throw new MalformedInputException(new Evidence(name, 0, null), "bad");
                }
                String[] parts = item.split("@");
                return ChatMessage.builder().id(parts[0]).evidence(new Evidence(name, 1, parts[0])).group("g").sender("s").text("t")
                        .time(LocalDateTime.parse("2018-10-01T" + parts[1]).atZone(ChatMessage.BANGKOK)).build();
            }

            @Override
            public String description() {
                return name;
            }

            @Override
            public void close() {}
        };
    }

    private static List<String> drain(MessageSource source) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ChatMessage m = source.next(); m != null; m = source.next()) {
            ids.add(m.id());
        }
        return ids;
    }

    @Test
    void sourcesAreInterleavedByTime_eachInItsOwnOrder_theEarlierListedFirstOnATie() throws IOException {
        TimeMergedSource merged = new TimeMergedSource(List.of(
                source("a", "a1@09:00", "a2@11:00", "a3@10:30"),
                source("b", "b1@08:00", "b2@11:00"),
                source("c")));
        // a3 is out of order within a: it stays after a2
        assertThat(drain(merged)).containsExactly("b1", "a1", "a2", "a3", "b2");
        assertThat(List.of(merged.count(0), merged.count(1), merged.count(2))).containsExactly(3L, 2L, 0L);
        assertThat(merged.description()).isEqualTo("a + b + c");
    }

    @Test
    void aBadRecordIsThrown_andReadingGoesOnFromTheSameSource() throws IOException {
        TimeMergedSource merged = new TimeMergedSource(List.of(source("a", "a1@09:00", "!", "a2@10:00"), source("b", "b1@09:30")));
        assertThat(merged.next().id()).isEqualTo("a1");
        assertThatThrownBy(merged::next).isInstanceOf(MalformedInputException.class);
        assertThat(drain(merged)).containsExactly("b1", "a2");
    }
}
