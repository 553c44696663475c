package dev.rabiap.plugin.line;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.SystemEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LineTextClassifierTest {
    private final LineTextClassifier phone = new LineTextClassifier(false);
    private final LineTextClassifier pc = new LineTextClassifier(true);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[Photo]|IMAGE", "[Sticker]|STICKER", "[Video]|VIDEO", "[File]|FILE", "[Voice message]|AUDIO",
            "[รูป]|IMAGE", "[สติกเกอร์]|STICKER", "[วิดีโอ]|VIDEO", "[ไฟล์]|FILE", "[ข้อความเสียง]|AUDIO"})
    void classify_phonePlaceholders_areMedia(String text, MessageType type) {
        assertThat(phone.classify("Nessa", text)).isEqualTo(media(type, "Nessa"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Photos|IMAGE", "Stickers|STICKER", "Videos|VIDEO", "Audio|AUDIO", "รูป|IMAGE",
            "สติกเกอร์|STICKER", "วิดีโอ|VIDEO"})
    void classify_pcPlaceholders_areMediaOnlyInAPcSave(String text, MessageType type) {
        assertThat(pc.classify("THANANTHAM154", text)).isEqualTo(media(type, "THANANTHAM154"));
        assertThat(phone.classify("THANANTHAM154", text).type()).isEqualTo(MessageType.TEXT);
    }

    @Test
    void classify_bracketedTextTypedByAMember_isText() {
        assertThat(phone.classify("Casia Fzana", "[INFO KEHILANGAN]").type()).isEqualTo(MessageType.TEXT);
        assertThat(phone.classify("Casia Fzana", "[Photo] ของเมื่อวาน").type()).isEqualTo(MessageType.TEXT);
    }

    @Test
    void classify_inviteOfSeveral_namesEveryInvitee() {
        assertThat(phone.classify("", "Somchai invited Malee, Wichai, Nipa."))
                .isEqualTo(system(SystemEvent.INVITE, "Somchai invited Malee, Wichai, Nipa.", "Somchai", List.of("Malee", "Wichai", "Nipa")));
    }

    @Test
    void classify_invitedYou_hasNoTarget() {
        assertThat(phone.classify("", "Wildan Hanafi invited you to a group."))
                .isEqualTo(system(SystemEvent.INVITE, "Wildan Hanafi invited you to a group.", "Wildan Hanafi", List.of()));
    }

    @Test
    void classify_unsendUnderAnotherSender_namesTheActor() {
        assertThat(phone.classify("adithya", "Irbin unsent a message."))
                .isEqualTo(system(SystemEvent.UNSEND, "Irbin unsent a message.", "Irbin", List.of()));
        assertThat(phone.classify("", "You unsent a message."))
                .isEqualTo(system(SystemEvent.UNSEND, "You unsent a message.", "", List.of()));
        assertThat(phone.classify("", "ยกเลิกข้อความแล้ว"))
                .isEqualTo(system(SystemEvent.UNSEND, "ยกเลิกข้อความแล้ว", "", List.of()));
    }

    @Test
    void classify_noticeWithSenderColumn_isSystemOnlyWhenItNamesTheSender() {
        assertThat(phone.classify("dista d. astuti", "dista d. astuti added a note."))
                .isEqualTo(system(SystemEvent.OTHER, "dista d. astuti added a note.", "dista d. astuti", List.of()));
        assertThat(phone.classify("Andika William", "Photos added to album."))
                .isEqualTo(system(SystemEvent.OTHER, "Photos added to album.", "Andika William", List.of()));
        assertThat(phone.classify("Pann", "☎ Call time 0:33"))
                .isEqualTo(system(SystemEvent.OTHER, "☎ Call time 0:33", "Pann", List.of()));
        assertThat(phone.classify("สมหญิง", "สมชาย ออกจากกลุ่ม").type()).isEqualTo(MessageType.TEXT);
        assertThat(phone.classify("Malee", "Somchai joined the group.").type()).isEqualTo(MessageType.TEXT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bagus Wicaksono canceled Wildan's invitation to the group.|OTHER|Bagus Wicaksono|Wildan",
            "Irbin LINE RUSAK removed アービン from the group.|REMOVE|Irbin LINE RUSAK|アービン",
            "Unknown left the chat.|LEAVE|Unknown|",
            "wensi left the group.|LEAVE|wensi|",
            "Nizar Rahman changed the group's name to \"FMIPA UGM 2016\".|RENAME|Nizar Rahman|FMIPA UGM 2016",
            "Matthew changed the group's profile picture.|OTHER|Matthew|",
            "Pram disabled joining via link or QR code.|OTHER|Pram|",
            "สมชาย เชิญ สมหญิง เข้าร่วมกลุ่ม|INVITE|สมชาย|สมหญิง",
            "สมหญิง เข้าร่วมกลุ่ม|JOIN|สมหญิง|",
            "สมชาย ลบ สมหญิง ออกจากกลุ่ม|REMOVE|สมชาย|สมหญิง",
            "สมหญิง ออกจากกลุ่ม|LEAVE|สมหญิง|",
            "สมชาย เปลี่ยนชื่อกลุ่มเป็น \"ศอ.จอส.จว.สน.\"|RENAME|สมชาย|ศอ.จอส.จว.สน.",
            "สมชาย ยกเลิกคำเชิญ สมหญิง|OTHER|สมชาย|สมหญิง",
            "สมชาย เขียนโน้ตใหม่|OTHER|สมชาย|",
            "สมชาย เพิ่ม<u>ประกาศ</u>|OTHER|สมชาย|"})
    void classify_systemLines_nameEventActorAndTarget(String text, SystemEvent event, String actor, String target) {
        List<String> targets = target == null ? List.of() : List.of(target);

        assertThat(phone.classify("", text)).isEqualTo(system(event, text, actor, targets));
    }

    @Test
    void classify_unknownLineWithoutSender_isOtherSystemLine() {
        assertThat(phone.classify("", "参加しました")).isEqualTo(system(SystemEvent.OTHER, "参加しました", "", List.of()));
    }

    @Test
    void classify_pcBareNotices_belongToTheSender() {
        assertThat(pc.classify("TWO", "ยกเลิกข้อความ")).isEqualTo(system(SystemEvent.UNSEND, "ยกเลิกข้อความ", "TWO", List.of()));
        assertThat(pc.classify("THANANTHAM154", "เขียนโน้ตใหม่"))
                .isEqualTo(system(SystemEvent.OTHER, "เขียนโน้ตใหม่", "THANANTHAM154", List.of()));
        assertThat(pc.classify("牧場主", "Canceled")).isEqualTo(system(SystemEvent.OTHER, "Canceled", "牧場主", List.of()));
        assertThat(phone.classify("牧場主", "Canceled").type()).isEqualTo(MessageType.TEXT);
    }

    private static LineTextClassifier.Classification media(MessageType type, String sender) {
        return new LineTextClassifier.Classification(type, "", null, sender, List.of(), null);
    }

    private static LineTextClassifier.Classification system(SystemEvent event, String text, String actor, List<String> targets) {
        return new LineTextClassifier.Classification(MessageType.SYSTEM, text, event, actor, targets, null);
    }
}
