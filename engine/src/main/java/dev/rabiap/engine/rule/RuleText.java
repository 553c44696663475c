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
        Template parsed = TEMPLATES.get(template);
        if (parsed == null) {
            if (TEMPLATES.size() > 4096) {
                TEMPLATES.clear(); // rule sets reloaded many times over: the cache only saves work
            }
            parsed = new Template(template);
            TEMPLATES.put(template, parsed);
        }
        return parsed.fill(values);
    }

    /** Templates with their braces found once: a finding's text is filled without reading its template again. */
    private static final Map<String, Template> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A template with, for each {@code {}, the name up to the next {@code }} (or no close). */
    private static final class Template {
        private final String text;
        private final int[] opens;
        private final int[] closes;
        private final String[] names;

        Template(String text) {
            this.text = text;
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '{') {
                    count++;
                }
            }
            opens = new int[count];
            closes = new int[count];
            names = new String[count];
            for (int i = 0, k = 0; i < text.length(); i++) {
                if (text.charAt(i) == '{') {
                    int close = text.indexOf('}', i);
                    opens[k] = i;
                    closes[k] = close;
                    names[k] = close > i ? text.substring(i + 1, close) : null;
                    k++;
                }
            }
        }

        /** As a left-to-right reading would: a name with a value is replaced, else its brace kept and reading goes on after it. */
        String fill(Map<String, String> values) {
            StringBuilder out = new StringBuilder(text.length() + 64);
            int i = 0;
            int k = 0;
            while (i < text.length()) {
                while (k < opens.length && opens[k] < i) {
                    k++;
                }
                if (k == opens.length) {
                    out.append(text, i, text.length());
                    break;
                }
                out.append(text, i, opens[k]);
                i = opens[k];
                String value = names[k] == null ? null : values.get(names[k]);
                if (value != null) {
                    out.append(value);
                    i = closes[k] + 1;
                } else {
                    out.append('{');
                    i++;
                }
            }
            return out.toString();
        }
    }
}
