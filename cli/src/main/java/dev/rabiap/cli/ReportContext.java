package dev.rabiap.cli;

import dev.rabiap.engine.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a report knows besides findings and summary: the rule set, the inputs (with their SHA-256
 * when the format shows it), the masker when names are masked, and what the sources saw.
 *
 * @param ruleSet the rule set audited against
 * @param inputs the message logs as named on the command line, in order
 * @param roster the roster file, or null
 * @param masker the masker, or null when nothing is masked
 * @param watch the messages and times the sources saw
 * @param toFile true when the report goes to a file ({@code --out}) rather than standard output
 */
record ReportContext(RuleSet ruleSet, List<InputFile> inputs, InputFile roster, Masker masker, WatchedSource.Watch watch,
                     boolean toFile) {
    /**
     * A file or source named on the command line.
     *
     * @param location as given
     * @param sha256 the SHA-256 of its content in hex, or null for a folder, a URL, or when not computed
     */
    record InputFile(String location, String sha256) {}

    /** The input with its SHA-256 when it is a regular file, read as a stream. */
    static InputFile digest(String location) throws IOException {
        if (location.contains("://")) {
            return new InputFile(location, null);
        }
        Path path = Path.of(location);
        if (!Files.isRegularFile(path)) {
            return new InputFile(location, null);
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
        }
        return new InputFile(location, HexFormat.of().formatHex(sha.digest()));
    }
}
