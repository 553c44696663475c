package dev.rabiap.plugin.email;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;

/**
 * Reads a live mailbox folder over IMAP: {@code imaps://user@host[:port]/FOLDER} or {@code imap://…}.
 * The folder is opened read-only and messages are fetched with {@code BODY.PEEK}, so the audit marks
 * nothing as seen. Each mail's evidence is {@code imap://host/FOLDER;UIDVALIDITY=v;UID=u} with its
 * Message-ID.
 *
 * <p>Options:
 * <ul>
 * <li>{@code password-file}: a file whose first line is the password, or
 * <li>{@code password-env}: the name of an environment variable that holds it (one of the two is needed);
 * <li>{@code since}: an ISO date ({@code 2025-11-01}); only mail the server received on or after it is
 *     read when there is no checkpoint;
 * <li>{@code state-file}: a file that keeps the folder's UIDVALIDITY and the last UID read, written
 *     when a read reaches the end, so the next run reads only newer mail; when the server reports a
 *     different UIDVALIDITY the folder is read again from {@code since};
 * <li>{@code group}, {@code address-groups}: see {@link EmailPlugin}.
 * </ul>
 * The password never appears in evidence, errors or logs.
 */
public final class ImapSourceFactory implements MessageSourceFactory {
    static final String PASSWORD_FILE = "password-file";
    static final String PASSWORD_ENV = "password-env";
    static final String SINCE = "since";
    static final String STATE_FILE = "state-file";

    private final UnaryOperator<String> environment;

    /** Creates the factory; {@code password-env} reads the process environment. */
    public ImapSourceFactory() {
        this(System::getenv);
    }

    ImapSourceFactory(UnaryOperator<String> environment) {
        this.environment = requireNonNull(environment, "environment is null");
    }

    @Override
    public String name() {
        return "imap";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of(PASSWORD_FILE, PASSWORD_ENV, SINCE, STATE_FILE, EmailGroupResolver.GROUP, EmailGroupResolver.ADDRESS_GROUPS);
    }

    /** A URL with the scheme {@code imap} or {@code imaps}. */
    @Override
    public boolean accepts(SourceInput input) {
        if (!input.isUrl()) {
            return false;
        }
        String scheme = input.lowerCaseName();
        return scheme.equals("imap") || scheme.equals("imaps");
    }

    @Override
    public MessageSource open(SourceInput input, Map<String, String> options, SourceContext context) throws IOException {
        requireNonNull(input, "input is null");
        requireNonNull(options, "options is null");
        requireNonNull(context, "context is null");
        ImapLocation location = ImapLocation.parse(input.location());
        EmailGroupResolver groups = EmailGroupResolver.fromOptions(options);
        LocalDate since = since(options.get(SINCE));
        Path stateFile = stateFile(options.get(STATE_FILE));
        char[] password = password(options);
        return ImapMessageSource.open(location, password, since, stateFile, new EmailMessageMapper(groups, context), context);
    }

    private static LocalDate since(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        try {
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(trimmed).toLocalDate();
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException(SINCE + ": not an ISO date such as 2025-11-01: " + value, e);
            }
        }
    }

    private static Path stateFile(String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(STATE_FILE + ": must name a file");
        }
        Path path = Path.of(value);
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException(STATE_FILE + ": is a folder, not a file: " + value);
        }
        return path;
    }

    private char[] password(Map<String, String> options) {
        String file = options.get(PASSWORD_FILE);
        String variable = options.get(PASSWORD_ENV);
        if (file != null && variable != null) {
            throw new IllegalArgumentException(PASSWORD_FILE + ", " + PASSWORD_ENV + ": give only one of them");
        }
        if (file != null) {
            String content;
            try {
                content = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(PASSWORD_FILE + ": cannot read " + file + ": " + e.getClass().getSimpleName(), e);
            }
            String password = content.lines().findFirst().orElse("");
            if (password.isEmpty()) {
                throw new IllegalArgumentException(PASSWORD_FILE + ": " + file + " is empty");
            }
            return password.toCharArray();
        }
        if (variable != null) {
            if (variable.isBlank()) {
                throw new IllegalArgumentException(PASSWORD_ENV + ": must name an environment variable");
            }
            String password = environment.apply(variable.strip());
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException(PASSWORD_ENV + ": the environment variable " + variable.strip() + " is not set");
            }
            return password.toCharArray();
        }
        throw new IllegalArgumentException(PASSWORD_FILE + ", " + PASSWORD_ENV + ": an IMAP source needs one of them for the password");
    }
}
