package dev.rabiap.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.Resolution;
import dev.rabiap.engine.rule.Member;
import dev.rabiap.engine.rule.Order;
import dev.rabiap.engine.rule.Post;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageJson;
import dev.rabiap.engine.spi.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;

/**
 * JSON for the facts a partitioned run keeps outside working memory: messages, posts (with their
 * sender resolved as it was), members, and the intermediate facts the rule files declare. Members
 * and posts are written with the person they were resolved to, so that a later roster change does
 * not change what was decided. Thread-safe.
 */
public final class FactCodec {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private FactCodec() {}

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String time(ZonedDateTime time) {
        return time == null ? null : TIME.format(time);
    }

    static ZonedDateTime time(JsonNode node) {
        return node == null || node.isNull() ? null : OffsetDateTime.parse(node.asText()).atZoneSameInstant(ChatMessage.BANGKOK);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static ObjectNode person(Person p) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", p.id());
        node.put("fullName", p.fullName());
        ArrayNode names = node.putArray("displayNames");
        p.displayNames().forEach(names::add);
        node.put("roles", p.rolesText());
        node.put("agency", p.agency());
        node.put("district", p.district());
        node.put("lineUserId", p.lineUserId());
        node.put("email", p.email());
        return node;
    }

    static Person person(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.get("displayNames").forEach(n -> names.add(n.asText()));
        return new Person(text(node, "id"), text(node, "fullName"), names, text(node, "roles"), text(node, "agency"), text(node, "district"),
                text(node, "lineUserId"), text(node, "email"));
    }

    static ObjectNode resolution(Resolution r) {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", r.status().name());
        if (r.person() != null) {
            node.set("person", person(r.person()));
        }
        ArrayNode candidates = node.putArray("candidates");
        r.candidates().forEach(c -> candidates.add(person(c)));
        node.put("via", r.via());
        return node;
    }

    static Resolution resolution(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<Person> candidates = new ArrayList<>();
        node.get("candidates").forEach(c -> candidates.add(person(c)));
        JsonNode person = node.get("person");
        return new Resolution(Resolution.Status.valueOf(text(node, "status")), person == null || person.isNull() ? null : person(person),
                candidates, text(node, "via"));
    }

    static ObjectNode order(Order o) {
        ObjectNode node = JSON.createObjectNode();
        node.put("deadline", time(o.deadline()));
        node.put("deadlineThai", o.deadlineThai());
        node.put("deadlineEnglish", o.deadlineEnglish());
        node.put("speed", o.speed());
        ArrayNode addressees = node.putArray("addressees");
        for (Order.Addressee a : o.addressees()) {
            addressees.addObject().put("unit", a.unit()).put("name", a.name()).put("as", a.as());
        }
        node.put("informationOnly", o.informationOnly());
        node.put("reminder", o.reminder());
        node.put("remindsOf", o.remindsOf());
        if (o.isDaily()) {
            ArrayNode days = node.putArray("daily");
            o.daily().forEach(day -> days.add(time(day)));
            node.put("measures", o.measures());
        }
        if (o.topicWords() != null) {
            ArrayNode words = node.putArray("topicWords");
            new java.util.TreeSet<>(o.topicWords()).forEach(words::add);
        }
        return node;
    }

    static Order order(JsonNode node) {
        List<Order.Addressee> addressees = new ArrayList<>();
        node.get("addressees").forEach(a -> addressees.add(new Order.Addressee(text(a, "unit"), text(a, "name"), text(a, "as"))));
        Set<String> words = null;
        JsonNode topic = node.get("topicWords");
        if (topic != null && !topic.isNull()) {
            words = new LinkedHashSet<>();
            for (JsonNode word : topic) {
                words.add(word.asText());
            }
        }
        List<java.time.ZonedDateTime> daily = new ArrayList<>();
        JsonNode days = node.get("daily");
        if (days != null) {
            days.forEach(day -> daily.add(time(day)));
        }
        return new Order(time(node.get("deadline")), text(node, "deadlineThai"), text(node, "deadlineEnglish"), text(node, "speed"), addressees,
                node.get("informationOnly").asBoolean(), node.get("reminder").asBoolean(), text(node, "remindsOf"), words, daily,
                node.has("measures") && node.get("measures").asBoolean());
    }

