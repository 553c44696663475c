package dev.rabiap.plugin.email;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;

/**
 * Opens one mail saved as a file (RFC 5322, usually {@code .eml}). Its evidence is the file path,
 * with its Message-ID. Options: {@code group}, {@code address-groups} (see {@link EmailPlugin}).
 */
public final class EmlSourceFactory implements MessageSourceFactory {
    private static final Pattern HEADER_LINE = Pattern.compile(
            "(?i)(Return-Path|Received|From|Message-ID|Delivered-To|X-Original-To|MIME-Version|Date|Subject|To|Reply-To|Sender):[ \\t].*");
    private static final Pattern ANY_HEADER_LINE = Pattern.compile("[!-9;-~]+:([ \\t].*)?|[ \\t].+");

    /** Creates the factory. */
    public EmlSourceFactory() {
        // no state
    }

    @Override
    public String name() {
        return "eml";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of(EmailGroupResolver.GROUP, EmailGroupResolver.ADDRESS_GROUPS);
    }

    /**
     * A regular file named {@code *.eml}, or one whose first line is a common mail header
     * ({@code Return-Path:}, {@code Received:}, {@code From:}, {@code Message-ID:}, …) followed by
     * another header line.
     */
    @Override
    public boolean accepts(SourceInput input) throws IOException {
        if (input.isUrl() || !Files.isRegularFile(input.path())) {
            return false;
        }
        if (input.lowerCaseName().endsWith(".eml")) {
            return true;
        }
        List<String> lines = new String(input.head(2048), StandardCharsets.ISO_8859_1).lines().limit(2).toList();
        return lines.size() == 2
                && HEADER_LINE.matcher(lines.get(0)).matches()
                && ANY_HEADER_LINE.matcher(lines.get(1)).matches();
    }

    @Override
    public MessageSource open(SourceInput input, Map<String, String> options, SourceContext context) throws IOException {
        requireNonNull(input, "input is null");
        requireNonNull(options, "options is null");
        requireNonNull(context, "context is null");
        EmailGroupResolver groups = EmailGroupResolver.fromOptions(options);
        Path path = input.path();
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "not a mail file");
        }
        return new EmailFileSource(path.toString(), List.of(path), new EmailMessageMapper(groups));
    }
}
