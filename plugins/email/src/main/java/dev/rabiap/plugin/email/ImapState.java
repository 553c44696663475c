package dev.rabiap.plugin.email;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Where an IMAP read stopped: per folder, the folder's UIDVALIDITY and the highest UID read. Kept as a
 * properties file that may hold several folders ({@code <key>.uidvalidity}, {@code <key>.last-uid}),
 * replaced atomically when written.
 */
final class ImapState {
    /** A folder's checkpoint. */
    record Checkpoint(long uidValidity, long lastUid) {}

    private ImapState() {}

    /** The checkpoint of the folder, or null when the file or the folder's entry does not exist. */
    static Checkpoint read(Path file, String key) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Properties properties = load(file);
        String validity = properties.getProperty(key + ".uidvalidity");
        String last = properties.getProperty(key + ".last-uid");
        if (validity == null || last == null) {
            return null;
        }
        try {
            return new Checkpoint(Long.parseLong(validity.strip()), Long.parseLong(last.strip()));
        } catch (NumberFormatException e) {
            throw new IOException(file + ": bad checkpoint for " + key + ": " + e.getMessage(), e);
        }
    }

    /** Stores the folder's checkpoint, keeping the other folders' entries. */
    static void write(Path file, String key, Checkpoint checkpoint) throws IOException {
        Properties properties = Files.exists(file) ? load(file) : new Properties();
        properties.setProperty(key + ".uidvalidity", Long.toString(checkpoint.uidValidity()));
        properties.setProperty(key + ".last-uid", Long.toString(checkpoint.lastUid()));
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path temporary = Files.createTempFile(folder, absolute.getFileName().toString(), ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "IMAP read position: UIDVALIDITY and last UID per folder");
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
