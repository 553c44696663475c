package dev.rabiap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rabiap.engine.ClassifiedPost;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.SourceRegistry;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rabiap classify}: shows each post of a log with the kind the classification tables give it,
 * the row that decided and the words it matched, so that a policy officer can see why and fix a row.
 * No rule runs.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Shows each post with its kind, the table row that decided it and the words it matched.",
                "แสดงชนิดของข้อความแต่ละโพสต์ แถวในตารางที่ตัดสิน และคำที่ตรง"})
final class ClassifyCommand implements Callable<Integer> {
    enum Format { text, jsonl }

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--input-format", paramLabel = "NAME", description = "The input format, when it cannot be told from the file.")
    String inputFormat;

    @Option(names = {"-O", "--source-option"}, paramLabel = "KEY=VALUE", description = "An option for the input's plugin, such as group=NAME.")
    Map<String, String> sourceOptions = new LinkedHashMap<>();

    @Option(names = "--kind", paramLabel = "KIND", split = ",", description = "Show only posts of these kinds.")
    List<String> only;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Message logs: files, folders or URLs.")
    List<String> inputs;

    @Spec
    CommandSpec spec;

    private final SourceRegistry sources;
    private final Clock clock;

    @Inject
    ClassifyCommand(SourceRegistry sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        RuleSet ruleSet = rules.ruleSet();
        Roster roster = rules.loadRoster();
        PolicyEngine engine = rules.engine(ruleSet, roster, clock, spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> skipped = new TreeMap<>();
        SourceContext context = new SourceContext() {
            @Override
            public void skipped(Evidence where, String reason) {
                skipped.merge(reason, 1L, Long::sum);
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public java.util.Collection<String> knownNames() {
                return roster.displayNames();
            }
        };
        List<MessageSource> opened = new ArrayList<>();
        long messages;
        try (JsonGenerator json = format == Format.jsonl ? new JsonFactory().createGenerator(new NonClosingWriter(out)) : null) {
            if (json != null) {
                json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            }
            try {
                for (String input : inputs) {
                    opened.add(sources.open(new SourceInput(input), inputFormat, sourceOptions, context));
                }
                messages = engine.classify(opened, post -> {
                    kinds.merge(post.kind(), 1L, Long::sum);
                    if (only != null && !only.contains(post.kind())) {
                        return;
                    }
                    if (json != null) {
                        write(json, post);
                    } else {
                        print(out, post);
                    }
                });
            } finally {
                for (MessageSource source : opened) {
                    source.close();
                }
            }
            if (json != null) {
                json.flush();
                out.println();
            }
        }
        PrintWriter summary = format == Format.jsonl ? spec.commandLine().getErr() : out;
        long posts = kinds.values().stream().mapToLong(Long::longValue).sum();
        summary.println((format == Format.text ? "\n" : "") + "สรุป / Summary: " + messages + " messages, " + posts + " posts");
        kinds.forEach((kind, count) -> summary.println("  " + kind + ": " + count));
        skipped.forEach((reason, count) -> summary.println("  skipped, " + reason + ": " + count));
        summary.flush();
        return ExitCodes.CLEAN;
    }

    private static void print(PrintWriter out, ClassifiedPost post) {
        out.println(post.evidence() + (post.parts() > 1 ? " +" + (post.parts() - 1) : "") + "  " + post.group() + "  " + post.sender()
                + (post.roles().isEmpty() ? "" : " (" + post.roles() + ")"));
        out.println("  " + post.kind() + " ← " + post.why() + (post.matched().isEmpty() ? "" : "  [" + String.join(", ", post.matched()) + "]"));
        String text = post.text().replace('\n', ' ');
        if (!text.isBlank()) {
            out.println("  \"" + (text.length() > 140 ? text.substring(0, 139) + "…" : text) + "\"");
        }
    }

    private static void write(JsonGenerator json, ClassifiedPost post) {
        try {
            json.writeStartObject();
            json.writeStringField("file", post.evidence().source());
            json.writeNumberField("line", post.evidence().line());
            json.writeStringField("messageId", post.evidence().messageId());
            json.writeStringField("group", post.group());
            json.writeStringField("sender", post.sender());
            json.writeStringField("personId", post.personId());
            json.writeNumberField("parts", post.parts());
            json.writeStringField("kind", post.kind());
            json.writeStringField("row", post.row());
            json.writeArrayFieldStart("matched");
            for (String word : post.matched()) {
                json.writeString(word);
            }
            json.writeEndArray();
            json.writeStringField("why", post.why());
            json.writeStringField("text", post.text());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets the JSON generator write to the command's output without closing it. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(java.io.Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
