package dev.rabiap.plugin.email;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;

/**
 * Opens a Maildir folder: the mails in its {@code cur/} and {@code new/} folders, one per file, read
 * in order of file name (Maildir names start with the delivery time), so every run reads them alike.
 * {@code tmp/} holds mails still being delivered and is not read. Each mail's evidence is its file
 * path, with its Message-ID. Options: {@code group}, {@code address-groups} (see {@link EmailPlugin}).
 */
public final class MaildirSourceFactory extends MailFileSourceFactory {
    /** Creates the factory. */
    public MaildirSourceFactory() {
        super("maildir");
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
    MessageSource open(SourceInput input, EmailMessageMapper mapper, SourceContext context) throws IOException {
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
        return new EmailFileSource(folder.toString(), files, mapper);
    }
}
