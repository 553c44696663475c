package dev.rabiap.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.Person;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.PostingPolicy;
import dev.rabiap.engine.rule.RuleText;
import dev.rabiap.engine.thai.WorkingCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each policy table's reader on its own: what it builds from good rows, and the problem each bad row gets, by file and line. */
final class PolicyTableReadersTest {
    private static final String CATALOGUE = "rule,kind,severity,title_th,title_en,th,en\n"
            + "P-1,posting,high,โพสต์,Post,{actor} โพสต์ {kind_th},{actor} posted {kind_en}\n"
            + "M-1,membership,medium,สมาชิก,Member,{actor} ไม่มีสิทธิ์,{actor} may not be a member\n"
            + "O-1,obligation,high,รายงาน,Report,{party} ไม่รายงาน,{party} did not report\n";
    private static final String GROUPS = "group,members_rule,eligible_roles,stated_members,invite_rule,cap_rule\nกลุ่มอำเภอ,M-1,district_chief,,,\n";

    private final TableContext t = new TableContext(Roster.of(List.of(
            new Person("p1", "นายหนึ่ง", List.of("หนึ่ง"), "district_chief", "ที่ว่าการอำเภอเมือง", "เมือง", "", ""))));

    private static RuleSet rules(String... nameAndContent) {
        List<RuleFile> files = new ArrayList<>();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            files.add(new RuleFile("t/" + nameAndContent[i], nameAndContent[i], nameAndContent[i + 1]));
        }
        return RuleSet.of("t", files);
    }

    private Map<String, RuleText> catalogue;

    /** The catalogue and the one group most tests need, read without problems. */
    private Map<String, GroupPolicy> groups() {
        catalogue = CatalogueTable.read(t, rules("catalogue.csv", CATALOGUE));
        return GroupsTable.read(t, rules("groups.csv", GROUPS), catalogue);
    }

    private List<String> problems() {
        return t.problems.stream().map(RuleProblem::toString).toList();
    }

    @Test
    void catalogue_refusesATwiceDefinedRule_anUnknownPlaceholder_andEnglishRoleNamesInThai() {
        Map<String, RuleText> catalogue = CatalogueTable.read(t, rules("catalogue.csv", CATALOGUE
                + "P-1,posting,low,ซ้ำ,Again,ก,a\n"
                + "P-2,posting,low,ผิด,Wrong,{actor} {who},{actor} {role}\n"
                + "P-3,posting,low,บทบาท,Role,{role} โพสต์,{role} posted\n"));

        assertThat(catalogue).containsOnlyKeys("P-1", "M-1", "O-1", "P-2", "P-3");
        assertThat(catalogue.get("P-1").titleEnglish()).isEqualTo("Post");
        assertThat(problems()).containsExactly(
                "t/catalogue.csv:5: rule P-1 is already defined on line 2",
                "t/catalogue.csv:6: unknown placeholder {who} in th (known: " + String.join(", ", CatalogueTable.PLACEHOLDERS) + ")",
                "t/catalogue.csv:7: {role} in th names roles in English; a Thai explanation uses {role_th}");
    }

    @Test
    void groups_refuseAShareWithoutAStatedSize_andALineLimitOnAnAccount() {
        Map<String, RuleText> catalogue = CatalogueTable.read(t, rules("catalogue.csv", CATALOGUE));
        Map<String, GroupPolicy> groups = GroupsTable.read(t, rules("groups.csv",
                "group,members_rule,eligible_roles,stated_members,invite_rule,cap_rule,warn_at,channel,limit_rule\n"
                        + "กลุ่มอำเภอ,M-1,district_chief,,,M-1,90%,,\n"
                        + "@บัญชี,,,1000,,M-1,,account,M-1\n"
                        + "กลุ่มอำเภอ,,,,,,,,\n"), catalogue);

        assertThat(groups).containsOnlyKeys("กลุ่มอำเภอ", "@บัญชี");
        assertThat(problems()).containsExactly(
                "t/groups.csv:2: warn_at '90%' is a share of stated_members, which is empty",
                "t/groups.csv:2: warn_at must be more than 0",
                "t/groups.csv:3: limit_rule is LINE's limit of a group; an official account has none (its capacity is stated_members, judged by cap_rule)",
                "t/groups.csv:4: group 'กลุ่มอำเภอ' is already defined on line 2");
    }

    @Test
    void posting_makesOnePolicyPerKind_andRefusesAnUnknownAttachmentType() {
        Map<String, GroupPolicy> groups = groups();
        List<PostingPolicy> posting = PostingTable.read(t, rules("posting.csv",
                "rule,group,kinds,allowed_roles,note,carries\n"
                        + "P-1,กลุ่มอำเภอ,order|report,district_chief,,image\n"
                        + "P-1,กลุ่มอำเภอ,chat,district_chief,,pdf\n"
                        + "M-1,กลุ่มอื่น,chat,,,\n"), catalogue, groups);

        assertThat(posting).extracting(PostingPolicy::getKind).containsExactly("order", "report", "chat");
        assertThat(posting.get(0).getCarries()).containsExactly("image");
        assertThat(problems()).containsExactly(
                "t/posting.csv:3: unknown attachment type 'pdf' in carries (known: image, video, audio, file, sticker)",
                "t/posting.csv:4: rule M-1 is a membership rule in catalogue.csv; this table needs a posting rule",
                "t/posting.csv:4: unknown group 'กลุ่มอื่น' (groups.csv defines: กลุ่มอำเภอ)");
    }

    @Test
    void holidays_readBuddhistEraDates_andRefuseADayListedTwice() {
        WorkingCalendar calendar = HolidaysTable.read(t, rules("holidays-office.csv",
                "date,name\n2568-12-26,วันหยุดสำนักงาน\n2025-12-26,ซ้ำ\n๒๕๖๘-๑๒-๒๙,วันหยุดชดเชยของจังหวัด\nพรุ่งนี้,ผิด\n"));

        assertThat(calendar.holiday(LocalDate.of(2025, 12, 26))).isEqualTo("วันหยุดสำนักงาน");
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 29))).isFalse();
        assertThat(problems()).containsExactly(
                "t/holidays-office.csv:3: date 2025-12-26 is listed twice",
                "t/holidays-office.csv:5: date 'พรุ่งนี้' is not a date such as 2025-12-05 or 2568-12-05 (Buddhist era)");
    }

    @Test
    void obligations_answeredByChannel_needTheirChannels() {
        Map<String, GroupPolicy> groups = groups();
        ObligationsTable.read(t, rules("obligations.csv",
                "rule,group,trigger_kinds,trigger_roles,trigger_phrase,party_roles,fulfil_kinds,default_deadline,note,answer_in\n"
                        + "O-1,กลุ่มอำเภอ,order,,,district_chief,report,ภายใน ๓ วันทำการ,,channel\n"
                        + "O-1,กลุ่มอำเภอ,order,,,district_chief,report,สามวัน,,\n"), catalogue, groups, WorkingCalendar.thai());

        assertThat(problems()).containsExactly(
                "t/obligations.csv:2: answer_in is 'channel' but channels.csv lists no party for O-1 from กลุ่มอำเภอ",
                "t/obligations.csv:3: default_deadline 'สามวัน' is not a duration such as 24h, 3d or PT36H, nor a Thai deadline such as ภายใน ๓ วันทำการ");
    }

    @Test
    void coverageAndRegistry_sayWhatIsMissing() {
        Map<String, GroupPolicy> groups = groups();
        assertThat(CoverageTable.read(t, rules("coverage.csv", "rule,group,required_roles,note\nM-1,กลุ่มอำเภอ,,\n"), catalogue, groups))
                .hasSize(1);
        RegistryTable.read(t, rules("registry.csv", "rule,unit,units_of,roles,min,max,note\nM-1,district,district_chief,district_chief,3,1,\n"),
                catalogue);

        assertThat(problems()).containsExactly(
                "t/coverage.csv:2: required_roles is empty: say whose membership the group requires",
                "t/registry.csv:2: min 3 is more than max 1");
    }

    @Test
    void settings_knowTheirKeys_andKeepThePostGapWithinAnHour() {
        RuleSet rules = rules("settings.csv", "key,value,note\npost_gap,2h,\nclassification_base,maybe,\ncolour,red,\n");
        Map<String, String> settings = SettingsTable.read(t, rules);

        assertThat(settings).containsOnlyKeys("post_gap");
        assertThat(SettingsTable.duration(t, rules, "post_gap", "90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SettingsTable.duration(t, rules, "post_gap", "2h")).isEqualTo(PostAssembler.DEFAULT_GAP);
        assertThat(problems()).containsExactly(
                "t/settings.csv:3: classification_base 'maybe' is neither yes nor no",
                "t/settings.csv:4: unknown setting 'colour' (known: post_gap, classification_base)",
                "t/settings.csv: post_gap '2h' is not a duration such as 3m, 90s or PT2M");
    }

    @Test
    void letters_checkTheClauseARowQuotes_againstTheLettersText() {
        RuleSet rules = rules(
                "letters.csv", "letter,number,date,subject,text\nskn,สน 0017.1/ว 123,2568-01-10,การใช้ไลน์กลุ่ม,skn.txt\n",
                "skn.txt", "ให้ใช้กลุ่มไลน์\nเพื่อสั่งการเท่านั้น ห้ามโพสต์เรื่องอื่น",
                "catalogue.csv", "rule,kind,severity,title_th,title_en,th,en,letter,clause\n"
                        + "P-1,posting,high,ก,a,ก,a,skn,สั่งการเท่านั้น … ห้ามโพสต์\n"
                        + "P-2,posting,high,ก,a,ก,a,skn,ห้ามขายของ\n"
                        + "P-3,posting,high,ก,a,ก,a,phr,ห้ามโพสต์\n");
        LettersTable.read(t, rules);
        Map<String, RuleText> catalogue = CatalogueTable.read(t, rules);

        assertThat(catalogue.get("P-1").row().source().reference()).contains("สน 0017.1/ว 123");
        assertThat(problems()).containsExactly(
                "t/catalogue.csv:3: clause not found in the text of letter skn (skn.txt): \"ห้ามขายของ\"",
                "t/catalogue.csv:4: unknown letter 'phr' (letters.csv defines: skn)");
    }

    @Test
    void classificationAndExamples_refuseBadWeights_badExpressions_andUnlabelledExamples() {
        RuleSet rules = rules(
                "classification.csv", "kind,match,pattern,note,unless,weight\n"
                        + "order,contains,ขอให้,,re:(,\n"
                        + "report,contains,รายงาน,,,-2\n"
                        + "acknowledgement,contains,รับทราบ,,,decides\n",
                "examples.jsonl", "{\"text\":\"รับทราบครับ\",\"kind\":\"acknowledgement\"}\n{\"text\":\"ส่งแล้ว\"}\n");
        List<Classifier.Row> rows = ClassificationTable.read(t, rules, "classification.csv", true);
        List<KindModel.Example> examples = ExamplesFile.read(t, rules, "examples.jsonl");

        assertThat(rows).hasSize(3);
        assertThat(examples).hasSize(1);
        assertThat(problems()).containsExactly(
                "t/classification.csv:2: unless 're:(' is not a valid regular expression (RE2 syntax): missing closing )",
                "t/classification.csv:3: weight '-2' is neither a number of 0 or more nor 'decides'",
                "t/examples.jsonl:2: an example needs \"text\" and \"kind\"");
    }

    @Test
    void sharedExamples_areReadFromEveryBaseExamplesFile_withProblemsByFileAndLine() {
        List<RuleProblem> problems = new ArrayList<>();
        PolicyTables.Policy policy = PolicyTables.read(rules(
                "base-examples.jsonl", "{\"text\":\"รับทราบครับ\",\"kind\":\"acknowledgement\"}\n",
                "base-examples-2.jsonl", "{\"text\":\"ขอบคุณครับ\",\"kind\":\"chat\"}\n{\"text\":\"ส่งแล้ว\",\"kind\":\"sent\"}\n",
                "examples-2.jsonl", "{\"text\":\"not shared: a rule set's own file of another name\",\"kind\":\"chat\"}\n",
                "catalogue.csv", CATALOGUE, "groups.csv", GROUPS), t.roster, problems);

        assertThat(policy.classifier().model().size()).isEqualTo(2);
        assertThat(problems).extracting(RuleProblem::toString).singleElement().asString()
                .startsWith("t/base-examples-2.jsonl:2").contains("unknown kind 'sent'");
    }
}
