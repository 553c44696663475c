package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Where every row of a rule set's policy tables comes from: the letters the rule set rests on
 * ({@code letters.csv}) and, for each row, the letter and clause it quotes or the office's reading.
 * {@code rabiap check} refuses the rows without any, lists the readings, and {@code rabiap explain}
 * prints it rule by rule. Immutable.
 *
 * @param letters the letters of {@code letters.csv}, in table order
 * @param rows every row of the catalogue and policy tables, in table order
 */
public record Provenance(List<Letter> letters, List<Row> rows) {
    public Provenance {
        letters = List.copyOf(letters);
        rows = List.copyOf(rows);
    }

    /**
     * A letter a rule set rests on.
     *
     * @param key how rows name it ({@code letter} column)
     * @param number its number as written on it, such as {@code ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒}
     * @param date its date as written on it, such as {@code ๒๐ พฤศจิกายน ๒๕๖๘}
     * @param subject its subject (เรื่อง)
     * @param note what a reader should know of it (a letterhead that names another province…)
     * @param text the rule set file holding its text, against which quoted clauses are checked, or empty
     * @param where the letters.csv row
     */
    public record Letter(String key, String number, String date, String subject, String note, String text, String where) {
        public Letter {
            requireNonNull(key, "key is null");
        }

        /** Number and date as a finding cites them. */
        public String reference() {
            return date.isEmpty() ? number : number + " ลงวันที่ " + date;
        }
    }

    /**
     * A row of a table.
     *
     * @param table the table's file name, such as {@code posting.csv}
     * @param file the table's path as the rule set names it
     * @param line the row's line
     * @param rules the rule ids the row names
     * @param what what the row says, in one line
     * @param source where it comes from
     */
    public record Row(String table, String file, int line, List<String> rules, String what, Source source) {
        public Row {
            rules = List.copyOf(rules);
            requireNonNull(source, "source is null");
        }

        /** {@code file:line} */
        public String at() {
            return file + ":" + line;
        }
    }

    /** Rows that say nothing of where they come from. */
    public List<Row> unsourced() {
        return rows.stream().filter(r -> r.source().isEmpty()).toList();
    }

    /** Rows that are the office's reading. */
    public List<Row> readings() {
        return rows.stream().filter(r -> r.source().isReading()).toList();
    }

    /** The rows that name a rule: its catalogue row first, then the table rows using it. */
    public List<Row> forRule(String rule) {
        return rows.stream().filter(r -> r.rules().contains(rule)).toList();
    }

    /** The letter of this key, or null. */
    public Letter letter(String key) {
        return letters.stream().filter(l -> l.key().equals(key)).findFirst().orElse(null);
    }
}
