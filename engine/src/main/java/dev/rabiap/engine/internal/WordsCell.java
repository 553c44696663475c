package dev.rabiap.engine.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A table cell of words separated by |, then regular expressions, each written re:… and running to
 * the next |re: or the end of the cell (a regular expression may hold | itself): "ยังไม่|ที่ยังไม่|re:จะ\\s*(?:ส่ง|รายงาน)".
 */
record WordsCell(List<String> words, List<String> regexes) {
    static WordsCell of(String cell) {
        List<String> words = new ArrayList<>();
        List<String> regexes = new ArrayList<>();
        int regexAt = cell.startsWith("re:") ? 0 : cell.contains("|re:") ? cell.indexOf("|re:") + 1 : -1;
        String plain = regexAt < 0 ? cell : regexAt == 0 ? "" : cell.substring(0, regexAt - 1);
        for (String part : plain.split("\\|")) {
            String word = part.trim();
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        while (regexAt >= 0) {
            int next = cell.indexOf("|re:", regexAt);
            regexes.add((next < 0 ? cell.substring(regexAt) : cell.substring(regexAt, next)).substring(3));
            regexAt = next < 0 ? -1 : next + 1;
        }
        return new WordsCell(List.copyOf(words), List.copyOf(regexes));
    }

    /**
     * The cell's regular expressions, compiled (RE2 syntax); one that is not a regular expression is a problem of the
     * row, naming it as {@code what 're:…'}.
     */
    List<com.google.re2j.Pattern> patterns(TableRow row, String what) {
        List<com.google.re2j.Pattern> patterns = new ArrayList<>();
        for (String regex : regexes) {
            try {
                patterns.add(com.google.re2j.Pattern.compile(regex));
            } catch (com.google.re2j.PatternSyntaxException e) {
                row.problem(what + " 're:" + regex + "' is not a valid regular expression (RE2 syntax): " + e.getDescription());
            }
        }
        return patterns;
    }
}
