package dev.rabiap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.Explanation;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.spi.Evidence;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes findings as they come and the summary at the end, in one of the report formats. Callers
 * use {@link #accept} and {@link #finish}, which mask when the report masks.
 */
abstract class ReportWriter {
    static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static final List<String> COLUMNS = List.of("rule", "kind", "group", "personId", "actor", "file", "line", "messageId",
            "time", "severity", "th", "en", "letter", "clause", "reading");

    /** The byte order mark written at the start of a CSV file, so that Excel reads it as UTF-8. */
    static final String BOM = "\uFEFF";

    protected final PrintWriter out;
    protected final PrintWriter err;
    /** Masks names, phone and ID numbers; null when nothing is masked. */
    protected Masker masker;

    ReportWriter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    static ReportWriter create(ReportFormat format, PrintWriter out, PrintWriter err) {
        return create(format, out, err, null);
    }

    /** A writer of the format; the context (may be null) brings masking, the CSV byte order mark and what HTML shows. */
    static ReportWriter create(ReportFormat format, PrintWriter out, PrintWriter err, ReportContext context) {
        ReportWriter writer = switch (format) {
            case text -> new Text(out, err);
            case jsonl -> new Jsonl(out, err);
            case csv -> new Csv(out, err, context != null && context.toFile());
            case html -> new HtmlReport(out, err, context);
        };
        writer.masker = context == null ? null : context.masker();
        return writer;
    }

    void start() {}

    /** Writes a finding, masked when the report masks. */
    final void accept(Finding finding) {
        why = List.of();
        finding(masker == null ? finding : masker.finding(finding));
    }

    /** Writes a finding with why it was made (text and jsonl show it), masked when the report masks. */
    final void accept(Finding finding, Explanation explanation) {
        why = masker == null ? explanation.lines() : explanation.lines().stream().map(masker::text).toList();
        finding(masker == null ? finding : masker.finding(finding));
    }

    /** The explanation lines of the finding being written, or empty. */
    protected List<String> why = List.of();

    /** Writes the summary, masked when the report masks. */
    final void finish(AuditSummary summary) {
        if (masker != null) {
            masker.learn(summary);
        }
        end(summary);
    }

    /** {@link #summaryLines}, masked when the report masks. */
    List<String> summaryText(AuditSummary summary) {
        List<String> lines = summaryLines(summary);
        return masker == null ? lines : lines.stream().map(masker::text).toList();
    }

    /** Frees what the writer holds (temporary files), also after a failed audit. */
    void close() {}

    abstract void finding(Finding finding);

    abstract void end(AuditSummary summary);

    static List<String> values(Finding f) {
        Evidence e = f.evidence();
        return List.of(f.ruleId(), f.kind().code(), f.group(), f.personId(), f.actor(), e.source(),
                e.line() > 0 ? Long.toString(e.line()) : "", e.messageId() == null ? "" : e.messageId(),
                TIME.format(f.time()), f.severity().code(), f.th(), f.en(),
                f.source().reference(), f.source().clause(), f.source().reading());
    }

    /** The summary as lines of text, Thai and English. */
    static List<String> summaryLines(AuditSummary s) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("สรุป / Summary");
        lines.add("  ชุดกฎ / rule set: " + s.ruleSet() + " (version " + s.ruleSetVersion() + ")");
        for (AuditSummary.Input input : s.inputs()) {
            lines.add("  อ่าน / read: " + input.description() + ": " + input.messages() + " messages");
        }
        lines.add("  ข้อความที่อ่าน / messages read: " + s.messages() + " (" + s.posts() + " posts: a text with the photos and files sent with it is one post)");
        if (!s.unmatchedGroups().isEmpty()) {
            long outside = s.unmatchedGroups().stream().mapToLong(AuditSummary.UnmatchedGroup::messages).sum();
            lines.add("  กลุ่มที่ชุดกฎไม่ได้กำหนด / messages in groups the rule set does not name (not judged): " + outside);
            for (AuditSummary.UnmatchedGroup group : s.unmatchedGroups()) {
                lines.add("    " + group.group() + ": " + group.messages() + " messages, first at " + group.first()
                        + (group.closest().isEmpty() ? "" : "; closest group of the rule set: " + group.closest()));
            }
        }
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
        if (!s.deadlineProblems().isEmpty()) {
            lines.add("  กำหนดเวลาที่อ่านไม่ได้ / deadlines not read (the rule's default deadline was used): " + s.deadlineProblems().size());
            for (AuditSummary.DeadlineProblem problem : s.deadlineProblems()) {
                lines.add("    " + problem.where() + ": deadline not read: \"" + problem.phrase() + "\" (" + problem.problem() + ")");
            }
        }
        lines.addAll(coverageLines(s.coverage()));
        lines.add("  สิ่งที่พบ / findings: " + s.findings());
        for (Map.Entry<String, Long> entry : s.findingsByRule().entrySet()) {
            lines.add("    " + entry.getKey() + ": " + entry.getValue());
        }
        return lines;
    }

    /**
     * Coverage per rule and group, then per district or agency: members out of those required,
     * and the roster ids of the missing (the findings name them).
     */
    static List<String> coverageLines(List<dev.rabiap.engine.CoverageCount> coverage) {
        List<String> lines = new java.util.ArrayList<>();
        Map<String, List<dev.rabiap.engine.CoverageCount>> byRule = new java.util.LinkedHashMap<>();
        for (dev.rabiap.engine.CoverageCount count : coverage) {
            byRule.computeIfAbsent(count.ruleId() + " " + count.group(), k -> new java.util.ArrayList<>()).add(count);
        }
        byRule.forEach((rule, counts) -> {
            int required = counts.stream().mapToInt(dev.rabiap.engine.CoverageCount::required).sum();
            int present = counts.stream().mapToInt(dev.rabiap.engine.CoverageCount::present).sum();
            lines.add("  ความครอบคลุม / coverage " + rule + ": " + present + " of " + required + " required are members ("
                    + (required == 0 ? 100 : present * 100 / required) + "%), " + (required - present) + " missing");
            for (dev.rabiap.engine.CoverageCount count : counts) {
                List<String> ids = count.missing().stream().map(dev.rabiap.engine.Person::id).toList();
                lines.add("    " + count.unit() + ": " + count.present() + "/" + count.required()
                        + (ids.isEmpty() ? "" : " — missing " + String.join(", ", ids.size() > 10 ? ids.subList(0, 10) : ids)
                        + (ids.size() > 10 ? " … (" + ids.size() + ")" : "")));
            }
        });
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
            out.println(header(f));
            out.println("  " + f.th());
            out.println("  " + f.en());
            String sources = sourceLines(f.source(), f.ruleId());
            if (!sources.isEmpty()) {
                out.println(sources);
            }
            for (String line : why) {
                out.println("    · " + line);
            }
        }

        /** The last finding whose header was written, and the header. */
        private Finding lastHeaded;
        private String lastHeader;

        /** A finding's first line: the same string as the last finding's when it reads the same (people missing from one row). */
        private String header(Finding f) {
            Finding last = lastHeaded;
            if (last == null || !last.ruleId().equals(f.ruleId()) || last.severity() != f.severity() || last.kind() != f.kind()
                    || !last.group().equals(f.group()) || !last.evidence().equals(f.evidence()) || !last.time().equals(f.time())) {
                lastHeader = "[" + f.ruleId() + "] " + f.severity().code() + " " + f.kind().code() + " — " + f.group() + " — "
                        + f.evidence() + " — " + f.time().toLocalDateTime().toString().replace('T', ' ');
            }
            lastHeaded = f;
            return lastHeader;
        }

        /** The letter and reading lines of the last source written, as one text (the same string for the same source). */
        private dev.rabiap.engine.Source lastSource;
        private String lastSourceLines;
        /** Whether {@link #lastSourceLines} quote the source in full (under the first finding resting on it). */
        private boolean lastSourceInFull;

        /** The sources whose letter and reading the report has printed, each under the first finding resting on it. */
        private final java.util.Set<dev.rabiap.engine.Source> printed = new java.util.HashSet<>();

        /**
         * {@link SourcesText#findingLines} as one text, lines joined by the line separator, under the first finding
         * that rests on the source; under later ones one line pointing back to it ({@link SourcesText#asAbove}): the
         * letter's clause and the office's reading were 2 KB under each of 298,000 coverage findings. Made once for
         * findings in a row that rest on the same source.
         */
        private String sourceLines(dev.rabiap.engine.Source source, String ruleId) {
            if (source != lastSource || lastSourceInFull) {
                lastSourceInFull = printed.add(source);
                lastSourceLines = lastSourceInFull
                        ? String.join(System.lineSeparator(), SourcesText.findingLines(source, "  "))
                        : SourcesText.asAbove(source, ruleId, "  ");
                lastSource = source;
            }
            return lastSourceLines;
        }

        @Override
        void end(AuditSummary summary) {
            out.println();
            summaryText(summary).forEach(out::println);
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
                if (!why.isEmpty()) {
                    generator.writeArrayFieldStart("explain");
                    for (String reason : why) {
                        generator.writeString(reason);
                    }
                    generator.writeEndArray();
                }
                generator.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println(line);
        }

        @Override
        void end(AuditSummary summary) {
            summaryText(summary).forEach(err::println);
        }
    }

    /** CSV with a header row, then the summary as lines starting with {@code #}; formula-like cells neutralised. */
    static final class Csv extends ReportWriter {
        private final boolean bom;

        Csv(PrintWriter out, PrintWriter err) {
            this(out, err, false);
        }

        /** With {@code bom}, the output starts with a byte order mark (for a file Excel opens). */
        Csv(PrintWriter out, PrintWriter err, boolean bom) {
            super(out, err);
            this.bom = bom;
        }

        @Override
        void start() {
            if (bom) {
                out.print(BOM);
            }
            out.println(String.join(",", COLUMNS));
        }

        @Override
        void finding(Finding f) {
            out.println(String.join(",", values(f).stream().map(Csv::quote).toList()));
        }

        @Override
        void end(AuditSummary summary) {
            summaryText(summary).forEach(line -> out.println("# " + line));
        }

        /** A CSV cell: neutralised (see {@link #neutralise}), then quoted when it holds a comma, quote or line break. */
        static String quote(String value) {
            value = neutralise(value);
            if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
                return value;
            }
            return '"' + value.replace("\"", "\"\"") + '"';
        }

        /**
         * A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a TAB or a CR gets a
         * leading {@code '}, so that Excel and LibreOffice show it as text instead of running it as
         * a formula (OWASP's rule for CSV injection): display names and message text are chosen by
         * chat members.
         */
        static String neutralise(String value) {
            if (value.isEmpty()) {
                return value;
            }
            char first = value.charAt(0);
            return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
        }
    }
}
