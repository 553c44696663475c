package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * A person of the roster. Immutable.
 *
 * @param id the roster's person id, never null
 * @param fullName the full Thai name with title, never null
 * @param displayNames the LINE display names the person appears under, never null
 * @param roles the role codes the person holds ({@link Roles}), at least one; the first is the main one
 * @param agency the agency, or empty
 * @param district the district (อำเภอ), or empty for people at province level
 * @param lineUserId the LINE user id, or empty
 * @param email the e-mail address in lower case, or empty
 */
public record Person(String id, String fullName, List<String> displayNames, List<String> roles, String agency,
                     String district, String lineUserId, String email) {
    public Person {
        requireNonNull(id, "id is null");
        requireNonNull(fullName, "fullName is null");
        displayNames = List.copyOf(requireNonNull(displayNames, "displayNames is null"));
        roles = List.copyOf(requireNonNull(roles, "roles is null"));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("person " + id + " holds no role");
        }
        agency = agency == null ? "" : agency;
        district = district == null ? "" : district;
        lineUserId = lineUserId == null ? "" : lineUserId;
        email = email == null ? "" : email;
    }

    /** A person with the roles written as in the roster: {@code district_chief} or {@code a|b}. */
    public Person(String id, String fullName, List<String> displayNames, String roles, String agency,
                  String district, String lineUserId, String email) {
        this(id, fullName, displayNames, parseRoles(roles), agency, district, lineUserId, email);
    }

    /** The roles of a roster cell: codes separated by {@code |}, blanks dropped. */
    public static List<String> parseRoles(String cell) {
        if (requireNonNull(cell, "roles is null").indexOf('|') < 0) {
            String role = cell.trim();
            return role.isEmpty() ? List.of() : List.of(role);
        }
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The main role: the first the roster names. */
    public String role() {
        return roles.get(0);
    }

    /** The roles as the roster writes them: {@code a|b}. */
    public String rolesText() {
        return String.join("|", roles);
    }

    /** {@code province} for a person with no district, else {@code district}: the level used by role specifiers such as {@code volunteer_center_staff@district}. */
    public String level() {
        return district.isEmpty() ? "province" : "district";
    }
}
