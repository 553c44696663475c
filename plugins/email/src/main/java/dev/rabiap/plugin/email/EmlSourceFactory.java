package dev.rabiap.plugin.email;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;

/**
 * Opens one mail saved as a file (RFC 5322, usually {@code .eml}). Its evidence is the file path,
 * with its Message-ID. Options: {@code group}, {@code address-groups} (see {@link EmailPlugin}).
 */
public final class EmlSourceFactory extends MailFileSourceFactory {
    /** A header field's first line (RFC 5322 field name, colon) or a folded continuation line. */
    private static final Pattern FIELD_LINE = Pattern.compile("([!-9;-~]+)[ \\t]*:.*");
    private static final Pattern CONTINUATION_LINE = Pattern.compile("[ \\t].*");
    /** How much of a file is looked at: enough for the header block of nearly every mail. */
    private static final int HEAD_BYTES = 64 * 1024;
    /** A header block longer than the head is a mail when it has this many fields and nothing else. */
    private static final int FIELDS_OF_A_LONG_BLOCK = 8;
    /** Fields of which a long header block must hold one (every mail has a From or a Date; relays add the others). */
    private static final java.util.Set<String> MAIL_FIELDS = java.util.Set.of("from", "date", "received", "message-id", "return-path");

    /** Creates the factory. */
    public EmlSourceFactory() {
        super("eml");
    }

    /**
     * A regular file named {@code *.eml}, or one that starts with a mail's header block: header
     * fields (any names, folded lines allowed) up to a blank line, with a {@code From} and at least
     * one other field. A block longer than the part of the file looked at counts when it holds
     * {@value #FIELDS_OF_A_LONG_BLOCK} fields or more, one of them From, Date, Received, Message-ID
     * or Return-Path, and nothing else. An mbox (first line {@code From }) is not a mail file.
     */
    @Override
    public boolean accepts(SourceInput input) throws IOException {
        if (input.isUrl() || !Files.isRegularFile(input.path())) {
            return false;
        }
        if (input.lowerCaseName().endsWith(".eml")) {
            return true;
        }
        byte[] head = input.head(HEAD_BYTES);
        return isHeaderBlock(new String(head, StandardCharsets.ISO_8859_1), head.length == HEAD_BYTES);
    }

    /** Whether a text starts with a mail's header block (see {@link #accepts}); {@code cut} when the text is a file's head only. */
    static boolean isHeaderBlock(String text, boolean cut) {
        List<String> lines = text.lines().toList();
        if (cut && !lines.isEmpty()) {
            lines = lines.subList(0, lines.size() - 1); // the last line may be cut short
        }
        int fields = 0;
        boolean from = false;
        boolean mailField = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                return from && fields >= 2;
            }
            if (CONTINUATION_LINE.matcher(line).matches() && fields > 0) {
                continue;
            }
            var field = FIELD_LINE.matcher(line);
            if (!field.matches()) {
                return false;
            }
            fields++;
            String name = field.group(1);
            from |= name.equalsIgnoreCase("From");
            mailField |= MAIL_FIELDS.contains(name.toLowerCase(java.util.Locale.ROOT));
        }
        // No blank line: a mail of headers only, or a block longer than the head.
        return cut ? fields >= FIELDS_OF_A_LONG_BLOCK && mailField : from && fields >= 2;
    }

    @Override
    MessageSource open(SourceInput input, EmailMessageMapper mapper, SourceContext context) throws IOException {
        Path path = input.path();
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "not a mail file");
        }
        return new EmailFileSource(path.toString(), List.of(path), mapper);
    }
}
