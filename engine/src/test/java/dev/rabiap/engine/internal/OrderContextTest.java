package dev.rabiap.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which answers number their items, so that each item may answer an order of its own. */
final class OrderContextTest {
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            อ.พังโคน รายงาน ๒ เรื่อง ๑. ขุดลอกแล้ว ๓ จุด ๒. ผ้าห่ม ๒๐๐ ผืน            | true
            1) ตรวจร้านค้า 12 ร้าน 2) ยึดของ 3 รายการ                                 | true
            ข้อ ๑.ดำเนินการแล้ว ข้อ ๒.อยู่ระหว่างดำเนินการ                            | true
            ประชุมเวลา 13.30 น. ห้อง 2. ชั้น 1                                         | false
            ส่งแบบ จอส.๑ และ จอส.๒ แล้วครับ                                           | false
            ๑. สำรวจแล้ว ๔๕ ราย                                                       | false
            ยอดรวม 1.5 ล้านบาท เพิ่มขึ้น 2.3%                                         | false
            """)
    void listsItems_onlyWhenItNumbersAFirstAndASecond(String text, boolean lists) {
        assertThat(OrderContext.listsItems(text.strip())).as(text).isEqualTo(lists);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            เมื่อกี้ส่งรายงานผิดกลุ่มครับ ขออภัยครับ                                      | true
            ขอโทษค่ะ ลงรูปผิดห้อง                                                       | true
            ขออภัยที่โพสต์ผิดกลุ่มครับ 🙏                                                 | true
            แก้ไขครับ เมื่อกี้ส่งผิดกลุ่ม ยอดจริง ๔๕ ราย                                 | false
            รายงานผลการตรวจร้านค้าผิดกฎหมาย ๓ ร้าน                                      | false
            ขอให้ทุกอำเภอระวังการส่งข้อมูลผิดพลาด                                         | false
            """)
    void saysWrongGroup_onlyOfAPostWithNoFigureOfItsOwn(String text, boolean wrongGroup) {
        assertThat(OrderContext.saysWrongGroup(text)).isEqualTo(wrongGroup);
    }
}
