package dev.rabiap.plugin.email;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;

import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;

/**
 * Opens an mbox file (mboxo or mboxrd, as written by Thunderbird, mutt or a Google Takeout export).
 * Each mail's evidence is the file and the line of its {@code From } line, with its Message-ID.
 * Options: {@code group}, {@code address-groups} (see {@link EmailPlugin}).
 */
public final class MboxSourceFactory implements MessageSourceFactory {
    /** Creates the factory. */
    public MboxSourceFactory() {
        // no state
    }

    @Override
    public String name() {
        return "mbox";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of(EmailGroupResolver.GROUP, EmailGroupResolver.ADDRESS_GROUPS);
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
    public MessageSource open(SourceInput input, Map<String, String> options, SourceContext context) throws IOException {
        requireNonNull(input, "input is null");
        requireNonNull(options, "options is null");
        requireNonNull(context, "context is null");
        EmailGroupResolver groups = EmailGroupResolver.fromOptions(options);
        return new MboxMessageSource(input.path(), new EmailMessageMapper(groups, context), context);
    }
}
