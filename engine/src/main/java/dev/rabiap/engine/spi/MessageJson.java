package dev.rabiap.engine.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A message as JSON, and back: the fields of the JSONL message schema plus its evidence
 * ({@code file}, {@code line}, {@code messageId}). How a message is kept outside an audit and read
 * again, the same way in a partitioned run's facts and on the Kafka messages topic.
 */
public final class MessageJson {
    private MessageJson() {}

    /** The message's fields; a caller may add its own (a position in the log) to the node. */
    public static ObjectNode write(ChatMessage m) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", m.id());
        node.put("file", m.evidence().source());
        node.put("line", m.evidence().line());
        node.put("messageId", m.evidence().messageId());
        node.put("group", m.group());
        node.put("sender", m.sender());
        node.put("senderId", m.senderId());
        node.put("time", m.time() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.time()));
        node.put("type", m.type().code());
        node.put("text", m.text());
        node.put("replyTo", m.replyTo());
        node.put("event", m.event() == null ? null : m.event().code());
        node.put("target", m.target());
        node.put("attachment", m.attachmentName());
        return node;
    }

    /**
     * A message from JSON written by {@link #write}; fields it does not know are left alone.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    public static ChatMessage read(JsonNode node) {
        String group = text(node, "group");
        String time = text(node, "time");
        if (group == null || group.isEmpty()) {
            throw new IllegalArgumentException("no group");
        }
        if (time == null) {
            throw new IllegalArgumentException("no time");
        }
        MessageType type = MessageType.fromCode(text(node, "type") == null ? "text" : text(node, "type"));
        if (type == null) {
            throw new IllegalArgumentException("unknown type '" + text(node, "type") + "'");
        }
        String eventCode = text(node, "event");
        SystemEvent event = eventCode == null ? null : SystemEvent.fromCode(eventCode);
        if (eventCode != null && event == null) {
            throw new IllegalArgumentException("unknown event '" + eventCode + "'");
        }
        ZonedDateTime when;
        try {
            when = OffsetDateTime.parse(time).atZoneSameInstant(ChatMessage.BANGKOK);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time '" + time + "' is not an ISO-8601 time with an offset");
        }
        String file = text(node, "file");
        Evidence evidence = new Evidence(file == null ? "kafka" : file, Math.max(0, node.path("line").asLong(0)), text(node, "messageId"));
        String id = text(node, "id");
        String sender = text(node, "sender");
        String body = text(node, "text");
        return new ChatMessage(id == null ? evidence.toString() : id, evidence, group, sender == null ? "" : sender, text(node, "senderId"), when,
                type, body == null ? "" : body, text(node, "replyTo"), event, text(node, "target"), text(node, "attachment"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
