package dev.rabiap.plugin.line;

import dev.rabiap.engine.spi.SourceInput;
import dev.rabiap.engine.spi.SourceReads;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads a LINE input to its end as an audit with keep-going would: messages, errors, skips and notes. */
final class LineReads extends SourceReads {
    final RecordingContext context = new RecordingContext();

    /** Reads an export with the factory and the given options, going on after each malformed record. */
    static LineReads export(Path file, Map<String, String> options) throws IOException {
        LineReads read = new LineReads();
        read.read(() -> new LineExportSourceFactory().open(new SourceInput(file.toString()), options, read.context), 10_000_000);
        return read;
    }

    /** Reads journal files. */
    static LineReads journal(Path file) throws IOException {
        LineReads read = new LineReads();
        read.read(() -> LineJournalSource.open(file.toString(), List.of(file),
                new LineWebhookEvents(LineGroupNames.of(Map.of()), LineWebhookEvents.DEFAULT_ACCOUNT), read.context), 10_000_000);
        return read;
    }

    List<Long> lines() {
        return messages.stream().map(message -> message.evidence().line()).toList();
    }

    List<String> skipped() {
        return context.skipped().stream().map(s -> s.where() + ": " + s.reason()).toList();
    }

    List<String> notes() {
        return context.notes().stream().map(s -> s.where() + ": " + s.reason()).toList();
    }

    /** A regression input of {@code LineReadersFuzzTest}, copied to a file of the given name. */
    static Path regression(String method, String name, Path dir, String fileName) {
        return SourceReads.regression(LineReads.class, "LineReadersFuzzTestInputs", method, name, dir, fileName);
    }

    /** The bytes of a regression input. */
    static byte[] regression(String method, String name) {
        return SourceReads.input(LineReads.class, "LineReadersFuzzTestInputs", method, name);
    }
}
