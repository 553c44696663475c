package dev.rabiap.engine.internal;

import dev.rabiap.engine.Provenance;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import java.util.List;

/** {@code letters.csv}: the letters the rule set rests on, whose clauses the rows quote. */
final class LettersTable {
    static final List<String> LETTERS = List.of("letter", "number", "date", "subject");
    static final List<String> LETTERS_OPTIONAL = List.of("text", "note");

    private LettersTable() {}

    /**
     * The letters the rule set rests on ({@code letters.csv}: letter, number, date, subject, then
     * text and note): each with the file of its text, if given, against which quoted clauses are
     * checked.
     */
    static void read(TableContext t, RuleSet rules) {
        for (TableRow row : t.rows(rules, "letters.csv", LETTERS, LETTERS_OPTIONAL, false)) {
            String key = row.get("letter");
            if (key.isEmpty()) {
                row.problem("letter is empty: give the letter a short key that rows name it by");
                continue;
            }
            if (t.letters.containsKey(key)) {
                row.problem("letter '" + key + "' is already defined at " + t.letters.get(key).where());
                continue;
            }
            if (row.get("number").isEmpty()) {
                row.problem("number is empty: write the letter's number as it is written on it (ที่ …)");
            }
            String textFile = row.get("text");
            if (!textFile.isEmpty()) {
                RuleFile text = rules.file(textFile);
                if (text == null) {
                    row.problem("text '" + textFile + "' is not a file of the rule set (put the letter's text beside the tables)");
                } else {
                    t.letterTexts.put(key, TableContext.squeeze(text.content()));
                }
            }
            t.letters.put(key, new Provenance.Letter(key, row.get("number"), row.get("date"), row.get("subject"),
                    row.get("note"), textFile, row.file + ":" + row.line));
        }
    }
}
