package dev.rabiap.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.Person;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule set's calendar is the bundled Thai holidays plus its own holidays-*.csv, and check warns about years it lacks. */
final class HolidayTablesTest {
    private static final String OBLIGATIONS_HEADER = "rule,group,trigger_kinds,trigger_roles,trigger_phrase,party_roles,fulfil_kinds,default_deadline,note";

    private static RuleSet rules(String defaultDeadline, RuleFile... extra) {
        List<RuleFile> files = new ArrayList<>(List.of(
                new RuleFile("t/catalogue.csv", "catalogue.csv", "rule,kind,severity,title_th,title_en,th,en\n"
                        + "T-1,obligation,high,รายงาน,Report,{party} ไม่รายงาน,{party} did not report\n"),
                new RuleFile("t/groups.csv", "groups.csv", "group,members_rule,eligible_roles,stated_members,invite_rule,cap_rule\nกลุ่ม,,,,,\n"),
                new RuleFile("t/classification.csv", "classification.csv", "kind,match,pattern,note\norder,contains,ขอให้,\n"),
                new RuleFile("t/obligations.csv", "obligations.csv", OBLIGATIONS_HEADER + "\nT-1,กลุ่ม,order,,,district_chief,report," + defaultDeadline + ",\n")));
        files.addAll(List.of(extra));
        return RuleSet.of("t", files);
    }

    private static final Roster ROSTER = Roster.of(List.of(new Person("p1", "นายหนึ่ง", List.of("หนึ่ง"), "district_chief", "อำเภอ", "เมือง", "", "")));

    private static PolicyTables.Policy policy(RuleSet rules, List<RuleProblem> problems) {
        return PolicyTables.read(rules, ROSTER, problems);
    }

    @Test
    void calendar_isTheBundledHolidaysPlusTheRuleSetsOwn() {
        List<RuleProblem> problems = new ArrayList<>();
        PolicyTables.Policy policy = policy(rules("ภายใน ๓ วันทำการ", new RuleFile("t/holidays-2570.csv", "holidays-2570.csv",
                "date,name,source\n2570-01-01,วันขึ้นปีใหม่,มติคณะรัฐมนตรี\n2027-03-26,วันหยุดประจำภาคเหนือ,\n")), problems);
        assertThat(problems).isEmpty();
        assertThat(policy.calendar().isWorkingDay(LocalDate.of(2025, 12, 5))).isFalse(); // bundled
        assertThat(policy.calendar().isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();  // local, Buddhist-era date
        assertThat(policy.calendar().holiday(LocalDate.of(2027, 3, 26))).isEqualTo("วันหยุดประจำภาคเหนือ");
        assertThat(policy.calendar().covers(2027)).isTrue();
        // a rule set that lists next year's holidays is not warned about it
        assertThat(RuleLint.warnings(rules("ภายใน ๓ วันทำการ"), policy, 2026)).isEmpty();
    }

    @Test
    void aDayCountedDefault_warnsWhenTheCalendarLacksThisYearOrNext() {
        RuleSet rules = rules("ภายใน ๓ วันทำการ");
        PolicyTables.Policy policy = policy(rules, new ArrayList<>());
        assertThat(RuleLint.warnings(rules, policy, 2025)).isEmpty();
        assertThat(RuleLint.warnings(rules, policy, 2026)).extracting(RuleProblem::toString).containsExactly(
                "t/obligations.csv:2: rule T-1: default_deadline 'ภายใน ๓ วันทำการ' counts days, but the holiday calendar does not list the holidays of "
                        + "2027 (พ.ศ. 2570); it lists 2018–2026. Until they are added (a holidays-YYYY.csv in the rule set) only weekends are skipped there");
        // hours and fixed dates need no calendar
        RuleSet hours = rules("24h");
        assertThat(RuleLint.warnings(hours, policy(hours, new ArrayList<>()), 2030)).isEmpty();
        RuleSet date = rules("ภายในวันที่ ๕ ก.ค. ๒๕๖๑");
        assertThat(RuleLint.warnings(date, policy(date, new ArrayList<>()), 2030)).isEmpty();
    }

    @Test
    void aDefaultThatIsOnlyASpeedClass_isRefused() {
        List<RuleProblem> problems = new ArrayList<>();
        policy(rules("ด่วนที่สุด"), problems);
        assertThat(problems).extracting(RuleProblem::toString).containsExactly(
                "t/obligations.csv:2: default_deadline 'ด่วนที่สุด' is not a deadline phrase the engine reads (such as ภายใน ๒๔ ชม., ภายใน ๓ วันทำการ, ภายในวันที่ ๕ ก.ค. ๒๕๖๑)");
    }

}
