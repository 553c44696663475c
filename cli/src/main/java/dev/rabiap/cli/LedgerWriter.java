package dev.rabiap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rabiap.engine.LedgerEntry;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.thai.ThaiDates;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The obligation ledger: for each order, each party and what became of its answer. Text for
 * people, CSV (with a BOM, for Excel; cells that a spreadsheet would run as formulas neutralised)
 * and JSON for other programs. With a masker, parties and who answered (roster ids, names) are
 * pseudonyms.
 */
final class LedgerWriter {
    static final List<String> COLUMNS = List.of("rule", "group", "order", "orderTime", "party", "answerIn", "deadline", "state",
            "answer", "answerTime", "answeredBy", "lateMinutes");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private LedgerWriter() {}

    /** Writes the ledger to a file: {@code .csv}, {@code .json}, anything else as text. */
    static void write(Path file, List<LedgerEntry> ledger, Masker masker) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            PrintWriter out = new PrintWriter(writer);
            if (name.endsWith(".csv")) {
                csv(out, ledger, masker);
            } else if (name.endsWith(".json")) {
                json(out, ledger, masker);
            } else {
                text(out, ledger, masker);
            }
            out.flush();
        }
    }

    /** The ledger as a readable table, Thai and English. */
    static void text(PrintWriter out, List<LedgerEntry> ledger, Masker masker) {
        out.println();
        out.println("ทะเบียนการตอบข้อสั่งการ / Obligation ledger: " + ledger.size() + " parties");
        Evidence current = null;
        String currentRule = null;
        for (LedgerEntry e : ledger) {
            if (!e.order().equals(current) || !e.ruleId().equals(currentRule)) {
                current = e.order();
                currentRule = e.ruleId();
                out.println("  [" + e.ruleId() + "] " + e.group() + " — ข้อสั่งการ / order " + e.order() + " — "
                        + ThaiDates.format(e.orderTime()) + " — กำหนด / due " + ThaiDates.format(e.deadline()));
            }
            String state = switch (e.state()) {
                case ON_TIME -> "ตรงเวลา / on time: " + e.answer() + answeredBy(e, masker);
                case LATE -> "ช้า " + ThaiDates.formatThai(e.lateBy()) + " / late by " + ThaiDates.formatEnglish(e.lateBy()) + ": " + e.answer() + answeredBy(e, masker);
                case MISSING -> "ไม่ตอบ / missing";
                case OPEN -> "ยังไม่ถึงกำหนด / not yet due";
            };
            String where = e.answerIn().equals(e.group()) ? "" : " → " + e.answerIn();
            out.println("    " + person(e.party(), masker) + where + ": " + state);
        }
    }

    private static String answeredBy(LedgerEntry e, Masker masker) {
        return e.answeredBy().isEmpty() ? "" : " (" + person(e.answeredBy(), masker) + ")";
    }

    /** A party or person as the ledger shows it: masked (roster ids and names) when the report masks. */
    private static String person(String text, Masker masker) {
        return masker == null ? text : masker.text(text);
    }

    static void csv(PrintWriter out, List<LedgerEntry> ledger, Masker masker) {
        out.print('\uFEFF');
        out.println(String.join(",", COLUMNS));
        for (LedgerEntry e : ledger) {
            out.println(String.join(",", values(e, masker).stream().map(ReportWriter.Csv::quote).toList()));
        }
    }

    static void json(PrintWriter out, List<LedgerEntry> ledger, Masker masker) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (LedgerEntry e : ledger) {
                json.writeStartObject();
                List<String> values = values(e, masker);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    if (COLUMNS.get(i).equals("lateMinutes")) {
                        json.writeNumberField("lateMinutes", e.lateBy().toMinutes());
                    } else if (values.get(i).isEmpty()) {
                        json.writeNullField(COLUMNS.get(i));
                    } else {
                        json.writeStringField(COLUMNS.get(i), values.get(i));
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.println();
    }

    private static List<String> values(LedgerEntry e, Masker masker) {
        return List.of(e.ruleId(), e.group(), e.order().toString(), TIME.format(e.orderTime()), person(e.party(), masker), e.answerIn(), TIME.format(e.deadline()),
                e.state().name().toLowerCase(Locale.ROOT).replace('_', '-'), e.answer() == null ? "" : e.answer().toString(),
                e.answerTime() == null ? "" : TIME.format(e.answerTime()), person(e.answeredBy(), masker),
                Long.toString(e.lateBy().toMinutes()));
    }
}
