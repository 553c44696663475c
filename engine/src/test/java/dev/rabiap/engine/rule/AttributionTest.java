package dev.rabiap.engine.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class AttributionTest {
    /** The form's or document's code as Attribution reads it, tried on every text without the check before it. */
    private static final Pattern CODE = Pattern.compile("([\\p{L}\\p{M}]{2,8})\\.\\s?([0-9๐-๙]{1,3})(?![0-9๐-๙./])");

    @Test
    void aFormsCode_isAWordOfItsOwn_withThaiOrArabicDigits_butADateIsNot() {
        assertThat(Attribution.words("ส่งแบบ จอส.๓ ค่ะ")).contains("#จอส.3");
        assertThat(Attribution.words("ส่งแบบ ทร. 14 แล้วครับ")).contains("#ทร.14");
        assertThat(Attribution.words("รายงานภายใน ธค. 68")).noneMatch(word -> word.startsWith("#"));
        assertThat(Attribution.words("อ.คำตากล้า ส่งผลกิจกรรม ๙๖ คน")).noneMatch(word -> word.startsWith("#"));
    }

    @Test
    void aPlaceGiven_answersAnOrderAskingForThePlace_thoughNoWordIsShared() {
        assertThat(Attribution.words("บ้านม่วง : ลานวัดโพธิ์ศรี / จิตอาสา ๖๐ คน")).contains("สถานที่");
        assertThat(Attribution.words("ขอให้รายงานแผนงาน (สถานที่ / จำนวนผู้ร่วม / ประธาน) ภายในวันพรุ่งนี้", true)).contains("สถานที่");
        // an order's own meeting place asks for no place
        assertThat(Attribution.words("ขอเชิญประชุม ณ ห้องประชุมที่ว่าการอำเภอ และรายงานผลการสำรวจ", true)).doesNotContain("สถานที่");
        assertThat(Attribution.words("ส่งผลสำรวจแล้วครับ ๑๒ ครัวเรือน")).doesNotContain("สถานที่");
    }

    @Test
    void anOrdersNumberedItems_areCountedFromTheFirst_inThaiOrArabicDigits() {
        assertThat(Attribution.numberedItems("ขอให้รายงาน (๑) ระดับน้ำ (๒) จำนวนครัวเรือนที่ขาดน้ำ (๓) รถน้ำที่ออกแจก")).isEqualTo(3);
        assertThat(Attribution.numberedItems("ขอให้อำเภอ\n1) ตรวจเวที\n2. ตรวจสายไฟ")).isEqualTo(2);
        // a list that does not start at one, or no list, numbers nothing
        assertThat(Attribution.numberedItems("ต่อจากข้อ (๒) และ (๓) ของหนังสือ")).isZero();
        assertThat(Attribution.numberedItems("ขอให้ส่งชื่อคนขับรถน้ำ ภายในวันศุกร์")).isZero();
    }

    @Test
    void aMonth_isNoWordOfATopic() {
        assertThat(Attribution.words("ส่งภาพงานวันเด็ก 10 ม.ค. 69 ค่ะ")).contains("เด็ก").doesNotContain("ม.ค", "มค");
        assertThat(Attribution.words("แบบเบิกจ่าย ส่ง 13 มีค. 69")).contains("เบิก").noneMatch(w -> w.replace(".", "").equals("มีค"));
    }

    @Test
    void aDayAndItsMonth_isOneWord_howeverTheMonthIsWritten_butAnOrdersDeadlineIsNot() {
        assertThat(Attribution.words("ยอดจิตอาสา ๑๓ ต.ค. ๒๑๐ คน")).contains("@13/10");
        assertThat(Attribution.words("จัดกิจกรรมวันที่ 13 ตุลาคม 2568", true)).contains("@13/10");
        assertThat(Attribution.words("งาน ๕ ธค ครับ")).contains("@5/12");
        assertThat(Attribution.words("พิธี ๒๘ กรกฏาคม")).contains("@28/7");
        // the day a report is due is no topic: "๒๐ พ.ค." in an answer's "19-20 พ.ค." is not about the order due then
        assertThat(Attribution.words("ขอให้รายงานแผนขุดลอก ภายในวันที่ ๒๐ พ.ค. ๖๙ ตามแบบ", true)).noneMatch(w -> w.startsWith("@"));
        assertThat(Attribution.words("รายงานภายใน ๑๖.๓๐ น. วันนี้ (๑๘ พ.ค. ๖๙)", true)).noneMatch(w -> w.startsWith("@"));
        assertThat(Attribution.words("ส่งรายงาน 120 คน")).noneMatch(w -> w.startsWith("@"));
    }

    @Test
    void theCodeIsLookedForOnlyWhereADotIsFollowedByADigit_asThePatternRequires() {
        List<String> texts = List.of("แบบ จอส.๓", "บช.2 และ บช. 3", "บช.\t4", "บช.  5", "อ.คำตากล้า", "ธ.ค. ๖๘", "๑.นายอนุสรณ์ ๒.นางสาว",
                "จอส.๑๒๓๔", "จอส.๓/๒", "ข้อความไม่มีจุด", "จบประโยค.", ".5", "ก.5", "สวัสดี.", "มท 0206.2/ว 5221");
        for (String text : texts) {
            if (!Attribution.mayHoldCode(text)) {
                assertThat(CODE.matcher(text).find()).as(text).isFalse();
            }
        }
        assertThat(Attribution.mayHoldCode("แบบ จอส.๓")).isTrue();
        assertThat(Attribution.mayHoldCode("บช. 3")).isTrue();
        assertThat(Attribution.mayHoldCode("บช.  5")).isFalse(); // two spaces: the pattern takes one
        assertThat(Attribution.mayHoldCode("อ.คำตากล้า")).isFalse();
        assertThat(Attribution.mayHoldCode("ข้อความไม่มีจุด")).isFalse();
    }

    @Test
    void thePlaceSetForARoyalDay_isASubject_butTheOccasionOfVolunteerWorkIsNot() {
        assertThat(Attribution.subjects("นิคมน้ำอูนค่ะ ซุ้มเฉลิมพระเกียรติหน้าอำเภอ")).containsExactly("พระบรมฉายาลักษณ์");
        assertThat(Attribution.subjects("ขอให้อำเภอประดับธงชาติและธงพระปรมาภิไธย ตั้งพระบรมฉายาลักษณ์")).containsExactly("พระบรมฉายาลักษณ์");
        assertThat(Attribution.subjects("จิตอาสาพัฒนาเฉลิมพระเกียรติ เก็บขยะริมถนน ๓ กม.")).containsExactly("ทำความสะอาด");
    }

    @Test
    void rainMeasured_aDrill_andATemplesCleaning_areSubjectsOfTheirOwn() {
        assertThat(Attribution.subjects("ปริมาณน้ำฝนที่สถานีกุดบากเมื่อคืนวัดได้ ๘๕ มม. ครับ")).containsExactly("ปริมาณน้ำฝน");
        assertThat(Attribution.subjects("รายงานผลการซ้อมแผนป้องกันอัคคีภัยในโรงเรียน จิตอาสา ๕๐ คน")).containsExactlyInAnyOrder("อบรม", "ไฟป่า");
        assertThat(Attribution.subjects("ผลกิจกรรมจิตอาสาพัฒนาวัดป่า ต.กุดไห จิตอาสา ๑๒๐ คน")).containsExactly("ทำความสะอาด");
        // the kind of volunteers an order calls on is no subject: its plans may be to plant trees
        assertThat(Attribution.subjects("ขอให้อำเภอจัดกิจกรรมจิตอาสาพัฒนา เนื่องในโอกาสวันเฉลิมพระชนมพรรษา")).isEmpty();
    }

    @Test
    void whatAnAnswerIsLateFor_isNotItsSubject() {
        String late = "กุสุมาลย์ เก็บขยะริมถนน ๓ กม. จิตอาสา ๔๐ คนค่ะ ขออภัยที่ส่งช้า เพิ่งกลับจากศูนย์อพยพน้ำท่วมค่ะ";
        assertThat(Attribution.subjects(late)).contains("ทำความสะอาด", "น้ำท่วม");
        assertThat(Attribution.subjects(Attribution.withoutExcuses(late))).containsExactly("ทำความสะอาด");
        // a flood that is what it reports stays
        assertThat(Attribution.subjects(Attribution.withoutExcuses("ช่วยขนย้ายของผู้ประสบภัยน้ำท่วม ๑๒ หลังคาเรือนครับ"))).contains("น้ำท่วม");
    }
}
