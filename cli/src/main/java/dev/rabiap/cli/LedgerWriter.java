package dev.rabiap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rabiap.engine.LedgerEntry;
import dev.rabiap.engine.LedgerReminder;
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
 * people, CSV (with a BOM, for Excel) and JSON for other programs.
 */
final class LedgerWriter {
    static final List<String> COLUMNS = List.of("rule", "group", "order", "orderTime", "party", "answerIn", "deadline", "state",
            "answer", "answerTime", "answeredBy", "lateMinutes", "namedAs", "deadlineText", "remindedBy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private LedgerWriter() {}

    /** Writes the ledger to a file: {@code .csv}, {@code .json}, anything else as text. */
    static void write(Path file, List<LedgerEntry> ledger, List<LedgerReminder> reminders, Masker masker) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            PrintWriter out = new PrintWriter(writer);
            if (name.endsWith(".csv")) {
                csv(out, ledger, reminders, masker);
            } else if (name.endsWith(".json")) {
                json(out, ledger, reminders, masker);
            } else {
                text(out, ledger, reminders, masker);
            }
            out.flush();
        }
    }

    /**
     * The ledger as a readable table, Thai and English: each order with its deadline as the letter
     * meant it, each party (and how the order named it), and the reminders sent with who still owed.
     */
    static void text(PrintWriter out, List<LedgerEntry> ledger, List<LedgerReminder> reminders, Masker masker) {
        out.println();
        out.println("ทะเบียนการตอบข้อสั่งการ / Obligation ledger: " + ledger.size() + " parties");
        Evidence current = null;
        String currentRule = null;
        for (LedgerEntry e : ledger) {
            if (!e.order().equals(current) || !e.ruleId().equals(currentRule)) {
                current = e.order();
                currentRule = e.ruleId();
                out.println("  [" + e.ruleId() + "] " + e.group() + " — ข้อสั่งการ / order " + e.order() + " — "
                        + ThaiDates.format(e.orderTime()) + " — กำหนด / due " + (e.deadlineThai().isEmpty() ? ThaiDates.format(e.deadline()) : e.deadlineThai())
                        + (e.deadlineEnglish().isEmpty() ? "" : " / " + e.deadlineEnglish()));
                for (LedgerReminder reminder : reminders) {
                    if (reminder.order().equals(e.order()) && reminder.ruleId().equals(e.ruleId())) {
                        out.println("    ทวงถาม / reminder " + reminder.reminder() + " — " + ThaiDates.format(reminder.time())
                                + " — " + person(reminder.sender(), masker) + ": ยังไม่ตอบ / still owing "
                                + (reminder.stillOwing().isEmpty() ? "-" : String.join(", ", reminder.stillOwing().stream().map(p -> person(p, masker)).toList())));
                    }
                }
            }
            String state = switch (e.state()) {
                case ON_TIME -> "ตรงเวลา / on time: " + e.answer() + answeredBy(e, masker);
                case LATE -> "ช้า " + ThaiDates.formatThai(e.lateBy()) + " / late by " + ThaiDates.formatEnglish(e.lateBy()) + ": " + e.answer() + answeredBy(e, masker);
                case MISSING -> "ไม่ตอบ / missing";
                case OPEN -> "ยังไม่ถึงกำหนด / not yet due";
                case NOT_JUDGED -> "ไม่ตอบ แต่ไม่ประเมิน: ข้อสั่งการบอกลักษณะผู้รับ ไม่ระบุชื่อ / no answer, not judged: the order describes whom it asks without naming them";
                case WITHDRAWN -> "ตัดออกจากข้อสั่งการโดย / taken out of the order by " + e.answer();
            };
            String where = e.answerIn().equals(e.group()) ? "" : " → " + e.answerIn();
            String named = e.namedAs().isEmpty() ? ""
                    : e.described() ? " " + e.namedAs()
                    : " (ระบุชื่อ / named as \"" + e.namedAs() + "\")";
            out.println("    " + person(e.party(), masker) + named + where + ": " + state);
        }
    }

    /** The reminders sent about an entry's order while its party had still not answered. */
    private static String remindedBy(LedgerEntry e, List<LedgerReminder> reminders) {
        return String.join(" ", reminders.stream()
                .filter(r -> r.order().equals(e.order()) && r.ruleId().equals(e.ruleId()) && r.stillOwing().contains(e.party()))
                .map(r -> r.reminder().toString()).toList());
    }

    private static String answeredBy(LedgerEntry e, Masker masker) {
        return e.answeredBy().isEmpty() ? "" : " (" + person(e.answeredBy(), masker) + ")";
    }

    /** A party or person as the ledger shows it: masked (roster ids and names) when the report masks. */
    private static String person(String text, Masker masker) {
        return masker == null ? text : masker.text(text);
    }

    static void csv(PrintWriter out, List<LedgerEntry> ledger, List<LedgerReminder> reminders, Masker masker) {
        out.print('\uFEFF');
        out.println(String.join(",", COLUMNS));
        for (LedgerEntry e : ledger) {
            out.println(String.join(",", values(e, reminders, masker).stream().map(ReportWriter.Csv::quote).toList()));
        }
    }

    static void json(PrintWriter out, List<LedgerEntry> ledger, List<LedgerReminder> reminders, Masker masker) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (LedgerEntry e : ledger) {
                json.writeStartObject();
                List<String> values = values(e, reminders, masker);
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

    private static List<String> values(LedgerEntry e, List<LedgerReminder> reminders, Masker masker) {
        return List.of(e.ruleId(), e.group(), e.order().toString(), TIME.format(e.orderTime()), person(e.party(), masker), e.answerIn(), TIME.format(e.deadline()),
                e.state().name().toLowerCase(Locale.ROOT).replace('_', '-'), e.answer() == null ? "" : e.answer().toString(),
                e.answerTime() == null ? "" : TIME.format(e.answerTime()), person(e.answeredBy(), masker),
                Long.toString(e.lateBy().toMinutes()), person(e.namedAs(), masker), e.deadlineThai(), remindedBy(e, reminders));
    }
}
