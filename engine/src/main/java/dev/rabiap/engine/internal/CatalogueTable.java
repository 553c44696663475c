package dev.rabiap.engine.internal;

import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.Severity;
import dev.rabiap.engine.rule.RuleText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code catalogue.csv}: each rule's kind, severity, titles and the explanation its findings carry. */
final class CatalogueTable {
    static final List<String> CATALOGUE = List.of("rule", "kind", "severity", "title_th", "title_en", "th", "en");
    /** The values finding explanations can name, in braces. */
    static final List<String> PLACEHOLDERS = List.of("actor", "role", "role_th", "kind", "kind_th", "kind_en", "group", "rule",
            "allowed", "allowed_th", "eligible", "eligible_th", "inviter", "invitee", "invited_by", "invited_by_en", "count", "limit", "stated", "party", "order", "deadline", "deadline_en",
            "late", "late_en", "answered", "answered_en", "state_th", "state_en", "as_of", "as_of_en", "full_name", "agency", "district",
            "answer_in", "min", "max", "named", "outcome_th", "outcome_en", "carries");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");
    /** Placeholders that name roles in English, with a Thai twin ending in _th. */
    private static final List<String> ENGLISH_ONLY = List.of("role", "allowed", "eligible");

    private CatalogueTable() {}

    static Map<String, RuleText> read(TableContext t, RuleSet rules) {
        Map<String, RuleText> catalogue = new LinkedHashMap<>();
        for (TableRow row : t.rows(rules, "catalogue.csv", CATALOGUE, TableContext.PROVENANCE, true)) {
            t.record(row, List.of(row.get("rule")), row.get("rule") + " (" + row.get("kind") + ", " + row.get("severity") + "): "
                    + row.get("title_th") + " / " + row.get("title_en"));
            String id = row.get("rule");
            FindingKind kind = t.parseEnum(FindingKind.class, row, "kind");
            Severity severity = t.parseEnum(Severity.class, row, "severity");
            if (id.isEmpty()) {
                row.problem("rule is empty");
            } else if (catalogue.containsKey(id)) {
                row.problem("rule " + id + " is already defined on line " + catalogue.get(id).row().line());
            } else if (kind != null && severity != null) {
                if (row.get("th").isEmpty() || row.get("en").isEmpty()) {
                    row.problem("rule " + id + " needs an explanation in both th and en");
                }
                for (String column : List.of("th", "en")) {
                    java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(row.get(column));
                    while (placeholder.find()) {
                        String name = placeholder.group(1);
                        if (!PLACEHOLDERS.contains(name)) {
                            row.problem("unknown placeholder {" + name + "} in " + column + " (known: " + String.join(", ", PLACEHOLDERS) + ")");
                        } else if (column.equals("th") && ENGLISH_ONLY.contains(name)) {
                            row.problem("{" + name + "} in th names roles in English; a Thai explanation uses {" + name + "_th}");
                        }
                    }
                }
                catalogue.put(id, new RuleText(id, kind, severity, row.get("title_th"), row.get("title_en"),
                        row.get("th"), row.get("en"), row.at()));
            }
        }

        return catalogue;
    }
}
