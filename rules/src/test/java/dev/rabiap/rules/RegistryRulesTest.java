package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.SystemEvent;
import org.junit.jupiter.api.Test;

/**
 * LPN-2 (Lamphun): every agency names exactly one PR coordinator on the register (registry.csv);
 * LPN-2D: every coordinator follows the provincial office's LINE account; the letter sets no date
 * for it (23 March 2561 is the date for faxing the names), so it is judged at the end of the log
 * (coverage.csv). LPN-3: results sent to the office's account come as infographics (an image).
 */
final class RegistryRulesTest {
    static final Roster ROSTER = Roster.parse(String.join("\n",
            "person_id,full_name,display_names,role,agency,district,line_user_id,email",
            "s1,นางสาวชมพูนุท พงศ์สิทธิศักดิ์,ชมพูนุท สนจ.ลพ.,provincial_admin_staff,สำนักงานจังหวัดลำพูน,,,",
            "a1,นายเกษม เกษตรดี,เกษตรจังหวัดลำพูน,agency_head,สำนักงานเกษตรจังหวัดลำพูน,,,",
            "a2,นางสาวกานดา ใบเขียว,กานดา เกษตร,pr_coordinator,สำนักงานเกษตรจังหวัดลำพูน,,,",
            "b1,นายแพทย์สมพงษ์ รักษา,สสจ.ลำพูน,agency_head,สำนักงานสาธารณสุขจังหวัดลำพูน,,,",
            "b2,นางสาวบุษบา สุขใจ,บุษบา สสจ.,pr_coordinator,สำนักงานสาธารณสุขจังหวัดลำพูน,,,",
            "b3,นายบดินทร์ สุขใจ,บดินทร์ สสจ.,pr_coordinator,สำนักงานสาธารณสุขจังหวัดลำพูน,,,",
            "c1,นายชัย พัฒนา,พัฒนาชุมชนลำพูน,agency_head,สำนักงานพัฒนาชุมชนจังหวัดลำพูน,,,",
            "c2,นางสาวใจ พัฒนา,ใจ พช.,staff,สำนักงานพัฒนาชุมชนจังหวัดลำพูน,,,",
            "d1,นายอำนาจ ดีงาม,นอภ.เมืองลำพูน,district_chief,ที่ว่าการอำเภอเมืองลำพูน,เมืองลำพูน,,",
            "d2,นางวรรณา ศรีบุญ,วรรณา เมือง,pr_coordinator,ที่ว่าการอำเภอเมืองลำพูน,เมืองลำพูน,,"), "roster.csv");
    static final PolicyEngine ENGINE = PolicyEngine.builder().rules(RuleSet.bundled("lamphun-pr")).roster(ROSTER).build();
    static final String PROVINCE = "ประชาสัมพันธ์ จ.ลำพูน";
    static final String ACCOUNT = "@ยุทธศาสตร์ลำพูน";
    static final String LETTER = "ขอให้หน่วยงานมอบหมายเจ้าหน้าที่ ๑ คน เป็นผู้ประสานงานด้านประชาสัมพันธ์ และเพิ่มเพื่อน @Line ของกลุ่มงานยุทธศาสตร์ฯ"
            + " ภายในวันศุกร์ที่ ๒๓ มีนาคม ๒๕๖๑";

    @Test
    void anAgencyWithNoCoordinatorOrTwo_isAFinding_butOneWithExactlyOneIsNot() {
        Log.Result result = new Log(ENGINE).text("2018-03-12T09:00", PROVINCE, "ชมพูนุท สนจ.ลพ.", "สวัสดีครับ").run();
        assertThat(result.keys("LPN-2")).containsExactly(
                "LPN-2 registry.csv:2 สำนักงานพัฒนาชุมชนจังหวัดลำพูน",
                "LPN-2 registry.csv:2 สำนักงานสาธารณสุขจังหวัดลำพูน");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("LPN-2")).last().extracting(f -> f.en())
                .isEqualTo("สำนักงานสาธารณสุขจังหวัดลำพูน has 2 PR coordinators on the register (exactly 1 required):"
                        + " นางสาวบุษบา สุขใจ (b2), นายบดินทร์ สุขใจ (b3)");
    }

    @Test
    void everyCoordinatorFollowsTheAccount_byTheEndOfTheLog_whenever() {
        Log.Result result = new Log(ENGINE)
                .event("2018-03-10T09:00", ACCOUNT, "วรรณา เมือง", SystemEvent.FOLLOW) // before the letter: a follower all the same
                .text("2018-03-12T09:00", PROVINCE, "ชมพูนุท สนจ.ลพ.", LETTER)
                .event("2018-03-23T16:00", ACCOUNT, "กานดา เกษตร", SystemEvent.FOLLOW)
                .event("2018-03-26T08:00", ACCOUNT, "บดินทร์ สสจ.", SystemEvent.FOLLOW) // after 23 March: no date applies to following
                .event("2018-03-13T08:00", ACCOUNT, "นอภ.เมืองลำพูน", SystemEvent.FOLLOW) // the chief, not a coordinator
                .text("2018-03-30T17:00", PROVINCE, "ชมพูนุท สนจ.ลพ.", "ขอบคุณครับ")
                .run();
        // only บุษบา (b2) never follows; the letter opens no duty with a deadline
        assertThat(result.keys("LPN-2D")).containsExactly("LPN-2D coverage.csv:2 บุษบา สสจ.");
        assertThat(result.ledger()).isEmpty();
    }

    @Test
    void resultsSentToTheOfficesAccount_comeAsInfographics() {
        Log.Result result = new Log(ENGINE)
                // a report with its infographic, sent a minute apart: one post that carries an image
                .text("2018-04-02T10:00", ACCOUNT, "กานดา เกษตร", "ขอส่งผลงานสำคัญของสำนักงานเกษตรจังหวัดลำพูน โครงการแปลงใหญ่ลำไย")
                .image("2018-04-02T10:01", ACCOUNT, "กานดา เกษตร", "infographic-ลำไย.jpg")
                // an infographic alone
                .image("2018-04-03T10:00", ACCOUNT, "วรรณา เมือง", "infographic-เมือง.png")
                // a report in words alone: fires
                .text("2018-04-04T10:00", ACCOUNT, "บุษบา สสจ.", "รายงานผลงานสาธารณสุขลำพูน ฉีดวัคซีนครบ ๙๕ เปอร์เซ็นต์")
                // a PDF alone is no infographic: fires
                .file("2018-04-05T10:00", ACCOUNT, "บดินทร์ สสจ.", "ผลงาน-สสจ.pdf")
                // the office thanks them: no result of its own
                .text("2018-04-05T13:00", ACCOUNT, "ชมพูนุท สนจ.ลพ.", "ได้รับแล้ว ขอบคุณค่ะ")
                .run();
        assertThat(result.keys("LPN-3")).containsExactly("LPN-3 m4 บุษบา สสจ.", "LPN-3 m5 บดินทร์ สสจ.");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("LPN-3")).first()
                .satisfies(f -> assertThat(f.source().clause()).contains("โปรดจัดทำข้อมูลเป็น Infographics"))
                .satisfies(f -> assertThat(f.source().isReading()).isTrue());
    }
}
