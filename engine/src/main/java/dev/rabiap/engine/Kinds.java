package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds a post is classified as, from a table ({@code code,thai,english}): the engine's own
 * {@code kinds.csv} (order, report, incident, acknowledgement, question, pr, forward, chat, media,
 * system) plus any a rule set adds in its {@code kinds.csv}. Immutable and thread-safe.
 */
public final class Kinds {
    /** One row of the table; {@code english} reads after a verb: "posted an order". */
    public record Kind(String code, String thai, String english) {
        public Kind {
            requireNonNull(code, "code is null");
            requireNonNull(thai, "thai is null");
            requireNonNull(english, "english is null");
        }
    }

    /** The header every kinds table has. */
    public static final List<String> HEADER = List.of("code", "thai", "english");
    /** The kind of a system event (join, leave, invite…); no row classifies into it. */
    public static final String SYSTEM = "system";
    /** The kind of a post of photos, videos or files with no text. */
    public static final String MEDIA = "media";
    /** The kind of a post no row matches. */
    public static final String CHAT = "chat";
    /** An order: it may open duties, and groups say who may give one. */
    public static final String ORDER = "order";
    /** A report: what a duty to report is answered with. */
    public static final String REPORT = "report";
    /** A first notice of something unforeseen (a fire, a flood, a road cut): read as a report where it tells what an order asked for. */
    public static final String INCIDENT = "incident";

    private static final Kinds BASE = load();

    private final Map<String, Kind> kinds;

    private Kinds(Map<String, Kind> kinds) {
        this.kinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    }

    /** The engine's own kinds. */
    public static Kinds base() {
        return BASE;
    }

    /**
     * These kinds with more added.
     *
     * @throws IllegalArgumentException when an added code is already defined
     */
    public Kinds with(Collection<Kind> added) {
        return new Kinds(CodeTable.with(kinds, added, Kind::code, "kind"));
    }

    /** Every kind code, in table order. */
    public Set<String> codes() {
        return kinds.keySet();
    }

    /** Whether the code is a kind. */
    public boolean isKnown(String code) {
        return kinds.containsKey(code);
    }

    /** The Thai name of a kind, or the code. */
    public String thai(String code) {
        Kind kind = kinds.get(code);
        return kind == null ? code : kind.thai();
    }

    /** The English name of a kind with its article ("an order"), or the code. */
    public String english(String code) {
        Kind kind = kinds.get(code);
        return kind == null ? code : kind.english();
    }

    /** Reads a kinds table; rows with problems are reported to {@code problem} with their line. */
    public static List<Kind> read(java.io.Reader reader, java.util.function.BiConsumer<Integer, String> problem) throws IOException {
        return CodeTable.read(reader, HEADER, problem, (cells, line) -> {
            if (cells.size() != HEADER.size()) {
                problem.accept(line, "expected " + HEADER.size() + " columns, found " + cells.size());
                return null;
            }
            if (!cells.get(0).matches("[a-z][a-z0-9_-]*")) {
                problem.accept(line, "kind code '" + cells.get(0) + "' must be lower-case letters, digits, - and _");
                return null;
            }
            return new Kind(cells.get(0), cells.get(1), cells.get(2));
        });
    }

    private static Kinds load() {
        Map<String, Kind> map = new LinkedHashMap<>();
        BundledTable.read(Kinds.class, "kinds.csv", Kinds::read).forEach(k -> map.put(k.code(), k));
        return new Kinds(map);
    }
}
