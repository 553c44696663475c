package dev.rabiap.engine.internal;

import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.Kinds;
import dev.rabiap.engine.Provenance;
import dev.rabiap.engine.Roles;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.RoleSet;
import dev.rabiap.engine.rule.RuleText;
import dev.rabiap.engine.spi.CsvRows;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the policy table readers share: the problems found so far with file and line, the roster,
 * the role and kind catalogues, the letters rows cite, the provenance of every row read, and the
 * checks of cells that name rules, groups, roles, kinds, counts and durations.
 */
final class TableContext {
    /**
     * The provenance columns every policy table may end with: the letter (a key of
     * {@code letters.csv}), the clause it quotes, and the office's reading where the row says more.
     */
    static final List<String> PROVENANCE = List.of("letter", "clause", "reading");

    /** A table's own optional columns, then the provenance columns. */
    static List<String> sourced(String... optional) {
        List<String> columns = new ArrayList<>(List.of(optional));
        columns.addAll(PROVENANCE);
        return List.copyOf(columns);
    }

    final List<RuleProblem> problems = new ArrayList<>();
    final Roster roster;
    Roles roleCatalogue = Roles.base();
    Kinds kindCatalogue = Kinds.base();
    final Map<String, Provenance.Letter> letters = new LinkedHashMap<>();
    /** A letter's text with white space removed, by key, for checking quoted clauses. */
    final Map<String, String> letterTexts = new LinkedHashMap<>();
    final List<Provenance.Row> provenanceRows = new ArrayList<>();

    TableContext(Roster roster) {
        this.roster = roster;
    }

    /** Text with every white space removed and in NFC, so that a quote matches across line breaks and tabs. */
    static String squeeze(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replaceAll("[\\s\\u200B\\uFEFF]+", "");
    }

