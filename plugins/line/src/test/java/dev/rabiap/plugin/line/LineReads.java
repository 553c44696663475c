package dev.rabiap.plugin.line;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a LINE input to its end as an audit with keep-going would: messages, errors, skips and notes. */
final class LineReads {
    final RecordingContext context = new RecordingContext();
    final List<ChatMessage> messages = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<MalformedInputException> problems = new ArrayList<>();

    /** Reads an export with the factory and the given options, going on after each malformed record. */
    static LineReads export(Path file, Map<String, String> options) throws IOException {
        LineReads read = new LineReads();
        MessageSource source;
        try {
            source = new LineExportSourceFactory().open(new SourceInput(file.toString()), options, read.context);
        } catch (MalformedInputException e) {
            read.errors.add(e.getMessage());
            read.problems.add(e);
            return read;
        }
        read.drain(source);
        return read;
    }

    /** Reads journal files. */
    static LineReads journal(Path file) throws IOException {
        LineReads read = new LineReads();
        read.drain(LineJournalSource.open(file.toString(), List.of(file),
                new LineWebhookEvents(LineGroupNames.of(Map.of()), LineWebhookEvents.DEFAULT_ACCOUNT), read.context));
        return read;
    }

    private void drain(MessageSource source) throws IOException {
        try (source) {
            for (int guard = 0; guard < 10_000_000; guard++) {
                try {
                    ChatMessage message = source.next();
                    if (message == null) {
                        return;
                    }
                    messages.add(message);
                } catch (MalformedInputException e) {
                    errors.add(e.getMessage());
                    problems.add(e);
                }
            }
        }
        throw new AssertionError("the source never ended");
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
        String resource = "LineReadersFuzzTestInputs/" + method + "/" + name;
        try (InputStream in = LineReads.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return Files.write(dir.resolve(fileName), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a regression input. */
    static byte[] regression(String method, String name) {
        String resource = "LineReadersFuzzTestInputs/" + method + "/" + name;
        try (InputStream in = LineReads.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
