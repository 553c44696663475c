package dev.rabiap.engine.internal;

import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.RoleSet;
import dev.rabiap.engine.rule.RuleText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code groups.csv}: each group's members rule, eligible roles, stated size, invite and capacity rules. */
final class GroupsTable {
    static final List<String> GROUPS = List.of("group", "members_rule", "eligible_roles", "stated_members", "invite_rule", "cap_rule");
    static final List<String> GROUPS_OPTIONAL = TableContext.sourced("channel", "warn_at", "limit_rule");

    private GroupsTable() {}

    static Map<String, GroupPolicy> read(TableContext t, RuleSet rules, Map<String, RuleText> catalogue) {
        Map<String, GroupPolicy> groups = new LinkedHashMap<>();
        for (TableRow row : t.rows(rules, "groups.csv", GROUPS, GROUPS_OPTIONAL, true)) {
            String group = row.get("group");
            if (group.isEmpty()) {
                row.problem("group is empty");
                continue;
            }
            if (groups.containsKey(group)) {
                row.problem("group '" + group + "' is already defined on line " + groups.get(group).getRow().line());
                continue;
            }
            String membersRule = t.ruleRef(row, "members_rule", catalogue, FindingKind.MEMBERSHIP);
            String inviteRule = t.ruleRef(row, "invite_rule", catalogue, FindingKind.MEMBERSHIP);
            String capRule = t.ruleRef(row, "cap_rule", catalogue, FindingKind.MEMBERSHIP);
            String limitRule = t.ruleRef(row, "limit_rule", catalogue, FindingKind.MEMBERSHIP);
            t.record(row, TableContext.cells(row, "members_rule", "invite_rule", "cap_rule", "limit_rule"), group + ": members "
                    + (row.get("eligible_roles").isEmpty() ? "-" : row.get("eligible_roles"))
                    + (row.get("stated_members").isEmpty() ? "" : "; the letter states " + row.get("stated_members")));
            RoleSet eligible = t.roles(row, "eligible_roles");
            Integer statedCount = row.get("stated_members").isEmpty() ? null : t.count(row, "stated_members");
            int stated = statedCount == null ? 0 : statedCount;
            boolean account = t.choice(row, "channel", List.of("", "group", "account")).equals("account");
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

        return groups;
    }
}
