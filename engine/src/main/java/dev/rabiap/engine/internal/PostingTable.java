package dev.rabiap.engine.internal;

import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.PostingPolicy;
import dev.rabiap.engine.rule.RoleSet;
import dev.rabiap.engine.rule.RuleText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code posting.csv}: which roles may post which kinds in a group, one policy per kind. */
final class PostingTable {
    static final List<String> POSTING = List.of("rule", "group", "kinds", "allowed_roles", "note");
    static final List<String> POSTING_OPTIONAL = TableContext.sourced("carries", "phrases", "unless");

    private PostingTable() {}

    static List<PostingPolicy> read(TableContext t, RuleSet rules, Map<String, RuleText> catalogue, Map<String, GroupPolicy> groups) {
        List<PostingPolicy> posting = new ArrayList<>();
        for (TableRow row : t.rows(rules, "posting.csv", POSTING, POSTING_OPTIONAL, false)) {
            t.record(row, List.of(row.get("rule")), row.get("group") + ": " + row.get("kinds") + " only by "
                    + (row.get("allowed_roles").isEmpty() ? "nobody" : row.get("allowed_roles"))
                    + (row.get("carries").isEmpty() ? "" : ", carrying " + row.get("carries"))
                    + (row.get("phrases").isEmpty() ? "" : ", when it says " + row.get("phrases"))
                    + (row.get("unless").isEmpty() ? "" : ", unless it says " + row.get("unless")));
            String rule = t.ruleRef(row, "rule", catalogue, FindingKind.POSTING);
            String group = t.groupRef(row, groups);
            Set<String> kinds = t.kinds(row, "kinds", true);
            RoleSet roles = t.roles(row, "allowed_roles");
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
            // phrases: the row judges only posts that say one of them, as whole words and not negated, or that a regular
            // expression among them (re:…) finds; unless: it does not judge a post that says one of these, written the same way
            java.util.function.Predicate<String> says = saysOneOf(WordsCell.of(row.get("phrases")), row, "phrase");
            java.util.function.Predicate<String> stopped = saysOneOf(WordsCell.of(row.get("unless")), row, "unless");
            if (stopped != null) {
                says = says == null ? stopped.negate() : says.and(stopped.negate());
            }
            if (rule != null && group != null) {
                for (String kind : kinds) {
                    posting.add(new PostingPolicy(rule, group, kind, kinds, roles, carries, says, row.at()));
                }
            }
        }

        return posting;
    }

    /**
     * Whether a text says one of the cell's words (whole words, not negated) or one of its regular expressions finds it, or
     * null for an empty cell; the text is normalised once for all the expressions.
     */
    private static java.util.function.Predicate<String> saysOneOf(WordsCell cell, TableRow row, String what) {
        List<String> words = new ArrayList<>();
        cell.words().forEach(word -> words.add(PostText.normalise(word)));
        List<com.google.re2j.Pattern> regexes = cell.patterns(row, what);
        if (words.isEmpty() && regexes.isEmpty()) {
            return null;
        }
        return text -> {
            if (PostText.of(text).says(words)) {
                return true;
            }
            String normalised = regexes.isEmpty() ? null : PostText.normalise(text);
            return regexes.stream().anyMatch(regex -> regex.matcher(normalised).find());
        };
    }
}
