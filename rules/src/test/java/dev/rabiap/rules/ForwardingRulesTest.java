package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * Duties answered in another group, through the Phrae GCC rule set: GCC-4, every item the province
 * posts in GCC2 must appear in each agency's GCC3 group within 24 hours (channels.csv names the six
 * groups), a forward being recognised by its text, its attachment's name or the letter number it
 * cites; GCC-5, the heads report the result in the province's report group by 5 July 2561.
 */
final class ForwardingRulesTest {
    static final String GCC2 = "GCC2_มท_พร";
    static final Roster ROSTER = Roster.parse(String.join("\n",
            "person_id,full_name,display_names,role,agency,district,line_user_id,email",
            "g1,นายสมหมาย ศรีแพร่,ผวจ.แพร่,governor,ศาลากลางจังหวัดแพร่,,,",
            "s1,นางสาวอรุณี ใจดี,สนง.จังหวัดแพร่,provincial_admin_staff,สำนักงานจังหวัดแพร่,,,",
            "h1,นายวีระ ใจซื่อ,เกษตรจังหวัดแพร่,agency_head,สำนักงานเกษตรจังหวัดแพร่,,,",
            "h2,นางพรรณี สุขสม,สาธารณสุขจังหวัดแพร่,agency_head,สำนักงานสาธารณสุขจังหวัดแพร่,,,",
            "c1,นางสาวดารุณี ทองดี,ดารุณี เกษตร,staff,สำนักงานเกษตรจังหวัดแพร่,,,",
            "c2,นายภูมิ แสนดี,ภูมิ สสจ.,staff,สำนักงานสาธารณสุขจังหวัดแพร่,,,"), "roster.csv");
    static final PolicyEngine ENGINE = PolicyEngine.builder().rules(RuleSet.bundled("phrae-gcc")).roster(ROSTER).build();
    static final String ITEM = "ขอให้ทุกหน่วยงานประชาสัมพันธ์โครงการไทยนิยม ยั่งยืน ให้ประชาชนในพื้นที่ทราบโดยทั่วกัน";

    @Test
    void anItemNotInAnAgencysGroupWithin24Hours_isLateOrMissing_perAgency() {
        Log.Result result = new Log(ENGINE)
                .text("2018-06-26T09:00", GCC2, "ผวจ.แพร่", ITEM)
                // a forward with a marker in front: on time
                .text("2018-06-26T10:00", "GCC3_เกษตรแพร่", "ดารุณี เกษตร", "Fwd: " + ITEM)
                // the same words without spaces and with a line of its own, 25 hours on: an hour late
                .text("2018-06-27T10:00", "GCC3_สาธารณสุขแพร่", "สาธารณสุขจังหวัดแพร่", "แจ้งเพื่อทราบ\n" + ITEM.replace(" ", "") + " ครับ")
                // the right text in Education's group, but by Public Health's staff: not Education's forward
                .text("2018-06-26T11:00", "GCC3_ศึกษาธิการแพร่", "ภูมิ สสจ.", ITEM)
                // Highways forwards it into GCC2 itself: the wrong group
                .text("2018-06-26T11:30", GCC2, "เกษตรจังหวัดแพร่", ITEM)
                // Agriculture forwards it again two days on: the duty was done at m2, so this is not late
                .text("2018-06-28T08:00", "GCC3_เกษตรแพร่", "เกษตรจังหวัดแพร่", ITEM)
                .text("2018-06-28T09:00", GCC2, "ผวจ.แพร่", "สวัสดีครับ")
                .run();
        assertThat(result.keys("GCC-4")).containsExactly(
                "GCC-4 m3 สำนักงานสาธารณสุขจังหวัดแพร่",
                "GCC-4 m1 การประปาส่วนภูมิภาคสาขาแพร่",
                "GCC-4 m1 การไฟฟ้าส่วนภูมิภาคจังหวัดแพร่",
                "GCC-4 m1 สำนักงานศึกษาธิการจังหวัดแพร่",
                "GCC-4 m1 แขวงทางหลวงแพร่");
        assertThat(result.ledger()).containsExactly(
                "GCC-4 m1 การประปาส่วนภูมิภาคสาขาแพร่ missing",
                "GCC-4 m1 การไฟฟ้าส่วนภูมิภาคจังหวัดแพร่ missing",
                "GCC-4 m1 สำนักงานศึกษาธิการจังหวัดแพร่ missing",
                "GCC-4 m1 สำนักงานสาธารณสุขจังหวัดแพร่ late PT1H",
                "GCC-4 m1 สำนักงานเกษตรจังหวัดแพร่ on_time",
                "GCC-4 m1 แขวงทางหลวงแพร่ missing");
        assertThat(result.findings().get(0).th())
                .isEqualTo("สำนักงานสาธารณสุขจังหวัดแพร่: ส่งต่อเรื่องจากกลุ่ม GCC2_มท_พร (log.jsonl:1 (m1)) ไปยังกลุ่ม GCC3_สาธารณสุขแพร่"
                        + " ช้ากว่ากำหนด 1 ชม. (เมื่อ 27 มิ.ย. 2561 10:00 น.) กำหนดภายใน 27 มิ.ย. 2561 เวลา 09.00 น. (ข้อสั่งการไม่ระบุกำหนด: ใช้กำหนดของระเบียบ 24h)");
    }

