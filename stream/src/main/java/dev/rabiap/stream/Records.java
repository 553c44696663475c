package dev.rabiap.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.LedgerEntry;
import dev.rabiap.engine.PartitionedRules;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageJson;
import dev.rabiap.engine.spi.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The JSON of every record on the topics (docs/stream.md, "Record formats"). Thread-safe.
 *
 * <ul>
 *   <li>{@code rabiap.messages}: a message, keyed by group, with the JSONL message fields, its evidence
 *       ({@code file}, {@code line}, {@code messageId}) and its position in the log ({@code seq}); or a
 *       control record sent to every partition: {@code {"control":"tick","time":…}} (the log's time has
 *       reached this) or {@code {"control":"end","asOf":…}} (judge the log at this time, as an audit
 *       does at its end);</li>
 *   <li>{@code rabiap.roster}: a person, keyed by roster id;</li>
 *   <li>{@code rabiap.rules}: a rule set version, keyed {@code rules}: its name and every file;</li>
 *   <li>{@code rabiap.findings}: a finding as {@code audit --format jsonl} writes it, plus {@code ruleSet}
 *       and {@code ruleSetVersion};</li>
 *   <li>{@code rabiap.ledger}: a duty's new state, keyed by the duty;</li>
 *   <li>{@code rabiap.rejected}: a record that could not be read, or a rule set version refused, with the reason.</li>
 * </ul>
 */
public final class Records {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** The key of the one rule set record. */
    public static final String RULES_KEY = "rules";

    private Records() {}

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
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    static String time(ZonedDateTime time) {
        return time == null ? null : TIME.format(time);
    }

    static ZonedDateTime time(String text) {
        return OffsetDateTime.parse(text).atZoneSameInstant(ChatMessage.BANGKOK);
    }

    static ZonedDateTime time(long millis) {
        return ZonedDateTime.ofInstant(Instant.ofEpochMilli(millis), ChatMessage.BANGKOK);
    }

    /** A message record: the JSONL message fields, its evidence and its position in the log. */
    public static byte[] message(ChatMessage m, long seq) {
        ObjectNode node = MessageJson.write(m);
        node.put("seq", seq);
        return bytes(node);
    }

    /**
     * A message back from its record.
     *
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    static ChatMessage message(JsonNode node) {
        return MessageJson.read(node);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A tick: the log's time has reached {@code millis}. */
    public static byte[] tick(long millis) {
        ObjectNode node = JSON.createObjectNode();
        node.put("control", "tick");
        node.put("time", time(time(millis)));
        return bytes(node);
    }

    /** The end of the log, judged at {@code asOf}. */
    public static byte[] end(ZonedDateTime asOf) {
        ObjectNode node = JSON.createObjectNode();
        node.put("control", "end");
        node.put("asOf", time(asOf));
        return bytes(node);
    }

    /** A finding: the fields of {@code audit --format jsonl}, plus the rule set and its version. */
    public static byte[] finding(Finding f, String ruleSet, String version) {
        ObjectNode node = JSON.createObjectNode();
        Evidence e = f.evidence();
        node.put("rule", f.ruleId());
        node.put("kind", f.kind().code());
        node.put("group", f.group());
        node.put("personId", f.personId());
        node.put("actor", f.actor());
        node.put("file", e.source());
        if (e.line() > 0) {
            node.put("line", e.line());
        } else {
            node.putNull("line");
        }
        node.put("messageId", e.messageId() == null ? "" : e.messageId());
        node.put("time", TIME.format(f.time()));
        node.put("severity", f.severity().code());
        node.put("th", f.th());
        node.put("en", f.en());
        node.put("letter", f.source().reference());
        node.put("clause", f.source().clause());
        node.put("reading", f.source().reading());
        node.put("ruleSet", ruleSet);
        node.put("ruleSetVersion", version);
        return bytes(node);
    }

    /** The key of a finding: what makes it the same finding when a record is read again. */
    public static String findingKey(Finding f) {
        return f.ruleId() + "|" + f.group() + "|" + f.evidence() + "|" + f.personId() + "|" + f.actor();
    }

    /** The key of a duty on the ledger topic: its rule, its order and its party. */
    public static String dutyKey(LedgerEntry entry) {
        // a daily order's or a measured order's duties are one a day or measure: each keeps its own record
        return entry.ruleId() + "|" + entry.order() + "|" + entry.party() + (entry.day() > 0 ? "|" + entry.day() : "");
    }

