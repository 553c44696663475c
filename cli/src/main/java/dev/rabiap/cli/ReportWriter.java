package dev.rabiap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.spi.Evidence;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Writes findings as they come and the summary at the end, in one of the report formats. */
abstract class ReportWriter {
    static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static final List<String> COLUMNS = List.of("rule", "kind", "group", "personId", "actor", "file", "line", "messageId",
            "time", "severity", "th", "en");

    protected final PrintWriter out;
    protected final PrintWriter err;

    ReportWriter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    static ReportWriter create(ReportFormat format, PrintWriter out, PrintWriter err) {
        return switch (format) {
            case text -> new Text(out, err);
            case jsonl -> new Jsonl(out, err);
            case csv -> new Csv(out, err);
        };
    }

    void start() {}

    abstract void finding(Finding finding);

    abstract void end(AuditSummary summary);

    static List<String> values(Finding f) {
        Evidence e = f.evidence();
        return List.of(f.ruleId(), f.kind().code(), f.group(), f.personId(), f.actor(), e.source(),
                e.line() > 0 ? Long.toString(e.line()) : "", e.messageId() == null ? "" : e.messageId(),
                TIME.format(f.time()), f.severity().code(), f.th(), f.en());
    }

    /** The summary as lines of text, Thai and English. */
    static List<String> summaryLines(AuditSummary s) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("สรุป / Summary");
        lines.add("  ชุดกฎ / rule set: " + s.ruleSet() + " (version " + s.ruleSetVersion() + ")");
        for (AuditSummary.Input input : s.inputs()) {
            lines.add("  อ่าน / read: " + input.description() + ": " + input.messages() + " messages");
        }
        lines.add("  ข้อความที่อ่าน / messages read: " + s.messages());
        lines.add("  บรรทัดที่ข้าม / records skipped: " + s.skippedRecords());
        for (AuditSummary.Tally tally : s.skipped()) {
            lines.add("    " + tally.count() + " × " + tally.reason() + " (e.g. " + examples(tally) + ")");
        }
        for (AuditSummary.Tally tally : s.malformed()) {
            lines.add("    " + tally.count() + " × malformed: " + tally.reason() + " (e.g. " + examples(tally) + ")");
        }
        long unknown = s.unknownSenders().values().stream().mapToLong(Long::longValue).sum();
        long ambiguous = s.ambiguousSenders().values().stream().mapToLong(Long::longValue).sum();
        lines.add("  ผู้ส่งที่ไม่พบในทะเบียน / messages from senders not on the roster: " + unknown + names(s.unknownSenders()));
        lines.add("  ผู้ส่งที่ชื่อซ้ำกันหลายคน / messages from ambiguous names: " + ambiguous + names(s.ambiguousSenders()));
        if (s.asOf() != null) {
            lines.add("  ประเมิน ณ / judged as of: " + TIME.format(s.asOf()) + "; obligations not yet due: " + s.openObligations());
        }
        lines.add("  สิ่งที่พบ / findings: " + s.findings());
        for (Map.Entry<String, Long> entry : s.findingsByRule().entrySet()) {
            lines.add("    " + entry.getKey() + ": " + entry.getValue());
        }
        return lines;
    }

    private static String examples(AuditSummary.Tally tally) {
        return String.join(", ", tally.examples().stream().map(Evidence::toString).toList());
    }

    private static String names(Map<String, Long> names) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> top = names.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10).map(e -> e.getKey() + " ×" + e.getValue()).toList();
        return " (" + String.join(", ", top) + (names.size() > 10 ? ", …" : "") + ")";
    }

    /** Readable text: one block a finding, then the summary. */
    static final class Text extends ReportWriter {
        Text(PrintWriter out, PrintWriter err) {
            super(out, err);
        }

        @Override
        void finding(Finding f) {
            out.println("[" + f.ruleId() + "] " + f.severity().code() + " " + f.kind().code() + " — " + f.group() + " — "
                    + f.evidence() + " — " + f.time().toLocalDateTime().toString().replace('T', ' '));
            out.println("  " + f.th());
            out.println("  " + f.en());
        }

        @Override
        void end(AuditSummary summary) {
            out.println();
            summaryLines(summary).forEach(out::println);
        }
    }

    /** One JSON object a finding; the summary goes to stderr. */
    static final class Jsonl extends ReportWriter {
        private final JsonFactory json = new JsonFactory();

        Jsonl(PrintWriter out, PrintWriter err) {
            super(out, err);
        }

        @Override
        void finding(Finding f) {
            StringWriter line = new StringWriter(512);
            try (JsonGenerator generator = json.createGenerator(line)) {
                generator.writeStartObject();
                List<String> values = values(f);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    String column = COLUMNS.get(i);
                    if (column.equals("line")) {
                        if (f.evidence().line() > 0) {
                            generator.writeNumberField("line", f.evidence().line());
                        } else {
                            generator.writeNullField("line");
                        }
                    } else {
                        generator.writeStringField(column, values.get(i));
                    }
                }
                generator.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println(line);
        }

        @Override
        void end(AuditSummary summary) {
            summaryLines(summary).forEach(err::println);
        }
    }

    /** CSV with a header row, then the summary as lines starting with {@code #}. */
    static final class Csv extends ReportWriter {
        Csv(PrintWriter out, PrintWriter err) {
            super(out, err);
        }

        @Override
        void start() {
            out.println(String.join(",", COLUMNS));
        }

        @Override
        void finding(Finding f) {
            out.println(String.join(",", values(f).stream().map(Csv::quote).toList()));
        }

        @Override
        void end(AuditSummary summary) {
            summaryLines(summary).forEach(line -> out.println("# " + line));
        }

        static String quote(String value) {
            if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
                return value;
            }
            return '"' + value.replace("\"", "\"\"") + '"';
        }
    }
}
