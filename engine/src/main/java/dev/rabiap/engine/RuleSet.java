package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a policy is made of: the generic DRL files by concern (from the class path, in the
 * {@code rabiap-rules} jar) and one rule set's policy tables ({@code catalogue.csv},
 * {@code groups.csv}, {@code posting.csv}, {@code obligations.csv}, {@code classification.csv})
 * plus any DRL files of its own. Immutable; nothing is compiled until an engine is built.
 */
public final class RuleSet {
    /** Where the class path lists the generic DRL files, one resource path a line. */
    public static final String GENERIC_INDEX = "rabiap/drl/INDEX";
    /** Where bundled rule sets live on the class path; each folder has an {@code INDEX} of its files. */
    public static final String BUNDLED_ROOT = "rabiap/rulesets/";
    /** The rule set used when none is named: the six Sakon Nakhon groups (seed 002). */
    public static final String DEFAULT = "sakon-nakhon";

    private final String name;
    private final List<RuleFile> files;
    private final String version;

    private RuleSet(String name, List<RuleFile> files) {
        this.name = requireNonNull(name, "name is null");
        this.files = List.copyOf(files);
        this.version = digest(this.files);
    }

    /** A rule set of the given files, generic DRL not included. */
    public static RuleSet of(String name, List<RuleFile> files) {
        return new RuleSet(name, files);
    }

    /** A bundled rule set from the class path, with the generic DRL. */
    public static RuleSet bundled(String name) {
        List<RuleFile> files = new ArrayList<>(genericDrl());
        String folder = BUNDLED_ROOT + name + "/";
        for (String file : index(folder + "INDEX")) {
            files.add(new RuleFile("classpath:" + folder + file, file, resource(folder + file)));
        }
        return new RuleSet(name, files);
    }

    /**
     * A rule set from a folder: its {@code .csv} tables, {@code .drl} files and {@code .txt} letter
     * texts (not sub-folders),
     * with the generic DRL from the class path.
     */
    public static RuleSet fromDirectory(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new PolicyException(ErrorCode.BAD_RULES, folder + ": not a folder of rule files");
        }
        List<RuleFile> files = new ArrayList<>(genericDrl());
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path path : listing.sorted().toList()) {
                String fileName = path.getFileName().toString();
                if (Files.isRegularFile(path) && (fileName.endsWith(".csv") || fileName.endsWith(".drl") || fileName.endsWith(".properties") || fileName.endsWith(".txt"))) {
                    try {
                        files.add(new RuleFile(path.toString(), fileName, Files.readString(path, StandardCharsets.UTF_8)));
                    } catch (java.nio.charset.CharacterCodingException e) {
                        throw new PolicyException(ErrorCode.BAD_RULES, path + ": not UTF-8 text; save it as \"CSV UTF-8\" (Excel) or with the UTF-8 character set (LibreOffice)", e);
                    }
                }
            }
        } catch (IOException e) {
            throw new PolicyException(ErrorCode.BAD_RULES, folder + ": cannot read: " + e.getMessage(), e);
        }
        Path fileName = folder.toAbsolutePath().normalize().getFileName();
        return new RuleSet(fileName == null ? folder.toString() : fileName.toString(), files);
    }

    /**
     * The generic files listed in {@link #GENERIC_INDEX}: the DRL files by concern, and the shared
     * tables every rule set starts from, named {@code base-} and their file name
     * ({@code base-classification.csv}), so that a rule set's own table of the same name adds to them.
     */
    public static List<RuleFile> genericDrl() {
        List<RuleFile> files = new ArrayList<>();
        for (String resource : index(GENERIC_INDEX)) {
            String fileName = resource.substring(resource.lastIndexOf('/') + 1);
            if (fileName.endsWith(".csv") || fileName.endsWith(".jsonl")) {
                fileName = "base-" + fileName;
            }
            files.add(new RuleFile("classpath:" + resource, fileName, resource(resource)));
        }
        return files;
    }

    /** The rule set's name: the folder name, or the bundled name. */
    public String name() {
        return name;
    }

    /** The first 12 hex digits of the SHA-256 of every file's path and content: changes whenever a file does. */
    public String version() {
        return version;
    }

    /** Every file, generic DRL first. */
    public List<RuleFile> files() {
        return files;
    }

    /** The file of this name (the first, if several), or null. */
    public RuleFile file(String fileName) {
        return files.stream().filter(f -> f.name().equals(fileName)).findFirst().orElse(null);
    }

    /** A copy with the file of the same name replaced (or added). */
    public RuleSet with(RuleFile replacement) {
        List<RuleFile> copy = new ArrayList<>();
        boolean replaced = false;
        for (RuleFile file : files) {
            if (file.name().equals(replacement.name()) && !replaced) {
                copy.add(replacement);
                replaced = true;
            } else {
                copy.add(file);
            }
        }
        if (!replaced) {
            copy.add(replacement);
        }
        return new RuleSet(name, copy);
    }

    private static List<String> index(String resource) {
        return resource(resource).lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String resource(String resource) {
        try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new PolicyException(ErrorCode.BAD_RULES, "classpath:" + resource
                        + ": not found; the rabiap-rules jar must be on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyException(ErrorCode.BAD_RULES, "classpath:" + resource + ": " + e.getMessage(), e);
        }
    }

    private static String digest(List<RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                sha.update(file.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
