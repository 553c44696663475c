package dev.rabiap.plugin.file;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import dev.rabiap.engine.spi.SourceReads;
import java.io.IOException;
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
    static final class Read extends SourceReads implements SourceContext {
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
        read.read(() -> factory.open(new SourceInput(file.toString()), Map.of(), read), 1_000_000);
        return read;
    }

    /** A regression input of a fuzz test, copied to a file with the given name. */
    static Path regression(String method, String name, Path dir, String fileName) {
        return SourceReads.regression(FileReadersTestSupport.class, "FileReadersFuzzTestInputs", method, name, dir, fileName);
    }
}