    /** A post with everything the rules read of it. */
    public static ObjectNode post(Post post) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seq", post.getSeq());
        ArrayNode parts = node.putArray("parts");
        int main = 0;
        for (int i = 0; i < post.getParts().size(); i++) {
            ChatMessage part = post.getParts().get(i);
            parts.add(MessageJson.write(part));
            if (part == post.getMessage()) {
                main = i;
            }
        }
        node.put("main", main);
        node.put("group", post.getGroup());
        node.put("kind", post.getKind());
        node.set("sender", resolution(post.getSender()));
        node.set("target", post.getTargetResolution() == null ? null : resolution(post.getTargetResolution()));
        node.set("order", order(post.getOrder()));
        node.put("answering", post.isAnswering());
        if (post.getTopicBest() > 0) {
            node.put("topicBest", post.getTopicBest());
        }
        if (post.getReplyOrder() != null) {
            node.put("replyOrder", post.getReplyOrder());
        }
        if (post.getForDistrict() != null) {
            node.put("forDistrict", post.getForDistrict());
        }
        if (!post.getItemOrders().isEmpty()) {
            post.getItemOrders().stream().sorted().forEach(node.putArray("itemOrders")::add);
        }
        return node;
    }

    /** A post from {@link #post(Post)}; {@code groups} gives the one instance of each group name. */
    public static Post post(JsonNode node, Map<String, String> groups) {
        List<ChatMessage> parts = new ArrayList<>();
        node.get("parts").forEach(p -> parts.add(MessageJson.read(p)));
        String group = text(node, "group");
        group = groups.getOrDefault(group, group);
        Post post = new Post(node.get("seq").asLong(), parts, parts.get(node.get("main").asInt()), group, text(node, "kind"),
                resolution(node.get("sender")), resolution(node.get("target")), order(node.get("order")), node.get("answering").asBoolean());
        if (node.hasNonNull("topicBest")) {
            post.carryTopicBest(node.get("topicBest").asInt());
        }
        if (node.hasNonNull("replyOrder")) {
            post.carryReplyOrder(node.get("replyOrder").asText());
        }
        if (node.hasNonNull("forDistrict")) {
            post.carryForDistrict(node.get("forDistrict").asText());
        }
        if (node.hasNonNull("itemOrders")) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            node.get("itemOrders").forEach(id -> ids.add(id.asText()));
            post.carryItemOrders(ids);
        }
        return post;
    }

    static ObjectNode member(Member m) {
        ObjectNode node = JSON.createObjectNode();
        node.put("group", m.getGroup());
        node.put("key", m.getKey());
        node.set("resolution", resolution(m.getResolution()));
        node.put("actor", m.getActor());
        node.put("seq", m.getSeq());
        node.put("file", m.getEvidence().source());
        node.put("line", m.getEvidence().line());
        node.put("messageId", m.getEvidence().messageId());
        node.put("time", time(m.getTime()));
        node.set("invitedBy", m.getInvitedBy() == null ? null : post(m.getInvitedBy()));
        node.put("origin", m.getOrigin());
        return node;
    }

    static Member member(JsonNode node, Map<String, String> groups) {
        String group = text(node, "group");
        JsonNode invite = node.get("invitedBy");
        return Member.restore(groups.getOrDefault(group, group), text(node, "key"), resolution(node.get("resolution")), text(node, "actor"),
                node.get("seq").asLong(), new Evidence(text(node, "file"), node.get("line").asLong(), text(node, "messageId")),
                time(node.get("time")), invite == null || invite.isNull() ? null : post(invite, groups), text(node, "origin"));
    }

    /** The type of a fact the rule files declare, or null for a Java class. */
    static FactType declared(KieBase kieBase, Object fact) {
        Class<?> type = fact.getClass();
        if (type.getName().startsWith("dev.rabiap.engine.") || type.getName().startsWith("java.")) {
            return null;
        }
        try {
            return kieBase.getFactType(type.getPackageName(), type.getSimpleName());
        } catch (UnsupportedOperationException e) {
            return null; // a Java class, not declared in a rule file
        }
    }

    /** A declared fact: its type and its fields, sorted by name. */
    static ObjectNode declaredFact(FactType type, Object fact) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", type.getName());
        ObjectNode fields = node.putObject("fields");
        for (Map.Entry<String, Object> field : new TreeMap<>(type.getAsMap(fact)).entrySet()) {
            Object value = field.getValue();
            if (value == null) {
                fields.putNull(field.getKey());
            } else if (value instanceof Number number) {
                fields.put(field.getKey(), number.longValue());
            } else if (value instanceof Boolean bool) {
                fields.put(field.getKey(), bool);
            } else if (value instanceof String string) {
                fields.put(field.getKey(), string);
            } else {
                throw new IllegalStateException("a declared fact " + type.getName() + " holds a " + value.getClass().getName()
                        + " in " + field.getKey() + ": only text, numbers and booleans can be kept between steps");
            }
        }
        return node;
    }

    /** A declared fact back from {@link #declaredFact}; null when the rules in force no longer declare its type. */
    static Object declaredFact(KieBase kieBase, JsonNode node, Map<String, String> groups) {
        String name = text(node, "type");
        int dot = name.lastIndexOf('.');
        FactType type = kieBase.getFactType(name.substring(0, dot), name.substring(dot + 1));
        if (type == null) {
            return null;
        }
        try {
            Object fact = type.newInstance();
            JsonNode fields = node.get("fields");
            for (FactField field : type.getFields()) {
                JsonNode value = fields.get(field.getName());
                if (value == null || value.isNull()) {
                    continue;
                }
                Class<?> javaType = field.getType();
                Object converted;
                if (javaType == long.class || javaType == Long.class) {
                    converted = value.asLong();
                } else if (javaType == int.class || javaType == Integer.class) {
                    converted = value.asInt();
                } else if (javaType == boolean.class || javaType == Boolean.class) {
                    converted = value.asBoolean();
                } else if (javaType == String.class) {
                    String text = value.asText();
                    converted = field.getName().equals("group") ? groups.getOrDefault(text, text) : text;
                } else {
                    converted = value.asText();
                }
                field.set(fact, converted);
            }
            return fact;
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot restore a " + name + ": " + e, e);
        }
    }
}
