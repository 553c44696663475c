package dev.rabiap.engine.rule;

import dev.rabiap.engine.Person;
import dev.rabiap.engine.Roles;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of role specifiers from a policy table, such as {@code provincial_palad|volunteer_center_staff@province}:
 * a role code, optionally narrowed to people at province level (no district) or district level;
 * {@code *@province} is anyone at province level. A person matches a specifier when one of the roles
 * they hold is the role named or a kind of it ({@link Roles#isA}: a coordinating deputy is a
 * ปลัดอำเภอ). Immutable.
 */
public final class RoleSet {
    /** Any role, in {@code *@province}. */
    public static final String ANY = "*";

    private final List<String[]> specs;
    private final String text;
    private final Roles roles;

    private RoleSet(List<String[]> specs, String text, Roles roles) {
        this.specs = specs;
        this.text = text;
        this.roles = roles;
    }

    /** Parses with the engine's own roles; see {@link #parse(String, Roles)}. */
    public static RoleSet parse(String text) {
        return parse(text, Roles.base());
    }

    /** Parses {@code a|b@district}; a blank text is the empty set. Codes are checked by the table loader. */
    public static RoleSet parse(String text, Roles roles) {
        if (text == null || text.isBlank()) {
            return new RoleSet(List.of(), "", roles);
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
        return new RoleSet(List.copyOf(specs), text.trim(), roles);
    }

    /** The role codes named, without levels ({@code *} for any). */
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

    /** Whether the person holds one of the roles (or a kind of it), at the level named if any. */
    public boolean matches(Person person) {
        if (person == null) {
            return false;
        }
        for (String[] spec : specs) {
            if (spec[1] != null && !spec[1].equals(person.level())) {
                continue;
            }
            if (ANY.equals(spec[0])) {
                return true;
            }
            for (String held : person.roles()) {
                if (roles.isA(held, spec[0])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The roles in Thai, as a finding names them: "ปลัดจังหวัด และเจ้าหน้าที่…ระดับจังหวัด". */
    public String thai() {
        List<String> names = new ArrayList<>();
        for (String[] spec : specs) {
            String name = ANY.equals(spec[0]) ? "ผู้ใด" : roles.thai(spec[0]);
            if (spec[1] != null) {
                name += spec[1].equals("province") ? "ระดับจังหวัด" : "ระดับอำเภอ";
            }
            names.add(name);
        }
        return names.isEmpty() ? "-" : join(names, " ", " และ");
    }

    /** The roles in English: "provincial palad and province-level royal volunteer centre officer". */
    public String english() {
        List<String> names = new ArrayList<>();
        for (String[] spec : specs) {
            String name = ANY.equals(spec[0]) ? "anyone" : roles.english(spec[0]);
            if (spec[1] != null) {
                name = spec[1] + "-level " + name;
            }
            names.add(name);
        }
        return names.isEmpty() ? "-" : join(names, ", ", " and ");
    }

    private static String join(List<String> names, String separator, String last) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(separator, names.subList(0, names.size() - 1)) + last + names.get(names.size() - 1);
    }

    /** The text as written in the table. */
    @Override
    public String toString() {
        return text;
    }
}
