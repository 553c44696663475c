package dev.rabiap.plugin.email;

import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.SourceInput;
import dev.rabiap.engine.spi.SourceReads;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Reads a mail input to its end as an audit with keep-going would: messages, errors, skips and notes. */
final class MailReads extends SourceReads {
    final EmailTestMails.RecordingContext context = new EmailTestMails.RecordingContext();

    static MailReads read(MessageSourceFactory factory, Path file, Map<String, String> options) throws IOException {
        MailReads read = new MailReads();
        read.read(() -> factory.open(new SourceInput(file.toString()), options, read.context), 10_000_000);
        return read;
    }

    /** A regression input of {@code MailReadersFuzzTest}, copied to a file of the given name. */
    static Path regression(String method, String name, Path dir, String fileName) {
        return SourceReads.regression(MailReads.class, "MailReadersFuzzTestInputs", method, name, dir, fileName);
    }
}
