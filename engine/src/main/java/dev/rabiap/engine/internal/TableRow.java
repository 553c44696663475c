package dev.rabiap.engine.internal;

import dev.rabiap.engine.Provenance;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.rule.PolicyRow;
import java.util.Map;

/** A row of a policy table: its file, line and cells by column name; problems are reported at its line. */
final class TableRow {
    private final TableContext t;
    final String file;
    final int line;
    private final Map<String, String> values;

    TableRow(TableContext t, String file, int line, Map<String, String> values) {
        this.t = t;
        this.file = file;
        this.line = line;
        this.values = values;
    }

    String get(String column) {
        return values.getOrDefault(column, "");
    }

    PolicyRow at() {
        return new PolicyRow(file, line, source());
    }

    private dev.rabiap.engine.Source source;

    /**
     * The row's provenance, checked once: a letter of letters.csv with the clause it quotes
     * (found in the letter's text when letters.csv gives one), and the office's reading.
     */
    dev.rabiap.engine.Source source() {
        if (source != null) {
            return source;
        }
        String key = get("letter");
        String clause = get("clause");
        String reading = get("reading");
        if (reading.regionMatches(true, 0, "reading:", 0, 8)) {
            reading = reading.substring(8).trim();
        }
        String reference = "";
        if (!key.isEmpty()) {
            Provenance.Letter letter = t.letters.get(key);
            if (letter == null) {
                problem("unknown letter '" + key + "' (letters.csv defines: "
                        + (t.letters.isEmpty() ? "none" : String.join(", ", t.letters.keySet())) + ")");
            } else {
                reference = letter.reference();
                if (clause.isEmpty()) {
                    problem("letter " + key + " without a clause: quote the letter's words the row rests on");
                } else if (t.letterTexts.containsKey(key)) {
                    String text = t.letterTexts.get(key);
                    int from = 0;
                    for (String part : clause.split("…|\\.\\.\\.")) {
                        String words = TableContext.squeeze(part);
                        if (words.isEmpty()) {
                            continue;
                        }
                        int at = text.indexOf(words, from);
                        if (at < 0) {
                            problem("clause not found in the text of letter " + key + " (" + letter.text() + "): \"" + part.strip() + "\""
                                    + (text.contains(words) ? " (it comes earlier than the words before it)" : ""));
                            break;
                        }
                        from = at + words.length();
                    }
                }
            }
        } else if (!clause.isEmpty()) {
            problem("a clause without a letter: name in letter the letters.csv key of the letter it quotes");
        }
        source = new dev.rabiap.engine.Source(key, reference, clause, reading);
        return source;
    }

    void problem(String message) {
        t.problems.add(new RuleProblem(file, line, message));
    }
}
