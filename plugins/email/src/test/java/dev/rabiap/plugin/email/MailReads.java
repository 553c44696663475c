package dev.rabiap.plugin.email;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a mail input to its end as an audit with keep-going would: messages, errors, skips and notes. */
final class MailReads {
    final EmailTestMails.RecordingContext context = new EmailTestMails.RecordingContext();
    final List<ChatMessage> messages = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<MalformedInputException> problems = new ArrayList<>();

    static MailReads read(MessageSourceFactory factory, Path file, Map<String, String> options) throws IOException {
        MailReads read = new MailReads();
        try (MessageSource source = factory.open(new SourceInput(file.toString()), options, read.context)) {
            for (int guard = 0; guard < 10_000_000; guard++) {
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

    /** A regression input of {@code MailReadersFuzzTest}, copied to a file of the given name. */
    static Path regression(String method, String name, Path dir, String fileName) {
        String resource = "MailReadersFuzzTestInputs/" + method + "/" + name;
        try (InputStream in = MailReads.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return Files.write(dir.resolve(fileName), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
