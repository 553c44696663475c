package dev.rabiap.bench.plain;

import dev.rabiap.engine.Person;
import dev.rabiap.engine.Roles;
import dev.rabiap.engine.rule.RoleSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Roles flattened into strings, so that a plain rule compares sets: a person has the key of every
 * role they hold and every role above it in the hierarchy, alone and with their level
 * ({@code district_chief}, {@code district_chief@district}), and {@code *} and {@code *@district};
 * a row's roles are its specifiers as written. A person matches a row when the two sets meet, as
 * {@link RoleSet#matches} has it.
 */
public final class RoleKeys {
    private RoleKeys() {}

    /** The keys of a person, or an empty set for nobody. */
    public static Set<String> of(Person person, Roles roles) {
        if (person == null) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        keys.add(RoleSet.ANY);
        keys.add(RoleSet.ANY + "@" + person.level());
        for (String held : person.roles()) {
            for (String code : roles.codes()) {
                if (roles.isA(held, code)) {
                    keys.add(code);
                    keys.add(code + "@" + person.level());
                }
            }
            keys.add(held);
            keys.add(held + "@" + person.level());
        }
        return Set.copyOf(keys);
    }

    /** The specifiers of a row. */
    public static Set<String> of(RoleSet set) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < set.roles().size(); i++) {
            String level = set.levels().get(i);
            keys.add(level == null ? set.roles().get(i) : set.roles().get(i) + "@" + level);
        }
        return Set.copyOf(keys);
    }
}
