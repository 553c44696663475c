package dev.rabiap.plugin.email;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;

/**
 * Opens an mbox file (mboxo or mboxrd, as written by Thunderbird, mutt or a Google Takeout export).
 * Each mail's evidence is the file and the line of its {@code From } line, with its Message-ID.
 * Options: {@code group}, {@code address-groups} (see {@link EmailPlugin}).
 */
public final class MboxSourceFactory extends MailFileSourceFactory {
    /** Creates the factory. */
    public MboxSourceFactory() {
        super("mbox");
    }

    /** A regular file whose first line starts with {@code From }. */
    @Override
    public boolean accepts(SourceInput input) throws IOException {
        if (input.isUrl() || !Files.isRegularFile(input.path())) {
            return false;
        }
        byte[] head = input.head(5);
        return new String(head, StandardCharsets.ISO_8859_1).equals("From ");
    }

    @Override
    MessageSource open(SourceInput input, EmailMessageMapper mapper, SourceContext context) throws IOException {
        return new MboxMessageSource(input.path(), mapper, context);
    }
}
