package dev.rabiap.plugin.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.linecorp.bot.webhook.model.CallbackRequest;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.SystemEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class LineWebhookEventsTest {
    static final String GROUP_ID = "Ca1b2c3d4e5f60718293a4b5c6d7e8f90";

    /** The events of the research example (section 2.6), in a Sakon Nakhon group, plus follow, join, leave and a postback. */
    static final String BODY = """
            {"destination":"U3f2a9c41d7e8b6a5c4d3e2f1a0b9c8d7","events":[
            {"type":"message","message":{"type":"text","id":"560811926145663124","quoteToken":"q3","text":"แจ้งทุกท่าน ประชุมประจำเดือนวันพุธ 18 มิ.ย. เวลา 09:30 น. ห้องประชุม 2 กรุณากดรับทราบ @All","mention":{"mentionees":[{"index":86,"length":4,"type":"all"}]},"markAsReadToken":"30y"},"webhookEventId":"01JXR6Q2M8ZK3V7T9B4N1C5D6E","deliveryContext":{"isRedelivery":false},"timestamp":1750037412000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90","userId":"U1a2b3c4d5e6f708192a3b4c5d6e7f801"},"replyToken":"b6","mode":"active"},
            {"type":"message","message":{"type":"text","id":"560811935029174418","quoteToken":"yH","text":"รับทราบครับ","quotedMessageId":"560811926145663124"},"webhookEventId":"01JXR6R4D1W8P2Q6S3T7V9X0YA","deliveryContext":{"isRedelivery":false},"timestamp":1750037465000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90","userId":"U9f8e7d6c5b4a39281706f5e4d3c2b1a0"},"replyToken":"0f","mode":"active"},
            {"type":"message","message":{"type":"sticker","id":"560811951270707200","quoteToken":"5G","stickerId":"52002739","packageId":"11537","stickerResourceType":"ANIMATION","keywords":["OK"]},"webhookEventId":"01JXR6T9H5N3B7K1M4P8R2S6TV","deliveryContext":{"isRedelivery":false},"timestamp":1750037560000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90","userId":"U0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"},"replyToken":"8c","mode":"active"},
            {"type":"message","message":{"type":"image","id":"560811962588119088","quoteToken":"rH","contentProvider":{"type":"line"},"imageSet":{"id":"E005","index":1,"total":2}},"webhookEventId":"01JXR6V2C8F4G6J0K2M5N7Q9SA","deliveryContext":{"isRedelivery":false},"timestamp":1750037582000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90","userId":"U1a2b3c4d5e6f708192a3b4c5d6e7f801"},"replyToken":"78","mode":"active"},
            {"type":"message","message":{"type":"file","id":"560811975017218304","fileName":"หนังสือเวียน_ที่_มท0808.2-ว1234.pdf","fileSize":482133},"webhookEventId":"01JXR6W7B1D3F5H7J9K1M3P5RT","deliveryContext":{"isRedelivery":false},"timestamp":1750037700000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90","userId":"U1a2b3c4d5e6f708192a3b4c5d6e7f801"},"replyToken":"c2","mode":"active"},
            {"type":"memberJoined","joined":{"members":[{"type":"user","userId":"U7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29"},{"type":"user","userId":"U2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f70"}]},"webhookEventId":"01JXR6X3Z9Y7W5V3T1S9R7Q5P3","deliveryContext":{"isRedelivery":false},"timestamp":1750037770000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90"},"replyToken":"0f37","mode":"active"},
            {"type":"unsend","unsend":{"messageId":"560811935029174418"},"webhookEventId":"01JXR6Y8A2B4C6D8E0F2G4H6J8","deliveryContext":{"isRedelivery":false},"timestamp":1750038000000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90"},"mode":"active"},
            {"type":"memberLeft","left":{"members":[{"type":"user","userId":"U2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f70"}]},"webhookEventId":"01JXR7ZQ4K6M8N0P2R4S6T8V0X","deliveryContext":{"isRedelivery":true},"timestamp":1750039320000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90"},"mode":"active"},
            {"type":"follow","follow":{"isUnblocked":false},"webhookEventId":"01JXR80000000000000000FOLW","deliveryContext":{"isRedelivery":false},"timestamp":1750039400000,"source":{"type":"user","userId":"U52b58fb9d30c75424a02a0e432713bbb"},"replyToken":"ff","mode":"active"},
            {"type":"join","webhookEventId":"01JXR80000000000000000JOIN","deliveryContext":{"isRedelivery":false},"timestamp":1750039500000,"source":{"type":"group","groupId":"C0000000000000000000000000000beef"},"replyToken":"jj","mode":"active"},
            {"type":"postback","postback":{"data":"a=1"},"webhookEventId":"01JXR80000000000000000POST","deliveryContext":{"isRedelivery":false},"timestamp":1750039600000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90","userId":"U1a2b3c4d5e6f708192a3b4c5d6e7f801"},"replyToken":"pp","mode":"active"},
            {"type":"somethingNew","webhookEventId":"01JXR80000000000000000NEWT","deliveryContext":{"isRedelivery":false},"timestamp":1750039700000,"source":{"type":"group","groupId":"Ca1b2c3d4e5f60718293a4b5c6d7e8f90"},"mode":"active"}
            ]}
            """;

    private final LineWebhookEvents events = new LineWebhookEvents(
            LineGroupNames.of(Map.of(GROUP_ID, "ข้อสั่งการ ปค.สน.")), "ศูนย์ดำรงธรรม สน.");

    @Test
    void mapsEveryAuditedEvent_andReportsTheOthers() throws IOException {
        RecordingContext context = new RecordingContext();
        LineWebhookEvents.Batch batch = events.map(LineWebhookEvents.parse(BODY.getBytes(StandardCharsets.UTF_8)), "j.journal.jsonl", 7, context);
        List<ChatMessage> messages = batch.messages();

        assertThat(batch.events()).isEqualTo(12);
        assertThat(messages).extracting(ChatMessage::id).containsExactly("560811926145663124", "560811935029174418",
                "560811951270707200", "560811962588119088", "560811975017218304", "01JXR6X3Z9Y7W5V3T1S9R7Q5P3#1",
                "01JXR6X3Z9Y7W5V3T1S9R7Q5P3#2", "01JXR6Y8A2B4C6D8E0F2G4H6J8", "01JXR7ZQ4K6M8N0P2R4S6T8V0X",
                "01JXR80000000000000000FOLW", "01JXR80000000000000000JOIN");
        assertThat(messages).extracting(ChatMessage::type).containsExactly(MessageType.TEXT, MessageType.TEXT, MessageType.STICKER,
                MessageType.IMAGE, MessageType.FILE, MessageType.SYSTEM, MessageType.SYSTEM, MessageType.SYSTEM, MessageType.SYSTEM,
                MessageType.SYSTEM, MessageType.SYSTEM);
        ChatMessage ack = messages.get(1);
        assertThat(ack.group()).isEqualTo("ข้อสั่งการ ปค.สน.");
        assertThat(ack.senderId()).isEqualTo("U9f8e7d6c5b4a39281706f5e4d3c2b1a0");
        assertThat(ack.sender()).isEqualTo("U9f8e7d6c5b4a39281706f5e4d3c2b1a0");
        assertThat(ack.text()).isEqualTo("รับทราบครับ");
        assertThat(ack.replyTo()).isEqualTo("560811926145663124");
        assertThat(ack.time().toString()).isEqualTo("2025-06-16T08:31:05+07:00[Asia/Bangkok]");
        assertThat(ack.evidence().toString()).isEqualTo("j.journal.jsonl:7 (01JXR6R4D1W8P2Q6S3T7V9X0YA)");
        assertThat(messages.get(4).attachmentName()).isEqualTo("หนังสือเวียน_ที่_มท0808.2-ว1234.pdf");
        assertThat(messages.subList(5, 7)).extracting(ChatMessage::event, ChatMessage::senderId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SystemEvent.JOIN, "U7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29"),
                        org.assertj.core.groups.Tuple.tuple(SystemEvent.JOIN, "U2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f70"));
        assertThat(messages.get(7).event()).isEqualTo(SystemEvent.UNSEND);
        assertThat(messages.get(7).replyTo()).isEqualTo("560811935029174418");
        assertThat(messages.get(8).event()).isEqualTo(SystemEvent.LEAVE);
        assertThat(messages.get(9).event()).isEqualTo(SystemEvent.FOLLOW);
        assertThat(messages.get(9).group()).isEqualTo("ศูนย์ดำรงธรรม สน.");
        assertThat(messages.get(10).event()).isEqualTo(SystemEvent.OTHER);
        assertThat(messages.get(10).group()).isEqualTo("C0000000000000000000000000000beef");
        assertThat(context.skipped()).extracting(skipped -> skipped.where().messageId() + " " + skipped.reason()).containsExactly(
                "01JXR80000000000000000POST webhook event type 'postback' is not audited",
                "01JXR80000000000000000NEWT webhook event type 'somethingNew' is not audited");
        assertThat(batch.skipped()).isEqualTo(2);
    }

    @Test
    void readsAnEventIdOnce_whateverTheRequest() throws IOException {
        CallbackRequest request = LineWebhookEvents.parse(BODY.getBytes(StandardCharsets.UTF_8));
        events.map(request, "j", 1, new RecordingContext());
        RecordingContext again = new RecordingContext();

        LineWebhookEvents.Batch batch = events.map(request, "j", 2, again);

        assertThat(batch.messages()).isEmpty();
        assertThat(batch.redeliveries()).isEqualTo(12);
        assertThat(again.skipped()).hasSize(12).allSatisfy(s -> assertThat(s.reason()).isEqualTo(LineWebhookEvents.REDELIVERED));
    }

    @Test
    void parse_refusesWhatIsNotAWebhookRequest() {
        assertThatThrownBy(() -> LineWebhookEvents.parse("{\"destination\":\"U1\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("no events");
        assertThatThrownBy(() -> LineWebhookEvents.parse("{\"events\":[".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);
    }
}
