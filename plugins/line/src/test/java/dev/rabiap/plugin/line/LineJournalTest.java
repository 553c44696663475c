package dev.rabiap.plugin.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Journal;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.ReceivedRecord;
import dev.rabiap.engine.spi.SourceInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LineJournalTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T01:31:00Z"), ChatMessage.BANGKOK);

    @TempDir
    Path folder;

    @Test
    void replay_mapsLikeTheLiveServer_readsEachEventOnce_andNamesBadLines() throws IOException {
        Files.writeString(folder.resolve("groups.csv"), "group_id,group\n" + LineWebhookEventsTest.GROUP_ID + ",ข้อสั่งการ ปค.สน.\n");
        ReceivedRecord body = new ReceivedRecord(CLOCK.instant(), LineWebhookEventsTest.BODY);
        try (Journal journal = Journal.open(folder, "line-webhook")) {
            journal.append(body);
            journal.append(body);
        }
        Files.writeString(folder.resolve("notes.txt"), "not a journal");
        LineJournalSourceFactory factory = new LineJournalSourceFactory();
        SourceInput input = new SourceInput(folder.toString());
        assertThat(factory.accepts(input)).isTrue();
        assertThat(factory.accepts(new SourceInput(folder.resolve("notes.txt").toString()))).isFalse();

        RecordingContext context = new RecordingContext();
        List<ChatMessage> messages = new ArrayList<>();
        try (MessageSource source = factory.open(input, Map.of(), context)) {
            for (ChatMessage message = source.next(); message != null; message = source.next()) {
                messages.add(message);
            }
        }
        assertThat(messages).hasSize(11).allSatisfy(message -> assertThat(message.evidence().line()).isEqualTo(1));
        assertThat(messages.get(0).group()).isEqualTo("ข้อสั่งการ ปค.สน.");
        assertThat(messages.get(0).evidence().source()).isEqualTo(folder.resolve("line-webhook-2025-06-16.journal.jsonl").toString());
        assertThat(context.skipped()).filteredOn(s -> s.reason().equals(LineWebhookEvents.REDELIVERED)).hasSize(12)
                .allSatisfy(s -> assertThat(s.where().line()).isEqualTo(2));
        assertThat(context.skippedPlaces()).contains(folder.resolve("notes.txt").toString());

        Path file = folder.resolve("line-webhook-2025-06-16.journal.jsonl");
        Files.writeString(file, "{\"receivedAt\":\"2025-06-16T08:31:00+07:00\",\"body\":\"{\\\"destination\\\":\\\"U1\\\"}\"}\nnot json\n", java.nio.file.StandardOpenOption.APPEND);
        try (MessageSource source = factory.open(new SourceInput(file.toString()), Map.of("account-name", "OA"), new RecordingContext())) {
            for (int index = 0; index < 11; index++) {
                assertThat(source.next()).isNotNull();
            }
            assertThatThrownBy(source::next).isInstanceOf(MalformedInputException.class)
                    .hasMessage(file + ":3: the body is not a LINE webhook request: not a LINE webhook request: no events");
            assertThatThrownBy(source::next).isInstanceOf(MalformedInputException.class).hasMessageStartingWith(file + ":4: not valid JSON");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void groups_refusesABadTable() throws IOException {
        Path groups = Files.writeString(folder.resolve("g.csv"), "id,name\nC1,x\n");
        assertThatThrownBy(() -> LineGroupNames.load(groups)).hasMessage(groups + ":1: the header must be group_id,group but is id,name");
        Files.writeString(groups, "group_id,group\nC1,\"กลุ่ม, หนึ่ง\"\nC1,สอง\n");
        assertThatThrownBy(() -> LineGroupNames.load(groups)).hasMessage(groups + ":3: group id C1 is listed twice");
        Files.writeString(groups, "\uFEFFgroup_id,group\nC1,\"กลุ่ม, หนึ่ง\"\n");
        assertThat(LineGroupNames.load(groups).name("C1")).isEqualTo("กลุ่ม, หนึ่ง");
        assertThat(LineGroupNames.load(groups).name("C2")).isEqualTo("C2");
    }
}