    /** A ledger record: a duty in its new state. */
    public static byte[] ledger(LedgerEntry entry, String version) {
        ObjectNode node = JSON.createObjectNode();
        node.put("rule", entry.ruleId());
        node.put("group", entry.group());
        evidence(node.putObject("order"), entry.order());
        node.put("orderTime", time(entry.orderTime()));
        node.put("party", entry.party());
        node.put("answerIn", entry.answerIn());
        node.put("deadline", time(entry.deadline()));
        node.put("state", entry.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (entry.answer() != null) {
            evidence(node.putObject("answer"), entry.answer());
        } else {
            node.putNull("answer");
        }
        node.put("answerTime", time(entry.answerTime()));
        node.put("answeredBy", entry.answeredBy());
        node.put("namedAs", entry.namedAs());
        node.put("deadlineThai", entry.deadlineThai());
        node.put("deadlineEnglish", entry.deadlineEnglish());
        node.put("ruleSetVersion", version);
        return bytes(node);
    }

    private static void evidence(ObjectNode node, Evidence evidence) {
        node.put("file", evidence.source());
        node.put("line", evidence.line());
        node.put("messageId", evidence.messageId());
    }

    /** A rejected record or rule set, with why. */
    public static byte[] rejected(String what, String reason, String where, byte[] record) {
        ObjectNode node = JSON.createObjectNode();
        node.put("what", what);
        node.put("reason", reason);
        node.put("where", where);
        if (record != null) {
            String text = new String(record, StandardCharsets.UTF_8);
            node.put("record", text.length() > 4000 ? text.substring(0, 4000) + "…" : text);
        }
        return bytes(node);
    }

    /** A handoff on the repartition topic, or a watermark or end passed on to every partition. */
    static byte[] handoff(PartitionedRules.Handoff handoff) {
        ObjectNode node = JSON.createObjectNode();
        node.put("party", handoff.party());
        node.put("seq", handoff.seq());
        node.put("millis", handoff.millis());
        node.put("payload", Base64.getEncoder().encodeToString(handoff.payload()));
        return bytes(node);
    }

    static PartitionedRules.Handoff handoff(JsonNode node) {
        return new PartitionedRules.Handoff(node.get("party").asText(), node.get("seq").asLong(), node.get("millis").asLong(),
                Base64.getDecoder().decode(node.get("payload").asText()));
    }

    static byte[] watermark(int partition, long millis) {
        ObjectNode node = JSON.createObjectNode();
        node.put("control", "watermark");
        node.put("from", partition);
        node.put("millis", millis);
        return bytes(node);
    }

    static byte[] endOf(int partition, ZonedDateTime asOf) {
        ObjectNode node = JSON.createObjectNode();
        node.put("control", "end");
        node.put("from", partition);
        node.put("asOf", time(asOf));
        return bytes(node);
    }

    /**
     * A rule set version: its name and every file. A file bundled in the jar ({@code classpath:…}: the
     * generic DRL, the shared tables and labelled examples, a bundled rule set) goes by its path and
     * the SHA-256 of its content, which every instance has; a file of the rules folder goes whole.
     * The record stays small (the labelled examples alone are about a megabyte, Kafka's default
     * limit), and an instance whose jar holds other bundled files refuses the version.
     */
    public static byte[] rules(RuleSet rules) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", rules.name());
        node.put("version", rules.version());
        ArrayNode files = node.putArray("files");
        for (RuleFile file : rules.files()) {
            ObjectNode entry = files.addObject().put("path", file.path()).put("name", file.name());
            if (file.path().startsWith(BUNDLED) && file.content().equals(bundled(file.path()))) {
                entry.put("sha256", sha256(file.content()));
            } else {
                entry.put("content", file.content());
            }
        }
        return bytes(node);
    }

    static RuleSet rules(byte[] value) {
        JsonNode node = tree(value);
        List<RuleFile> files = new ArrayList<>();
        for (JsonNode file : node.get("files")) {
            String path = file.get("path").asText();
            String content;
            if (file.has("content")) {
                content = file.get("content").asText();
            } else {
                content = bundled(path);
                if (content == null || !sha256(content).equals(file.path("sha256").asText())) {
                    throw new IllegalArgumentException("rule set " + node.path("name").asText() + " " + node.path("version").asText()
                            + " was published with a bundled file " + path + " this instance does not have as published");
                }
            }
            files.add(new RuleFile(path, file.get("name").asText(), content));
        }
        return RuleSet.of(node.get("name").asText(), files);
    }

    private static final String BUNDLED = "classpath:";

    /** The content of a file bundled in the jar, or null when there is none at that path. */
    private static String bundled(String path) {
        try (java.io.InputStream in = Records.class.getClassLoader().getResourceAsStream(path.substring(BUNDLED.length()))) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String sha256(String content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A person of the roster, with the line they stand on. */
    public static byte[] person(Person person, int line) {
        ObjectNode node = JSON.createObjectNode();
        node.put("line", line);
        node.put("person_id", person.id());
        node.put("full_name", person.fullName());
        node.put("display_names", String.join("|", person.displayNames()));
        node.put("role", person.rolesText());
        node.put("agency", person.agency());
        node.put("district", person.district());
        node.put("line_user_id", person.lineUserId());
        node.put("email", person.email());
        return bytes(node);
    }

    /** A roster from person records, in the order of their lines. */
    static Roster roster(List<byte[]> values) {
        List<JsonNode> rows = new ArrayList<>();
        for (byte[] value : values) {
            rows.add(tree(value));
        }
        rows.sort(java.util.Comparator.comparingLong((JsonNode n) -> n.path("line").asLong()).thenComparing(n -> n.get("person_id").asText()));
        List<Person> people = new ArrayList<>();
        for (JsonNode row : rows) {
            String names = row.path("display_names").asText("");
            people.add(new Person(row.get("person_id").asText(), row.path("full_name").asText(""),
                    names.isEmpty() ? List.of() : List.of(names.split("\\|")), row.path("role").asText(""), row.path("agency").asText(""),
                    row.path("district").asText(""), row.path("line_user_id").asText(""), row.path("email").asText("")));
        }
        return Roster.of(people);
    }
}
