package dev.rabiap.engine.internal;

import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.Kinds;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.Roles;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.Severity;
import dev.rabiap.engine.rule.CoveragePolicy;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.ObligationPolicy;
import dev.rabiap.engine.rule.PolicyRow;
import dev.rabiap.engine.rule.PostingPolicy;
import dev.rabiap.engine.rule.RoleSet;
import dev.rabiap.engine.rule.RuleText;
import java.io.IOException;
import java.io.StringReader;
import dev.rabiap.engine.thai.WorkingCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads and checks a rule set's policy tables. Every problem is collected with its file and line,
 * so that a policy officer sees all of them at once.
 */
public final class PolicyTables {
    static final List<String> CATALOGUE = List.of("rule", "kind", "severity", "title_th", "title_en", "th", "en");
    static final List<String> GROUPS = List.of("group", "members_rule", "eligible_roles", "stated_members", "invite_rule", "cap_rule");
    static final List<String> POSTING = List.of("rule", "group", "kinds", "allowed_roles", "note");
    static final List<String> OBLIGATIONS = List.of("rule", "group", "trigger_kinds", "trigger_roles", "trigger_phrase",
            "party_roles", "fulfil_kinds", "default_deadline", "note");
    static final List<String> CLASSIFICATION = List.of("kind", "match", "pattern", "note");

    /** The checked content of the tables. */
    public record Policy(Map<String, RuleText> catalogue, List<GroupPolicy> groups, List<PostingPolicy> posting,
                         List<ObligationPolicy> obligations, List<CoveragePolicy> coverage, Classifier classifier,
                         WorkingCalendar calendar) {}

    /** The values finding explanations can name, in braces. */
    static final List<String> PLACEHOLDERS = List.of("actor", "role", "role_th", "kind", "kind_th", "kind_en", "group", "rule",
            "allowed", "eligible", "inviter", "invitee", "count", "limit", "stated", "party", "order", "deadline", "deadline_en",
            "late", "late_en", "answered", "answered_en", "state_th", "state_en", "as_of", "as_of_en", "full_name", "agency", "district");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

    static final List<String> COVERAGE = List.of("rule", "group", "required_roles", "note");

    static final List<String> HOLIDAYS = List.of("date", "name");

    private final List<RuleProblem> problems = new ArrayList<>();
    private final Roster roster;

    private PolicyTables(Roster roster) {
        this.roster = roster;
    }

    /** Reads the tables; the problems found are added to {@code problems}. */
    public static Policy read(RuleSet rules, Roster roster, List<RuleProblem> problems) {
        PolicyTables tables = new PolicyTables(roster);
        Policy policy = tables.read(rules);
        problems.addAll(tables.problems);
        return policy;
    }

