package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.SystemEvent;
import org.junit.jupiter.api.Test;

/**
 * LPN-2 (Lamphun): every agency names exactly one PR coordinator on the register (registry.csv);
 * LPN-2D: each agency's coordinator adds the provincial office's LINE account by Friday 23 March
 * 2561, as the letter asks (a follow event answers the letter).
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
    void eachAgencysCoordinatorFollowsTheAccountAfterTheLetter_byFriday23March() {
        // due at the start of Saturday 24 March 2561
        Log.Result result = new Log(ENGINE)
                .event("2018-03-10T09:00", ACCOUNT, "วรรณา เมือง", SystemEvent.FOLLOW) // before the letter: does not answer it
                .text("2018-03-12T09:00", PROVINCE, "ชมพูนุท สนจ.ลพ.", LETTER)
                // read after the letter but dated before it (another export of the account): does not answer it
                .event("2018-03-11T09:00", ACCOUNT, "วรรณา เมือง", SystemEvent.FOLLOW)
                .event("2018-03-23T16:00", ACCOUNT, "กานดา เกษตร", SystemEvent.FOLLOW)
                .event("2018-03-26T08:00", ACCOUNT, "บดินทร์ สสจ.", SystemEvent.FOLLOW) // Sat 24 00:00 → Mon 26 08:00: 56 hours late
                .event("2018-03-13T08:00", ACCOUNT, "นอภ.เมืองลำพูน", SystemEvent.FOLLOW) // the chief, not the coordinator
                .text("2018-03-30T17:00", PROVINCE, "ชมพูนุท สนจ.ลพ.", "ขอบคุณครับ")
                .run();
        assertThat(result.ledger()).containsExactly(
                "LPN-2D m2 ที่ว่าการอำเภอเมืองลำพูน missing",
                "LPN-2D m2 สำนักงานสาธารณสุขจังหวัดลำพูน late PT56H",
                "LPN-2D m2 สำนักงานเกษตรจังหวัดลำพูน on_time");
        assertThat(result.summary().ledger().get(0).deadline().toString()).isEqualTo("2018-03-24T00:00+07:00[Asia/Bangkok]");
    }
}
