package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.Finding;
import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.Severity;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pseudonyms with the key {@code k}: the first 6 hex digits of HMAC-SHA256(k, kind NUL value),
 * worked out independently of this code (for example with Python's {@code hmac} module):
 * person SN0111 → d0a755, SN0122 → 14c214, SN0222 → a56d74, SN0005 → 1104f0; phone 0812345678 →
 * 6a673b, 042711461 → d550fb; id 1479900123456 → 9818dc; name ปลัดบอย ภูพาน → 363e95, ปลัดเอก → 188257.
 */
final class MaskerTest {
    private static final String SOMPONG = "บุคคล-d0a755";
    private static final String PHONE_MOBILE = "โทร-6a673b";
    private static final String PHONE_LANDLINE = "โทร-d550fb";
    private static final String ID_NUMBER = "เลขบัตร-9818dc";
    private static final String BOY = "บุคคล-363e95";
    private static final String EK_SHARED = "บุคคล-188257";

    private static final Person SN0111 = new Person("SN0111", "นายสมพงษ์ ราชบุรี", List.of("นอภ.กุสุมาลย์ 🇹🇭"), "district_chief",
            "ที่ว่าการอำเภอกุสุมาลย์", "กุสุมาลย์", "U0a1b", "sompong@example.go.th");
    private static final Person SN0005 = new Person("SN0005", "นายสุรเชษฐ์ อุปถัมภ์", List.of("ปจ.สน."), "provincial_palad",
            "ที่ทำการปกครองจังหวัดสกลนคร", "", "", "");
    private static final Person SN0122 = new Person("SN0122", "นายเอกชัย แก้วมณี", List.of("ปลัดเอก", "ปลัดเอกชัย กุดบาก"),
            "coordinating_deputy", "", "กุดบาก", "", "");
    private static final Person SN0222 = new Person("SN0222", "นายเอกราช ศรีภูวงศ์", List.of("ปลัดเอก"), "coordinating_deputy", "",
            "ส่องดาว", "", "");

    private static Masker masker() {
        return Masker.forRoster(Roster.of(List.of(SN0111, SN0005, SN0122, SN0222)), "k", List.of("ข้อสั่งการ ปจ.สน."));
    }

    @Test
    void personIds_areKeyedHashesOfTheId() {
        Masker masker = masker();
        assertThat(masker.personId("SN0111")).isEqualTo(SOMPONG);
        assertThat(masker.personId("")).isEmpty();
        assertThat(new Masker("อีกกุญแจ").personId("SN0111")).isEqualTo("บุคคล-b3d771");
    }

    @Test
    void everyNameOfAPerson_givesThePersonsPseudonym() {
        Masker masker = masker();
        assertThat(masker.text("นอภ.กุสุมาลย์ 🇹🇭 (นายอำเภอ) ส่งการตอบรับทราบ")).isEqualTo(SOMPONG + " (นายอำเภอ) ส่งการตอบรับทราบ");
        assertThat(masker.text("เรียน นายสมพงษ์ ราชบุรี และสมพงษ์ ราชบุรี")).isEqualTo("เรียน " + SOMPONG + " และ" + SOMPONG);
        assertThat(masker.text("{\"senderId\": \"U0a1b\", \"from\": \"sompong@example.go.th\"}"))
                .isEqualTo("{\"senderId\": \"" + SOMPONG + "\", \"from\": \"" + SOMPONG + "\"}");
    }

    @Test
    void groupAndDistrictNames_areKept_evenWithANameInside() {
        Masker masker = masker();
        assertThat(masker.text("ปจ.สน. ส่งในกลุ่ม ข้อสั่งการ ปจ.สน."))
                .isEqualTo("บุคคล-1104f0 ส่งในกลุ่ม ข้อสั่งการ ปจ.สน.");
        assertThat(masker.text("อำเภอกุสุมาลย์: ไม่มีคำตอบ")).isEqualTo("อำเภอกุสุมาลย์: ไม่มีคำตอบ");
    }

    @Test
    void longestNameWins_andANameOfTwoPeopleGetsAPseudonymOfTheName() {
        Masker masker = masker();
        assertThat(masker.text("ปลัดเอกชัย กุดบาก ตอบ ปลัดเอก")).isEqualTo("บุคคล-14c214 ตอบ " + EK_SHARED);
        assertThat(masker.text("นายเอกราช ศรีภูวงศ์")).isEqualTo("บุคคล-a56d74");
    }

    @Test
    void phoneNumbers_inArabicOrThaiDigits_withOrWithoutSeparators() {
        Masker masker = masker();
        assertThat(masker.text("โทร 081-234-5678 หรือ 0812345678 หรือ +66 81 234 5678 หรือ ๐๘๑-๒๓๔-๕๖๗๘"))
                .isEqualTo("โทร " + PHONE_MOBILE + " หรือ " + PHONE_MOBILE + " หรือ " + PHONE_MOBILE + " หรือ " + PHONE_MOBILE);
        assertThat(masker.text("ติดต่อ 0 ๔๒๗๑ ๑๔๖๑ ครับ, 042-711461")).isEqualTo("ติดต่อ " + PHONE_LANDLINE + " ครับ, " + PHONE_LANDLINE);
        assertThat(masker.text("โทร.0812345678ด่วน")).isEqualTo("โทร." + PHONE_MOBILE + "ด่วน");
    }

    @Test
    void nationalIdNumbers_inArabicOrThaiDigits() {
        Masker masker = masker();
        assertThat(masker.text("เลขประจำตัว 1-4799-00123-45-6 / 1479900123456 / ๑ ๔๗๙๙ ๐๐๑๒๓ ๔๕ ๖"))
                .isEqualTo("เลขประจำตัว " + ID_NUMBER + " / " + ID_NUMBER + " / " + ID_NUMBER);
    }

    @Test
    void numbersThatAreNeitherPhoneNorId_stay() {
        Masker masker = masker();
        for (String text : List.of("ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒", "2025-11-24T08:20:00+07:00", "samples/sakon-nakhon.jsonl:32 (m0032)",
                "งบ 120,000,000 บาท", "12345678901234", "08123456", "เวลา 09.00 น. วันที่ 27 พ.ย. 2568")) {
            assertThat(masker.text(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void namesSeenInMessages_areLearnt() {
        Masker masker = masker();
        Roster roster = Roster.of(List.of(SN0111));
        masker.seen("U0a1b", "สมพงษ์ กุสุมาลย์", roster.resolve("U0a1b", "สมพงษ์ กุสุมาลย์"));
        masker.seen("Uffff", "ปลัดบอย ภูพาน", roster.resolve("Uffff", "ปลัดบอย ภูพาน"));
        assertThat(masker.text("สมพงษ์ กุสุมาลย์ เชิญ ปลัดบอย ภูพาน (Uffff)")).isEqualTo(SOMPONG + " เชิญ " + BOY + " (" + BOY + ")");
    }

    @Test
    void findings_maskPersonIdActorAndBothTexts_butNotDistricts() {
        Masker masker = masker();
        ZonedDateTime time = ZonedDateTime.of(2025, 11, 24, 8, 20, 0, 0, ChatMessage.BANGKOK);
        Finding resolved = new Finding("SKN-2P", FindingKind.POSTING, "ข้อสั่งการ ปจ.สน.", "SN0111", "นอภ.กุสุมาลย์ 🇹🇭",
                Evidence.atLine("log.jsonl", 32), time, Severity.HIGH, "นอภ.กุสุมาลย์ 🇹🇭 ส่งการตอบรับทราบ โทร 0812345678",
                "นอภ.กุสุมาลย์ 🇹🇭 posted an acknowledgement", 1);
        Finding masked = masker.finding(resolved);
        assertThat(List.of(masked.personId(), masked.actor(), masked.th(), masked.en(), masked.group()))
                .containsExactly(SOMPONG, SOMPONG, SOMPONG + " ส่งการตอบรับทราบ โทร " + PHONE_MOBILE, SOMPONG + " posted an acknowledgement",
                        "ข้อสั่งการ ปจ.สน.");

        Finding unknown = new Finding("SKN-5P", FindingKind.POSTING, "ศอ.จอส.จว.สน.", "", "ปลัดบอย ภูพาน", Evidence.atLine("log.jsonl", 5),
                time, Severity.MEDIUM, "ปลัดบอย ภูพาน ส่งรายงาน", "ปลัดบอย ภูพาน posted a report", 2);
        masked = masker.finding(unknown);
        assertThat(List.of(masked.personId(), masked.actor(), masked.th(), masked.en()))
                .containsExactly("", BOY, BOY + " ส่งรายงาน", BOY + " posted a report");

        Finding district = new Finding("SKN-5O", FindingKind.OBLIGATION, "ศอ.จอส.จว.สน.", "", "นิคมน้ำอูน", Evidence.atLine("log.jsonl", 9),
                time, Severity.HIGH, "อำเภอนิคมน้ำอูน: ไม่มีคำตอบ", "District นิคมน้ำอูน: no answer", 3);
        masked = masker.finding(district);
        assertThat(List.of(masked.actor(), masked.th(), masked.en()))
                .containsExactly("นิคมน้ำอูน", "อำเภอนิคมน้ำอูน: ไม่มีคำตอบ", "District นิคมน้ำอูน: no answer");
    }

    @Test
    void unresolvedNamesOfTheSummary_arePseudonymised() {
        Masker masker = masker();
        assertThat(masker.names(Map.of("ปลัดบอย ภูพาน", 2L))).containsExactly(Map.entry(BOY, 2L));
        assertThat(masker.names(Map.of("ปลัดเอก", 3L))).containsExactly(Map.entry(EK_SHARED, 3L));
        assertThat(masker.text("ผู้ส่งที่ไม่พบในทะเบียน: 2 (ปลัดบอย ภูพาน ×2)")).isEqualTo("ผู้ส่งที่ไม่พบในทะเบียน: 2 (" + BOY + " ×2)");
    }

    @Test
    void oneCharacterNames_areNotSearchedFor() {
        Masker masker = new Masker("k");
        masker.person(new Person("X1", "ก", List.of("ข"), "staff", "", "", "", ""));
        assertThat(masker.text("ก ข ค")).isEqualTo("ก ข ค");
    }

    /**
     * Other values, worked out with Python's hmac module under the key {@code k} (first 16 hex
     * digits): name somsri@example.org → 4594a5f7e9b58661, name U0123456789abcdef0123456789abcdef →
     * 5fe2e09035959d0e, url https://line.me/ti/p/~somsri → 16cb14cfc620192e, url
     * https://forms.gle/AbC123 → ebda5dfd7c529001.
     */
    @Test
    void emailAddressesLineIdsAndLinksWithIds_inText_arePseudonymised() {
        Masker masker = masker();
        assertThat(masker.text("ส่งถึง somsri@example.org และ U0123456789abcdef0123456789abcdef"))
                .isEqualTo("ส่งถึง บุคคล-4594a5 และ บุคคล-5fe2e0");
        assertThat(masker.text("เพิ่มเพื่อน https://line.me/ti/p/~somsri หรือกรอก https://forms.gle/AbC123 ที่ https://www.moi.go.th/"))
                .isEqualTo("เพิ่มเพื่อน https://line.me/ลิงก์-16cb14 หรือกรอก https://forms.gle/ลิงก์-ebda5d ที่ https://www.moi.go.th/");
        assertThat(masker.text("sompong@example.go.th")).isEqualTo(SOMPONG);
    }

    @Test
    void rosterIds_inText_areThePersonsPseudonym() {
        Masker masker = masker();
        assertThat(masker.text("ผู้ส่ง: SN0111 (roster.csv:3); ขาด SN0122, SN0222")).isEqualTo(
                "ผู้ส่ง: " + SOMPONG + " (roster.csv:3); ขาด บุคคล-14c214, บุคคล-a56d74");
    }

    /**
     * Under the key {@code k}, names n3245 and n6178 share the first 6 hex digits (66336e3d146abc9c
     * and 66336ee429de66b7): the second one shown is lengthened until it differs.
     */
    @Test
    void pseudonymsThatShareTheirShortForm_areShownLonger_andHold64Bits() {
        Masker masker = new Masker("k");
        assertThat(masker.pseudonym(Masker.PERSON, "name", "n3245")).isEqualTo("บุคคล-66336e");
        assertThat(masker.pseudonym(Masker.PERSON, "name", "n6178")).isEqualTo("บุคคล-66336ee4");
        assertThat(masker.pseudonym(Masker.PERSON, "name", "n3245")).isEqualTo("บุคคล-66336e");

        Masker otherOrder = new Masker("k");
        assertThat(otherOrder.pseudonym(Masker.PERSON, "name", "n6178")).isEqualTo("บุคคล-66336e");
        assertThat(otherOrder.pseudonym(Masker.PERSON, "name", "n3245")).isEqualTo("บุคคล-66336e3d");
    }

    @Test
    void keyFile_isMadeOnFirstUse_readableByItsOwnerOnly_andReadAgainTheSame(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("config/rabiap/mask.key");
        byte[] key = MaskKeys.load(file);
        assertThat(key).hasSize(32);
        assertThat(java.nio.file.Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(MaskKeys.load(file)).isEqualTo(key);
        assertThat(new Masker(MaskKeys.load(dir.resolve("other.key"))).personId("SN0111")).isNotEqualTo(new Masker(key).personId("SN0111"));

        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad.key"), "not hex");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MaskKeys.load(bad)).hasMessageContaining("not a mask key file");
    }

    @Test
    void csvCells_thatASpreadsheetWouldRunAsFormulas_areNeutralised() {
        assertThat(ReportWriter.Csv.quote("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ReportWriter.Csv.quote("+66 81")).isEqualTo("'+66 81");
        assertThat(ReportWriter.Csv.quote("-1")).isEqualTo("'-1");
        assertThat(ReportWriter.Csv.quote("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReportWriter.Csv.quote("\tx")).isEqualTo("'\tx");
        assertThat(ReportWriter.Csv.quote("\rx")).isEqualTo("\"'\rx\"");
        assertThat(ReportWriter.Csv.quote("ปกติ = ok")).isEqualTo("ปกติ = ok");
        assertThat(ReportWriter.Csv.quote("")).isEmpty();
    }
}
