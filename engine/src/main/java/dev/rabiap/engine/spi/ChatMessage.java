package dev.rabiap.engine.spi;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One message as a source saw it, before the engine resolves its sender through the roster.
 * Immutable. The time is always held in Asia/Bangkok.
 *
 * @param id the source's id of the message (a JSONL id, a LINE message id, a Message-ID), never null
 * @param evidence where it came from, never null
 * @param group the policy group name (a LINE group name, a mailing list), never null
 * @param sender the display name as seen, never null (empty when the source has none)
 * @param senderId a LINE user id or an e-mail address, or null
 * @param time when it was sent, never null
 * @param type what it carries, never null
 * @param text its text (the caption of a media message, the subject and body of a mail), never null
 * @param replyTo the id of the message it answers, or null
 * @param event the system event, non-null exactly when {@code type} is {@link MessageType#SYSTEM}
 * @param target the display name an invite, removal or rename concerns, or null
 * @param attachmentName the file name of an attachment, or null
 */
public record ChatMessage(
        String id,
        Evidence evidence,
        String group,
        String sender,
        String senderId,
        ZonedDateTime time,
        MessageType type,
        String text,
        String replyTo,
        SystemEvent event,
        String target,
        String attachmentName) {

    /** The time zone of every message time: Asia/Bangkok. */
    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    public ChatMessage {
        requireNonNull(id, "id is null");
        requireNonNull(evidence, "evidence is null");
        requireNonNull(group, "group is null");
        requireNonNull(sender, "sender is null");
        requireNonNull(time, "time is null");
        requireNonNull(type, "type is null");
        requireNonNull(text, "text is null");
        if ((type == MessageType.SYSTEM) != (event != null)) {
            throw new IllegalArgumentException(evidence + ": a system message needs an event, and only a system message has one");
        }
        time = time.withZoneSameInstant(BANGKOK);
    }

    /** A builder, for sources and tests. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChatMessage}; {@code text} defaults to empty, {@code type} to {@link MessageType#TEXT}. */
    public static final class Builder {
        private String id;
        private Evidence evidence;
        private String group;
        private String sender = "";
        private String senderId;
        private ZonedDateTime time;
        private MessageType type = MessageType.TEXT;
        private String text = "";
        private String replyTo;
        private SystemEvent event;
        private String target;
        private String attachmentName;

        private Builder() {}

        public Builder id(String value) { this.id = value; return this; }
        public Builder evidence(Evidence value) { this.evidence = value; return this; }
        public Builder group(String value) { this.group = value; return this; }
        public Builder sender(String value) { this.sender = value; return this; }
        public Builder senderId(String value) { this.senderId = value; return this; }
        public Builder time(ZonedDateTime value) { this.time = value; return this; }
        public Builder type(MessageType value) { this.type = value; return this; }
        public Builder text(String value) { this.text = value; return this; }
        public Builder replyTo(String value) { this.replyTo = value; return this; }
        public Builder event(SystemEvent value) { this.event = value; if (value != null) { this.type = MessageType.SYSTEM; } return this; }
        public Builder target(String value) { this.target = value; return this; }
        public Builder attachmentName(String value) { this.attachmentName = value; return this; }

        public ChatMessage build() {
            String effectiveId = id != null ? id : (evidence != null ? evidence.toString() : null);
            return new ChatMessage(effectiveId, evidence, group, sender, senderId, time, type, text, replyTo, event, target, attachmentName);
        }
    }
}
