package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.Severity;
import java.util.Map;

/**
 * A row of {@code catalogue.csv}: a rule id with its kind, severity, title and the explanation
 * templates in Thai and English. Templates name values in braces, such as {@code {actor}}.
 *
 * @param id the rule id, as in domain.md
 * @param kind posting, membership or obligation
 * @param severity how serious its findings are
 * @param titleThai a short Thai title
 * @param titleEnglish a short English title
 * @param thai the Thai explanation template
 * @param english the English explanation template
 * @param row where it is written
 */
public record RuleText(String id, FindingKind kind, Severity severity, String titleThai, String titleEnglish,
                       String thai, String english, PolicyRow row) {
    public RuleText {
        requireNonNull(id, "id is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(severity, "severity is null");
    }

    /** Fills {@code {name}} placeholders of a template; an unknown name is left as written. */
    public static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String value = values.get(template.substring(i + 1, close));
                if (value != null) {
                    out.append(value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