    @Test
    void aForwardIsKnownByItsAttachmentName_orTheLetterNumberItCites() {
        Log.Result result = new Log(ENGINE)
                .file("2018-06-26T09:00", GCC2, "สนง.จังหวัดแพร่", "แผนงานไทยนิยม.pdf", "เอกสาร")
                .text("2018-06-26T09:10", GCC2, "สนง.จังหวัดแพร่", "ที่ พร ๐๐๑๗.๓/ว ๑๒๓๔ ลงวันที่ ๒๕ มิถุนายน ๒๕๖๑ เรื่อง การใช้งานกลุ่มไลน์ GCC")
                // the same file under a differently cased name and another caption: a forward
                .file("2018-06-26T12:00", "GCC3_เกษตรแพร่", "เกษตรจังหวัดแพร่", "แผนงานไทยนิยม.PDF", "ส่งต่อครับ")
                // the caption alone is too short to be matched by text
                .text("2018-06-26T12:00", "GCC3_สาธารณสุขแพร่", "สาธารณสุขจังหวัดแพร่", "เอกสาร")
                // the letter number in Arabic digits without spaces, in a shortened text: a forward
                .text("2018-06-26T13:00", "GCC3_สาธารณสุขแพร่", "ภูมิ สสจ.", "แจ้งตามหนังสือจังหวัด ที่ พร0017.3/ว1234 ครับ")
                .text("2018-06-28T09:00", GCC2, "ผวจ.แพร่", "สวัสดีครับ")
                .run();
        assertThat(result.ledger()).filteredOn(e -> e.contains("สำนักงานเกษตร") || e.contains("สำนักงานสาธารณสุข")).containsExactly(
                "GCC-4 m1 สำนักงานสาธารณสุขจังหวัดแพร่ missing",
                "GCC-4 m1 สำนักงานเกษตรจังหวัดแพร่ on_time",
                "GCC-4 m2 สำนักงานสาธารณสุขจังหวัดแพร่ on_time",
                "GCC-4 m2 สำนักงานเกษตรจังหวัดแพร่ missing");
    }

    @Test
    void onlyItemsTheProvincePosts_areToBeForwarded() {
        Log.Result result = new Log(ENGINE)
                // an agency's own PR in GCC2 (a GCC-1 finding), and the governor's greeting (chat): no duty
                .text("2018-06-26T09:00", GCC2, "เกษตรจังหวัดแพร่", "ประชาสัมพันธ์ผลงานของสำนักงานเกษตรจังหวัดแพร่ประจำเดือน")
                .text("2018-06-26T09:05", GCC2, "ผวจ.แพร่", "สวัสดีครับทุกท่าน")
                .text("2018-06-28T09:00", GCC2, "ผวจ.แพร่", "สวัสดีครับ")
                .run();
        assertThat(result.ledger()).isEmpty();
        assertThat(result.keys("GCC-1")).containsExactly("GCC-1 m1 เกษตรจังหวัดแพร่");
    }

