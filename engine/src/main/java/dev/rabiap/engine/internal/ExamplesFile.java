package dev.rabiap.engine.internal;

import dev.rabiap.engine.Kinds;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import java.util.ArrayList;
import java.util.List;

/** An {@code examples.jsonl} file: labelled posts the kind model learns from. */
final class ExamplesFile {
    private ExamplesFile() {}

    /**
     * The labelled example posts of a JSON-lines file, one post a line: {@code text} and {@code kind}
     * required; {@code role} (a role code, else {@code unknown}), {@code type} (text by default) and
     * {@code parts} (the types of photos and files sent with it) optional; other fields (an id, the
     * group, why it is labelled so) are for people and are not read.
     */
    static List<KindModel.Example> read(TableContext t, RuleSet rules, String fileName) {
        RuleFile file = rules.file(fileName);
        List<KindModel.Example> examples = new ArrayList<>();
        if (file == null) {
            return examples;
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        String[] lines = file.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int at = i + 1;
            com.fasterxml.jackson.databind.JsonNode node;
            try {
                node = json.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                t.problems.add(new RuleProblem(file.path(), at, "not a JSON object: " + e.getOriginalMessage()));
                continue;
            }
            if (node == null || !node.isObject() || !node.path("text").isTextual() || !node.path("kind").isTextual()) {
                t.problems.add(new RuleProblem(file.path(), at, "an example needs \"text\" and \"kind\""));
                continue;
            }
            String kind = node.get("kind").asText();
            if (!t.kindCatalogue.isKnown(kind) || Kinds.SYSTEM.equals(kind)) {
                t.problems.add(new RuleProblem(file.path(), at, "unknown kind '" + kind + "' (known: " + String.join(", ", t.nonSystemKinds()) + ")"));
                continue;
            }
            String role = node.path("role").asText("unknown");
            if (!role.equals("unknown") && !t.roleCatalogue.isKnown(role)) {
                t.problems.add(new RuleProblem(file.path(), at, "unknown role '" + role + "'"));
                continue;
            }
            dev.rabiap.engine.spi.MessageType type = dev.rabiap.engine.spi.MessageType.fromCode(node.path("type").asText("text"));
            if (type == null) {
                t.problems.add(new RuleProblem(file.path(), at, "unknown type '" + node.path("type").asText() + "' (known: text, image, sticker, file, video, audio)"));
                continue;
            }
            examples.add(new KindModel.Example(node.get("text").asText(), kind, role, type, node.path("parts").size() > 0, file.path() + ":" + at));
        }
        return examples;
    }
}
