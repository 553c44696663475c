package dev.rabiap.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository (samples, scenarios) from whatever folder the tests run in. */
final class RepositoryFiles {
    private RepositoryFiles() {}

    /** The path, relative to the repository root, found by walking up from the working directory. */
    static Path path(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("no " + relative + " above " + Path.of("").toAbsolutePath());
    }
}
