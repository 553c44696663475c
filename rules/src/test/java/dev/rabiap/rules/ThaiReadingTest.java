package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The posts the Thai reading was rebuilt for, read through the bundled Sakon Nakhon rule set as an
 * audit reads them: each was misread before, and each kind here was decided by the labelling guide
 * (rules/corpus/LABELS.md), not by the classifier's output. The sender's display name is one of
 * the fixture roster's, so the role is known.
 */
final class ThaiReadingTest {
    @ParameterizedTest(name = "{0}: {2} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # acknowledgements, however they are written (decision 1: an acknowledgement that opens the post wins)
            ack opening          | acknowledgement | รับทราบและถือปฏิบัติครับ                         | นอภ.เมืองสกลนคร
            known already        | acknowledgement | ทราบแล้วครับ                                     | นอภ.กุสุมาลย์
            okay                 | acknowledgement | โอเคครับ                                         | ปอ.วิชัย
            noted                | acknowledgement | noted ครับ                                       | นอภ.กุสุมาลย์
            misspelt             | acknowledgement | ร้บทราบครับ                                      | นอภ.เมืองสกลนคร
            emoji                | acknowledgement | 🫡                                               | นอภ.กุสุมาลย์
            ack and a promise    | acknowledgement | ทราบครับ จะเร่งดำเนินการให้แล้วเสร็จ             | นอภ.กุสุมาลย์
            # a superior checking is a question (decision 3)
            checking             | question        | รับทราบหรือยังครับ                               | ปจ.สน.
            asking               | question        | ขอสอบถามครับ ส่งทางอีเมลได้ไหม                  | ปอ.วิชัย
            either or            | question        | ต้องรายงานทุกวัน หรือเฉพาะวันจันทร์ครับ           | นอภ.กุสุมาลย์
            leave asked          | question        | ขออนุญาตไม่เข้าร่วมประชุมพรุ่งนี้ครับ ติดภารกิจในพื้นที่ | นอภ.เมืองสกลนคร
            # courtesy is chat even with order words (decision 5)
            get well             | chat            | ขอให้หายไวๆนะครับ                                | ปจ.สน.
            thanks for telling   | chat            | ขอบคุณที่แจ้งให้ทราบครับ                          | นอภ.กุสุมาลย์
            safe trip            | chat            | ขอให้ทุกท่านเดินทางกลับโดยสวัสดิภาพครับ           | ผวจ.สน.
            # orders without the word สั่งการ
            all districts        | order           | ให้ทุกอำเภอดำเนินการสำรวจจุดเสี่ยงน้ำท่วม ส่งภายในวันนี้ | ปจ.สน.
            speed class          | order           | ด่วนมาก แจ้งนายอำเภอทุกอำเภอเตรียมรับเสด็จ ๕ ธ.ค. | ปจ.สน.
            please send          | order           | กรุณาส่งรายชื่อผู้ประสานงานภายในวันศุกร์          | ปค.จ.สน.
            assigning            | order           | มอบปลัดอำเภอทุกอำเภอตรวจร้านค้าสุรา              | ผวจ.สน.
            the governor's word  | order           | ท่านผู้ว่าฯ ฝากให้ทุกอำเภอดูแลผู้สูงอายุช่วงหนาว  | ปจ.สน.
            a reminder           | order           | อำเภอใดยังไม่ได้ส่งแบบสำรวจ ขอให้ส่งด่วนภายในเที่ยงนี้ | ปค.จ.สน.
            a circular           | order           | ที่ สน ๐๐๑๘.๓/ว ๒๓๖๐๑ เรื่อง แบบรายงานประจำเดือน ให้อำเภอใช้แบบใหม่ | ปค.จ.สน.
            # reports, also when they cite the order (decision 2)
            citing the order     | report          | ตามข้อสั่งการ อำเภอกุสุมาลย์ได้ดำเนินการเรียบร้อยแล้ว ๓ จุด | นอภ.กุสุมาลย์
            ack with a result    | report          | รับทราบครับ อำเภอเมืองได้ดำเนินการแล้ว ๑๒ ราย    | นอภ.เมืองสกลนคร
            results sent         | report          | ส่งผลการสำรวจจิตอาสาภัยพิบัติครับ ๔๕ คน          | จอส.เมือง
            nil report           | report          | อำเภอกุสุมาลย์ไม่มีผู้ได้รับผลกระทบครับ          | นอภ.กุสุมาลย์
            citing who ordered   | report          | ตามที่ท่านปลัดจังหวัดสั่งการเรื่องถังขยะ เมืองสกลนครขอรายงานว่าวันนี้ไม่พบจุดล้น (๐ จุด) ครับ | จอส.เมือง
            # a wish is no order for its ขอให้
            wish for the new post | chat           | ยินดีด้วยครับท่าน ขอให้สมพรปากนะครับ            | นอภ.กุสุมาลย์
            wish for the year     | chat           | ปีใหม่เมืองนี้ขอให้ทุกคนร่มเย็นเป็นสุขนะคะ       | ปจ.สน.
            # publicity and off-topic
            sale with a price    | pr              | ผ้าครามทอมือ ผืนละ ๓๕๐ บาท สนใจทักไลน์ได้ครับ    | ปอ.วิชัย
            sports invitation    | pr              | ขอเชิญร่วมแข่งขันฟุตบอลประเพณีอำเภอ ๑๕ ธ.ค. นี้ครับ | นอภ.กุสุมาลย์
            own award            | pr              | ภูมิใจครับ อำเภอกุสุมาลย์ได้รับรางวัลอำเภอดีเด่น | นอภ.กุสุมาลย์
            # wishes that start as requests are chat; a request to hurry is still an order
            wish for the sick     | chat            | ขอให้คุณพ่อหายป่วยไวๆ นะครับนายก                 | นอภ.กุสุมาลย์
            wish for the flood    | chat            | ขอให้น้ำลดไวๆ ชาวบ้านจะได้กลับเข้าบ้าน 🙏          | นอภ.เมืองสกลนคร
            hurry all districts   | order           | ขอให้ทุกอำเภอส่งแบบสำรวจไวๆ นะครับ วันนี้ครบกำหนด | ปจ.สน.
            # a superior's short yes grants; a received report is acknowledged, not reported
            governor's yes        | chat            | ได้ครับ                                          | ผวจ.สน.
            chief's yes           | acknowledgement | ได้ครับ                                          | นอภ.กุสุมาลย์
            report received       | acknowledgement | ได้รับรายงานของกุสุมาลย์แล้วครับ ขอบคุณครับ        | ปจ.สน.
            # signing up for an activity is no report of it
            going along          | chat            | ไปครับ ๑๕ คน                                    | นอภ.เมืองสกลนคร
            booking seats        | chat            | ขอจองที่นั่ง ๑๕ คนครับ                           | นอภ.เมืองสกลนคร
            # a promise to pass an order on to every village is an acknowledgement, not an order to them
            passing it on        | acknowledgement | กุสุมาลย์จะแจ้งผู้ใหญ่บ้านทุกหมู่ให้ครับ           | นอภ.กุสุมาลย์
            # a report put off until later is a promise, not the report; the figures still report
            later in the day     | acknowledgement | กุสุมาลย์ขอส่งยอดช่วงค่ำนะครับ ตำบลยังส่งไม่ครบ     | นอภ.กุสุมาลย์
            put off              | acknowledgement | ขอเลื่อนการส่งรายงานไปบ่ายสองครับ ติดประชุม       | นอภ.กุสุมาลย์
            sent with figures    | report          | กุสุมาลย์ขอส่งยอดครับ ๑๘๙ ครัวเรือน               | นอภ.กุสุมาลย์
            passed on, awaited   | acknowledgement | กุสุมาลย์มอบหมายปลัดตำบลลงไปนับบ้านที่น้ำท่วมแล้วครับ รอผลอยู่ครับ | นอภ.กุสุมาลย์
            passed on, promised  | acknowledgement | กุสุมาลย์ได้ประสาน รพ.สต. ทุกแห่งแล้ว ได้ครบแล้วจะรายงานทันทีค่ะ | นอภ.กุสุมาลย์
            told others to       | acknowledgement | กุสุมาลย์ได้กำชับให้ผู้ใหญ่บ้านทุกหมู่ตรวจสอบบ้านที่หลังคาปลิวแล้วครับ | นอภ.กุสุมาลย์
            checking first       | acknowledgement | กุสุมาลย์คิดว่าส่งไปแล้วนะครับ ขอเช็คก่อนครับ | นอภ.กุสุมาลย์
            # a question with why after it; an urgent report to the superiors, not an urgent order
            asked, then why       | question        | ต้องใส่เสื้อกั๊กสะท้อนแสงทุกคนไหมครับ บางตำบลยังไม่ได้แจก | ปอ.วิชัย
            urgent, sir           | incident        | รายงานด่วนค่ะท่าน รถกระบะชนเสาไฟฟ้าหน้าตลาดสด ไฟดับทั้งหมู่บ้าน มีผู้บาดเจ็บ ๒ ราย | นอภ.กุสุมาลย์
            # a promise to instruct others is no order; results with a prize in them are still results
            will instruct         | acknowledgement | กุสุมาลย์จะกำชับผู้ใหญ่บ้านให้ครับ                  | นอภ.กุสุมาลย์
            results with a prize  | report          | รายงานผลการจัดงานแข่งเรือยาวประเพณี เรือเข้าร่วม ๑๘ ลำ ผู้ชมราว ๙,๐๐๐ คน ชนะเลิศ ได้แก่ เรือบ้านท่าแร่ | เกษตรจังหวัด
            later, and why       | acknowledgement | กุสุมาลย์ขอส่งรายชื่อวันจันทร์นะครับ ยังรอจาก ๓ ตำบลครับ | นอภ.กุสุมาลย์
            more time asked      | acknowledgement | กุสุมาลย์ขอขยายเวลาส่งแบบสรุปถึงวันพฤหัสนะครับ ข้อมูลตำบลยังไม่ครบ | นอภ.กุสุมาลย์
            passed on, with result | report        | กุสุมาลย์แจ้งกำนันสำรวจแล้ว พบบ้านเสียหาย ๑๒ หลังครับ | นอภ.กุสุมาลย์
            then report, an order | order          | ขอให้ทุกอำเภอตรวจสอบฝายที่ชำรุด แล้วรายงานภายในวันศุกร์ครับ | ปจ.สน.
            # every district asked in plain speech to send photos, with no time; thanks for what was sent are no order
            plain ask, photos     | order          | แต่ละอำเภอพาน้องๆ จิตอาสาทาสีทางม้าลายหน้าโรงเรียน ส่งรูปมาด้วยนะครับ | ศอ.จอส.จว.สน.
            thanks for photos     | chat           | ขอบคุณทุกอำเภอที่ส่งภาพด้วยนะครับ | ปจ.สน.
            # among heads: a pledge, a request for goods, a road notice, someone brought into the group, a promise of help
            pledge               | chat            | สนง.พัฒนาชุมชนสมทบอีก ๒๐ ผืนค่ะ                  | เกษตรจังหวัด
            request for goods    | question        | กุสุมาลย์ขอเบิกถุงยังชีพเพิ่มอีก ๕๐ ชุดครับท่าน       | นอภ.กุสุมาลย์
            road notice          | pr              | แขวงฯ แจ้งปิดการจราจรชั่วคราว ทล.๒๒๒ กม.๑๒ เพื่อเปลี่ยนท่อ ให้ใช้เส้นทางเลี่ยงครับ | เกษตรจังหวัด
            service notice       | pr              | ไปรษณีย์จังหวัดขยายเวลาทำการถึงสองทุ่มช่วงส่งพัสดุปีใหม่ครับ | เกษตรจังหวัด
            service notice, done | report          | ปศุสัตว์จังหวัดได้เปิดจุดบริการฉีดวัคซีนแล้ว ๑๒ จุด ฉีดไป ๘๔๐ ตัวครับ | เกษตรจังหวัด
            brought into group   | chat            | ดึง ผอ.ประกันสังคมจังหวัด เข้ากลุ่มแล้วนะครับ เพื่อประสานเรื่องแรงงาน | เกษตรจังหวัด
            pledged with results | report          | ปภ.สน. สนับสนุนกระสอบทรายให้อำเภอแล้ว ๒,๐๐๐ ใบครับ   | นอภ.กุสุมาลย์
            agency's promise     | acknowledgement | ป่าไม้จังหวัดจะส่งเจ้าหน้าที่ไปช่วยดับไฟที่ภูพานครับ   | เกษตรจังหวัด
            work in progress     | acknowledgement | กุสุมาลย์อยู่ระหว่างรวบรวมข้อมูลจากตำบลครับ        | นอภ.กุสุมาลย์
            sending tomorrow     | acknowledgement | กุสุมาลย์ขออนุญาตส่งรายชื่อครบชุดพรุ่งนี้นะครับ      | นอภ.กุสุมาลย์
            thanks for a visit   | chat            | ขอบคุณท่านรองฯ ที่กรุณาสละเวลามาเป็นประธานครับ 🙏   | นอภ.กุสุมาลย์
            to the governor      | report          | เรียน ท่านผู้ว่าฯ\\nศูนย์พักพิงเปิดแล้ว ๕ อำเภอ รองรับได้ ๘๐๐ คนครับ | ปจ.สน.
            to the centre        | report          | เรียน ศอ.จอส.จว.สน. กุสุมาลย์ขอรายงานจุดบริการประชาชน ๔ จุด จิตอาสา ๓๖ คนครับ | นอภ.กุสุมาลย์
            answering the order  | report          | ตอบข้อสั่งการเรื่องถุงยังชีพครับ กุสุมาลย์ ๑๘๐ ชุด  | นอภ.กุสุมาลย์
            with Friday's report | acknowledgement | กุสุมาลย์ขอส่งพร้อมรายงานสรุปวันศุกร์นะครับ        | นอภ.กุสุมาลย์
            asking for the count | order           | @อ.กุสุมาลย์ ขอยอดผู้ป่วยติดเตียงที่ลงทะเบียนแล้ว ส่งก่อนบ่ายสามครับ | ปจ.สน.
            greeting, then order | order           | สวัสดีปีใหม่ครับ\\nขอให้ ศอ.จอส.อ. ทุกอำเภอ ส่งภาพจิตอาสาร่วมงานทำบุญปีใหม่ อำเภอละ ๓ ภาพ ภายในเที่ยงครับ | ปจ.สน.
            call to give, report | order           | เรียน นอภ. ทั้ง ๒ อำเภอ ที่หน่วยรับบริจาคโลหิตจะออกรับบริจาคในวันพฤหัสบดีนี้\\nขอให้ ศอ.จอส.อำเภอ ประชาสัมพันธ์ให้จิตอาสาพระราชทานร่วมบริจาคโลหิตถวายเป็นพระราชกุศล และรายงานจำนวนจิตอาสาที่มาบริจาค ภายในบ่ายสามโมงของวันพรุ่งนี้ครับ | ศอ.จอส.จว.สน.
            asked by name         | order           | ปลัดอนันต์ ครับ\\nช่วยรายงานผลการออกลาดตระเวนจุดเสี่ยงไฟป่าของชุดจิตอาสาเมื่อวันเสาร์ที่ผ่านมา (พบจุดความร้อนกี่จุด ดำเนินการอย่างไร) มาในกลุ่มด้วยครับ | ปจ.สน.
            urgent, upward        | report          | เรียนท่านผู้ว่าฯ ด่วนครับ พบรอยแยกดินบนไหล่เขา บ้านห้วยบาก ม.๙ ยาวประมาณ ๑๕ เมตร อำเภอแจ้งให้ ๘ ครัวเรือนอพยพแล้วครับ | นอภ.กุสุมาลย์
            salutation, then ให้  | order           | เรียน ศอ.จอส.อำเภอที่บ้านเรือนถูกลมกระโชกเมื่อคืน\\n๑. ให้นำจิตอาสาช่วยมุงหลังคาและเก็บกวาดเศษไม้\\n๒. ประสาน อบต. เรื่องวัสดุ\\n๓. รายงานผลพร้อมภาพภายในเย็นนี้ | ศอ.จอส.จว.สน.
            everyone by a time   | order           | อรุณสวัสดิ์ค่ะ ท่านรองฯ อยากทราบว่าแต่ละอำเภอมีเต็นท์สำรองกี่หลัง ฝากทุกอำเภอแจ้งตัวเลขในกลุ่มภายในบ่ายสามโมงวันนี้นะคะ | ศอ.จอส.จว.สน.
            districts, then ให้   | order           | เรื่องหมอกควันเกินค่ามาตรฐาน\\nทุกอำเภอ ให้จิตอาสาเดินรณรงค์งดเผาตอซัง แล้วส่งยอดหมู่บ้านที่ไปพร้อมภาพ ภายในพรุ่งนี้ ๑๐.๐๐ น. | ศอ.จอส.จว.สน.
            called, then told    | order           | น้องๆ ศอ.จอส.อ. ทุกอำเภอคร้าบ 🌾\\nช่วยส่งรูปจิตอาสาช่วยเกี่ยวข้าวอำเภอละ ๓ ภาพ ก่อนเที่ยงพรุ่งนี้นะคร้าบ | ศอ.จอส.จว.สน.
            each, plain speech   | order           | เรื่องงานวันพ่อนะคะ แต่ละอำเภอพิมพ์ชื่อคนที่จะมาช่วยจัดสถานที่ ส่งมาวันพฤหัสนี้ก่อนบ่ายสองนะคะ | ศอ.จอส.จว.สน.
            time said first      | order           | ก่อนวันหยุดยาว ฝากแต่ละอำเภอบอกยอดถังดับเพลิงที่ตรวจแล้วหน่อยค่ะ ขอบคุณค่ะ | ศอ.จอส.จว.สน.
            described, plain     | order           | อำเภอที่ได้เครื่องสูบน้ำไปแล้ว ช่วยส่งรูปตอนติดตั้งหน่อยนะคะ ขอพรุ่งนี้ก่อนเที่ยงค่ะ | ศอ.จอส.จว.สน.
            thanks, not an order | chat            | ขอบคุณทุกอำเภอที่ส่งยอดภายในเวลานะคะ ครบทุกอำเภอแล้วค่ะ | ศอ.จอส.จว.สน.
            thanks, then a task  | order           | ขอบคุณทีมกู้ภัยที่ออกไวมากครับ ฝากปลัดอนันต์ประสานเทศบาลเอารถน้ำไปล้างถนนต่อด้วย | นอภ.เมืองสกลนคร
            province officer asks photos | order   | @จอส.กุสุมาลย์ ขอรูปงานซ่อมฝายอำเภอละ ๓ รูป ภายใน ๑๕.๐๐ น. วันนี้นะคะ | ศอ.จอส.จว.สน.
            a plan, not PR       | report          | อ.กุสุมาลย์ แผนแห่เทียนพรรษา ๒๙ ก.ค. ๐๘.๐๐ น. วัดกลาง จิตอาสา ๑๒๐ คน | จอส.กุสุมาลย์
            figures alone        | report          | 15 / ๒๓๐ / 41 (อ.กุสุมาลย์) | นอภ.กุสุมาลย์
            closing upward       | report          | ศอ.จอส.อ.กุสุมาลย์ รายงานแผนกิจกรรมวันพ่อ\\n- ๕ ธ.ค. ปลูกต้นไม้ริมห้วย ๓๐๐ ต้น\\nจึงเรียนมาเพื่อโปรดทราบครับ | นอภ.กุสุมาลย์
            # handed over, not assigning; asking upward for more (N92)
            handed over          | report          | กุสุมาลย์: มอบ 340 / ครัวเรือน 336 / คงเหลือ 10 ครับ | นอภ.กุสุมาลย์
            asking for more      | question        | กุสุมาลย์ขอความอนุเคราะห์ผ้าห่มเพิ่มอีก ๑๕๐ ผืนครับ สำรวจพบผู้สูงอายุติดบ้านเพิ่มครับ | นอภ.กุสุมาลย์
            # relayed content (decision 10)
            relayed              | forward         | ส่งต่อจากกลุ่มกรมการปกครอง ประกาศวันหยุดราชการเพิ่มเติม | ปอ.วิชัย
            """)
    void readsThePostAsOfficialsMeanIt(String name, String kind, String text, String sender) {
        // a line break is written \\n in the table
        assertThat(kindOf(text.replace("\\n", "\n"), sender)).as(name + ": " + text).isEqualTo(kind);
    }

    private static String kindOf(String text, String sender) {
        List<String> kinds = new Fixtures().post(Fixtures.G1, sender, text).kinds();
        assertThat(kinds).hasSize(1);
        return kinds.get(0).substring("m1=".length());
    }
}
