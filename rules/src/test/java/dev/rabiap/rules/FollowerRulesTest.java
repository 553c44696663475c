package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.CoverageCount;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.SystemEvent;
import org.junit.jupiter.api.Test;

/**
 * The MOI official account @มหาดไทย: MOI-1, all personnel follow it (coverage of the roster by
 * followers, counted per district or agency); MOI-2, whoever follows answers the survey (within
 * seven days, a reading); MOI-3, warn when the account nears its 300,000 members.
 */
final class FollowerRulesTest {
    static final String ACCOUNT = "@มหาดไทย";
    static final Roster ROSTER = Roster.parse(String.join("\n",
            "person_id,full_name,display_names,role,agency,district,line_user_id,email",
            "k1,นายคำ ใจดี,กำนันคำ,kamnan,ที่ว่าการอำเภอปัว,ปัว,,",
            "v1,นายวิน ดีใจ,ผญบ.วิน,village_head,ที่ว่าการอำเภอปัว,ปัว,,",
            "v2,นายวัน ใจงาม,ผญบ.วัน,village_head,ที่ว่าการอำเภอปัว,ปัว,,",
            "e1,นายเอก ท้องถิ่น,นายก อบต.ศิลาแลง,local_executive,องค์การบริหารส่วนตำบลศิลาแลง,ปัว,,",
            "s1,นางสาวสม พัฒนา,สม พช.น่าน,staff,สำนักงานพัฒนาชุมชนจังหวัดน่าน,,,",
            "s2,นายศักดิ์ พัฒนา,ศักดิ์ พช.น่าน,staff,สำนักงานพัฒนาชุมชนจังหวัดน่าน,,,",
            "r1,นายเกษียณ สบาย,ลุงเกษียณ,retired,ที่ว่าการอำเภอปัว,ปัว,,"), "roster.csv");
    static final PolicyEngine ENGINE = PolicyEngine.builder().rules(RuleSet.bundled("moi-mahadthai")).roster(ROSTER).build();

    @Test
    void personnelWhoDoNotFollow_areMissing_andCountedPerDistrictOrAgency() {
        Log.Result result = new Log(ENGINE)
                .event("2018-09-20T09:00", ACCOUNT, "กำนันคำ", SystemEvent.FOLLOW)
                .event("2018-09-20T09:05", ACCOUNT, "ผญบ.วิน", SystemEvent.FOLLOW)
                .event("2018-09-21T10:00", ACCOUNT, "ผญบ.วิน", SystemEvent.UNFOLLOW)
                .event("2018-09-21T11:00", ACCOUNT, "สม พช.น่าน", SystemEvent.FOLLOW)
                .event("2018-09-21T11:30", ACCOUNT, "ลุงเกษียณ", SystemEvent.FOLLOW)
                .run();
        assertThat(result.keys("MOI-1")).containsExactlyInAnyOrder(
                "MOI-1 coverage.csv:2 ผญบ.วิน", "MOI-1 coverage.csv:2 ผญบ.วัน",
                "MOI-1 coverage.csv:2 นายก อบต.ศิลาแลง", "MOI-1 coverage.csv:2 ศักดิ์ พช.น่าน");
        assertThat(result.summary().coverage()).extracting(c -> c.unit() + " " + c.present() + "/" + c.required() + " "
                        + c.missing().stream().map(Person::id).toList())
                .containsExactly("ปัว 1/4 [v1, v2, e1]", "สำนักงานพัฒนาชุมชนจังหวัดน่าน 1/2 [s2]");
        assertThat(result.summary().coverage()).extracting(CoverageCount::ruleId).containsOnly("MOI-1");
    }

    @Test
    void aFollowerOwesASurveyAnswerWithinSevenDays_whoeverElseAnswers() {
        Log.Result result = new Log(ENGINE)
                .event("2018-09-20T09:00", ACCOUNT, "กำนันคำ", SystemEvent.FOLLOW)
                .event("2018-09-20T09:05", ACCOUNT, "ผญบ.วิน", SystemEvent.FOLLOW)
                .event("2018-09-20T09:10", ACCOUNT, "ผญบ.วัน", SystemEvent.FOLLOW)
                .event("2018-09-29T08:00", ACCOUNT, "สม พช.น่าน", SystemEvent.FOLLOW)
                .text("2018-09-21T10:00", "แบบสำรวจ", "กำนันคำ", "ตอบแบบสำรวจ; ตำแหน่ง: กำนัน")
                .text("2018-09-28T09:05", "แบบสำรวจ", "ผญบ.วิน", "ตอบแบบสำรวจ; ตำแหน่ง: ผู้ใหญ่บ้าน")
                // someone who never followed answers: no duty of theirs, and it answers nobody else's
                .text("2018-09-22T10:00", "แบบสำรวจ", "ศักดิ์ พช.น่าน", "ตอบแบบสำรวจ; ตำแหน่ง: นักพัฒนาชุมชน")
                .asOf("2018-10-01T12:00");
        assertThat(result.ledger()).containsExactly(
                "MOI-2 m1 k1 on_time",
                "MOI-2 m2 v1 late PT24H",
                "MOI-2 m3 v2 missing",
                "MOI-2 m4 s1 open");
        assertThat(result.keys("MOI-2")).containsExactly("MOI-2 m6 v1", "MOI-2 m3 v2");
    }

