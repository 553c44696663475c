package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rabiap.engine.spi.ChatMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The LINE exports in {@code samples/line/} (a Thai-locale phone export, an English-locale phone
 * export with AM/PM times and a PC "Save chat" file, one Sakon Nakhon group each) give the findings
 * worked out by hand, and the same findings as {@code same-messages.jsonl}, which holds the same
 * messages as JSONL.
 */
final class LineSamplesAuditTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-26T02:00:00Z"), ChatMessage.BANGKOK);

    /**
     * Rule, person and time of each finding, file by file (PC file, English phone, Thai phone). The
     * report reads the three files as one log in time order, so it gives them sorted by time, the
     * earlier-listed file first on a tie.
     */
    private static final List<String> EXPECTED = List.of(
            // [LINE]ผู้บริหารจังหวัด และนายอำเภอ.txt: the group takes orders from the governor and vice governors.
            "SKN-4P SN0005 2025-11-24T08:30",   // the palad gives an order
            "SKN-4 SN0302 2025-11-24T09:15",    // the head of ปภ. (agency head) is not admitted; his incident report itself is allowed
            "SKN-4 SN0213 2025-11-25T08:14",    // a deputy district chief joins in place of his chief ("มอบผมประสานแทน" tells, it orders no one)
            // (a district chief's PR at 10:30, a "Fwd: …" at 13:40 and the governor's PR the next morning: the letter keeps no PR or forward out)
            // phone-english.txt, ศอ.จอส.จว.สน.: orders from the palad and the provincial centre, reports from district centres.
            "SKN-5P SN0171 2025-11-24T08:12",   // a district chief gives an order
            // (a coordinating deputy at 08:30 is a ปลัดอำเภอ: admitted, and his photo is his district's report)
            "SKN-5 SN0303 2025-11-24T10:05",    // an agency head is not admitted
            "SKN-5 SN0331 2025-11-24T11:20",    // a retired official invited
            "SKN-ALL SN0144 2025-11-24T11:20",  // by the district centre of พังโคน
            "SKN-ALL SN0331 2025-11-24T11:20",
            "SKN-5 SN0004 2025-11-25T09:30",    // a vice governor is not admitted
            // phone-thai.txt, ข้อสั่งการ ปค.สน.: the provincial office and the palad post; members neither ask nor answer.
            "SKN-2P SN0111 2025-11-24T08:06",   // "รับทราบครับ"
            "SKN-2P SN0112 2025-11-24T08:07",   // a sticker acknowledges
            "SKN-2P SN0181 2025-11-24T08:15",   // a question (the office's answer at 08:18 is the office's to post)
            "SKN-2 SN0104 2025-11-24T08:25",    // a district volunteer-centre officer invited
            "SKN-ALL SN0101 2025-11-24T08:25",  // by the district chief of เมืองสกลนคร
            "SKN-ALL SN0104 2025-11-24T08:25",
            "SKN-2P SN0141 2025-11-24T09:32",   // "🙏"
            "SKN-2P SN0271 2025-11-24T13:10",   // a district report with its file a minute later: one post
            "SKN-2P SN0132 2025-11-25T08:52",   // "รับทราบครับ อำเภอพรรณานิคม"
            "SKN-2 SN0194 2025-11-25T09:05",    // a volunteer-centre officer joins by link
            "SKN-2P SN0102 2025-11-25T11:15");  // "ขอบคุณครับท่าน" is chat

    @Test
    void exportsAndJsonl_giveTheSameHandWorkedFindings() throws IOException {
        Path samples = LineServeTest.roster().getParent();
        List<String> exports = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples.resolve("line"))) {
            files.filter(file -> file.getFileName().toString().endsWith(".txt")).map(Path::toString).sorted().forEach(exports::add);
        }
        assertThat(exports).hasSize(3);

        List<JsonNode> fromExports = audit(samples, exports);
        List<JsonNode> fromJsonl = audit(samples, List.of(samples.resolve("line").resolve("same-messages.jsonl").toString()));

        assertThat(fromExports.stream().map(LineSamplesAuditTest::key).toList())
                .isEqualTo(EXPECTED.stream().sorted(java.util.Comparator.comparing(k -> k.substring(k.lastIndexOf(' ')))).toList());
        assertThat(fromJsonl.stream().map(LineSamplesAuditTest::comparable).toList())
                .containsExactlyInAnyOrderElementsOf(fromExports.stream().map(LineSamplesAuditTest::comparable).toList());
        assertThat(fromExports).allSatisfy(finding -> assertThat(finding.get("file").asText()).endsWith(".txt"));
    }

    private static List<JsonNode> audit(Path samples, List<String> inputs) throws IOException {
        List<String> args = new ArrayList<>(List.of("audit", "--roster", samples.resolve("roster.csv").toString(), "--format", "jsonl"));
        args.addAll(inputs);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), CLOCK);
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(err.toString()).contains("messages read: 68").contains("records skipped: 0")
                .contains("messages from senders not on the roster: 0").contains("obligations not yet due: 13");
        List<JsonNode> findings = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                findings.add(JSON.readTree(line));
            }
        }
        return findings;
    }

    private static String key(JsonNode f) {
        return f.get("rule").asText() + " " + f.get("personId").asText() + " " + f.get("time").asText().substring(0, 16);
    }

    private static List<String> comparable(JsonNode f) {
        return List.of(f.get("rule").asText(), f.get("group").asText(), f.get("personId").asText(), f.get("time").asText(),
                f.get("th").asText(), f.get("en").asText());
    }
}
