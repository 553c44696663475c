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
            // phrases: the row judges only posts that say one of them, as whole words and not negated, or
            // that a regular expression among them (re:…) finds
            WordsCell cell = WordsCell.of(row.get("phrases"));
            List<String> phrases = new ArrayList<>();
            cell.words().forEach(word -> phrases.add(PostText.normalise(word)));
            List<com.google.re2j.Pattern> regexes = cell.patterns(row, "phrase");
            java.util.function.Predicate<String> says = phrases.isEmpty() && regexes.isEmpty() ? null
                    : text -> PostText.of(text).says(phrases) || regexes.stream().anyMatch(regex -> regex.matcher(PostText.normalise(text)).find());
            // unless: the row does not judge a post that says one of these (as whole words, not negated) or that one of
            // its regular expressions finds, written as phrases are
            WordsCell stops = WordsCell.of(row.get("unless"));
            List<String> stopWords = new ArrayList<>();
            stops.words().forEach(word -> stopWords.add(PostText.normalise(word)));
            List<com.google.re2j.Pattern> stopRegexes = stops.patterns(row, "unless");
            if (!stopWords.isEmpty() || !stopRegexes.isEmpty()) {
                java.util.function.Predicate<String> stopped = text -> PostText.of(text).says(stopWords)
                        || stopRegexes.stream().anyMatch(regex -> regex.matcher(PostText.normalise(text)).find());
                java.util.function.Predicate<String> judged = says;
                says = judged == null ? stopped.negate() : judged.and(stopped.negate());
            }
            if (rule != null && group != null) {
                for (String kind : kinds) {
                    posting.add(new PostingPolicy(rule, group, kind, kinds, roles, carries, says, row.at()));
                }
            }
        }

        return posting;
    }
}
