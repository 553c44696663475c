package dev.rabiap.plugin.email;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;

/**
 * Opens a Maildir folder: the mails in its {@code cur/} and {@code new/} folders, one per file, read
 * in order of file name (Maildir names start with the delivery time), so every run reads them alike.
 * {@code tmp/} holds mails still being delivered and is not read. Each mail's evidence is its file
 * path, with its Message-ID. Options: {@code group}, {@code address-groups} (see {@link EmailPlugin}).
 */
public final class MaildirSourceFactory implements MessageSourceFactory {
    /** Creates the factory. */
    public MaildirSourceFactory() {
        // no state
    }

    @Override
    public String name() {
        return "maildir";
    }

    @Override
    public Set<String> optionNames() {
        return Set.of(EmailGroupResolver.GROUP, EmailGroupResolver.ADDRESS_GROUPS);
    }

    /** A folder that contains {@code cur/} or {@code new/}. */
    @Override
    public boolean accepts(SourceInput input) {
        if (input.isUrl()) {
            return false;
        }
        Path folder = input.path();
        return Files.isDirectory(folder) && (Files.isDirectory(folder.resolve("cur")) || Files.isDirectory(folder.resolve("new")));
    }

    @Override
    public MessageSource open(SourceInput input, Map<String, String> options, SourceContext context) throws IOException {
        requireNonNull(input, "input is null");
        requireNonNull(options, "options is null");
        requireNonNull(context, "context is null");
        EmailGroupResolver groups = EmailGroupResolver.fromOptions(options);
        Path folder = input.path();
        if (!accepts(input)) {
            throw new NotDirectoryException(folder + " (a Maildir needs cur/ or new/)");
        }
        List<Path> files = new ArrayList<>();
        for (String name : List.of("cur", "new")) {
            Path sub = folder.resolve(name);
            if (!Files.isDirectory(sub)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(sub)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    if (entry.getFileName().toString().startsWith(".")) {
                        context.skipped(new Evidence(entry.toString(), 0, null), "hidden file in a Maildir");
                    } else if (!Files.isRegularFile(entry)) {
                        context.skipped(new Evidence(entry.toString(), 0, null), "not a regular file");
                    } else {
                        files.add(entry);
                    }
                }
            }
        }
        files.sort(Comparator.comparing((Path file) -> file.getFileName().toString())
                .thenComparing(file -> file.getParent().getFileName().toString()));
        return new EmailFileSource(folder.toString(), files, new EmailMessageMapper(groups, context));
    }
}
