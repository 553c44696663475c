package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles people hold, from a table ({@code code,thai,english,parent}): the engine's own
 * {@code roles.csv} plus the rows a rule set adds in its {@code roles.csv}. A role may name a parent
 * role it is a kind of: a {@code coordinating_deputy} (ปลัดอำเภอประสานงาน) is a
 * {@code deputy_district_chief} (ปลัดอำเภอ), so a group or duty that names ปลัดอำเภอ takes them too.
 * Immutable and thread-safe.
 */
public final class Roles {
    /** One row of the table. */
    public record Role(String code, String thai, String english, String parent) {
        public Role {
            requireNonNull(code, "code is null");
            requireNonNull(thai, "thai is null");
            requireNonNull(english, "english is null");
            parent = parent == null || parent.isBlank() ? null : parent;
        }
    }

    /** The header every roles table has. */
    public static final List<String> HEADER = List.of("code", "thai", "english", "parent");

    private static final Roles BASE = load();

    private final Map<String, Role> roles;
    /**
     * Per role code, the codes it is (itself, its parent, the parent's parent…), so that {@link #isA}
     * is one lookup: every post's sender is matched against the rows' roles, and walking up an
     * immutable map each time was about 5% of an audit's profile.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Set<String>> lineage = new java.util.concurrent.ConcurrentHashMap<>();

    private Roles(Map<String, Role> roles) {
        this.roles = Map.copyOf(roles);
        for (Role role : roles.values()) {
            if (role.parent() != null && !roles.containsKey(role.parent())) {
                throw new IllegalArgumentException("role " + role.code() + " names an unknown parent " + role.parent());
            }
        }
    }

    /** The engine's own roles (the domain catalogue's role codes). */
    public static Roles base() {
        return BASE;
    }

    /**
     * These roles with more added.
     *
     * @throws IllegalArgumentException when an added code is already defined or names an unknown parent,
     *     or when the parents form a cycle
     */
    public Roles with(Collection<Role> added) {
        Roles result = new Roles(CodeTable.with(roles, added, Role::code, "role"));
        for (Role role : added) {
            result.checkNoCycle(role.code());
        }
        return result;
    }

    private void checkNoCycle(String code) {
        String current = code;
        for (int steps = 0; current != null; steps++) {
            if (steps > roles.size()) {
                throw new IllegalArgumentException("role " + code + " is its own ancestor");
            }
            current = roles.get(current).parent();
        }
    }

    /** Every role code. */
    public Set<String> codes() {
        return new java.util.TreeSet<>(roles.keySet());
    }

    /** Whether {@code code} is a role. */
    public boolean isKnown(String code) {
        return roles.containsKey(code);
    }

    /** The Thai name of a role, or the code itself when unknown. */
    public String thai(String code) {
        Role role = code == null ? null : roles.get(code);
        return role == null ? (code == null ? "?" : code) : role.thai();
    }

    /** The English name of a role, or the code itself when unknown. */
    public String english(String code) {
        Role role = code == null ? null : roles.get(code);
        return role == null ? (code == null ? "?" : code) : role.english();
    }

    /** Whether a person holding {@code held} holds {@code wanted}: the same role or one of its kinds. */
    public boolean isA(String held, String wanted) {
        if (held.equals(wanted)) {
            return true;
        }
        Set<String> codes = lineage.get(held); // a plain read first: computeIfAbsent costs more when the code is known
        if (codes == null) {
            codes = lineage.computeIfAbsent(held, this::lineageOf);
        }
        return codes.contains(wanted);
    }

    private Set<String> lineageOf(String code) {
        Set<String> codes = new java.util.HashSet<>();
        String current = code;
        while (current != null && codes.add(current)) {
            Role role = roles.get(current);
            current = role == null ? null : role.parent();
        }
        return java.util.Collections.unmodifiableSet(codes);
    }

    /** The Thai names of several roles, joined the Thai way: "ก ข และ ค". */
    public String thaiList(List<String> codes) {
        return join(codes.stream().map(this::thai).toList(), " ", " และ");
    }

    /** The English names of several roles: "a, b and c". */
    public String englishList(List<String> codes) {
        return join(codes.stream().map(this::english).toList(), ", ", " and ");
    }

    private static String join(List<String> names, String separator, String last) {
        if (names.isEmpty()) {
            return "-";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(separator, names.subList(0, names.size() - 1)) + last + names.get(names.size() - 1);
    }

    /** Reads a roles table; rows with problems are reported to {@code problem} with their line. */
    public static List<Role> read(java.io.Reader reader, java.util.function.BiConsumer<Integer, String> problem) throws IOException {
        return CodeTable.read(reader, HEADER, problem, (cells, line) -> {
            if (cells.size() < 3 || cells.size() > HEADER.size()) {
                problem.accept(line, "expected " + HEADER.size() + " columns, found " + cells.size());
                return null;
            }
            String code = cells.get(0);
            if (!code.matches("[a-z][a-z0-9_]*")) {
                problem.accept(line, "role code '" + code + "' must be lower-case letters, digits and _");
                return null;
            }
            if (cells.get(1).isEmpty() || cells.get(2).isEmpty()) {
                problem.accept(line, "role " + code + " needs a Thai and an English name");
                return null;
            }
            return new Role(code, cells.get(1), cells.get(2), cells.size() > 3 ? cells.get(3) : null);
        });
    }

    private static Roles load() {
        Map<String, Role> map = new LinkedHashMap<>();
        BundledTable.read(Roles.class, "roles.csv", Roles::read).forEach(r -> map.put(r.code(), r));
        return new Roles(map);
    }
}
