package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.spi.ChatMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report, the CSV byte order mark and masking across formats, on the samples and on small logs. */
final class ReportFormatsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-29T02:00:00Z"), ChatMessage.BANGKOK);
    private static final String ROSTER = """
            person_id,full_name,display_names,role,agency,district,line_user_id,email
            p1,นายสมชาย ใจดี,นอภ.เมืองสกลนคร,district_chief,ที่ว่าการอำเภอเมืองสกลนคร,เมืองสกลนคร,,
            p2,นางสาวพรทิพย์ วงศ์ใหญ่,ปค.จ.สน.,provincial_admin_staff,ที่ทำการปกครองจังหวัดสกลนคร,,,
            """;
    private static final String ORDER = "{\"id\":\"m1\",\"group\":\"ข้อสั่งการ ปค.สน.\",\"time\":\"2025-11-21T09:00:00\",\"sender\":\"ปค.จ.สน.\",\"type\":\"text\",\"text\":\"ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ ขอให้อำเภอถือปฏิบัติ\"}";

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK);
        return new Run(code, out.toString(), err.toString());
    }

    static Path samples() {
        return RepositoryFiles.path("samples/roster.csv").getParent();
    }

    /** Writes the HTML report of the samples and returns it. */
    static String samplesHtml(Path report, String... extra) throws Exception {
        Path samples = samples();
        List<String> args = new ArrayList<>(List.of("audit", "--format", "html", "--out", report.toString(),
                "--roster", samples.resolve("roster.csv").toString()));
        args.addAll(List.of(extra));
        args.add(samples.resolve("sakon-nakhon.jsonl").toString());
        Run run = run(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.err()).as("nothing on stderr when it is not a terminal").isEmpty();
        return Files.readString(report);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void text_quotesTheLetterUnderTheFirstFindingResting_andPointsBackToItUnderTheOthers() {
        String out = run("audit", "--roster", samples().resolve("roster.csv").toString(), samples().resolve("sakon-nakhon.jsonl").toString()).out();
        // the four SKN-2P findings of the sample rest on one sentence of the letter: quoted once, then pointed back to
        String quoted = "  ตามหนังสือ / letter: ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๘: \"ใช้เพื่อส่งหนังสือสั่งการจากที่ทำการปกครองจังหวัด";
        String pointer = "  ตามหนังสือ / letter: ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๘ (ดังข้อความใต้ [SKN-2P] แรกข้างต้น"
                + " / as quoted under the first [SKN-2P] above)";
        List<String> lines = out.lines().toList();
        assertThat(lines.stream().filter(l -> l.startsWith(quoted))).hasSize(1);
        assertThat(lines.stream().filter(l -> l.equals(pointer))).hasSize(3);
        // the quote comes before the pointers, under the first SKN-2P finding
        assertThat(out.indexOf(quoted)).isLessThan(out.indexOf(pointer)).isGreaterThan(out.indexOf("[SKN-2P]"));
    }

    @Test
    void html_ofTheSamples_hasHeaderSummaryAndEveryFindingWithItsQuotedLine(@TempDir Path dir) throws Exception {
        String html = samplesHtml(dir.resolve("report.html"));
        Path log = samples().resolve("sakon-nakhon.jsonl");

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"th\">")
                .contains("<meta charset=\"utf-8\">")
                .contains("\"Noto Sans Thai\"", "\"Sarabun\"", "\"TH Sarabun New\"", "\"Tlwg Typo\"", "\"Loma\"", "\"Garuda\"")
                .contains("<strong>sakon-nakhon</strong>")
                .contains("<time datetime=\"2025-11-24T07:00:00+07:00\">2025-11-24 07:00</time> – ")
                .contains("<dd><time datetime=\"2025-11-28T18:40:00+07:00\">2025-11-28 18:40</time></dd>")
                .contains("<td class=\"n\">359</td><td class=\"hash\"><code>" + sha256(log) + "</code>")
                .contains("<code>" + sha256(samples().resolve("roster.csv")) + "</code>");
        assertThat(html).as("self-contained").doesNotContainPattern("(?i)<(script|link|img|iframe)|src=|href=|url\\(|@import");

        assertThat(html).contains("<tr><td>ข้อสั่งการ ปค.สน.</td><td class=\"n\">5</td>")
                .contains("<td class=\"rule\">SKN-2P</td><td>กลุ่มข้อสั่งการ ปค.สน. ใช้ส่งหนังสือสั่งการเท่านั้น <span lang=\"en\" class=\"muted title-en\">ข้อสั่งการ ปค.สน. is for orders only</span>")
                .contains("<span class=\"name\">ปลัดบอย ภูพาน</span> ×2")
                .contains("<span class=\"name\">ปลัดเอก</span> ×2")
                .contains("<b>12</b> ข้อสั่งการที่ยังไม่ถึงกำหนดตอบ")
                .contains("<b>26</b> สิ่งที่พบ");

        assertThat(html).contains("<div class=\"where\">" + log + ":32 (m0032)</div>\n<pre class=\"quote\"><code>"
                + "{&quot;id&quot;: &quot;m0032&quot;, &quot;group&quot;: &quot;ข้อสั่งการ ปค.สน.&quot;");
        assertThat(html).contains("<p class=\"en\" lang=\"en\">นอภ.กุสุมาลย์ 🇹🇭 (district chief) posted an acknowledgement");
        assertThat(html).doesNotContain("line not readable");

        Run jsonl = run("audit", "--format", "jsonl", "--roster", samples().resolve("roster.csv").toString(), log.toString());
        List<String> expectedOrder = new ArrayList<>();
        Matcher ids = Pattern.compile("\"rule\":\"([^\"]+)\".*\"messageId\":\"([^\"]+)\"").matcher(jsonl.out());
        while (ids.find()) {
            expectedOrder.add(ids.group(1) + " " + ids.group(2));
        }
        List<String> htmlOrder = new ArrayList<>();
        Matcher articles = Pattern.compile("<span class=\"rule\">([^<]+)</span>.*?<div class=\"where\">[^<]*\\((m\\d+)\\)</div>", Pattern.DOTALL)
                .matcher(html.substring(html.indexOf("<section id=\"findings\">")));
        while (articles.find()) {
            htmlOrder.add(articles.group(1) + " " + articles.group(2));
        }
        assertThat(htmlOrder).hasSize(26).isEqualTo(expectedOrder);
    }

    @Test
    void html_isTheSameEveryTime(@TempDir Path dir) throws Exception {
        assertThat(samplesHtml(dir.resolve("a.html"))).isEqualTo(samplesHtml(dir.resolve("b.html")));
    }

    @Test
    void html_escapesAndCutsQuotedLines_andNamesUnreadableOnes(@TempDir Path dir) throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
        String longText = "<script>alert('x')</script> & " + "ก".repeat(500);
        String ack = "{\"id\":\"m2\",\"group\":\"ข้อสั่งการ ปค.สน.\",\"time\":\"2025-11-21T09:05:00\",\"sender\":\"นอภ.เมืองสกลนคร\",\"type\":\"text\",\"text\":\""
                + longText + "\"}";
        Path log = Files.writeString(dir.resolve("log.jsonl"), "\uFEFF" + ORDER + "\r\n" + ack + "\r\n");
        Path report = dir.resolve("report.html");
        Run run = run("audit", "--format", "html", "--out", report.toString(), "--roster", roster.toString(), log.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.FINDINGS);
        String html = Files.readString(report);
        String quote = html.substring(html.indexOf("<pre class=\"quote\"><code>") + 25, html.indexOf("</code></pre>"));
        assertThat(quote).startsWith("{&quot;id&quot;:&quot;m2&quot;")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ก")
                .endsWith("ก…")
                .doesNotContain("<script>");
        assertThat(html).doesNotContain("<script>");
    }

    @Test
    void evidenceQuotes_readOnlyTheWantedLines(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.txt"), "\uFEFFone\r\ntwo\n\nfour " + "x".repeat(20) + "\nfive");
        Map<Long, String> lines = EvidenceQuotes.lines(file, new TreeSet<>(Set.of(1L, 3L, 4L, 5L, 9L)), 10);
        assertThat(lines).containsOnly(Map.entry(1L, "one"), Map.entry(3L, ""), Map.entry(4L, "four xxxxx…"), Map.entry(5L, "five"));
        assertThat(EvidenceQuotes.read(Map.of(dir.resolve("gone.txt").toString(), new TreeSet<>(Set.of(1L))), 10)).isEmpty();
    }

    @Test
    void csv_startsWithAByteOrderMark_inAFileOnly(@TempDir Path dir) throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
        Path log = Files.writeString(dir.resolve("log.jsonl"), ORDER + "\n");
        Path report = dir.resolve("report.csv");
        run("audit", "--format", "csv", "--out", report.toString(), "--roster", roster.toString(), log.toString());
        byte[] bytes = Files.readAllBytes(report);
        assertThat(new String(bytes, 0, 6, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BFrul");
        assertThat(run("audit", "--format", "csv", "--roster", roster.toString(), log.toString()).out()).startsWith("rule,kind,");
    }

    @Test
    void mask_hidesEveryNameInEveryFormat_withTheSamePseudonyms(@TempDir Path dir) throws Exception {
        Path samples = samples();
        String roster = samples.resolve("roster.csv").toString();
        String log = samples.resolve("sakon-nakhon.jsonl").toString();
        String key = dir.resolve("config/rabiap/mask.key").toString();
        Map<String, String> reports = new java.util.LinkedHashMap<>();
        for (String format : List.of("text", "jsonl", "csv")) {
            Run run = run("audit", "--mask", "--mask-key-file", key, "--format", format, "--explain", "--ledger", "--roster", roster, log);
            assertThat(run.code()).isEqualTo(ExitCodes.FINDINGS);
            reports.put(format, run.out() + run.err());
        }
        reports.put("html", samplesHtml(dir.resolve("masked.html"), "--mask", "--mask-key-file", key));

        Set<String> groups = Set.of("ข้อสั่งการ ปค.สน.", "ข้อสั่งการ ปจ.สน.", "นักปกครองสกลนคร", "ผู้บริหารจังหวัด และนายอำเภอ",
                "ศอ.จอส.จว.สน.", "หน.ส่วนราชการ-นอภ.สน.");
        Set<String> names = new TreeSet<>(List.of("ปลัดบอย ภูพาน", "ปลัดเอก"));
        for (dev.rabiap.engine.Person person : dev.rabiap.engine.Roster.load(samples.resolve("roster.csv")).people()) {
            names.add(person.id());
            names.add(person.fullName());
            names.addAll(person.displayNames());
        }
        names.removeAll(groups);
        for (Map.Entry<String, String> report : reports.entrySet()) {
            String text = report.getValue();
            for (String group : groups) {
                text = text.replace(group, "");
            }
            for (String name : names) {
                assertThat(text).as(report.getKey() + " names " + name).doesNotContain(name);
            }
        }

        byte[] secret = MaskKeys.load(Path.of(key));
        assertThat(reports.values()).allSatisfy(r -> assertThat(r).doesNotContain(java.util.HexFormat.of().formatHex(secret)));
        String boy = new Masker(secret).pseudonym(Masker.PERSON, "name", "ปลัดบอย ภูพาน");
        String sompong = new Masker(secret).personId("SN0111");
        assertThat(reports.values()).allSatisfy(r -> assertThat(r).contains(boy).contains(sompong));
        assertThat(reports.get("jsonl")).contains("\"personId\":\"" + sompong + "\",\"actor\":\"" + sompong + "\"");
        assertThat(reports.get("csv")).contains(",posting,ข้อสั่งการ ปค.สน.," + sompong + "," + sompong + ",");

        Path otherKeyFile = dir.resolve("other.key");
        Run otherKey = run("audit", "--mask", "--mask-key-file", otherKeyFile.toString(), "--roster", roster, log);
        assertThat(otherKey.out()).doesNotContain(sompong).contains(new Masker(MaskKeys.load(otherKeyFile)).personId("SN0111"));
    }
}
