package dev.rabiap.plugin.email;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;

/** Mails stored one per file (an .eml file, the files of a Maildir), read in the order given. */
final class EmailFileSource implements MessageSource {
    private final String description;
    private final Iterator<Path> files;
    private final EmailMessageMapper mapper;

    EmailFileSource(String description, List<Path> files, EmailMessageMapper mapper) {
        this.description = description;
        this.files = List.copyOf(files).iterator();
        this.mapper = mapper;
    }

    @Override
    public ChatMessage next() throws IOException {
        if (!files.hasNext()) {
            return null;
        }
        Path file = files.next();
        Evidence evidence = new Evidence(file.toString(), 0, null);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MalformedInputException(evidence, "cannot read the file: " + e.getMessage(), e);
        }
        return mapper.map(bytes, evidence);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        // each file is closed as soon as it is read
    }
}