    private Policy read(RuleSet rules) {
        Map<String, RuleText> catalogue = new LinkedHashMap<>();
        for (Row row : rows(rules, "catalogue.csv", CATALOGUE, true)) {
            String id = row.get("rule");
            FindingKind kind = parseEnum(FindingKind.class, row, "kind");
            Severity severity = parseEnum(Severity.class, row, "severity");
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
                        if (!PLACEHOLDERS.contains(placeholder.group(1))) {
                            row.problem("unknown placeholder {" + placeholder.group(1) + "} in " + column + " (known: " + String.join(", ", PLACEHOLDERS) + ")");
                        }
                    }
                }
                catalogue.put(id, new RuleText(id, kind, severity, row.get("title_th"), row.get("title_en"),
                        row.get("th"), row.get("en"), row.at()));
            }
        }

        Map<String, GroupPolicy> groups = new LinkedHashMap<>();
        for (Row row : rows(rules, "groups.csv", GROUPS, true)) {
            String group = row.get("group");
            if (group.isEmpty()) {
                row.problem("group is empty");
                continue;
            }
            if (groups.containsKey(group)) {
                row.problem("group '" + group + "' is already defined on line " + groups.get(group).getRow().line());
                continue;
            }
            String membersRule = ruleRef(row, "members_rule", catalogue, FindingKind.MEMBERSHIP);
            String inviteRule = ruleRef(row, "invite_rule", catalogue, FindingKind.MEMBERSHIP);
            String capRule = ruleRef(row, "cap_rule", catalogue, FindingKind.MEMBERSHIP);
            RoleSet eligible = roles(row, "eligible_roles");
            int stated = 0;
            if (!row.get("stated_members").isEmpty()) {
                try {
                    stated = Integer.parseInt(dev.rabiap.engine.thai.ThaiText.asciiDigits(row.get("stated_members")));
                    if (stated < 0) {
                        row.problem("stated_members must not be negative");
                    }
                } catch (NumberFormatException e) {
                    row.problem("stated_members '" + row.get("stated_members") + "' is not a whole number");
                }
            }
            groups.put(group, new GroupPolicy(group, membersRule, eligible, stated, inviteRule, capRule, row.at()));
        }

        List<PostingPolicy> posting = new ArrayList<>();
        for (Row row : rows(rules, "posting.csv", POSTING, false)) {
            String rule = ruleRef(row, "rule", catalogue, FindingKind.POSTING);
            String group = groupRef(row, groups);
            Set<String> kinds = kinds(row, "kinds", true);
            RoleSet roles = roles(row, "allowed_roles");
            if (rule != null && group != null) {
                for (String kind : kinds) {
                    posting.add(new PostingPolicy(rule, group, kind, kinds, roles, row.at()));
                }
            }
        }

        List<ObligationPolicy> obligations = new ArrayList<>();
        for (Row row : rows(rules, "obligations.csv", OBLIGATIONS, false)) {
            String rule = ruleRef(row, "rule", catalogue, FindingKind.OBLIGATION);
            String group = groupRef(row, groups);
            Set<String> triggerKinds = kinds(row, "trigger_kinds", true);
            RoleSet triggerRoles = roles(row, "trigger_roles");
            RoleSet partyRoles = roles(row, "party_roles");
            Set<String> fulfilKinds = kinds(row, "fulfil_kinds", true);
            Duration deadline = duration(row, "default_deadline");
            if (partyRoles.isEmpty()) {
                row.problem("party_roles is empty: say whose districts owe an answer");
            }
            if (rule != null && group != null && deadline != null) {
                Set<String> parties = new TreeSet<>();
                for (Person person : roster.people()) {
                    if (partyRoles.matches(person) && !person.district().isEmpty()) {
                        parties.add(person.district());
                    }
                }
                obligations.add(new ObligationPolicy(rule, group, triggerKinds, triggerRoles, row.get("trigger_phrase"),
                        partyRoles, fulfilKinds, deadline, List.copyOf(parties), row.at()));
            }
        }

        List<CoveragePolicy> coverage = new ArrayList<>();
        for (Row row : rows(rules, "coverage.csv", COVERAGE, false)) {
            String rule = ruleRef(row, "rule", catalogue, FindingKind.MEMBERSHIP);
            String group = groupRef(row, groups);
            RoleSet required = roles(row, "required_roles");
            if (required.isEmpty()) {
                row.problem("required_roles is empty: say whose membership the group requires");
            }
            if (rule != null && group != null) {
                coverage.add(new CoveragePolicy(rule, group, required, roster.people().stream().filter(required::matches).toList(), row.at()));
            }
        }

        List<Classifier.Row> classification = new ArrayList<>();
        for (Row row : rows(rules, "classification.csv", CLASSIFICATION, true)) {
            String kind = row.get("kind");
            Classifier.Match match = Classifier.parseMatch(row.get("match"));
            String pattern = row.get("pattern");
            if (!Kinds.isKnown(kind) || "system".equals(kind)) {
                row.problem("unknown kind '" + kind + "' (known: " + String.join(", ", nonSystemKinds()) + ")");
                continue;
            }
            if (match == null) {
                row.problem("unknown match '" + row.get("match") + "' (known: " + Classifier.matchNames() + ")");
                continue;
            }
            if (pattern.isEmpty()) {
                row.problem("pattern is empty");
                continue;
            }
            Pattern regex = null;
            if (match == Classifier.Match.REGEX) {
                try {
                    regex = Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    row.problem("pattern is not a valid regular expression: " + e.getDescription());
                    continue;
                }
            }
            classification.add(new Classifier.Row(kind, match, pattern, regex, row.line));
        }
        Map<LocalDate, String> holidays = new TreeMap<>();
        for (RuleFile file : rules.files()) {
            if (file.name().startsWith("holidays") && file.name().endsWith(".csv")) {
                for (Row row : rows(rules, file.name(), HOLIDAYS, false)) {
                    LocalDate day = date(row.get("date"));
                    if (day == null) {
                        row.problem("date '" + row.get("date") + "' is not a date such as 2025-12-05 or 2568-12-05 (Buddhist era)");
                    } else if (holidays.putIfAbsent(day, row.get("name")) != null) {
                        row.problem("date " + day + " is listed twice");
                    }
                }
            }
        }
        return new Policy(catalogue, List.copyOf(groups.values()), posting, obligations, coverage, new Classifier(classification),
                new WorkingCalendar(holidays));
    }

    private static LocalDate date(String text) {
        try {
            LocalDate day = LocalDate.parse(dev.rabiap.engine.thai.ThaiText.asciiDigits(text.trim()));
            return day.getYear() >= 2400 ? day.minusYears(dev.rabiap.engine.thai.ThaiText.BUDDHIST_ERA_OFFSET) : day;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> nonSystemKinds() {
        return Kinds.codes().stream().filter(k -> !k.equals("system")).toList();
    }

    private List<Row> rows(RuleSet rules, String fileName, List<String> header, boolean required) {
        RuleFile file = rules.file(fileName);
        List<Row> rows = new ArrayList<>();
        if (file == null) {
            if (required) {
                problems.add(new RuleProblem(fileName, 0, "missing: every rule set needs " + fileName));
            }
            return rows;
        }
        boolean[] first = {true};
        try {
            CsvRows.read(new StringReader(file.content()), (cells, line) -> {
                if (first[0]) {
                    first[0] = false;
                    List<String> names = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
                    if (!names.equals(header)) {
                        problems.add(new RuleProblem(file.path(), line, "the header must be " + String.join(",", header)
                                + " but is " + String.join(",", cells)));
                    }
                    return;
                }
                if (cells.stream().allMatch(String::isBlank) || cells.get(0).startsWith("#")) {
                    return;
                }
                if (cells.size() > header.size()) {
                    problems.add(new RuleProblem(file.path(), line, "expected " + header.size() + " columns, found " + cells.size()));
                    return;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), i < cells.size() ? cells.get(i).trim() : "");
                }
                rows.add(new Row(file.path(), line, values));
            });
        } catch (IOException e) {
            problems.add(new RuleProblem(file.path(), 0, "not valid CSV: " + e.getMessage()));
        }
        return rows;
    }

    private String ruleRef(Row row, String column, Map<String, RuleText> catalogue, FindingKind kind) {
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

    private String groupRef(Row row, Map<String, GroupPolicy> groups) {
        String group = row.get("group");
        if (!groups.containsKey(group)) {
            row.problem("unknown group '" + group + "' (groups.csv defines: " + String.join(", ", groups.keySet()) + ")");
            return null;
        }
        return group;
    }

    private Set<String> kinds(Row row, String column, boolean required) {
        Set<String> kinds = new LinkedHashSet<>();
        boolean invalid = false;
        for (String part : row.get(column).split("\\|")) {
            String kind = part.trim();
            if (kind.isEmpty()) {
                continue;
            }
            if (!Kinds.isKnown(kind)) {
                row.problem("unknown kind '" + kind + "' in " + column + " (known: " + String.join(", ", Kinds.codes()) + ")");
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

    private RoleSet roles(Row row, String column) {
        RoleSet roles = RoleSet.parse(row.get(column));
        List<String> codes = roles.roles();
        List<String> levels = roles.levels();
        for (int i = 0; i < codes.size(); i++) {
            if (!Roles.isKnown(codes.get(i))) {
                row.problem("unknown role '" + codes.get(i) + "' in " + column + " (known: " + String.join(", ", Roles.codes()) + ")");
            }
            String level = levels.get(i);
            if (level != null && !level.equals("province") && !level.equals("district")) {
                row.problem("unknown level '@" + level + "' in " + column + " (known: @province, @district)");
            }
        }
        return roles;
    }

    private Duration duration(Row row, String column) {
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
            row.problem(column + " '" + row.get(column) + "' is not a duration such as 24h, 3d or PT36H");
            return null;
        }
    }

    private <E extends Enum<E>> E parseEnum(Class<E> type, Row row, String column) {
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

    private final class Row {
        private final String file;
        private final int line;
        private final Map<String, String> values;

        Row(String file, int line, Map<String, String> values) {
            this.file = file;
            this.line = line;
            this.values = values;
        }

        String get(String column) {
            return values.getOrDefault(column, "");
        }

        PolicyRow at() {
            return new PolicyRow(file, line);
        }

        void problem(String message) {
            problems.add(new RuleProblem(file, line, message));
        }
    }
}
