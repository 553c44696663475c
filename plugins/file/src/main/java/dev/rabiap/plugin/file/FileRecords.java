package dev.rabiap.plugin.file;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.PlausibleTimes;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SystemEvent;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/** The record shape shared by JSONL and CSV files: field names, checks and the mapping to a message. */
final class FileRecords {
    /** Every field a record may have. */
    static final List<String> FIELDS = List.of("id", "group", "time", "sender", "senderId", "type", "text",
            "replyTo", "event", "target", "attachment");
    static final Set<String> FIELD_SET = Set.copyOf(FIELDS);
    private static final ZoneOffset BANGKOK_OFFSET = ZoneOffset.ofHours(7);

    private FileRecords() {}

    /** One record's fields as read, before checking. */
    static final class Fields {
        String id;
        String group;
        String time;
        String sender;
        String senderId;
        String type;
        String text;
        String replyTo;
        String event;
        String target;
        String attachment;

        void set(String name, String value, Evidence where) throws MalformedInputException {
            switch (name) {
                case "id" -> id = value;
                case "group" -> group = value;
                case "time" -> time = value;
                case "sender" -> sender = value;
                case "senderId" -> senderId = value;
                case "type" -> type = value;
                case "text" -> text = value;
                case "replyTo" -> replyTo = value;
                case "event" -> event = value;
                case "target" -> target = value;
                case "attachment" -> attachment = value;
                default -> throw new MalformedInputException(where, "unknown field '" + name + "' (fields: " + String.join(", ", FIELDS) + ")");
            }
        }
    }

    /**
     * Checks the fields and builds the message; a time outside the log's plausible range is refused,
     * a Buddhist-era year turned into the common era with a note (see {@link PlausibleTimes}).
     */
    static ChatMessage toMessage(Fields f, Evidence where, SourceContext context) throws MalformedInputException {
        if (blank(f.id)) {
            throw new MalformedInputException(where, "field 'id' is missing");
        }
        Evidence evidence = where.withMessageId(f.id);
        if (blank(f.group)) {
            throw new MalformedInputException(evidence, "field 'group' is missing");
        }
        if (blank(f.time)) {
            throw new MalformedInputException(evidence, "field 'time' is missing");
        }
        MessageType type = blank(f.type) ? MessageType.TEXT : MessageType.fromCode(f.type);
        if (type == null) {
            if (SystemEvent.fromCode(f.type) != null) {
                // {"type": "join"}: an event written where its kind goes
                throw new MalformedInputException(evidence, "unknown type '" + f.type + "': a membership event is type 'system' with event '"
                        + f.type + "' (and a 'target' for invite and remove)");
            }
            throw new MalformedInputException(evidence, "unknown type '" + f.type + "' (text, image, sticker, file, video, audio, system)");
        }
        SystemEvent event = null;
        if (type == MessageType.SYSTEM) {
            event = SystemEvent.fromCode(f.event);
            if (event == null) {
                throw new MalformedInputException(evidence, blank(f.event)
                        ? "a system message needs an 'event' (join, leave, invite, remove, unsend, rename)"
                        : "unknown event '" + f.event + "' (join, leave, invite, remove, unsend, rename, follow, unfollow, other)");
            }
            if ((event == SystemEvent.INVITE || event == SystemEvent.REMOVE) && blank(f.target)) {
                throw new MalformedInputException(evidence, "an " + event.code() + " event needs a 'target'");
            }
        } else if (!blank(f.event)) {
            throw new MalformedInputException(evidence, "field 'event' is only for type system");
        }
        ZonedDateTime time = PlausibleTimes.check(parseTime(f.time, evidence), evidence, context);
        return new ChatMessage(f.id, evidence, f.group, f.sender == null ? "" : f.sender, blank(f.senderId) ? null : f.senderId,
                time, type, f.text == null ? "" : f.text, blank(f.replyTo) ? null : f.replyTo, event,
                blank(f.target) ? null : f.target, blank(f.attachment) ? null : f.attachment);
    }

    /**
     * ISO-8601 with an offset, or without one (then Asia/Bangkok). The common shape
     * {@code yyyy-MM-ddTHH:mm[:ss][+07:00|Z]} is read by hand because it is on the hot path of
     * every audit; anything else goes to java.time.
     */
    static ZonedDateTime parseTime(String text, Evidence where) throws MalformedInputException {
        try {
            ZonedDateTime fast = fastParse(text);
            if (fast != null) {
                return fast;
            }
            if (hasOffset(text)) {
                return OffsetDateTime.parse(text).atZoneSameInstant(ChatMessage.BANGKOK);
            }
            return LocalDateTime.parse(text).atZone(ChatMessage.BANGKOK);
        } catch (DateTimeException e) {
            throw new MalformedInputException(where, "time '" + text + "' is not an ISO-8601 date-time such as 2025-11-21T09:30:00+07:00");
        }
    }

    private static ZonedDateTime fastParse(String s) {
        int n = s.length();
        if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = 0;
        int i = 16;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, 17, 2);
            i = 19;
        }
        if ((year | month | day | hour | minute | second) < 0 || (i < n && s.charAt(i) == '.')) {
            return null;
        }
        ZoneOffset offset;
        if (i == n) {
            offset = BANGKOK_OFFSET;
        } else if (n - i == 1 && s.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (n - i == 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int h = digits(s, i + 1, 2);
            int m = digits(s, i + 4, 2);
            if ((h | m) < 0) {
                return null;
            }
            int sign = s.charAt(i) == '-' ? -1 : 1;
            offset = ZoneOffset.ofHoursMinutes(sign * h, sign * m);
        } else {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
        return offset.equals(BANGKOK_OFFSET) ? ZonedDateTime.ofLocal(local, ChatMessage.BANGKOK, BANGKOK_OFFSET)
                : local.atOffset(offset).atZoneSameInstant(ChatMessage.BANGKOK);
    }

    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean hasOffset(String text) {
        int t = text.indexOf('T');
        return text.endsWith("Z") || (t > 0 && (text.indexOf('+', t) > 0 || text.indexOf('-', t) > 0));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
