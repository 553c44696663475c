package dev.rabiap.plugin.file;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a file to its end as an audit with keep-going would, recording messages, errors, skips and notes. */
final class FileReadersTestSupport {
    /** The run's clock in these tests: 2025-11-25 07:00 in Bangkok. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-25T00:00:00Z"), ChatMessage.BANGKOK);

    private FileReadersTestSupport() {}

    /** What one read gave. */
    static final class Read implements SourceContext {
        final List<ChatMessage> messages = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<MalformedInputException> problems = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        @Override
        public void skipped(Evidence where, String reason) {
            skipped.add(where + ": " + reason);
        }

        @Override
        public void noted(Evidence where, String reason) {
            notes.add(where + ": " + reason);
        }

        @Override
        public Clock clock() {
            return CLOCK;
        }

        List<String> ids() {
            return messages.stream().map(ChatMessage::id).toList();
        }
    }

    /** Opens the file with the named factory of the file plugin and reads it to the end, going on after each malformed record. */
    static Read read(String format, Path file) throws IOException {
        Read read = new Read();
        var factory = switch (format) {
            case "jsonl" -> new FileSourceFactories.Jsonl();
            case "csv" -> new FileSourceFactories.Csv();
            case "survey-csv" -> new FileSourceFactories.SurveyCsv();
            default -> throw new IllegalArgumentException(format);
        };
        MessageSource source;
        try {
            source = factory.open(new SourceInput(file.toString()), Map.of(), read);
        } catch (MalformedInputException e) {
            read.errors.add(e.getMessage());
            read.problems.add(e);
            return read;
        }
        try (source) {
            for (int guard = 0; guard < 1_000_000; guard++) {
                try {
                    ChatMessage message = source.next();
                    if (message == null) {
                        return read;
                    }
                    read.messages.add(message);
                } catch (MalformedInputException e) {
                    read.errors.add(e.getMessage());
                    read.problems.add(e);
                }
            }
        }
        throw new AssertionError("the source never ended");
    }

    /** A regression input of a fuzz test, copied to a file with the given name. */
    static Path regression(String method, String name, Path dir, String fileName) {
        String resource = "FileReadersFuzzTestInputs/" + method + "/" + name;
        try (InputStream in = FileReadersTestSupport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return Files.write(dir.resolve(fileName), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