    @Test
    void theHeadsReportTheResultInTheReportGroup_byThursday5July() {
        // due at the start of Friday 6 July 2561; the parties are the agencies of the two heads on the roster
        Log.Result result = new Log(ENGINE)
                .text("2018-06-26T09:00", GCC2, "สนง.จังหวัดแพร่", "ขอให้หัวหน้าส่วนราชการรายงานผลการจัดตั้งกลุ่ม GCC3 ภายในวันพฤหัสบดีที่ ๕ กรกฎาคม ๒๕๖๑")
                // Public Health reports in GCC2 itself: not the report group (and a GCC-1 finding)
                .text("2018-07-02T10:00", GCC2, "สาธารณสุขจังหวัดแพร่", "รายงานผลการจัดตั้งกลุ่ม GCC3 เรียบร้อยแล้ว")
                // Agriculture's clerk reports: not a head
                .text("2018-07-03T10:00", "รายงานผล GCC จ.แพร่", "ดารุณี เกษตร", "รายงานผลการจัดตั้งกลุ่ม GCC3 ของสำนักงานเกษตร")
                // Agriculture's head reports on the morning of Friday 6 July: ten hours late
                .text("2018-07-06T10:00", "รายงานผล GCC จ.แพร่", "เกษตรจังหวัดแพร่", "รายงานผลการจัดตั้งกลุ่ม GCC3 ของสำนักงานเกษตร")
                .run();
        assertThat(result.ledger()).filteredOn(e -> e.startsWith("GCC-5")).containsExactly(
                "GCC-5 m1 สำนักงานสาธารณสุขจังหวัดแพร่ missing",
                "GCC-5 m1 สำนักงานเกษตรจังหวัดแพร่ late PT10H");
        assertThat(result.keys("GCC-5", "GCC-1")).containsExactly(
                "GCC-1 m2 สาธารณสุขจังหวัดแพร่", "GCC-5 m4 สำนักงานเกษตรจังหวัดแพร่", "GCC-5 m1 สำนักงานสาธารณสุขจังหวัดแพร่");
    }

    @Test
    void theEarliestAnswerDecides_whateverTheBatchSize() {
        Log log = new Log(ENGINE)
                .text("2018-06-26T09:00", GCC2, "ผวจ.แพร่", ITEM)
                // Agriculture: on time twice, then late; the ledger cites the first
                .text("2018-06-26T10:00", "GCC3_เกษตรแพร่", "ดารุณี เกษตร", ITEM)
                .text("2018-06-26T11:00", "GCC3_เกษตรแพร่", "เกษตรจังหวัดแพร่", ITEM)
                .text("2018-06-27T12:00", "GCC3_เกษตรแพร่", "เกษตรจังหวัดแพร่", ITEM)
                // Public Health: late twice; the first is how late it was
                .text("2018-06-27T10:00", "GCC3_สาธารณสุขแพร่", "ภูมิ สสจ.", ITEM)
                .text("2018-06-27T11:00", "GCC3_สาธารณสุขแพร่", "สาธารณสุขจังหวัดแพร่", ITEM)
                .text("2018-06-28T09:00", GCC2, "ผวจ.แพร่", "สวัสดีครับ");
        for (int batch : new int[] {1, 2, 3, 4, 2048}) {
            Log.Result result = log.run(dev.rabiap.engine.AuditOptions.DEFAULTS.withLedger().batchSize(batch));
            assertThat(result.summary().ledger()).as("batch size %d", batch)
                    .filteredOn(e -> e.party().startsWith("สำนักงานเกษตร") || e.party().startsWith("สำนักงานสาธารณสุข"))
                    .extracting(e -> e.party() + " " + e.state() + " " + e.answer().messageId() + " " + e.lateBy())
                    .containsExactly("สำนักงานสาธารณสุขจังหวัดแพร่ LATE m5 PT1H", "สำนักงานเกษตรจังหวัดแพร่ ON_TIME m2 PT0S");
            assertThat(result.keys("GCC-4")).as("batch size %d", batch).contains("GCC-4 m5 สำนักงานสาธารณสุขจังหวัดแพร่")
                    .doesNotContain("GCC-4 m6 สำนักงานสาธารณสุขจังหวัดแพร่", "GCC-4 m4 สำนักงานเกษตรจังหวัดแพร่");
        }
    }
}
