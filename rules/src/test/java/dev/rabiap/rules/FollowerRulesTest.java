package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.CoverageCount;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.SystemEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void anAccountNearItsStatedSize_isReportedOnceAtTheEnd(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("catalogue.csv"), String.join("\n",
                "rule,kind,severity,title_th,title_en,th,en",
                "CAP,membership,low,ใกล้เต็ม,Near the cap,{group} มี {count} จาก {limit},{group} has {count} of {limit}"));
        Files.writeString(rules.resolve("groups.csv"), String.join("\n",
                "group,members_rule,eligible_roles,stated_members,invite_rule,cap_rule,channel,warn_at",
                "@บัญชี,,,5,,CAP,account,80%",
                "@อีกบัญชี,,,5,,CAP,account,80%"));
        Files.writeString(rules.resolve("classification.csv"), "kind,match,pattern,note\n");
        PolicyEngine engine = PolicyEngine.builder().rules(RuleSet.fromDirectory(rules)).roster(ROSTER).build();
        Log log = new Log(engine);
        String[] people = {"กำนันคำ", "ผญบ.วิน", "ผญบ.วัน", "สม พช.น่าน", "ศักดิ์ พช.น่าน"};
        for (int i = 0; i < people.length; i++) {
            log.event("2018-09-20T09:0" + i, "@บัญชี", people[i], SystemEvent.FOLLOW);
        }
        // four of five is 80%: reported; the other account has three
        log.event("2018-09-20T10:00", "@บัญชี", "ผญบ.วัน", SystemEvent.UNFOLLOW);
        for (int i = 0; i < 3; i++) {
            log.event("2018-09-20T11:0" + i, "@อีกบัญชี", people[i], SystemEvent.FOLLOW);
        }
        assertThat(log.run().findings()).extracting(f -> f.ruleId() + " " + f.group() + " " + f.en())
                .containsExactly("CAP @บัญชี @บัญชี has 4 of 5");
    }
}
