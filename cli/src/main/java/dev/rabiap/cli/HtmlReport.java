package dev.rabiap.cli;

import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.Severity;
import dev.rabiap.engine.spi.Evidence;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One self-contained HTML file: header (rule set, time range, inputs with SHA-256), summary (per
 * group, per rule with catalogue titles, skipped records, unresolved senders, open obligations),
 * then every finding in report order with the quoted evidence line.
 *
 * <p>Findings are spooled to a temporary file as they come, with a marker where the quote goes; the
 * cited lines are read once the audit is over, one pass a file, and the page is put together.
 */
final class HtmlReport extends ReportWriter {
    private static final String QUOTE = "\u0000quote\t";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Unresolved names listed in the summary; the rest are counted. */
    private static final int MAX_NAMES = 50;

    private final ReportContext context;
    private final Path spool;
    private final BufferedWriter spooled;
    private final Map<String, SortedSet<Long>> wanted = new LinkedHashMap<>();
    /** Findings per group: all, then per severity in {@link Severity} order. */
    private final Map<String, long[]> byGroup = new TreeMap<>();
    private final long[] bySeverity = new long[Severity.values().length];
    private long findings;

    HtmlReport(PrintWriter out, PrintWriter err, ReportContext context) {
        super(out, err);
        this.context = context;
        try {
            spool = Files.createTempFile("rabiap-report", ".part");
            spooled = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the HTML report", e);
        }
    }

    @Override
    void finding(Finding f) {
        findings++;
        int severity = f.severity().ordinal();
        bySeverity[severity]++;
        long[] counts = byGroup.computeIfAbsent(f.group(), g -> new long[1 + Severity.values().length]);
        counts[0]++;
        counts[1 + severity]++;
        Evidence e = f.evidence();
        StringBuilder html = new StringBuilder(1024);
        String sev = f.severity().code();
        html.append("<article class=\"finding sev-").append(sev).append("\" id=\"f").append(findings).append("\">\n");
        html.append("<header><span class=\"rule\">").append(esc(f.ruleId())).append("</span> <span class=\"badge ")
                .append(sev).append("\">").append(sev).append("</span> <span class=\"kind\">").append(esc(f.kind().code()))
                .append("</span> <span class=\"group\">").append(esc(f.group())).append("</span> <time datetime=\"")
                .append(TIME.format(f.time())).append("\">").append(SHOWN.format(f.time())).append("</time></header>\n");
        html.append("<p class=\"who\">");
        if (!f.actor().isEmpty()) {
            html.append("<span class=\"actor\">").append(esc(f.actor())).append("</span>");
        }
        if (!f.personId().isEmpty() && !f.personId().equals(f.actor())) {
            html.append(" <span class=\"pid\">").append(esc(f.personId())).append("</span>");
        }
        html.append("</p>\n");
        html.append("<p class=\"th\">").append(esc(f.th())).append("</p>\n");
        html.append("<p class=\"en\" lang=\"en\">").append(esc(f.en())).append("</p>\n");
        dev.rabiap.engine.Source source = f.source();
        if (!source.isEmpty()) {
            html.append("<blockquote class=\"source\">");
            if (source.quotesLetter()) {
                html.append("<p class=\"letter\">ตามหนังสือ <span lang=\"en\">/ letter</span> ").append(esc(source.reference()))
                        .append(": <q>").append(esc(source.clause())).append("</q></p>");
            }
            if (source.isReading()) {
                html.append("<p class=\"reading\"><b>").append(dev.rabiap.engine.Source.READING_THAI)
                        .append("</b> <span lang=\"en\">/ the office's reading</span>: ").append(esc(source.reading())).append("</p>");
            }
            html.append("</blockquote>\n");
        }
        html.append("<div class=\"evidence\"><div class=\"where\">").append(esc(e.toString())).append("</div>\n");
        try {
            spooled.write(html.toString());
            if (e.line() > 0) {
                wanted.computeIfAbsent(e.source(), s -> new TreeSet<>()).add(e.line());
                spooled.write(QUOTE + e.line() + "\t" + e.source().replace('\n', ' ') + "\n");
            }
            spooled.write("</div>\n</article>\n");
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write the temporary file of the HTML report", x);
        }
    }

