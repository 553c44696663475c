package dev.rabiap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The secret key of {@code --mask}: 32 random bytes, hex, in a file only its owner may read. It is
 * made on first use and never printed, so that no one holding a report (or the program) can work a
 * pseudonym back to the name by hashing candidate names.
 */
final class MaskKeys {
    /** Bytes of a new key. */
    static final int KEY_BYTES = 32;
    /** A key file must hold at least this many bytes of key. */
    static final int MIN_KEY_BYTES = 16;

    private MaskKeys() {}

    /** {@code $XDG_CONFIG_HOME/rabiap/mask.key}, else {@code ~/.config/rabiap/mask.key}. */
    static Path defaultFile() {
        String config = System.getenv("XDG_CONFIG_HOME");
        Path folder = config != null && !config.isBlank() ? Path.of(config) : Path.of(System.getProperty("user.home"), ".config");
        return folder.resolve("rabiap").resolve("mask.key");
    }

    /**
     * The key in the file, made first when the file does not exist.
     *
     * @throws IOException when the file cannot be read or made, or holds no key
     */
    static byte[] load(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                return create(file);
            } catch (FileAlreadyExistsException e) {
                // made by another run at the same moment: read it
            }
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        byte[] key;
        try {
            key = HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": not a mask key file (it holds hex digits, made by rabiap audit --mask)");
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IOException(file + ": the mask key is shorter than " + MIN_KEY_BYTES + " bytes");
        }
        return key;
    }

    private static byte[] create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        }
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(ownerOnly)} : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(folder == null ? Path.of(".") : folder, ".mask", ".key", attributes);
        try {
            Files.writeString(temporary, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            // Linked into place only when complete, and never over a key another run made.
            Files.createLink(file, temporary);
        } catch (UnsupportedOperationException e) {
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return key;
    }
}
