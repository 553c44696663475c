package dev.rabiap.engine.spi;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * An input named on the command line or by an integrator: a file or folder path, or a URL such as
 * {@code imaps://user@host/INBOX}.
 *
 * @param location the path or URL as given
 */
public record SourceInput(String location) {
    public SourceInput {
        requireNonNull(location, "location is null");
    }

    /** True when the location has a URL scheme of two or more letters (so {@code C:\x} is a path). */
    public boolean isUrl() {
        int colon = location.indexOf("://");
        return colon > 1 && location.substring(0, colon).chars().allMatch(Character::isLetter);
    }

    /** The location as a path; only for inputs that are not URLs. */
    public Path path() {
        if (isUrl()) {
            throw new IllegalStateException(location + " is a URL, not a path");
        }
        return Path.of(location);
    }

    /** The file name in lower case, or the URL scheme for a URL. */
    public String lowerCaseName() {
        if (isUrl()) {
            return location.substring(0, location.indexOf("://")).toLowerCase(Locale.ROOT);
        }
        Path name = path().getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    /** Up to {@code limit} first bytes of a regular file; empty for a folder or a URL. */
    public byte[] head(int limit) throws IOException {
        if (isUrl() || !Files.isRegularFile(path())) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(path())) {
            byte[] buffer = in.readNBytes(limit);
            return Arrays.copyOf(buffer, buffer.length);
        }
    }
}