    @Override
    void end(AuditSummary summary) {
        try {
            spooled.close();
            Map<String, Map<Long, String>> quotes = EvidenceQuotes.read(wanted, EvidenceQuotes.LIMIT);
            head(summary);
            header(summary);
            summary(summary);
            out.println("<section id=\"findings\"><h2>สิ่งที่พบ <span lang=\"en\">/ Findings</span> (" + findings + ")</h2>");
            if (findings == 0) {
                out.println("<p class=\"none\">ไม่พบการฝ่าฝืน <span lang=\"en\">/ No findings</span></p>");
            }
            try (BufferedReader reader = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith(QUOTE)) {
                        out.println(quote(line, quotes));
                    } else {
                        out.println(line);
                    }
                }
            }
            out.println("</section>");
            sources();
            out.println("</main>\n</body>\n</html>");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the HTML report", e);
        } finally {
            close();
        }
    }

    @Override
    void close() {
        try {
            spooled.close();
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            // a temporary file left behind: nothing else to do
        }
    }

    private String quote(String marker, Map<String, Map<Long, String>> quotes) {
        String[] parts = marker.substring(QUOTE.length()).split("\t", 2);
        long line = Long.parseLong(parts[0]);
        Map<Long, String> lines = quotes.get(parts[1]);
        String text = lines == null ? null : lines.get(line);
        if (text == null) {
            return "<p class=\"missing\">(บรรทัดนี้อ่านไม่ได้ <span lang=\"en\">/ line not readable</span>)</p>";
        }
        if (masker != null) {
            text = masker.text(text);
        }
        return "<pre class=\"quote\"><code>" + esc(text) + "</code></pre>";
    }

    private void head(AuditSummary s) throws IOException {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"th\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>รายงานการตรวจ / Audit report — " + esc(s.ruleSet()) + "</title>");
        out.println("<style>");
        try (InputStream css = HtmlReport.class.getResourceAsStream("report.css")) {
            if (css == null) {
                throw new IOException("report.css is missing from the class path");
            }
            out.print(new String(css.readAllBytes(), StandardCharsets.UTF_8));
        }
        out.println("</style>");
        out.println("</head>");
        out.println("<body>");
    }

    private void header(AuditSummary s) {
        out.println("<header class=\"page\">");
        out.println("<h1>รายงานการตรวจตามระเบียบ <span lang=\"en\">/ Audit report</span></h1>");
        out.println("<dl class=\"facts\">");
        fact("ชุดกฎ", "Rule set", "<strong>" + esc(s.ruleSet()) + "</strong> <span class=\"muted\">version</span> <code>"
                + esc(s.ruleSetVersion()) + "</code>");
        WatchedSource.Watch watch = context == null ? null : context.watch();
        ZonedDateTime first = watch == null ? null : watch.first();
        ZonedDateTime last = watch == null ? null : watch.last();
        fact("ช่วงเวลาของข้อความ", "Messages from – to", first == null ? "—"
                : "<time datetime=\"" + TIME.format(first) + "\">" + SHOWN.format(first) + "</time> – <time datetime=\""
                + TIME.format(last) + "\">" + SHOWN.format(last) + "</time> <span class=\"muted\">(Asia/Bangkok)</span>");
        fact("ประเมิน ณ", "Judged as of", s.asOf() == null ? "—"
                : "<time datetime=\"" + TIME.format(s.asOf()) + "\">" + SHOWN.format(s.asOf()) + "</time>");
        if (masker != null) {
            fact("การปกปิด", "Masking", "ชื่อบุคคล เบอร์โทรศัพท์ และเลขประจำตัวประชาชนถูกแทนด้วยนามแฝง "
                    + "<span lang=\"en\">/ names, phone and ID numbers are pseudonymised</span>");
        }
        out.println("</dl>");
        out.println("<table class=\"inputs\"><caption>ข้อมูลนำเข้า <span lang=\"en\">/ Inputs</span></caption>");
        out.println("<thead><tr><th>แฟ้ม <span lang=\"en\">/ file</span></th><th class=\"n\">ข้อความ <span lang=\"en\">/ messages</span></th>"
                + "<th>SHA-256</th></tr></thead><tbody>");
        List<ReportContext.InputFile> inputs = context == null ? List.of() : context.inputs();
        List<AuditSummary.Input> read = s.inputs();
        if (inputs.isEmpty()) {
            inputs = read.stream().map(r -> new ReportContext.InputFile(r.description(), null)).toList();
        }
        for (int i = 0; i < inputs.size(); i++) {
            String messages = inputs.size() == read.size() ? Long.toString(read.get(i).messages()) : "—";
            out.println("<tr><td>" + esc(inputs.get(i).location()) + "</td><td class=\"n\">" + messages
                    + "</td><td class=\"hash\">" + hash(inputs.get(i)) + "</td></tr>");
        }
        ReportContext.InputFile roster = context == null ? null : context.roster();
        if (roster != null) {
            out.println("<tr class=\"roster\"><td>" + esc(roster.location()) + " <span class=\"muted\">(ทะเบียน / roster)</span></td>"
                    + "<td class=\"n\">—</td><td class=\"hash\">" + hash(roster) + "</td></tr>");
        }
        out.println("</tbody></table>");
        out.println("</header>");
        out.println("<main>");
    }

    private static String hash(ReportContext.InputFile input) {
        return input == null || input.sha256() == null ? "—" : "<code>" + input.sha256() + "</code>";
    }

    private void fact(String th, String en, String valueHtml) {
        out.println("<dt>" + th + " <span lang=\"en\">/ " + en + "</span></dt><dd>" + valueHtml + "</dd>");
    }

    private void summary(AuditSummary s) {
        out.println("<section id=\"summary\"><h2>สรุป <span lang=\"en\">/ Summary</span></h2>");
        out.println("<ul class=\"totals\">");
        out.println("<li><b>" + s.messages() + "</b> ข้อความที่อ่าน <span lang=\"en\">/ messages read</span></li>");
        out.println("<li><b>" + s.findings() + "</b> สิ่งที่พบ <span lang=\"en\">/ findings</span>");
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            parts.add("<span class=\"badge " + severity.code() + "\">" + severity.code() + "</span> " + bySeverity[severity.ordinal()]);
        }
        out.println(" (" + String.join(", ", parts) + ")</li>");
        out.println("<li><b>" + s.skippedRecords() + "</b> บรรทัดที่ข้าม <span lang=\"en\">/ records skipped or malformed</span></li>");
        out.println("<li><b>" + s.unresolvedMessages() + "</b> ข้อความจากผู้ส่งที่ระบุตัวไม่ได้ <span lang=\"en\">/ messages from unresolved senders</span></li>");
        out.println("<li><b>" + s.openObligations() + "</b> ข้อสั่งการที่ยังไม่ถึงกำหนดตอบ <span lang=\"en\">/ obligations not yet due"
                + (s.asOf() == null ? "" : " as of " + SHOWN.format(s.asOf())) + "</span></li>");
        out.println("</ul>");

        out.println("<h3>ตามกลุ่ม <span lang=\"en\">/ By group</span></h3>");
        out.println("<table class=\"by-group\"><thead><tr><th>กลุ่ม <span lang=\"en\">/ group</span></th><th class=\"n\">รวม <span lang=\"en\">/ all</span></th>");
        for (Severity severity : Severity.values()) {
            out.println("<th class=\"n\"><span class=\"badge " + severity.code() + "\">" + severity.code() + "</span></th>");
        }
        out.println("</tr></thead><tbody>");
        if (byGroup.isEmpty()) {
            out.println("<tr><td colspan=\"" + (2 + Severity.values().length) + "\" class=\"muted\">—</td></tr>");
        }
        for (Map.Entry<String, long[]> group : byGroup.entrySet()) {
            StringBuilder row = new StringBuilder("<tr><td>" + esc(group.getKey()) + "</td>");
            for (long count : group.getValue()) {
                row.append("<td class=\"n").append(count == 0 ? " zero" : "").append("\">").append(count).append("</td>");
            }
            out.println(row.append("</tr>"));
        }
        out.println("</tbody></table>");

        out.println("<h3>ตามกฎ <span lang=\"en\">/ By rule</span></h3>");
        out.println("<table class=\"by-rule\"><thead><tr><th>กฎ <span lang=\"en\">/ rule</span></th><th>เรื่อง <span lang=\"en\">/ title</span></th>"
                + "<th>ประเภท <span lang=\"en\">/ kind</span></th><th>ความรุนแรง <span lang=\"en\">/ severity</span></th>"
                + "<th class=\"n\">จำนวน <span lang=\"en\">/ findings</span></th></tr></thead><tbody>");
        Map<String, Catalogue.Rule> catalogue = context == null ? Map.of() : Catalogue.of(context.ruleSet());
        Map<String, Catalogue.Rule> rows = new LinkedHashMap<>(catalogue);
        for (String rule : s.findingsByRule().keySet()) {
            rows.putIfAbsent(rule, new Catalogue.Rule(rule, "", "", "", ""));
        }
        for (Catalogue.Rule rule : rows.values()) {
            long count = s.findingsByRule().getOrDefault(rule.rule(), 0L);
            String title = esc(rule.titleTh()) + (rule.titleEn().isEmpty() ? "" : " <span lang=\"en\" class=\"muted title-en\">" + esc(rule.titleEn()) + "</span>");
            out.println("<tr" + (count == 0 ? " class=\"zero\"" : "") + "><td class=\"rule\">" + esc(rule.rule()) + "</td><td>" + title
                    + "</td><td>" + esc(rule.kind()) + "</td><td>" + (rule.severity().isEmpty() ? ""
                    : "<span class=\"badge " + esc(rule.severity()) + "\">" + esc(rule.severity()) + "</span>")
                    + "</td><td class=\"n\">" + count + "</td></tr>");
        }
        out.println("</tbody></table>");

        out.println("<h3>บรรทัดที่ข้าม <span lang=\"en\">/ Records skipped or malformed</span></h3>");
        if (s.skipped().isEmpty() && s.malformed().isEmpty()) {
            out.println("<p class=\"muted\">ไม่มี <span lang=\"en\">/ none</span></p>");
        } else {
            out.println("<table class=\"skipped\"><thead><tr><th>เหตุ <span lang=\"en\">/ reason</span></th><th class=\"n\">จำนวน <span lang=\"en\">/ count</span></th>"
                    + "<th>ตัวอย่าง <span lang=\"en\">/ first places</span></th></tr></thead><tbody>");
            tallies(s.skipped(), "");
            tallies(s.malformed(), "malformed: ");
            out.println("</tbody></table>");
        }

        out.println("<h3>ผู้ส่งที่ระบุตัวไม่ได้ <span lang=\"en\">/ Unresolved senders</span></h3>");
        names("ไม่พบในทะเบียน", "not on the roster", masker == null ? s.unknownSenders() : masker.names(s.unknownSenders()));
        names("ชื่อตรงกับหลายคน", "name fits several people", masker == null ? s.ambiguousSenders() : masker.names(s.ambiguousSenders()));
        out.println("</section>");
    }

    /** ที่มา / Sources: each letter of the rule set with the rows drawn from it, then the readings that rest on no letter. */
    private void sources() {
        if (context == null) {
            return;
        }
        dev.rabiap.engine.Provenance provenance;
        try {
            provenance = dev.rabiap.engine.PolicyEngine.provenance(context.ruleSet(), dev.rabiap.engine.Roster.empty());
        } catch (RuntimeException e) {
            return;
        }
        out.println("<section id=\"sources\"><h2>ที่มา <span lang=\"en\">/ Sources</span></h2>");
        if (provenance.letters().isEmpty() && provenance.rows().stream().allMatch(r -> r.source().isEmpty())) {
            out.println("<p class=\"muted\">ชุดกฎนี้ไม่ได้ระบุที่มา <span lang=\"en\">/ the rule set names no sources</span></p></section>");
            return;
        }
        for (dev.rabiap.engine.Provenance.Letter letter : provenance.letters()) {
            out.println("<h3>" + esc(letter.reference()) + (letter.subject().isEmpty() ? "" : " <span class=\"muted\">เรื่อง " + esc(letter.subject()) + "</span>") + "</h3>");
            if (!letter.note().isEmpty()) {
                out.println("<p class=\"muted\">" + esc(letter.note()) + "</p>");
            }
            sourceRows(provenance.rows().stream().filter(r -> r.source().letter().equals(letter.key())).toList());
        }
        List<dev.rabiap.engine.Provenance.Row> unlettered = provenance.rows().stream()
                .filter(r -> r.source().letter().isEmpty() && !r.source().isEmpty()).toList();
        if (!unlettered.isEmpty()) {
            out.println("<h3>ตามการตีความของสำนักงาน ไม่อ้างหนังสือ <span lang=\"en\">/ readings that quote no letter</span></h3>");
            sourceRows(unlettered);
        }
        out.println("</section>");
    }

    private void sourceRows(List<dev.rabiap.engine.Provenance.Row> rows) {
        if (rows.isEmpty()) {
            out.println("<p class=\"muted\">ไม่มีแถวที่อ้างหนังสือนี้ <span lang=\"en\">/ no row rests on it</span></p>");
            return;
        }
        out.println("<table class=\"letter-rows\"><thead><tr><th>กฎ <span lang=\"en\">/ rule</span></th><th>แถว <span lang=\"en\">/ row</span></th>"
                + "<th>หนังสือว่า <span lang=\"en\">/ the letter says</span></th><th>ตามการตีความของสำนักงาน <span lang=\"en\">/ the office's reading</span></th></tr></thead><tbody>");
        for (dev.rabiap.engine.Provenance.Row row : rows) {
            String table = row.table() + ":" + row.line();
            out.println("<tr><td class=\"rule\">" + esc(String.join(", ", row.rules())) + "</td><td><code>" + esc(table) + "</code><br>"
                    + esc(row.what()) + "</td><td class=\"clause\">" + (row.source().clause().isEmpty() ? "—" : "<q>" + esc(row.source().clause()) + "</q>")
                    + "</td><td>" + (row.source().isReading() ? esc(row.source().reading()) : "<span class=\"reading-mark\">ตามถ้อยคำของหนังสือ / the letter's words</span>")
                    + "</td></tr>");
        }
        out.println("</tbody></table>");
    }

    private void tallies(List<AuditSummary.Tally> tallies, String prefix) {
        for (AuditSummary.Tally tally : tallies) {
            String reason = masker == null ? tally.reason() : masker.text(tally.reason());
            out.println("<tr><td>" + esc(prefix + reason) + "</td><td class=\"n\">" + tally.count() + "</td><td>"
                    + esc(String.join(", ", tally.examples().stream().map(Evidence::toString).toList())) + "</td></tr>");
        }
    }

    private void names(String th, String en, Map<String, Long> names) {
        long messages = names.values().stream().mapToLong(Long::longValue).sum();
        out.print("<p><b>" + messages + "</b> " + th + " <span lang=\"en\">/ " + en + "</span>");
        if (names.isEmpty()) {
            out.println("</p>");
            return;
        }
        List<Map.Entry<String, Long>> sorted = names.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
        List<String> shown = sorted.stream().limit(MAX_NAMES).map(e -> "<span class=\"name\">" + esc(e.getKey()) + "</span> ×" + e.getValue()).toList();
        out.println(": " + String.join(", ", shown) + (sorted.size() > MAX_NAMES ? ", … (" + (sorted.size() - MAX_NAMES) + " more)" : "") + "</p>");
    }

    /** HTML-escaped text; control characters other than tab and line breaks become U+FFFD. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br>");
                case '\r' -> { }
                default -> out.append(c < 0x20 && c != '\t' || c == 0x7F ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
