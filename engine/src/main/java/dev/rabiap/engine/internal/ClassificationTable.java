package dev.rabiap.engine.internal;

import dev.rabiap.engine.Kinds;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.rule.RoleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A {@code classification.csv} table: the rows that give a post its kind, tried in order. */
final class ClassificationTable {
    static final List<String> CLASSIFICATION = List.of("kind", "match", "pattern", "note");
    static final List<String> CLASSIFICATION_OPTIONAL = List.of("unless", "where", "roles", "weight");

    private ClassificationTable() {}

    /** The rows of a classification table, in order. */
    static List<Classifier.Row> read(TableContext t, RuleSet rules, String fileName, boolean required) {
        List<Classifier.Row> classification = new ArrayList<>();
        for (TableRow row : t.rows(rules, fileName, CLASSIFICATION, CLASSIFICATION_OPTIONAL, required)) {
            String kind = row.get("kind");
            String matchText = row.get("match");
            Classifier.Where where = Classifier.parseWhere(row.get("where"));
            Classifier.Match match = Classifier.parseMatch(matchText);
            if (matchText.equalsIgnoreCase("starts-with") || matchText.equalsIgnoreCase("ends-with")) {
                match = Classifier.Match.WORD;
                if (row.get("where").isEmpty()) {
                    where = matchText.equalsIgnoreCase("starts-with") ? Classifier.Where.START : Classifier.Where.END;
                }
            }
            String pattern = row.get("pattern");
            if (!t.kindCatalogue.isKnown(kind) || Kinds.SYSTEM.equals(kind)) {
                row.problem("unknown kind '" + kind + "' (known: " + String.join(", ", t.nonSystemKinds()) + ")");
                continue;
            }
            if (match == null) {
                row.problem("unknown match '" + matchText + "' (known: " + Classifier.matchNames() + ")");
                continue;
            }
            if (where == null) {
                row.problem("unknown where '" + row.get("where") + "' (known: anywhere, start, end, clause-end, whole)");
                continue;
            }
            if (pattern.isEmpty()) {
                row.problem("pattern is empty");
                continue;
            }
            com.google.re2j.Pattern regex = null;
            List<String> phrases = new ArrayList<>();
            if (match == Classifier.Match.REGEX) {
                try {
                    regex = com.google.re2j.Pattern.compile(pattern);
                } catch (com.google.re2j.PatternSyntaxException e) {
                    row.problem("pattern is not a valid regular expression (RE2 syntax): " + e.getDescription());
                    continue;
                }
            } else if (match != Classifier.Match.ONLY) {
                for (String part : pattern.split("\\|")) {
                    String phrase = match == Classifier.Match.TYPE || match == Classifier.Match.PARTS
                            ? part.trim().toLowerCase(Locale.ROOT) : PostText.normalise(part.trim());
                    if (!phrase.isEmpty()) {
                        phrases.add(phrase);
                    }
                }
                if (match == Classifier.Match.TYPE || match == Classifier.Match.PARTS) {
                    for (String type : phrases) {
                        if (dev.rabiap.engine.spi.MessageType.fromCode(type) == null) {
                            row.problem("unknown message type '" + type + "' (known: text, image, sticker, file, video, audio)");
                        }
                    }
                }
            }
            List<String> unless = new ArrayList<>();
            WordsCell stops = WordsCell.of(row.get("unless"));
            stops.words().forEach(word -> unless.add(PostText.normalise(word)));
            stops.patterns(row, "unless").forEach(stop -> unless.add("re:" + stop.pattern()));
            RoleSet roles = t.roles(row, "roles");
            String weightText = row.get("weight");
            double weight = Double.NaN;
            if (weightText.equalsIgnoreCase("decides")) {
                weight = Double.POSITIVE_INFINITY;
            } else if (!weightText.isEmpty()) {
                try {
                    weight = Double.parseDouble(weightText);
                } catch (NumberFormatException e) {
                    weight = -1;
                }
                if (!(weight >= 0) || Double.isInfinite(weight)) {
                    row.problem("weight '" + weightText + "' is neither a number of 0 or more nor 'decides'");
                    weight = Double.NaN;
                }
            }
            classification.add(new Classifier.Row(kind, match, pattern, phrases, regex, unless, where, roles, row.file, row.line, weight));
        }
        return classification;
    }
}
