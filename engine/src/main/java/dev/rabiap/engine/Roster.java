package dev.rabiap.engine;

import dev.rabiap.engine.spi.CsvRows;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people a policy speaks of, and how senders are matched to them. Thread-safe and immutable
 * after loading.
 *
 * <p>A sender is resolved by LINE user id or e-mail first, then by display name: exact, then
 * normalised ({@link Names#normalise}). A name that fits two people is ambiguous; a name that fits
 * nobody is unknown. Neither is ever guessed.
 */
public final class Roster {
    /** The roster CSV header, exactly. */
    public static final List<String> HEADER = List.of(
            "person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email");

    /** Names seen beyond this many are resolved each time, so that memory does not grow with the log. */
    private static final int NAME_CACHE_LIMIT = 50_000;

    private final String source;
    private static final java.util.regex.Pattern ROLE_CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");

    private final List<Person> people;
    private final Map<String, Integer> lines;
    private final Map<String, Person> byId;
    private final Map<String, Person> byUserId;
    private final Map<String, Person> byEmail;
    private volatile NameIndex names;
    private final Map<String, Resolution> nameCache = new ConcurrentHashMap<>();

    private Roster(String source, List<Person> people, Map<String, Integer> lines) {
        this(source, people, lines, new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (Person person : this.people) {
            byId.put(person.id(), person);
            if (!person.lineUserId().isEmpty()) {
                byUserId.put(person.lineUserId(), person);
            }
            if (!person.email().isEmpty()) {
                byEmail.put(person.email(), person);
            }
        }
    }

    /** A roster whose indexes its reader built as it read (300,000 people are not indexed twice). */
    private Roster(String source, List<Person> people, Map<String, Integer> lines, Map<String, Person> byId, Map<String, Person> byUserId,
                   Map<String, Person> byEmail) {
        this.source = source;
        this.people = List.copyOf(people);
        this.lines = java.util.Collections.unmodifiableMap(lines); // the reader's own map, not copied: 300,000 entries
        this.byId = byId;
        this.byUserId = byUserId;
        this.byEmail = byEmail;
    }

    /**
     * The people by display and full name, cleaned and normalised: made on the first lookup by name,
     * since a log whose senders all carry a user id or an address never needs them (the @มหาดไทย
     * account's 300,000 followers), and a check needs none.
     */
    private NameIndex names() {
        NameIndex index = names;
        if (index == null) {
            synchronized (this) {
                index = names;
                if (index == null) {
                    index = new NameIndex(people, byId.size() == people.size());
                    names = index;
                }
            }
        }
        return index;
    }

    /**
     * The two name indexes. A name's value is the one person of that name, or, for a name two or
     * more people share, the list of them in roster order.
     */
    private static final class NameIndex {
        final Map<String, Object> byName;
        final Map<String, Object> byNormalisedName;

        NameIndex(List<Person> people, boolean uniqueIds) {
            byName = new HashMap<>(people.size() * 3);
            byNormalisedName = new HashMap<>(people.size() * 3);
            // ids are unique in a roster read from a file: a person's names then need comparing with the
            // person last filed under the same name only, not with everyone of that name
            for (Person person : people) {
                List<String> displayNames = person.displayNames();
                for (int i = 0; i <= displayNames.size(); i++) {
                    String name = i < displayNames.size() ? displayNames.get(i) : person.fullName();
                    if (displayNames.subList(0, i).contains(name)) {
                        continue; // each of a person's names once, as a set of them would give
                    }
                    String cleaned = Names.clean(name);
                    addUnique(byName, cleaned, person, uniqueIds);
                    addUnique(byNormalisedName, Names.normaliseCleaned(cleaned), person, uniqueIds);
                }
            }
        }

        /** The people filed under a key, in roster order, or null. */
        static List<Person> get(Map<String, Object> index, String key) {
            Object found = index.get(key);
            if (found == null) {
                return null;
            }
            if (found instanceof Person person) {
                return List.of(person);
            }
            @SuppressWarnings("unchecked")
            List<Person> list = (List<Person>) found;
            return list;
        }
    }

    private static void addUnique(Map<String, Object> index, String key, Person person, boolean uniqueIds) {
        if (key.isEmpty()) {
            return;
        }
        Object found = index.putIfAbsent(key, person);
        if (found == null || found == person) {
            return;
        }
        if (found instanceof Person other) {
            if (!uniqueIds && other.equals(person)) {
                return;
            }
            List<Person> list = new ArrayList<>(2);
            list.add(other);
            list.add(person);
            index.put(key, list);
            return;
        }
        @SuppressWarnings("unchecked")
        List<Person> list = (List<Person>) found;
        if (uniqueIds ? list.get(list.size() - 1) != person : !list.contains(person)) {
            list.add(person);
        }
    }

    /** A roster of the given people. */
    public static Roster of(Collection<Person> people) {
        return new Roster("roster", new ArrayList<>(people), Map.of());
    }

    /** The empty roster: every sender is unknown. */
    public static Roster empty() {
        return new Roster("roster", List.of(), Map.of());
    }

    /**
     * Loads a roster CSV (UTF-8, BOM tolerated) whose header is exactly {@link #HEADER}.
     *
     * @throws PolicyException with {@link ErrorCode#BAD_ROSTER} naming file and line
     */
    public static Roster load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new PolicyException(ErrorCode.BAD_ROSTER, file + ": cannot read the roster: " + e.getMessage(), e);
        }
    }

    /** Parses roster CSV text; {@code name} is used in error messages. */
    public static Roster parse(String csv, String name) {
        try {
            return parse(new StringReader(csv), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Roster parse(Reader reader, String name) throws IOException {
        List<Person> people = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        // the person ids with their lines, and the indexes of the people read, built once as rows are read
        Map<String, Integer> seenIds = new HashMap<>();
        Map<String, Person> byId = new HashMap<>();
        Map<String, Person> byUserId = new HashMap<>();
        Map<String, Person> byEmail = new HashMap<>();
        boolean[] headerSeen = {false};
        Map<String, List<String>> roleCells = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        try {
            CsvRows.read(reader, (cells, line) -> {
                if (!headerSeen[0]) {
                    headerSeen[0] = true;
                    if (!cells.equals(HEADER)) {
                        errors.add(name + ":" + line + ": the header must be exactly " + String.join(",", HEADER)
                                + " but is " + String.join(",", cells));
                    }
                    return;
                }
                if (cells.size() != HEADER.size()) {
                    errors.add(name + ":" + line + ": expected " + HEADER.size() + " columns, found " + cells.size());
                    return;
                }
                String id = cells.get(0);
                if (id.isEmpty()) {
                    errors.add(name + ":" + line + ": person_id is empty");
                    return;
                }
                Integer earlier = seenIds.putIfAbsent(id, line);
                if (earlier != null) {
                    errors.add(name + ":" + line + ": person_id " + id + " is already used on line " + earlier);
                    return;
                }
                // a few dozen role cells among 300,000 rows: each read and checked once
                List<String> roles = roleCells.get(cells.get(3));
                if (roles == null) {
                    roles = Person.parseRoles(cells.get(3));
                    if (roles.isEmpty()) {
                        errors.add(name + ":" + line + ": role is empty (write a role code such as district_chief, or two as a|b)");
                        return;
                    }
                    for (String role : roles) {
                        if (!ROLE_CODE.matcher(role).matches()) {
                            errors.add(name + ":" + line + ": role '" + role + "' is not a role code (lower-case letters, digits and _)");
                            return;
                        }
                    }
                    roles = List.copyOf(roles);
                    if (roleCells.size() < 10_000) {
                        roleCells.put(cells.get(3), roles);
                    }
                }
                String userId = cells.get(6);
                String email = cells.get(7).toLowerCase(Locale.ROOT);
                Person before = userId.isEmpty() ? null : byUserId.get(userId);
                if (before != null) {
                    errors.add(name + ":" + line + ": line_user_id " + userId + " is already given on line " + seenIds.get(before.id()));
                    return;
                }
                before = email.isEmpty() ? null : byEmail.get(email);
                if (before != null) {
                    errors.add(name + ":" + line + ": email " + email + " is already given on line " + seenIds.get(before.id()));
                    return;
                }
                String namesCell = cells.get(2);
                List<String> displayNames;
                if (namesCell.indexOf('|') < 0) {
                    String only = namesCell.trim();
                    displayNames = only.isEmpty() ? List.of() : List.of(only);
                } else {
                    displayNames = Arrays.stream(namesCell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
                }
                // a province's agencies and districts repeat over thousands of rows: one string each
                Person person = new Person(id, cells.get(1), displayNames, roles, shared(units, cells.get(4)), shared(units, cells.get(5)), userId, email);
                people.add(person);
                byId.put(id, person);
                if (!userId.isEmpty()) {
                    byUserId.put(userId, person);
                }
                if (!email.isEmpty()) {
                    byEmail.put(email, person);
                }
            });
        } catch (IOException e) {
            throw new PolicyException(ErrorCode.BAD_ROSTER, name + ": " + e.getMessage(), e);
        }
        if (!headerSeen[0]) {
            errors.add(name + ":1: the roster is empty; the header must be " + String.join(",", HEADER));
        }
        if (!errors.isEmpty()) {
            throw new PolicyException(ErrorCode.BAD_ROSTER, String.join("\n", errors));
        }
        return new Roster(name, people, seenIds, byId, byUserId, byEmail);
    }

    /** The one string of a value seen before (up to 100,000 of them), else the value. */
    private static String shared(Map<String, String> seen, String value) {
        String earlier = seen.get(value);
        if (earlier != null) {
            return earlier;
        }
        if (seen.size() < 100_000) {
            seen.put(value, value);
        }
        return value;
    }

    /** The file the roster was read from, as named in messages. */
    public String source() {
        return source;
    }

    /** The 1-based line of a person in the roster file, or 0 when not read from a file. */
    public int lineOf(Person person) {
        return lines.getOrDefault(person.id(), 0);
    }

    /**
     * The people whose roles a rule set does not know, each as {@code file:line: message}; checked
     * when a rule set is compiled with the roster, since a rule set may add roles of its own.
     */
    public List<RuleProblem> unknownRoles(Roles roles) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Person person : people) {
            for (String role : person.roles()) {
                if (!roles.isKnown(role)) {
                    problems.add(new RuleProblem(source, lineOf(person), "unknown role '" + role + "' of " + person.id() + " (known: "
                            + String.join(", ", roles.codes()) + "; a rule set may add roles in its roles.csv)"));
                }
            }
        }
        return problems;
    }

    /** Every person, in file order. */
    public List<Person> people() {
        return people;
    }

    /** Every display name of the roster's people, once, in roster order. */
    public java.util.Collection<String> displayNames() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Person person : people()) {
            names.addAll(person.displayNames());
        }
        return names;
    }

    /** The person with this roster id, or null. */
    public Person byId(String id) {
        return byId.get(id);
    }

    /**
     * Resolves a sender: by {@code senderId} (a LINE user id or an e-mail address) first, then by
     * display name.
     */
    public Resolution resolve(String senderId, String displayName) {
        if (senderId != null && !senderId.isEmpty()) {
            Person person = byUserId.get(senderId);
            if (person != null) {
                return Resolution.of(person, "user-id");
            }
            person = byEmail.get(senderId.toLowerCase(Locale.ROOT));
            if (person != null) {
                return Resolution.of(person, "email");
            }
        }
        if (displayName == null || displayName.isEmpty()) {
            return Resolution.UNKNOWN;
        }
        Resolution cached = nameCache.get(displayName);
        if (cached != null) {
            return cached;
        }
        Resolution resolution = resolveName(displayName);
        if (nameCache.size() < NAME_CACHE_LIMIT) {
            nameCache.putIfAbsent(displayName, resolution);
        }
        return resolution;
    }

    private Resolution resolveName(String displayName) {
        String cleaned = Names.clean(displayName);
        NameIndex index = people.size() < SCAN_BELOW_INDEX || lookups.incrementAndGet() > SCANS ? names() : names;
        List<Person> exact = index != null ? NameIndex.get(index.byName, cleaned) : scan(cleaned, false);
        if (exact != null) {
            return exact.size() == 1 ? Resolution.of(exact.get(0), "name") : Resolution.ambiguous(exact);
        }
        String normalised = Names.normaliseCleaned(cleaned);
        List<Person> found = index != null ? NameIndex.get(index.byNormalisedName, normalised) : scan(normalised, true);
        if (found != null) {
            return found.size() == 1 ? Resolution.of(found.get(0), "normalised-name") : Resolution.ambiguous(found);
        }
        return people.isEmpty() ? Resolution.UNKNOWN : Resolution.NOT_ON_ROSTER;
    }

    /** A roster this large is searched name by name for its first few senders, before its name index is made. */
    private static final int SCAN_BELOW_INDEX = 20_000;
    /** How many names a large roster is searched for, one by one, before its name index is made. */
    private static final int SCANS = 8;
    private final java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The people one of whose names is {@code key}, cleaned (or normalised too), in roster order, each once, as the
     * name index files them; null when none. A log of a few senders by name over a large roster (the ministry's
     * circular over the @มหาดไทย account's 300,000 people) then costs a few passes over the roster, not the index
     * of all its names, which takes about two seconds there and a third of the audit's memory.
     */
    private List<Person> scan(String key, boolean normalised) {
        if (key.isEmpty()) {
            return null;
        }
        boolean uniqueIds = byId.size() == people.size();
        List<Person> found = null;
        for (Person person : people) {
            if (hasName(person, key, normalised) && (found == null || uniqueIds || !found.contains(person))) {
                if (found == null) {
                    found = new ArrayList<>(1);
                }
                found.add(person);
            }
        }
        return found;
    }

    private static boolean hasName(Person person, String key, boolean normalised) {
        List<String> displayNames = person.displayNames();
        for (int i = 0; i <= displayNames.size(); i++) {
            String cleaned = Names.clean(i < displayNames.size() ? displayNames.get(i) : person.fullName());
            if (!normalised ? cleaned.equals(key) : mayNormaliseTo(cleaned, key) && Names.normaliseCleaned(cleaned).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cleaned name may normalise to {@code key}: normalising drops titles in front and spaces and lower-cases,
     * so the name's last character, lower-cased, ends the key, where lower-casing keeps one character one (Thai, ASCII).
     */
    private static boolean mayNormaliseTo(String cleaned, String key) {
        if (cleaned.isEmpty()) {
            return false;
        }
        char last = cleaned.charAt(cleaned.length() - 1);
        if (last < 0x80 || (last >= '\u0E00' && last <= '\u0E7F')) {
            return Character.toLowerCase(last) == key.charAt(key.length() - 1);
        }
        return true;
    }
}