    @Test
    void anAccountNearItsStatedSize_isReportedOnceAtTheEnd() {
        // MOI-3 as the rule set has it (300,000, warn at 90%), on an account of 5 so a test can reach it:
        // four followers of five is 80%, under the 90% line; five is at the line
        RuleSet moi = RuleSet.bundled("moi-mahadthai");
        RuleSet small = moi.with(new dev.rabiap.engine.RuleFile("rules/groups.csv", "groups.csv",
                moi.file("groups.csv").content().replace("@มหาดไทย,,,300000,,MOI-3,account,90%", "@มหาดไทย,,,5,,MOI-3,account,90%")));
        PolicyEngine engine = PolicyEngine.builder().rules(small).roster(ROSTER).build();
        String[] people = {"กำนันคำ", "ผญบ.วิน", "ผญบ.วัน", "สม พช.น่าน", "ศักดิ์ พช.น่าน"};
        Log four = new Log(engine);
        Log five = new Log(engine);
        for (int i = 0; i < people.length; i++) {
            five.event("2018-09-20T09:0" + i, ACCOUNT, people[i], SystemEvent.FOLLOW);
            if (i < 4) {
                four.event("2018-09-20T09:0" + i, ACCOUNT, people[i], SystemEvent.FOLLOW);
            }
        }
        five.event("2018-09-20T10:00", ACCOUNT, "ลุงเกษียณ", SystemEvent.FOLLOW);
        five.event("2018-09-20T10:01", ACCOUNT, "ลุงเกษียณ", SystemEvent.UNFOLLOW);
        assertThat(four.run().keys("MOI-3")).isEmpty();
        assertThat(five.run().findings()).filteredOn(f -> f.ruleId().equals("MOI-3")).extracting(f -> f.group() + " " + f.en())
                .containsExactly("@มหาดไทย @มหาดไทย has 5 members, near or over its limit of 5, as of 2018-09-20 10:01");
    }

    /** MOI-5: the letter asks the governor to assign officers for publicity; the province names at least one. */
    @Test
    void theProvinceNamesAPrOfficer_orIsAFinding() {
        String header = "person_id,full_name,display_names,role,agency,district,line_user_id,email";
        String governor = "g1,นายวิรัช พงศ์สุวรรณ,ผวจ.อุตรดิตถ์,governor,ศาลากลางจังหวัดอุตรดิตถ์,,,";
        Roster none = Roster.parse(String.join("\n", header, governor,
                "s1,นางสาวศิริพร อินต๊ะ,สนจ.อุตรดิตถ์ ศิริพร,staff,ศาลากลางจังหวัดอุตรดิตถ์,,,"), "roster.csv");
        Log.Result missing = new Log(PolicyEngine.builder().rules(RuleSet.bundled("moi-mahadthai")).roster(none).build())
                .event("2018-09-16T09:00", "@มหาดไทย", "ผวจ.อุตรดิตถ์", SystemEvent.FOLLOW).run();
        assertThat(missing.keys("MOI-5")).containsExactly("MOI-5 registry.csv:2 ศาลากลางจังหวัดอุตรดิตถ์");
        assertThat(missing.findings()).filteredOn(f -> f.ruleId().equals("MOI-5")).first()
                .satisfies(f -> assertThat(f.source().clause()).startsWith("มอบหมายเจ้าหน้าที่ที่รับผิดชอบด้านการเผยแพร่ประชาสัมพันธ์"));
        Roster named = Roster.parse(String.join("\n", header, governor,
                "s1,นางสาวศิริพร อินต๊ะ,สนจ.อุตรดิตถ์ ศิริพร,pr_coordinator,ศาลากลางจังหวัดอุตรดิตถ์,,,"), "roster.csv");
        Log.Result one = new Log(PolicyEngine.builder().rules(RuleSet.bundled("moi-mahadthai")).roster(named).build())
                .event("2018-09-16T09:00", "@มหาดไทย", "ผวจ.อุตรดิตถ์", SystemEvent.FOLLOW).run();
        assertThat(one.keys("MOI-5")).isEmpty();
    }
}
