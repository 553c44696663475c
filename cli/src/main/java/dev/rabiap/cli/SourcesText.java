package dev.rabiap.cli;

import dev.rabiap.engine.Provenance;
import dev.rabiap.engine.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Provenance as text: what the letter says and what the office reads into it, rule by rule. */
final class SourcesText {
    private SourcesText() {}

    /** The lines a report prints under a finding: the letter's sentence and, for a reading, the office's reading. */
    static List<String> findingLines(Source source, String indent) {
        List<String> lines = new ArrayList<>();
        if (source.quotesLetter()) {
            lines.add(indent + "ตามหนังสือ / letter: " + source.reference() + ": \"" + source.clause() + "\"");
        }
        if (source.isReading()) {
            lines.add(indent + Source.READING_THAI + " / the office's reading: " + source.reading());
        }
        return lines;
    }

    /**
     * The line under a finding whose source the report printed under an earlier finding: the letter's
     * reference and where its words are ("ดังข้อความใต้ [SKN-2P] แรก / as quoted under the first [SKN-2P] above");
     * empty when the source quotes no letter and holds no reading.
     */
    static String asAbove(Source source, String ruleId, String indent) {
        if (!source.quotesLetter() && !source.isReading()) {
            return "";
        }
        return indent + (source.quotesLetter() ? "ตามหนังสือ / letter: " + source.reference() + " " : "ที่มา / source: ")
                + "(ดังข้อความใต้ [" + ruleId + "] แรกข้างต้น / as quoted under the first [" + ruleId + "] above)";
    }

    /** One line for CSV and JSON: the letter and its clause, or empty. */
    static String letterCell(Source source) {
        return source.reference();
    }

    /** Every rule of the rule set, or those asked for, with the rows that name it and where each comes from. */
    static List<String> explain(Provenance provenance, List<String> rules) {
        Set<String> wanted = new LinkedHashSet<>(rules);
        if (wanted.isEmpty()) {
            for (Provenance.Row row : provenance.rows()) {
                wanted.addAll(row.rules());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String rule : wanted) {
            List<Provenance.Row> rows = provenance.forRule(rule);
            if (!lines.isEmpty()) {
                lines.add("");
            }
            if (rows.isEmpty()) {
                lines.add(rule + ": no row of the rule set names it");
                continue;
            }
            lines.add(rule);
            for (Provenance.Row row : rows) {
                lines.add("  " + row.at() + " — " + row.what());
                lines.addAll(rowLines(row.source(), provenance, "    "));
            }
        }
        return lines;
    }

    /** What the letter says and what the office reads, for one row. */
    static List<String> rowLines(Source source, Provenance provenance, String indent) {
        List<String> lines = new ArrayList<>();
        if (source.isEmpty()) {
            lines.add(indent + "ไม่ระบุที่มา / no provenance");
            return lines;
        }
        if (!source.letter().isEmpty()) {
            Provenance.Letter letter = provenance.letter(source.letter());
            lines.add(indent + "หนังสือ / letter: " + (letter == null ? source.letter() : letter.reference()
                    + (letter.subject().isEmpty() ? "" : " เรื่อง " + letter.subject())));
        }
        if (!source.clause().isEmpty()) {
            lines.add(indent + "หนังสือว่า / the letter says: \"" + source.clause() + "\"");
        }
        lines.add(indent + (source.isReading() ? Source.READING_THAI + " / the office reads: " + source.reading()
                : "ตามถ้อยคำของหนังสือ ไม่มีการตีความเพิ่ม / the letter's words, read as they stand"));
        return lines;
    }

    /** The letters of the rule set, each with the rules drawn from it. */
    static List<String> letters(Provenance provenance) {
        List<String> lines = new ArrayList<>();
        for (Provenance.Letter letter : provenance.letters()) {
            Set<String> rules = new LinkedHashSet<>();
            for (Provenance.Row row : provenance.rows()) {
                if (row.source().letter().equals(letter.key())) {
                    rules.addAll(row.rules());
                }
            }
            lines.add(letter.key() + ": " + letter.reference() + (letter.subject().isEmpty() ? "" : " เรื่อง " + letter.subject())
                    + " — " + (rules.isEmpty() ? "no rule" : String.join(", ", rules)));
            if (!letter.note().isEmpty()) {
                lines.add("  " + letter.note());
            }
        }
        return lines;
    }
}
