package dev.rabiap.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.Resolution;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageType;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PostAssemblerTest {
    private static final ZonedDateTime START = ZonedDateTime.parse("2025-12-15T08:00:00+07:00");
    private static final Resolution UNKNOWN = new Resolution(Resolution.Status.UNKNOWN, null, List.of(), "");

    /** The posts made of messages given as {@code id@seconds type [text]}: ids of each post, its main message's id after a colon. */
    private static List<String> posts(String... messages) {
        List<String> posts = new ArrayList<>();
        PostAssembler assembler = new PostAssembler(Duration.ofMinutes(3), post -> {
            List<String> ids = post.parts().stream().map(p -> p.message().id()).toList();
            posts.add(String.join(" ", ids) + ":" + post.parts().get(post.main()).message().id());
        });
        long position = 0;
        for (String message : messages) {
            String[] cells = message.split(" ", 3);
            String id = cells[0].substring(0, cells[0].indexOf('@'));
            long seconds = Long.parseLong(cells[0].substring(cells[0].indexOf('@') + 1));
            ChatMessage chat = ChatMessage.builder().id(id).evidence(new Evidence("t.jsonl", ++position, id)).group("ศอ.จอส.จว.สน.")
                    .sender("จอส.อ.ส่องดาว").time(START.plusSeconds(seconds)).type(MessageType.fromCode(cells[1]))
                    .text(cells.length > 2 ? cells[2] : "").build();
            assembler.add(new PostAssembler.Incoming(position, chat, UNKNOWN, null, "จอส.อ.ส่องดาว"));
        }
        assembler.finish();
        return posts;
    }

    @Test
    void photosRightAfterAText_arePartOfItsPost() {
        assertThat(posts("a@0 text ขอบคุณครับ", "b@55 image", "c@70 image")).containsExactly("a b c:a");
    }

    @Test
    void aPhotoWithACaptionOfItsOwn_afterAText_isAPostOfItsOwn() {
        assertThat(posts("a@0 text ขอบคุณครับ", "b@55 image ภาพกิจกรรมทำความสะอาดวัด อำเภอส่องดาว", "c@70 image"))
                .containsExactly("a:a", "b c:b");
    }

    @Test
    void aCaptionedPhotoAmongThePhotosAfterAText_isOneOfThem() {
        // an order, page 1 of the letter, then page 2 captioned with the clause that sets the deadline
        assertThat(posts("a@0 text เรียน นอภ.ทุกอำเภอ ส่งหนังสือจังหวัด รายละเอียดตามภาพที่แนบครับ", "b@60 image",
                "c@100 image หน้า ๒ ข้อ ๓ ให้อำเภอรายงานภายในวันที่ ๑๘ กันยายน", "d@4000 image ภาพกิจกรรมของอำเภอ"))
                .containsExactly("a b c:a", "d:d");
    }

    @Test
    void aTextThatSaysItsListFollows_takesTheNextTextAsPartOfIt_butNotOnceTheGapHasPassed() {
        assertThat(posts("a@0 text ขอให้อำเภอตามบัญชีแนบ ตั้งจุดตรวจ และรายงานผลภายในพรุ่งนี้", "b@50 text บัญชีแนบ ๑. อ.ภูพาน ๒. อ.กุดบาก",
                "c@100 text ขอบคุณครับ")).containsExactly("a b:a", "c:c");
        assertThat(posts("a@0 text ขอให้อำเภอตามบัญชีแนบ ตั้งจุดตรวจ", "b@400 text บัญชีแนบ ๑. อ.ภูพาน")).containsExactly("a:a", "b:b");
    }

    @Test
    void aCaptionedPhotoAmongPhotosAlone_isTheirText() {
        assertThat(posts("a@0 image", "b@20 image ภาพกิจกรรมปลูกต้นไม้ อำเภอส่องดาว", "c@40 image")).containsExactly("a b c:b");
    }

    @Test
    void aFileNamedOnly_isNoCaption() {
        assertThat(posts("a@0 text ส่งแบบรายงานครับ", "b@30 file แบบรายงาน จอส.๓ อ.ส่องดาว.pdf")).containsExactly("a b:a");
    }
}
