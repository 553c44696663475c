package dev.rabiap.plugin.email;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;

/**
 * What the factories of mail kept in files ({@code eml}, {@code mbox}, {@code maildir}) share: a name, the options
 * {@code group} and {@code address-groups} (see {@link EmailPlugin}), and opening with those options read into the
 * mapper that turns each mail into a message. Stateless.
 */
abstract class MailFileSourceFactory implements MessageSourceFactory {
    private final String name;

    MailFileSourceFactory(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<String> optionNames() {
        return Set.of(EmailGroupResolver.GROUP, EmailGroupResolver.ADDRESS_GROUPS);
    }

    @Override
    public final MessageSource open(SourceInput input, Map<String, String> options, SourceContext context) throws IOException {
        requireNonNull(input, "input is null");
        requireNonNull(options, "options is null");
        requireNonNull(context, "context is null");
        EmailGroupResolver groups = EmailGroupResolver.fromOptions(options);
        return open(input, new EmailMessageMapper(groups, context), context);
    }

    /** Opens the input, its options read into {@code mapper}. */
    abstract MessageSource open(SourceInput input, EmailMessageMapper mapper, SourceContext context) throws IOException;
}
