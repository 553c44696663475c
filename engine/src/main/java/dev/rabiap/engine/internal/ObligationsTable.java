package dev.rabiap.engine.internal;

import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.ObligationPolicy;
import dev.rabiap.engine.rule.RoleSet;
import dev.rabiap.engine.rule.RuleText;
import dev.rabiap.engine.thai.WorkingCalendar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code obligations.csv} and its companion {@code channels.csv}: which posts open a duty, whose
 * districts or agencies owe an answer, where, with what, and by when.
 */
final class ObligationsTable {
    static final List<String> OBLIGATIONS = List.of("rule", "group", "trigger_kinds", "trigger_roles", "trigger_phrase",
            "party_roles", "fulfil_kinds", "default_deadline", "note");
    static final List<String> OBLIGATIONS_OPTIONAL = TableContext.sourced("party", "answer_in", "match", "deadline_from_text", "late_window",
            "photos_alone");
    static final List<String> CHANNELS = List.of("rule", "party", "group", "note");
    static final List<String> CHANNELS_OPTIONAL = TableContext.sourced("from_group");

    private ObligationsTable() {}

    static List<ObligationPolicy> read(TableContext t, RuleSet rules, Map<String, RuleText> catalogue, Map<String, GroupPolicy> groups, WorkingCalendar calendar) {
        // rule -> from group ("" for any) -> party -> the party's group
        Map<String, Map<String, Map<String, String>>> channels = new LinkedHashMap<>();
        for (TableRow row : t.rows(rules, "channels.csv", CHANNELS, CHANNELS_OPTIONAL, false)) {
            t.record(row, List.of(row.get("rule")), row.get("party") + " → " + row.get("group")
                    + (row.get("from_group").isEmpty() ? "" : " (items from " + row.get("from_group") + ")"));
            String rule = t.ruleRef(row, "rule", catalogue, FindingKind.OBLIGATION);
            String group = t.groupRef(row, groups);
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
        for (TableRow row : t.rows(rules, "obligations.csv", OBLIGATIONS, OBLIGATIONS_OPTIONAL, false)) {
            t.record(row, List.of(row.get("rule")), row.get("group") + ": " + row.get("trigger_kinds")
                    + (row.get("trigger_roles").isEmpty() ? "" : " by " + row.get("trigger_roles"))
                    + (row.get("trigger_phrase").isEmpty() ? "" : " with '" + row.get("trigger_phrase") + "'")
                    + " obliges each " + (row.get("party").isEmpty() ? "district" : row.get("party"))
                    + (row.get("party_roles").isEmpty() ? "" : " (" + row.get("party_roles") + ")")
                    + " to answer" + (row.get("fulfil_kinds").isEmpty() ? "" : " with " + row.get("fulfil_kinds"))
                    + (row.get("answer_in").isEmpty() ? "" : " in " + row.get("answer_in"))
                    + ", by " + row.get("default_deadline") + (row.get("deadline_from_text").equals("no") ? "" : " unless the order names a deadline")
                    + (row.get("photos_alone").equals("when_asked") ? "; photos sent alone answer only an order asking for photos" : ""));
            String rule = t.ruleRef(row, "rule", catalogue, FindingKind.OBLIGATION);
            String group = t.groupRef(row, groups);
            Set<String> triggerKinds = t.eventsOrKinds(row, "trigger_kinds", true);
            RoleSet triggerRoles = t.roles(row, "trigger_roles");
            RoleSet partyRoles = t.roles(row, "party_roles");
            boolean matchContent = t.choice(row, "match", List.of("", "content")).equals("content");
            Set<String> fulfilKinds = t.eventsOrKinds(row, "fulfil_kinds", !matchContent);
            ObligationPolicy.PartyUnit unit = switch (t.choice(row, "party", List.of("", "district", "agency", "sender"))) {
                case "agency" -> ObligationPolicy.PartyUnit.AGENCY;
                case "sender" -> ObligationPolicy.PartyUnit.SENDER;
                default -> ObligationPolicy.PartyUnit.DISTRICT;
            };
            String answerIn = row.get("answer_in");
            boolean byChannel = answerIn.equals("channel");
            if (!answerIn.isEmpty() && !byChannel && !groups.containsKey(answerIn)) {
                row.problem("answer_in '" + answerIn + "' is neither a group in groups.csv nor 'channel'");
            }
            String fromText = t.choice(row, "deadline_from_text", List.of("", "yes", "no"));
            boolean photosWhenAsked = t.choice(row, "photos_alone", List.of("", "answer", "when_asked")).equals("when_asked");
            java.util.function.Function<java.time.ZonedDateTime, java.time.ZonedDateTime> deadline =
                    deadline(t, row, "default_deadline", calendar);
            Duration lateWindow = row.get("late_window").isEmpty() ? null : t.duration(row, "late_window");
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
            // trigger_phrase: words, then regular expressions (re:…), as the posting table's phrases
            WordsCell phrases = WordsCell.of(row.get("trigger_phrase"));
            List<com.google.re2j.Pattern> patterns = phrases.patterns(row, "trigger_phrase");
            if (rule != null && group != null && deadline != null) {
                Set<String> parties = new TreeSet<>();
                if (byChannel) {
                    parties.addAll(partyChannels.keySet());
                } else if (unit != ObligationPolicy.PartyUnit.SENDER) {
                    for (Person person : t.roster.people()) {
                        String party = unit == ObligationPolicy.PartyUnit.AGENCY ? person.agency() : person.district();
                        if (partyRoles.matches(person) && !party.isEmpty()) {
                            parties.add(party);
                        }
                    }
                }
                obligations.add(ObligationPolicy.builder(rule, group)
                        .trigger(triggerKinds, triggerRoles, String.join("|", phrases.words()), patterns)
                        .parties(unit, partyRoles, List.copyOf(parties))
                        .fulfilKinds(fulfilKinds)
                        .defaultDeadline(row.get("default_deadline"), deadline)
                        .deadlineFromText(!fromText.equals("no"))
                        .answerIn(byChannel || answerIn.isEmpty() ? null : answerIn)
                        .channels(byChannel ? partyChannels : Map.of())
                        .matchContent(matchContent)
                        .photosOnlyWhenAsked(photosWhenAsked)
                        .lateWindow(lateWindow == null ? ObligationPolicy.DEFAULT_LATE_WINDOW : lateWindow)
                        .row(row.at())
                        .build());
            }
        }

        return obligations;
    }

    /**
     * A default deadline: a duration after the order ({@code 24h}, {@code 3d}, {@code PT36H}), or a
     * Thai deadline phrase read against the order's time ({@code ภายใน ๓ วันทำการ},
     * {@code ภายในวันที่ ๓ ต.ค. ๒๕๖๑}). A fixed date stays the deadline of orders posted after it:
     * their answers are late from the start.
     */
    private static java.util.function.Function<java.time.ZonedDateTime, java.time.ZonedDateTime> deadline(TableContext t, TableRow row, String column, WorkingCalendar calendar) {
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
        Duration duration = t.duration(row, column);
        return duration == null ? null : posted -> posted.plus(duration);
    }

    /** A default deadline given as Thai words: a lead word, or a speed class that might be mistaken for one. */
    private static final Pattern THAI_DEADLINE = Pattern.compile("ภายใน|ก่อน|ไม่เกิน|ให้แล้วเสร็จ|ส่งได้|หมดเขต|ด่วน");
}
