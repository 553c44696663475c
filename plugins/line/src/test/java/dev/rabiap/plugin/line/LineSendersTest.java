package dev.rabiap.plugin.line;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class LineSendersTest {
    @Test
    void split_usesNamesLearntFromPlaceholdersAndRepeatedNames() {
        LineSenders senders = new LineSenders();
        senders.learn("🪷Jay. OxletAuto📜👑 สติกเกอร์");
        senders.learn("โอ๊ตรถมือ2 โอ๊ตรถมือ2 เพิ่มประกาศ");
        senders.learn("เมตตา สัตย์ธรรม🚘🚔🚖 เมตตา สัตย์ธรรม🚘🚔🚖 ออกจากกลุ่ม");

        assertThat(senders.split("🪷Jay. OxletAuto📜👑 เบิกรถทะเบียน 8807 กับชลบุรีค่ะ"))
                .isEqualTo(new LineSenders.Split("🪷Jay. OxletAuto📜👑", "เบิกรถทะเบียน 8807 กับชลบุรีค่ะ"));
        assertThat(senders.split("โอ๊ตรถมือ2 โอ๊ตรถมือ2 เพิ่มประกาศ"))
                .isEqualTo(new LineSenders.Split("โอ๊ตรถมือ2", "โอ๊ตรถมือ2 เพิ่มประกาศ"));
        assertThat(senders.split("เมตตา สัตย์ธรรม🚘🚔🚖 รับทราบ"))
                .isEqualTo(new LineSenders.Split("เมตตา สัตย์ธรรม🚘🚔🚖", "รับทราบ"));
    }

    @Test
    void split_unknownSender_endsAtTheFirstSpace() {
        LineSenders senders = new LineSenders();

        assertThat(senders.split("TWO ยกเลิกข้อความ")).isEqualTo(new LineSenders.Split("TWO", "ยกเลิกข้อความ"));
        assertThat(senders.split("ไม่มีช่องว่าง")).isNull();
    }

    @Test
    void split_usesTheNamesTheHostKnows_alsoWithATitleTheRosterLeavesOut() {
        LineSenders senders = new LineSenders();
        senders.know("อดิศักดิ์ นอภ.ภูพาน ⛰️");
        senders.know("สมศักดิ์ ใจดี");

        assertThat(senders.split("อดิศักดิ์ นอภ.ภูพาน ⛰️ รับทราบครับ จะรายงานภายในกำหนดครับ"))
                .isEqualTo(new LineSenders.Split("อดิศักดิ์ นอภ.ภูพาน ⛰️", "รับทราบครับ จะรายงานภายในกำหนดครับ"));
        assertThat(senders.split("นายสมศักดิ์ ใจดี เจริญศิลป์ ไม่มีความเสียหายครับ"))
                .isEqualTo(new LineSenders.Split("นายสมศักดิ์ ใจดี", "เจริญศิลป์ ไม่มีความเสียหายครับ"));
        // a name the host does not know still ends at the first space
        assertThat(senders.split("สมชาย ใจดี รับทราบ")).isEqualTo(new LineSenders.Split("สมชาย", "ใจดี รับทราบ"));
    }
}
