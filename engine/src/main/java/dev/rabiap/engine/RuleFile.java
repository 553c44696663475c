package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

/**
 * One file of a rule set: a DRL file or a policy table, with the path by which errors name it.
 *
 * @param path the path as shown in errors, such as {@code rules/posting.csv} or {@code classpath:dev/rabiap/rules/posting/posting.drl}
 * @param name the file name alone, such as {@code posting.csv}
 * @param content the text, UTF-8 decoded
 */
public record RuleFile(String path, String name, String content) {
    public RuleFile {
        requireNonNull(path, "path is null");
        requireNonNull(name, "name is null");
        requireNonNull(content, "content is null");
    }

    /** True for a DRL file. */
    public boolean isDrl() {
        return name.endsWith(".drl");
    }
}
