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
import dev.rabiap.engine.spi.CsvRows;
import dev.rabiap.engine.rule.CoveragePolicy;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.ObligationPolicy;
import dev.rabiap.engine.rule.PolicyRow;
import dev.rabiap.engine.rule.PostingPolicy;
import dev.rabiap.engine.rule.RegistryPolicy;
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
    /**
     * The provenance columns every policy table may end with: the letter (a key of
     * {@code letters.csv}), the clause it quotes, and the office's reading where the row says more.
     */
    static final List<String> PROVENANCE = List.of("letter", "clause", "reading");
    static final List<String> LETTERS = List.of("letter", "number", "date", "subject");
    static final List<String> LETTERS_OPTIONAL = List.of("text", "note");
    static final List<String> CATALOGUE = List.of("rule", "kind", "severity", "title_th", "title_en", "th", "en");
    static final List<String> GROUPS = List.of("group", "members_rule", "eligible_roles", "stated_members", "invite_rule", "cap_rule");
    static final List<String> GROUPS_OPTIONAL = sourced("channel", "warn_at", "limit_rule");
    static final List<String> POSTING = List.of("rule", "group", "kinds", "allowed_roles", "note");
    static final List<String> POSTING_OPTIONAL = sourced("carries");
    static final List<String> OBLIGATIONS = List.of("rule", "group", "trigger_kinds", "trigger_roles", "trigger_phrase",
            "party_roles", "fulfil_kinds", "default_deadline", "note");
    static final List<String> OBLIGATIONS_OPTIONAL = sourced("party", "answer_in", "match", "deadline_from_text", "late_window");
    static final List<String> CHANNELS = List.of("rule", "party", "group", "note");
    static final List<String> CHANNELS_OPTIONAL = sourced("from_group");

    /** A table's own optional columns, then the provenance columns. */
    private static List<String> sourced(String... optional) {
        List<String> columns = new ArrayList<>(List.of(optional));
        columns.addAll(PROVENANCE);
        return List.copyOf(columns);
    }
    static final List<String> CLASSIFICATION = List.of("kind", "match", "pattern", "note");
    static final List<String> CLASSIFICATION_OPTIONAL = List.of("unless", "where", "roles", "weight");
    static final List<String> SETTINGS = List.of("key", "value", "note");
    /** The shared classification table every rule set starts from (its own rows are tried first). */
    public static final String BASE_CLASSIFICATION = "base-classification.csv";
    /** The shared labelled example posts every rule set starts from (read from {@code rabiap/base/examples.jsonl}). */
    public static final String BASE_EXAMPLES = "base-examples.jsonl";

    /**
     * The checked content of the tables.
     *
     * @param roles the role catalogue: the engine's roles and the rule set's own
     * @param kinds the kinds posts are classified as
     * @param postGap how long after a text its sender's photos and files still belong to it
     */
    public record Policy(Map<String, RuleText> catalogue, List<GroupPolicy> groups, List<PostingPolicy> posting,
                         List<ObligationPolicy> obligations, List<CoveragePolicy> coverage, List<RegistryPolicy> registry, Classifier classifier,
                         WorkingCalendar calendar, Roles roles, Kinds kinds, Duration postGap,
                         dev.rabiap.engine.Provenance provenance) {}

    /** The values finding explanations can name, in braces. */
    static final List<String> PLACEHOLDERS = List.of("actor", "role", "role_th", "kind", "kind_th", "kind_en", "group", "rule",
            "allowed", "allowed_th", "eligible", "eligible_th", "inviter", "invitee", "invited_by", "invited_by_en", "count", "limit", "stated", "party", "order", "deadline", "deadline_en",
            "late", "late_en", "answered", "answered_en", "state_th", "state_en", "as_of", "as_of_en", "full_name", "agency", "district",
            "answer_in", "min", "max", "named", "outcome_th", "outcome_en", "carries");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");
    /** Placeholders that name roles in English, with a Thai twin ending in _th. */
    private static final List<String> ENGLISH_ONLY = List.of("role", "allowed", "eligible");

    static final List<String> COVERAGE = List.of("rule", "group", "required_roles", "note");
    static final List<String> COVERAGE_OPTIONAL = sourced("agency", "district", "absent_rule");
    static final List<String> REGISTRY = List.of("rule", "unit", "units_of", "roles", "min", "max", "note");

    static final List<String> HOLIDAYS = List.of("date", "name");
    static final List<String> HOLIDAYS_OPTIONAL = List.of("source");

    private final List<RuleProblem> problems = new ArrayList<>();
    private final Roster roster;
    private Roles roleCatalogue = Roles.base();
    private Kinds kindCatalogue = Kinds.base();
    private final Map<String, dev.rabiap.engine.Provenance.Letter> letters = new LinkedHashMap<>();
    /** A letter's text with white space removed, by key, for checking quoted clauses. */
    private final Map<String, String> letterTexts = new LinkedHashMap<>();
    private final List<dev.rabiap.engine.Provenance.Row> provenanceRows = new ArrayList<>();

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
        Map<String, String> settings = settings(rules);
        RuleFile rolesFile = rules.file("roles.csv");
        if (rolesFile != null) {
            try {
                List<Roles.Role> added = Roles.read(new StringReader(rolesFile.content()),
                        (line, message) -> problems.add(new RuleProblem(rolesFile.path(), line, message)));
                roleCatalogue = roleCatalogue.with(added);
            } catch (IOException e) {
                problems.add(new RuleProblem(rolesFile.path(), 0, "not valid CSV: " + e.getMessage()));
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(rolesFile.path(), 0, e.getMessage()));
            }
        }
        problems.addAll(roster.unknownRoles(roleCatalogue));
        RuleFile kindsFile = rules.file("kinds.csv");
        if (kindsFile != null) {
            try {
                List<Kinds.Kind> added = Kinds.read(new StringReader(kindsFile.content()),
                        (line, message) -> problems.add(new RuleProblem(kindsFile.path(), line, message)));
                kindCatalogue = kindCatalogue.with(added);
            } catch (IOException e) {
                problems.add(new RuleProblem(kindsFile.path(), 0, "not valid CSV: " + e.getMessage()));
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(kindsFile.path(), 0, e.getMessage()));
            }
        }
        readLetters(rules);
        Map<String, RuleText> catalogue = new LinkedHashMap<>();
        for (Row row : rows(rules, "catalogue.csv", CATALOGUE, PROVENANCE, true)) {
            record(row, List.of(row.get("rule")), row.get("rule") + " (" + row.get("kind") + ", " + row.get("severity") + "): "
                    + row.get("title_th") + " / " + row.get("title_en"));
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

        Map<String, GroupPolicy> groups = new LinkedHashMap<>();
        for (Row row : rows(rules, "groups.csv", GROUPS, GROUPS_OPTIONAL, true)) {
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
            String limitRule = ruleRef(row, "limit_rule", catalogue, FindingKind.MEMBERSHIP);
            record(row, cells(row, "members_rule", "invite_rule", "cap_rule", "limit_rule"), group + ": members "
                    + (row.get("eligible_roles").isEmpty() ? "-" : row.get("eligible_roles"))
                    + (row.get("stated_members").isEmpty() ? "" : "; the letter states " + row.get("stated_members")));
            RoleSet eligible = roles(row, "eligible_roles");
            Integer statedCount = row.get("stated_members").isEmpty() ? null : count(row, "stated_members");
            int stated = statedCount == null ? 0 : statedCount;
            boolean account = choice(row, "channel", List.of("", "group", "account")).equals("account");
            int warnAt = 0;
            String warn = dev.rabiap.engine.thai.ThaiText.asciiDigits(row.get("warn_at"));
            if (!warn.isEmpty()) {
                try {
                    warnAt = warn.endsWith("%")
                            ? (int) Math.ceil(stated * Double.parseDouble(warn.substring(0, warn.length() - 1)) / 100.0)
                            : Integer.parseInt(warn);
                    if (warn.endsWith("%") && stated == 0) {
                        row.problem("warn_at '" + warn + "' is a share of stated_members, which is empty");
                    }
                    if (warnAt <= 0) {
                        row.problem("warn_at must be more than 0");
                    }
                } catch (NumberFormatException e) {
                    row.problem("warn_at '" + row.get("warn_at") + "' is neither a member count nor a share such as 90%");
                }
                if (capRule == null) {
                    row.problem("warn_at needs a cap_rule to report under");
                }
            }
            if (!account && stated > GroupPolicy.LINE_GROUP_CAP) {
                row.problem("stated_members " + stated + " is more than a LINE group holds (" + GroupPolicy.LINE_GROUP_CAP
                        + "); for an official account set channel to account");
            }
            if (limitRule != null && account) {
                row.problem("limit_rule is LINE's limit of a group; an official account has none (its capacity is stated_members, judged by cap_rule)");
            }
            groups.put(group, new GroupPolicy(group, membersRule, eligible, stated, inviteRule, capRule, account, Math.max(warnAt, 0),
                    account ? null : limitRule, row.at()));
        }

        List<PostingPolicy> posting = new ArrayList<>();
        for (Row row : rows(rules, "posting.csv", POSTING, POSTING_OPTIONAL, false)) {
            record(row, List.of(row.get("rule")), row.get("group") + ": " + row.get("kinds") + " only by "
                    + (row.get("allowed_roles").isEmpty() ? "nobody" : row.get("allowed_roles"))
                    + (row.get("carries").isEmpty() ? "" : ", carrying " + row.get("carries")));
            String rule = ruleRef(row, "rule", catalogue, FindingKind.POSTING);
            String group = groupRef(row, groups);
            Set<String> kinds = kinds(row, "kinds", true);
            RoleSet roles = roles(row, "allowed_roles");
            Set<String> carries = new LinkedHashSet<>();
            for (String part : row.get("carries").split("\\|")) {
                String type = part.trim().toLowerCase(Locale.ROOT);
                if (type.isEmpty()) {
                    continue;
                }
                if (dev.rabiap.engine.spi.MessageType.fromCode(type) == null || type.equals("text") || type.equals("system")) {
                    row.problem("unknown attachment type '" + type + "' in carries (known: image, video, audio, file, sticker)");
                } else {
                    carries.add(type);
                }
            }
            if (rule != null && group != null) {
                for (String kind : kinds) {
                    posting.add(new PostingPolicy(rule, group, kind, kinds, roles, carries, row.at()));
                }
            }
        }

        Map<LocalDate, String> holidays = new TreeMap<>();
        for (RuleFile file : rules.files()) {
            if (file.name().startsWith("holidays") && file.name().endsWith(".csv")) {
                for (Row row : rows(rules, file.name(), HOLIDAYS, HOLIDAYS_OPTIONAL, false)) {
                    LocalDate day = date(row.get("date"));
                    if (day == null) {
                        row.problem("date '" + row.get("date") + "' is not a date such as 2025-12-05 or 2568-12-05 (Buddhist era)");
                    } else if (holidays.putIfAbsent(day, row.get("name")) != null) {
                        row.problem("date " + day + " is listed twice");
                    }
                }
            }
        }
        // the bundled Thai government holidays, and the rule set's own days
        WorkingCalendar calendar = WorkingCalendar.thai().withLocalDays(holidays);

        // rule -> from group ("" for any) -> party -> the party's group
        Map<String, Map<String, Map<String, String>>> channels = new LinkedHashMap<>();
        for (Row row : rows(rules, "channels.csv", CHANNELS, CHANNELS_OPTIONAL, false)) {
            record(row, List.of(row.get("rule")), row.get("party") + " → " + row.get("group")
                    + (row.get("from_group").isEmpty() ? "" : " (items from " + row.get("from_group") + ")"));
            String rule = ruleRef(row, "rule", catalogue, FindingKind.OBLIGATION);
            String group = groupRef(row, groups);
            String from = row.get("from_group");
            String party = row.get("party");
            if (!from.isEmpty() && !groups.containsKey(from)) {
                row.problem("unknown from_group '" + from + "' (groups.csv defines: " + String.join(", ", groups.keySet()) + ")");
            } else if (party.isEmpty()) {
                row.problem("party is empty: name the agency or district whose group this is");
            } else if (rule != null && group != null) {
                String previous = channels.computeIfAbsent(rule, r -> new LinkedHashMap<>())
                        .computeIfAbsent(from, f -> new LinkedHashMap<>()).putIfAbsent(party, group);
                if (previous != null) {
                    row.problem("party '" + party + "' already has a channel for " + rule + (from.isEmpty() ? "" : " from " + from) + ": " + previous);
                }
            }
        }

        List<ObligationPolicy> obligations = new ArrayList<>();
        for (Row row : rows(rules, "obligations.csv", OBLIGATIONS, OBLIGATIONS_OPTIONAL, false)) {
            record(row, List.of(row.get("rule")), row.get("group") + ": " + row.get("trigger_kinds")
                    + (row.get("trigger_roles").isEmpty() ? "" : " by " + row.get("trigger_roles"))
                    + (row.get("trigger_phrase").isEmpty() ? "" : " with '" + row.get("trigger_phrase") + "'")
                    + " obliges each " + (row.get("party").isEmpty() ? "district" : row.get("party"))
                    + (row.get("party_roles").isEmpty() ? "" : " (" + row.get("party_roles") + ")")
                    + " to answer" + (row.get("fulfil_kinds").isEmpty() ? "" : " with " + row.get("fulfil_kinds"))
                    + (row.get("answer_in").isEmpty() ? "" : " in " + row.get("answer_in"))
                    + ", by " + row.get("default_deadline") + (row.get("deadline_from_text").equals("no") ? "" : " unless the order names a deadline"));
            String rule = ruleRef(row, "rule", catalogue, FindingKind.OBLIGATION);
            String group = groupRef(row, groups);
            Set<String> triggerKinds = eventsOrKinds(row, "trigger_kinds", true);
            RoleSet triggerRoles = roles(row, "trigger_roles");
            RoleSet partyRoles = roles(row, "party_roles");
            boolean matchContent = choice(row, "match", List.of("", "content")).equals("content");
            Set<String> fulfilKinds = eventsOrKinds(row, "fulfil_kinds", !matchContent);
            ObligationPolicy.PartyUnit unit = switch (choice(row, "party", List.of("", "district", "agency", "sender"))) {
                case "agency" -> ObligationPolicy.PartyUnit.AGENCY;
                case "sender" -> ObligationPolicy.PartyUnit.SENDER;
                default -> ObligationPolicy.PartyUnit.DISTRICT;
            };
            String answerIn = row.get("answer_in");
            boolean byChannel = answerIn.equals("channel");
            if (!answerIn.isEmpty() && !byChannel && !groups.containsKey(answerIn)) {
                row.problem("answer_in '" + answerIn + "' is neither a group in groups.csv nor 'channel'");
            }
            String fromText = choice(row, "deadline_from_text", List.of("", "yes", "no"));
            java.util.function.Function<java.time.ZonedDateTime, java.time.ZonedDateTime> deadline =
                    deadline(row, "default_deadline", calendar);
            Duration lateWindow = row.get("late_window").isEmpty() ? null : duration(row, "late_window");
            if (partyRoles.isEmpty() && unit != ObligationPolicy.PartyUnit.SENDER && !byChannel) {
                row.problem("party_roles is empty: say whose " + (unit == ObligationPolicy.PartyUnit.AGENCY ? "agencies" : "districts")
                        + " owe an answer");
            }
            Map<String, String> partyChannels = new java.util.TreeMap<>();
            if (rule != null && group != null) {
                Map<String, Map<String, String>> byFrom = channels.getOrDefault(rule, Map.of());
                partyChannels.putAll(byFrom.getOrDefault("", Map.of()));
                partyChannels.putAll(byFrom.getOrDefault(group, Map.of()));
            }
            if (byChannel && rule != null && partyChannels.isEmpty()) {
                row.problem("answer_in is 'channel' but channels.csv lists no party for " + rule + " from " + group);
            }
            if (!byChannel && !partyChannels.isEmpty()) {
                row.problem("channels.csv lists parties for " + rule + " from " + group + " but answer_in is not 'channel'");
            }
            if (byChannel && unit == ObligationPolicy.PartyUnit.SENDER) {
                row.problem("party 'sender' cannot answer by channel");
            }
            if (rule != null && group != null && deadline != null) {
                Set<String> parties = new TreeSet<>();
                if (byChannel) {
                    parties.addAll(partyChannels.keySet());
                } else if (unit != ObligationPolicy.PartyUnit.SENDER) {
                    for (Person person : roster.people()) {
                        String party = unit == ObligationPolicy.PartyUnit.AGENCY ? person.agency() : person.district();
                        if (partyRoles.matches(person) && !party.isEmpty()) {
                            parties.add(party);
                        }
                    }
                }
                obligations.add(ObligationPolicy.builder(rule, group)
                        .trigger(triggerKinds, triggerRoles, row.get("trigger_phrase"))
                        .parties(unit, partyRoles, List.copyOf(parties))
                        .fulfilKinds(fulfilKinds)
                        .defaultDeadline(row.get("default_deadline"), deadline)
                        .deadlineFromText(!fromText.equals("no"))
                        .answerIn(byChannel || answerIn.isEmpty() ? null : answerIn)
                        .channels(byChannel ? partyChannels : Map.of())
                        .matchContent(matchContent)
                        .lateWindow(lateWindow == null ? ObligationPolicy.DEFAULT_LATE_WINDOW : lateWindow)
                        .row(row.at())
                        .build());
            }
        }

        List<CoveragePolicy> coverage = new ArrayList<>();
        for (Row row : rows(rules, "coverage.csv", COVERAGE, COVERAGE_OPTIONAL, false)) {
            record(row, cells(row, "rule", "absent_rule"), row.get("group") + ": everyone " + row.get("required_roles")
                    + (row.get("agency").isEmpty() ? "" : " of " + row.get("agency"))
                    + (row.get("district").isEmpty() ? "" : " of district " + row.get("district")) + " must be a member");
            String rule = ruleRef(row, "rule", catalogue, FindingKind.MEMBERSHIP);
            String group = groupRef(row, groups);
            RoleSet required = roles(row, "required_roles");
            String agency = row.get("agency");
            String district = row.get("district");
            if (required.isEmpty()) {
                row.problem("required_roles is empty: say whose membership the group requires");
            }
            List<Person> people = roster.people().stream()
                    .filter(required::matches)
                    .filter(p -> agency.isEmpty() || agency.equals(p.agency()))
                    .filter(p -> district.isEmpty() || district.equals(p.district()))
                    .toList();
            String absentRule = ruleRef(row, "absent_rule", catalogue, FindingKind.MEMBERSHIP);
            if (rule != null && group != null) {
                coverage.add(new CoveragePolicy(rule, group, required, people, absentRule,
                        !agency.isEmpty() ? agency : district, row.at()));
            }
        }

        List<RegistryPolicy> registry = new ArrayList<>();
        for (Row row : rows(rules, "registry.csv", REGISTRY, PROVENANCE, false)) {
            record(row, List.of(row.get("rule")), "each " + row.get("unit") + " of " + row.get("units_of") + " names "
                    + (row.get("min").equals(row.get("max")) ? row.get("min") : row.get("min") + " to " + row.get("max")) + " " + row.get("roles"));
            String rule = ruleRef(row, "rule", catalogue, FindingKind.MEMBERSHIP);
            String unit = choice(row, "unit", List.of("agency", "district"));
            RoleSet unitsOf = roles(row, "units_of");
            RoleSet roles = roles(row, "roles");
            Integer min = count(row, "min");
            Integer max = count(row, "max");
            if (roles.isEmpty()) {
                row.problem("roles is empty: say whom each " + (unit.isEmpty() ? "unit" : unit) + " must name");
            }
            if (unitsOf.isEmpty()) {
                row.problem("units_of is empty: say whose agencies or districts must name someone");
            }
            if (min != null && max != null && min > max) {
                row.problem("min " + min + " is more than max " + max);
            }
            if (rule != null && !unit.isEmpty() && min != null && max != null) {
                registry.add(RegistryPolicy.of(rule, unit, unitsOf, roles, min, max, roster.people(), row.at()));
            }
        }

        List<Classifier.Row> classification = new ArrayList<>(classificationRows(rules, "classification.csv", false));
        String base = settings.getOrDefault("classification_base", "yes");
        if (!base.equals("no")) {
            classification.addAll(classificationRows(rules, BASE_CLASSIFICATION, false));
        }
        Duration postGap = PostAssembler.DEFAULT_GAP;
        if (settings.containsKey("post_gap")) {
            postGap = settingDuration(rules, "post_gap", settings.get("post_gap"));
        }
        List<KindModel.Example> examples = new ArrayList<>(examples(rules, "examples.jsonl"));
        if (!base.equals("no")) {
            examples.addAll(examples(rules, BASE_EXAMPLES));
        }
        Classifier classifier = examples.isEmpty() ? new Classifier(classification)
                : new Classifier(classification, () -> KindModel.train(examples));
        return new Policy(catalogue, List.copyOf(groups.values()), posting, obligations, coverage, registry, classifier,
                calendar, roleCatalogue, kindCatalogue, postGap,
                new dev.rabiap.engine.Provenance(List.copyOf(letters.values()), provenanceRows));
    }

    /**
     * The letters the rule set rests on ({@code letters.csv}: letter, number, date, subject, then
     * text and note): each with the file of its text, if given, against which quoted clauses are
     * checked.
     */
    private void readLetters(RuleSet rules) {
        for (Row row : rows(rules, "letters.csv", LETTERS, LETTERS_OPTIONAL, false)) {
            String key = row.get("letter");
            if (key.isEmpty()) {
                row.problem("letter is empty: give the letter a short key that rows name it by");
                continue;
            }
            if (letters.containsKey(key)) {
                row.problem("letter '" + key + "' is already defined at " + letters.get(key).where());
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
                    letterTexts.put(key, squeeze(text.content()));
                }
            }
            letters.put(key, new dev.rabiap.engine.Provenance.Letter(key, row.get("number"), row.get("date"), row.get("subject"),
                    row.get("note"), textFile, row.file + ":" + row.line));
        }
    }

    /** Text with every white space removed and in NFC, so that a quote matches across line breaks and tabs. */
    private static String squeeze(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replaceAll("[\\s\\u200B\\uFEFF]+", "");
    }

    /** The non-empty cells of these columns. */
    private static List<String> cells(Row row, String... columns) {
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            if (!row.get(column).isEmpty()) {
                values.add(row.get(column));
            }
        }
        return values;
    }

    /** Notes a row and its provenance for {@code check} and {@code explain}. */
    private void record(Row row, List<String> rules, String what) {
        provenanceRows.add(new dev.rabiap.engine.Provenance.Row(tableName(row.file), row.file, row.line,
                rules.stream().filter(r -> !r.isEmpty()).toList(), what, row.source()));
    }

    private static String tableName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /**
     * The labelled example posts of a JSON-lines file, one post a line: {@code text} and {@code kind}
     * required; {@code role} (a role code, else {@code unknown}), {@code type} (text by default) and
     * {@code parts} (the types of photos and files sent with it) optional; other fields (an id, the
     * group, why it is labelled so) are for people and are not read.
     */
    private List<KindModel.Example> examples(RuleSet rules, String fileName) {
        RuleFile file = rules.file(fileName);
        List<KindModel.Example> examples = new ArrayList<>();
        if (file == null) {
            return examples;
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        String[] lines = file.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int at = i + 1;
            com.fasterxml.jackson.databind.JsonNode node;
            try {
                node = json.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                problems.add(new RuleProblem(file.path(), at, "not a JSON object: " + e.getOriginalMessage()));
                continue;
            }
            if (node == null || !node.isObject() || !node.path("text").isTextual() || !node.path("kind").isTextual()) {
                problems.add(new RuleProblem(file.path(), at, "an example needs \"text\" and \"kind\""));
                continue;
            }
            String kind = node.get("kind").asText();
            if (!kindCatalogue.isKnown(kind) || Kinds.SYSTEM.equals(kind)) {
                problems.add(new RuleProblem(file.path(), at, "unknown kind '" + kind + "' (known: " + String.join(", ", nonSystemKinds()) + ")"));
                continue;
            }
            String role = node.path("role").asText("unknown");
            if (!role.equals("unknown") && !roleCatalogue.isKnown(role)) {
                problems.add(new RuleProblem(file.path(), at, "unknown role '" + role + "'"));
                continue;
            }
            dev.rabiap.engine.spi.MessageType type = dev.rabiap.engine.spi.MessageType.fromCode(node.path("type").asText("text"));
            if (type == null) {
                problems.add(new RuleProblem(file.path(), at, "unknown type '" + node.path("type").asText() + "' (known: text, image, sticker, file, video, audio)"));
                continue;
            }
            examples.add(new KindModel.Example(node.get("text").asText(), kind, role, type, node.path("parts").size() > 0, file.path() + ":" + at));
        }
        return examples;
    }

    /** The rows of a classification table, in order. */
    private List<Classifier.Row> classificationRows(RuleSet rules, String fileName, boolean required) {
        List<Classifier.Row> classification = new ArrayList<>();
        for (Row row : rows(rules, fileName, CLASSIFICATION, CLASSIFICATION_OPTIONAL, required)) {
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
            if (!kindCatalogue.isKnown(kind) || Kinds.SYSTEM.equals(kind)) {
                row.problem("unknown kind '" + kind + "' (known: " + String.join(", ", nonSystemKinds()) + ")");
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
            String stops = row.get("unless");
            // a regular expression (re:…) may hold | itself: the words come first, then each re:… runs
            // to the next |re: or the end of the cell
            int regexAt = stops.startsWith("re:") ? 0 : stops.contains("|re:") ? stops.indexOf("|re:") + 1 : -1;
            String plain = regexAt < 0 ? stops : regexAt == 0 ? "" : stops.substring(0, regexAt - 1);
            for (String part : plain.split("\\|")) {
                String phrase = part.trim();
                if (!phrase.isEmpty()) {
                    unless.add(PostText.normalise(phrase));
                }
            }
            while (regexAt >= 0) {
                int next = stops.indexOf("|re:", regexAt);
                String stop = next < 0 ? stops.substring(regexAt) : stops.substring(regexAt, next);
                regexAt = next < 0 ? -1 : next + 1;
                try {
                    com.google.re2j.Pattern.compile(stop.substring(3));
                    unless.add(stop);
                } catch (com.google.re2j.PatternSyntaxException e) {
                    row.problem("unless '" + stop + "' is not a valid regular expression (RE2 syntax): " + e.getDescription());
                }
            }
            RoleSet roles = roles(row, "roles");
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

    /** The rule set's settings ({@code settings.csv}: key, value, note). */
    private Map<String, String> settings(RuleSet rules) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (Row row : rows(rules, "settings.csv", SETTINGS, false)) {
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

    private Duration settingDuration(RuleSet rules, String key, String value) {
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
                problems.add(new RuleProblem("settings.csv", 0, key + " '" + value + "' must be between 0 and 1 hour"));
                return PostAssembler.DEFAULT_GAP;
            }
            return duration;
        } catch (DateTimeParseException | NumberFormatException e) {
            RuleFile file = rules.file("settings.csv");
            problems.add(new RuleProblem(file == null ? "settings.csv" : file.path(), 0, key + " '" + value + "' is not a duration such as 3m, 90s or PT2M"));
            return PostAssembler.DEFAULT_GAP;
        }
    }

    private static LocalDate date(String text) {
        try {
            LocalDate day = LocalDate.parse(dev.rabiap.engine.thai.ThaiText.asciiDigits(text.trim()));
            return day.getYear() >= 2400 ? day.minusYears(dev.rabiap.engine.thai.ThaiText.BUDDHIST_ERA_OFFSET) : day;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private List<String> nonSystemKinds() {
        return kindCatalogue.codes().stream().filter(k -> !k.equals(Kinds.SYSTEM)).toList();
    }

    private List<Row> rows(RuleSet rules, String fileName, List<String> header, boolean required) {
        return rows(rules, fileName, header, List.of(), required);
    }

    /**
     * Reads a table whose header starts with {@code header}, in that order, and may go on with any
     * of the {@code optional} columns, in any order. Columns left out read as empty.
     */
    private List<Row> rows(RuleSet rules, String fileName, List<String> header, List<String> optional, boolean required) {
        RuleFile file = rules.file(fileName);
        List<Row> rows = new ArrayList<>();
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

    private RoleSet roles(Row row, String column) {
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
    private String choice(Row row, String column, List<String> allowed) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            row.problem(column + " '" + row.get(column) + "' is not one of " + String.join(", ", allowed.stream().filter(a -> !a.isEmpty()).toList())
                    + (allowed.contains("") ? " (or empty)" : ""));
            return "";
        }
        return value;
    }

    /** Kinds, or the events join, follow and invite, that open or fulfil a duty. */
    private Set<String> eventsOrKinds(Row row, String column, boolean required) {
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

    private static final List<String> TRIGGER_EVENTS = List.of("join", "follow", "invite");

    /**
     * A default deadline: a duration after the order ({@code 24h}, {@code 3d}, {@code PT36H}), or a
     * Thai deadline phrase read against the order's time ({@code ภายใน ๓ วันทำการ},
     * {@code ภายในวันที่ ๓ ต.ค. ๒๕๖๑}). A fixed date stays the deadline of orders posted after it:
     * their answers are late from the start.
     */
    private java.util.function.Function<java.time.ZonedDateTime, java.time.ZonedDateTime> deadline(Row row, String column, WorkingCalendar calendar) {
        String text = row.get(column).trim();
        if (THAI_DEADLINE.matcher(text).find()) {
            dev.rabiap.engine.thai.DeadlineReader reader = new dev.rabiap.engine.thai.DeadlineReader(calendar);
            java.time.ZonedDateTime probe = java.time.ZonedDateTime.of(2018, 1, 1, 9, 0, 0, 0, dev.rabiap.engine.spi.ChatMessage.BANGKOK);
            dev.rabiap.engine.thai.DeadlineReading reading = reader.read(text, probe);
            if (reading.deadline() == null) {
                row.problem(column + " '" + text + "' is not a deadline phrase the engine reads (such as ภายใน ๒๔ ชม., ภายใน ๓ วันทำการ, ภายในวันที่ ๕ ก.ค. ๒๕๖๑)"
                        + (reading.problem() == null ? "" : ": " + reading.problem()));
                return null;
            }
            return posted -> {
                dev.rabiap.engine.thai.Deadline deadline = reader.read(text, posted).deadline();
                // read at the probe, the phrase is read at any time; the end of the posting day is a guard only
                return deadline != null ? deadline.due() : posted.toLocalDate().plusDays(1).atStartOfDay(posted.getZone());
            };
        }
        Duration duration = duration(row, column);
        return duration == null ? null : posted -> posted.plus(duration);
    }

    /** A default deadline given as Thai words: a lead word, or a speed class that might be mistaken for one. */
    private static final Pattern THAI_DEADLINE = Pattern.compile("ภายใน|ก่อน|ไม่เกิน|ให้แล้วเสร็จ|ส่งได้|หมดเขต|ด่วน");

    private Integer count(Row row, String column) {
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
            row.problem(column + " '" + row.get(column) + "' is not a duration such as 24h, 3d or PT36H, nor a Thai deadline such as ภายใน ๓ วันทำการ");
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
                dev.rabiap.engine.Provenance.Letter letter = letters.get(key);
                if (letter == null) {
                    problem("unknown letter '" + key + "' (letters.csv defines: "
                            + (letters.isEmpty() ? "none" : String.join(", ", letters.keySet())) + ")");
                } else {
                    reference = letter.reference();
                    if (clause.isEmpty()) {
                        problem("letter " + key + " without a clause: quote the letter's words the row rests on");
                    } else if (letterTexts.containsKey(key)) {
                        String text = letterTexts.get(key);
                        int from = 0;
                        for (String part : clause.split("…|\\.\\.\\.")) {
                            String words = squeeze(part);
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
            problems.add(new RuleProblem(file, line, message));
        }
    }
}