    /** The non-empty cells of these columns. */
    static List<String> cells(TableRow row, String... columns) {
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            if (!row.get(column).isEmpty()) {
                values.add(row.get(column));
            }
        }
        return values;
    }

    /** Notes a row and its provenance for {@code check} and {@code explain}. */
    void record(TableRow row, List<String> rules, String what) {
        provenanceRows.add(new Provenance.Row(tableName(row.file), row.file, row.line,
                rules.stream().filter(r -> !r.isEmpty()).toList(), what, row.source()));
    }

    static String tableName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    List<String> nonSystemKinds() {
        return kindCatalogue.codes().stream().filter(k -> !k.equals(Kinds.SYSTEM)).toList();
    }

    List<TableRow> rows(RuleSet rules, String fileName, List<String> header, boolean required) {
        return rows(rules, fileName, header, List.of(), required);
    }

    /**
     * Reads a table whose header starts with {@code header}, in that order, and may go on with any
     * of the {@code optional} columns, in any order. Columns left out read as empty.
     */
    List<TableRow> rows(RuleSet rules, String fileName, List<String> header, List<String> optional, boolean required) {
        RuleFile file = rules.file(fileName);
        List<TableRow> rows = new ArrayList<>();
        if (file == null) {
            if (required) {
                problems.add(new RuleProblem(fileName, 0, "missing: every rule set needs " + fileName));
            }
            return rows;
        }
        List<String> columns = new ArrayList<>(header);
        boolean[] first = {true};
        try {
            CsvRows.read(new StringReader(file.content()), (cells, line) -> {
                if (first[0]) {
                    first[0] = false;
                    List<String> names = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
                    List<String> extra = names.size() >= header.size() ? names.subList(header.size(), names.size()) : List.of();
                    boolean valid = names.size() >= header.size() && names.subList(0, header.size()).equals(header)
                            && optional.containsAll(extra) && new LinkedHashSet<>(extra).size() == extra.size();
                    if (!valid) {
                        problems.add(new RuleProblem(file.path(), line, "the header must be " + String.join(",", header)
                                + (optional.isEmpty() ? "" : " (then any of " + String.join(",", optional) + ")")
                                + " but is " + String.join(",", cells)));
                    } else {
                        columns.addAll(extra);
                    }
                    return;
                }
                if (cells.stream().allMatch(String::isBlank) || cells.get(0).startsWith("#")) {
                    return;
                }
                if (cells.size() > columns.size()) {
                    problems.add(new RuleProblem(file.path(), line, "expected " + columns.size() + " columns, found " + cells.size()));
                    return;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), i < cells.size() ? cells.get(i).trim() : "");
                }
                rows.add(new TableRow(this, file.path(), line, values));
            });
        } catch (IOException e) {
            problems.add(new RuleProblem(file.path(), 0, "not valid CSV: " + e.getMessage()));
        }
        return rows;
    }

    String ruleRef(TableRow row, String column, Map<String, RuleText> catalogue, FindingKind kind) {
        String id = row.get(column);
        if (id.isEmpty()) {
            if (column.equals("rule")) {
                row.problem("rule is empty");
            }
            return null;
        }
        RuleText text = catalogue.get(id);
        if (text == null) {
            row.problem(column + " " + id + " is not in catalogue.csv");
            return null;
        }
        if (text.kind() != kind) {
            row.problem(column + " " + id + " is a " + text.kind().code() + " rule in catalogue.csv; this table needs a " + kind.code() + " rule");
            return null;
        }
        return id;
    }

    String groupRef(TableRow row, Map<String, GroupPolicy> groups) {
        String group = row.get("group");
        if (!groups.containsKey(group)) {
            row.problem("unknown group '" + group + "' (groups.csv defines: " + String.join(", ", groups.keySet()) + ")");
            return null;
        }
        return group;
    }

    Set<String> kinds(TableRow row, String column, boolean required) {
        Set<String> kinds = new LinkedHashSet<>();
        boolean invalid = false;
        for (String part : row.get(column).split("\\|")) {
            String kind = part.trim();
            if (kind.isEmpty()) {
                continue;
            }
            if (!kindCatalogue.isKnown(kind)) {
                row.problem("unknown kind '" + kind + "' in " + column + " (known: " + String.join(", ", kindCatalogue.codes()) + ")");
                invalid = true;
            } else {
                kinds.add(kind);
            }
        }
        if (required && kinds.isEmpty() && !invalid) {
            row.problem(column + " is empty");
        }
        return kinds;
    }

    RoleSet roles(TableRow row, String column) {
        RoleSet roles = RoleSet.parse(row.get(column), roleCatalogue);
        List<String> codes = roles.roles();
        List<String> levels = roles.levels();
        for (int i = 0; i < codes.size(); i++) {
            if (!roleCatalogue.isKnown(codes.get(i)) && !(RoleSet.ANY.equals(codes.get(i)) && levels.get(i) != null)) {
                row.problem("unknown role '" + codes.get(i) + "' in " + column + " (known: " + String.join(", ", roleCatalogue.codes())
                        + (RoleSet.ANY.equals(codes.get(i)) ? "; * needs a level, as in *@province" : "") + ")");
            }
            String level = levels.get(i);
            if (level != null && !level.equals("province") && !level.equals("district")) {
                row.problem("unknown level '@" + level + "' in " + column + " (known: @province, @district)");
            }
        }
        return roles;
    }

    /** The cell's value in lower case if it is one of {@code allowed}; else a problem and "". */
    String choice(TableRow row, String column, List<String> allowed) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            row.problem(column + " '" + row.get(column) + "' is not one of " + String.join(", ", allowed.stream().filter(a -> !a.isEmpty()).toList())
                    + (allowed.contains("") ? " (or empty)" : ""));
            return "";
        }
        return value;
    }

    /** Kinds, or the events join, follow and invite, that open or fulfil a duty. */
    Set<String> eventsOrKinds(TableRow row, String column, boolean required) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String part : row.get(column).split("\\|")) {
            String kind = part.trim();
            if (kind.isEmpty()) {
                continue;
            }
            if (kindCatalogue.isKnown(kind) || TRIGGER_EVENTS.contains(kind)) {
                kinds.add(kind);
            } else {
                row.problem("unknown kind '" + kind + "' in " + column + " (known: " + String.join(", ", kindCatalogue.codes())
                        + ", and the events " + String.join(", ", TRIGGER_EVENTS) + ")");
                return kinds;
            }
        }
        if (kinds.isEmpty() && required) {
            row.problem(column + " is empty");
        }
        return kinds;
    }

    static final List<String> TRIGGER_EVENTS = List.of("join", "follow", "invite");

    Integer count(TableRow row, String column) {
        try {
            int value = Integer.parseInt(dev.rabiap.engine.thai.ThaiText.asciiDigits(row.get(column)));
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        row.problem(column + " '" + row.get(column) + "' is not a whole number of 0 or more");
        return null;
    }

    Duration duration(TableRow row, String column) {
        String text = row.get(column).trim().toLowerCase(Locale.ROOT);
        try {
            if (text.matches("\\d+h")) {
                return Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1)));
            }
            if (text.matches("\\d+d")) {
                return Duration.ofDays(Long.parseLong(text.substring(0, text.length() - 1)));
            }
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | NumberFormatException e) {
            row.problem(column + " '" + row.get(column) + "' is not a duration such as 24h, 3d or PT36H, nor a Thai deadline such as ภายใน ๓ วันทำการ");
            return null;
        }
    }

    <E extends Enum<E>> E parseEnum(Class<E> type, TableRow row, String column) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(row.get(column))) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        row.problem("unknown " + column + " '" + row.get(column) + "' (known: " + String.join(", ", names) + ")");
        return null;
    }
}
