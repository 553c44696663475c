package dev.rabiap.plugin.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.SourceInput;
import dev.rabiap.engine.spi.SystemEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the real exports in {@code shared/corpus/line-real}, found beside an ancestor of the
 * module directory. Expected counts were taken from the files with grep: a message per line
 * starting {@code HH:MM⇥}, a system message per 2-column line and per 3-column notice.
 */
final class LineCorpusConformanceTest {
    private static final String CORPUS = "shared/corpus/line-real";
    private static final String IUP = "en-mobile-2020_IUP_FMIPA_2016.txt";
    private static final String KOMODO = "en-mobile-2020_TEAM_KOMODO_SOLID.txt";

    @Test
    void everyCorpusFile_isReadWithoutUnrecognisedLines() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus())) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).extracting(file -> file.getFileName().toString()).contains(IUP, KOMODO);
        for (Path file : files) {
            RecordingContext context = new RecordingContext();
            List<ChatMessage> messages = LineFixtures.readAll(file, Map.of(), context);

            assertThat(new LineExportSourceFactory().accepts(new SourceInput(file.toString()))).as(file.toString()).isTrue();
            assertThat(context.skippedPlaces()).as("unrecognised lines in " + file).isEmpty();
            assertThat(messages).as(file.toString()).hasSizeGreaterThan(100);
        }
    }

    @Test
    void iupFmipa_countsMatchTheFile() throws IOException {
        List<ChatMessage> messages = read(IUP);

        assertThat(messages).hasSize(411);
        assertThat(count(messages, MessageType.SYSTEM)).isEqualTo(21);
        assertThat(count(messages, MessageType.IMAGE)).isEqualTo(19);
        assertThat(count(messages, MessageType.STICKER)).isEqualTo(24);
        assertThat(count(messages, MessageType.VIDEO)).isEqualTo(1);
        assertThat(messages).extracting(ChatMessage::group).containsOnly("IUP FMIPA 2016");
        assertThat(messages.get(0)).extracting(ChatMessage::id, ChatMessage::sender, ChatMessage::time, ChatMessage::type)
                .containsExactly(IUP + ":5", "Casia Fzana", LineExportSourceTest.bangkok("2018-02-17T08:53"), MessageType.IMAGE);
        ChatMessage invite = line(messages, 393);
        assertThat(invite).extracting(ChatMessage::event, ChatMessage::sender, ChatMessage::target)
                .containsExactly(SystemEvent.INVITE, "Irbin LINE RUSAK", "アービン");
        assertThat(line(messages, 151)).extracting(ChatMessage::event, ChatMessage::sender)
                .containsExactly(SystemEvent.LEAVE, "Unknown");
    }

    @Test
    void teamKomodoSolid_countsAndEventsMatchTheFile() throws IOException {
        List<ChatMessage> messages = read(KOMODO);

        assertThat(messages).hasSize(4553);
        assertThat(count(messages, MessageType.SYSTEM)).isEqualTo(80);
        assertThat(count(messages, MessageType.IMAGE)).isEqualTo(269);
        assertThat(count(messages, MessageType.STICKER)).isEqualTo(98);
        assertThat(count(messages, MessageType.FILE)).isEqualTo(43); // 41 files and 2 [Contact] cards (lines 2508, 6014)
        assertThat(count(messages, MessageType.VIDEO)).isEqualTo(12);
        assertThat(count(messages, MessageType.AUDIO)).isEqualTo(21);
        assertThat(messages).filteredOn(message -> message.event() == SystemEvent.INVITE)
                .extracting(message -> message.evidence().line(), ChatMessage::sender, ChatMessage::target)
                .containsExactly(
                        tuple(5L, "Wildan Hanafi", null),
                        tuple(194L, "Bagus Wicaksono", "Wildan"),
                        tuple(324L, "Wildan Hanafi", "Ayudiva"),
                        tuple(9825L, "Nufaisa", "Faiq fahrezi"),
                        tuple(9923L, "Fauzi Achmad Haruna", "Kaneki Public Bot"),
                        tuple(9934L, "Fauzi Achmad Haruna", "Rinna"));
        assertThat(messages).filteredOn(message -> message.event() == SystemEvent.JOIN).hasSize(7);
        assertThat(line(messages, 9942)).extracting(ChatMessage::event, ChatMessage::sender, ChatMessage::target)
                .containsExactly(SystemEvent.REMOVE, "Fauzi Achmad Haruna", "Rinna");
        assertThat(line(messages, 2193)).extracting(ChatMessage::event, ChatMessage::target)
                .containsExactly(SystemEvent.RENAME, "TEAM KOMODO SOLID");
        assertThat(line(messages, 9929)).extracting(ChatMessage::event, ChatMessage::target)
                .containsExactly(SystemEvent.OTHER, "Kaneki Public Bot");
        assertThat(line(messages, 355)).extracting(ChatMessage::type, ChatMessage::event, ChatMessage::sender)
                .containsExactly(MessageType.SYSTEM, SystemEvent.OTHER, "dista d. astuti");
    }

    @Test
    void teamKomodoSolid_multiLineMessages_keepTheirLines() throws IOException {
        List<ChatMessage> messages = read(KOMODO);

        ChatMessage schedule = line(messages, 24);
        assertThat(schedule.time()).isEqualTo(LineExportSourceTest.bangkok("2019-05-02T11:48"));
        assertThat(schedule.text()).isEqualTo("Yg bisa minggu ini : \n1. Jumat\n   - ndarto\n2. Sabtu \n   - ndarto\n3. Minggu\n    - ndarto");
        ChatMessage announcement = line(messages, 6132);
        assertThat(announcement.sender()).isEqualTo("Yohanes Bayu N");
        assertThat(announcement.text())
                .startsWith("Informasi DPKM berkaitan dengan Jadwal Penarikan KKN Periode 2")
                .contains("\n\n1.\tKesepakatan dengan DPP UGM")
                .endsWith("Demikian informasi kami. Salam\n\n\nSub Dit KKN DPKM");
        assertThat(line(messages, 6146).text()).startsWith("temen2, nanti malem");
    }

    private static List<ChatMessage> read(String name) throws IOException {
        RecordingContext context = new RecordingContext();
        List<ChatMessage> messages = LineFixtures.readAll(corpus().resolve(name), Map.of(), context);
        assertThat(context.skipped()).isEmpty();
        return messages;
    }

    private static long count(List<ChatMessage> messages, MessageType type) {
        return messages.stream().filter(message -> message.type() == type).count();
    }

    private static ChatMessage line(List<ChatMessage> messages, long line) {
        return messages.stream().filter(message -> message.evidence().line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no message at line " + line));
    }

    /**
     * The corpus folder: {@code line-real} in the folder the environment variable
     * {@code RABIAP_CORPUS} names, else {@code shared/corpus/line-real} under the first ancestor of
     * the working directory that has it.
     */
    private static Path corpus() {
        String named = System.getenv("RABIAP_CORPUS");
        if (named != null && !named.isBlank()) {
            Path candidate = Path.of(named).resolve("line-real");
            return Files.isDirectory(candidate) ? candidate
                    : absent("The real LINE exports are missing: RABIAP_CORPUS=" + named + " has no folder line-real.");
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(CORPUS);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return absent("The real LINE exports are missing: no folder " + CORPUS + " in " + start
                + " or any folder above it. Clone the shared folder next to the repository (../../../shared from plugins/line),"
                + " or set RABIAP_CORPUS to its corpus folder.");
    }

    /**
     * The corpus is not in the repository (no licence lets it be copied in): without it these tests
     * are skipped with the reason, unless {@code RABIAP_REQUIRE_ALL=1} (as in CI) makes that a failure.
     */
    private static Path absent(String reason) {
        if ("1".equals(System.getenv("RABIAP_REQUIRE_ALL"))) {
            return fail(reason);
        }
        org.junit.jupiter.api.Assumptions.abort(reason);
        return null;
    }
}
