package dev.rabiap.engine.rule;

import dev.rabiap.engine.Person;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of role specifiers from a policy table, such as {@code provincial_palad|volunteer_center_staff@province}:
 * a role code, optionally narrowed to people at province level (no district) or district level.
 * Immutable.
 */
public final class RoleSet {
    private static final RoleSet EMPTY = new RoleSet(List.of(), "");

    private final List<String[]> specs;
    private final String text;

    private RoleSet(List<String[]> specs, String text) {
        this.specs = specs;
        this.text = text;
    }

    /** Parses {@code a|b@district}; a blank text is the empty set. Codes are checked by the table loader. */
    public static RoleSet parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        List<String[]> specs = new ArrayList<>();
        for (String part : text.split("\\|")) {
            String spec = part.trim();
            if (spec.isEmpty()) {
                continue;
            }
            int at = spec.indexOf('@');
            specs.add(at < 0 ? new String[] {spec, null} : new String[] {spec.substring(0, at).trim(), spec.substring(at + 1).trim()});
        }
        return new RoleSet(List.copyOf(specs), text.trim());
    }

    /** The role codes named, without levels. */
    public List<String> roles() {
        return specs.stream().map(s -> s[0]).toList();
    }

    /** The levels named ({@code province} or {@code district}); null entries where none is given. */
    public List<String> levels() {
        return specs.stream().map(s -> s[1]).toList();
    }

    /** True when no role is named. */
    public boolean isEmpty() {
        return specs.isEmpty();
    }

    /** Whether the person holds one of the roles, at the level named if any. */
    public boolean matches(Person person) {
        if (person == null) {
            return false;
        }
        for (String[] spec : specs) {
            if (spec[0].equals(person.role()) && (spec[1] == null || spec[1].equals(person.level()))) {
                return true;
            }
        }
        return false;
    }

    /** The text as written in the table. */
    @Override
    public String toString() {
        return text;
    }
}
