package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A person of the roster. Immutable.
 *
 * @param id the roster's person id, never null
 * @param fullName the full Thai name with title, never null
 * @param displayNames the LINE display names the person appears under, never null
 * @param role a role code of {@link Roles}, never null
 * @param agency the agency, or empty
 * @param district the district (อำเภอ), or empty for people at province level
 * @param lineUserId the LINE user id, or empty
 * @param email the e-mail address in lower case, or empty
 */
public record Person(String id, String fullName, List<String> displayNames, String role, String agency,
                     String district, String lineUserId, String email) {
    public Person {
        requireNonNull(id, "id is null");
        requireNonNull(fullName, "fullName is null");
        displayNames = List.copyOf(requireNonNull(displayNames, "displayNames is null"));
        requireNonNull(role, "role is null");
        agency = agency == null ? "" : agency;
        district = district == null ? "" : district;
        lineUserId = lineUserId == null ? "" : lineUserId;
        email = email == null ? "" : email;
    }

    /** {@code province} for a person with no district, else {@code district}: the level used by role specifiers such as {@code volunteer_center_staff@district}. */
    public String level() {
        return district.isEmpty() ? "province" : "district";
    }
}
