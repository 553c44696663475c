package dev.rabiap.engine.internal;

import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code settings.csv}: the rule set's settings (key, value, note). */
final class SettingsTable {
    static final List<String> SETTINGS = List.of("key", "value", "note");

    private SettingsTable() {}

    /** The rule set's settings ({@code settings.csv}: key, value, note). */
    static Map<String, String> read(TableContext t, RuleSet rules) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (TableRow row : t.rows(rules, "settings.csv", SETTINGS, false)) {
            String key = row.get("key");
            String value = row.get("value").trim().toLowerCase(Locale.ROOT);
            switch (key) {
                case "post_gap" -> settings.put(key, value);
                case "classification_base" -> {
                    if (!value.equals("yes") && !value.equals("no")) {
                        row.problem("classification_base '" + row.get("value") + "' is neither yes nor no");
                    } else {
                        settings.put(key, value);
                    }
                }
                default -> row.problem("unknown setting '" + key + "' (known: post_gap, classification_base)");
            }
        }
        return settings;
    }

    static Duration duration(TableContext t, RuleSet rules, String key, String value) {
        String text = value.trim();
        try {
            Duration duration;
            if (text.matches("\\d+m")) {
                duration = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
            } else if (text.matches("\\d+s")) {
                duration = Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
            } else {
                duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            if (duration.isNegative() || duration.compareTo(Duration.ofHours(1)) > 0) {
                t.problems.add(new RuleProblem("settings.csv", 0, key + " '" + value + "' must be between 0 and 1 hour"));
                return PostAssembler.DEFAULT_GAP;
            }
            return duration;
        } catch (DateTimeParseException | NumberFormatException e) {
            RuleFile file = rules.file("settings.csv");
            t.problems.add(new RuleProblem(file == null ? "settings.csv" : file.path(), 0, key + " '" + value + "' is not a duration such as 3m, 90s or PT2M"));
            return PostAssembler.DEFAULT_GAP;
        }
    }
}
