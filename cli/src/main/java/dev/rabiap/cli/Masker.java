package dev.rabiap.cli;

import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.FindingKind;
import dev.rabiap.engine.Names;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.Resolution;
import dev.rabiap.engine.Roster;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymises report text: the names of people (roster full names and display names, LINE user
 * ids and e-mail addresses, and the names of senders not on the roster), Thai phone numbers and
 * 13-digit national ID numbers. Each becomes a short keyed hash with a prefix, such as
 * {@code บุคคล-3f9a1c}: the same person, phone or ID gives the same pseudonym in every report made
 * with the same key. All names of one roster person share the person's pseudonym.
 *
 * <p>Names are replaced where they occur verbatim, longest first; strings marked as kept (group and
 * district names) are never touched, even when a name occurs inside them. Thread-safe: sources
 * teach it names on the reading thread while findings are masked on another.
 */
final class Masker {
    static final String PERSON = "บุคคล-";
    static final String PHONE = "โทร-";
    static final String NATIONAL_ID = "เลขบัตร-";
    /** Names shorter than this (in code points) are not masked in text: they would hit ordinary words. */
    static final int MIN_NAME = 2;
    /** Names learnt from messages beyond this many are still pseudonymised as actors, but no longer searched for in text. */
    static final int MAX_NAMES = 100_000;

    private static final String D = "[0-9๐-๙]";
    private static final String NOT_BEFORE = "(?<![0-9๐-๙A-Za-z+])";
    private static final String NOT_AFTER = "(?![0-9๐-๙A-Za-z])";
    private static final String SEP = "[ .\\-\\u00A0]?";
    /** X-XXXX-XXXXX-XX-X, with spaces, or 13 digits in a row; Arabic or Thai digits. */
    private static final Pattern ID_NUMBER = Pattern.compile(NOT_BEFORE + D + "[ \\-]?" + D + "{4}[ \\-]?" + D + "{5}[ \\-]?"
            + D + "{2}[ \\-]?" + D + NOT_AFTER);
    /** 0 and 8 or 9 more digits (single spaces, dots or hyphens between any), or +66 and 8 or 9 digits. */
    private static final Pattern PHONE_NUMBER = Pattern.compile(NOT_BEFORE + "(?:[0๐](?:" + SEP + D + "){8,9}"
            + "|\\+(?:66|๖๖)" + SEP + "[1-9๑-๙](?:" + SEP + D + "){7,8})" + NOT_AFTER);
    /** Titles dropped from a full name to get the name as it is often written. */
    private static final List<String> TITLES = List.of("ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยตรี", "ว่าที่ร.ต.หญิง", "ว่าที่ ร.ต.",
            "ว่าที่ร.ต.", "นายแพทย์", "แพทย์หญิง", "นางสาว", "น.ส.", "นาย", "นาง", "ดร.");

    private record Entry(String text, String replacement) {}

    private final Mac mac;
    /** Every string the text scan looks for, by first character, longest first; a null replacement keeps the text. */
    private final Map<Character, List<Entry>> index = new HashMap<>();
    private final Map<String, String> replacements = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();

    Masker(String key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The key used when none is given: derived from the rule set's version, so stable for one rule set. */
    static String defaultKey(String ruleSetVersion) {
        return "rabiap-mask:" + ruleSetVersion;
    }

    /** A masker that knows every person of the roster and keeps the given group and district names. */
    static Masker forRoster(Roster roster, String key, Iterable<String> keep) {
        Masker masker = new Masker(key);
        for (String text : keep) {
            masker.keep(text);
        }
        for (Person person : roster.people()) {
            if (!person.district().isEmpty()) {
                masker.keep(person.district());
            }
        }
        for (Person person : roster.people()) {
            masker.person(person);
        }
        return masker;
    }

    /** Marks a string (a group or district name) that is never masked. */
    synchronized void keep(String text) {
        if (text != null && text.codePointCount(0, text.length()) >= MIN_NAME && !replacements.containsKey(text)) {
            replacements.put(text, null);
            insert(new Entry(text, null));
        }
    }

    /** Teaches every name of a roster person: all map to the person's pseudonym. */
    synchronized void person(Person person) {
        String pseudonym = personId(person.id());
        List<String> names = new ArrayList<>();
        names.add(person.fullName());
        names.add(withoutTitle(person.fullName()));
        names.addAll(person.displayNames());
        names.add(person.lineUserId());
        names.add(person.email());
        for (String name : names) {
            alias(name, pseudonym, person.id());
            alias(Names.clean(name), pseudonym, person.id());
        }
    }

    /**
     * Teaches a name as a message showed it, with its sender id if any: the person's pseudonym when
     * the roster resolved it, else a pseudonym of the name (or of the id when there is no name).
     */
    synchronized void seen(String senderId, String name, Resolution resolution) {
        String clean = Names.clean(name);
        String pseudonym;
        String owner;
        if (resolution != null && resolution.resolved()) {
            pseudonym = personId(resolution.person().id());
            owner = resolution.person().id();
        } else if (!clean.isEmpty()) {
            pseudonym = pseudonym(PERSON, "name", clean);
            owner = "name\0" + clean;
        } else if (senderId != null && !senderId.isEmpty()) {
            pseudonym = pseudonym(PERSON, "name", senderId);
            owner = "name\0" + senderId;
        } else {
            return;
        }
        alias(name, pseudonym, owner);
        alias(clean, pseudonym, owner);
        alias(senderId, pseudonym, owner);
    }

    /** The pseudonym of a name not on the roster; the name is learnt for later text. */
    synchronized String name(String name) {
        String clean = Names.clean(name);
        String known = replacements.get(clean);
        if (known != null) {
            return known;
        }
        String pseudonym = pseudonym(PERSON, "name", clean);
        alias(clean, pseudonym, "name\0" + clean);
        alias(name, pseudonym, "name\0" + clean);
        return pseudonym;
    }

    /** The pseudonym of a roster person id, also used for all the person's names. */
    String personId(String id) {
        return id == null || id.isEmpty() ? "" : pseudonym(PERSON, "person", id);
    }

    /** The text with every known name, phone number and national ID number replaced. */
    String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String named = names(text);
        String ids = replace(ID_NUMBER, named, NATIONAL_ID, "id");
        return replace(PHONE_NUMBER, ids, PHONE, "phone");
    }

    /** The finding with person id, actor and both explanations masked. */
    Finding finding(Finding f) {
        String actor;
        if (!f.personId().isEmpty()) {
            actor = personId(f.personId());
        } else if (f.kind() == FindingKind.OBLIGATION || f.actor().isBlank()) {
            actor = text(f.actor());
        } else {
            String masked = text(f.actor());
            actor = masked.equals(f.actor()) ? name(f.actor()) : masked;
        }
        return new Finding(f.ruleId(), f.kind(), f.group(), personId(f.personId()), actor, f.evidence(), f.time(),
                f.severity(), text(f.th()), text(f.en()), f.sequence());
    }

    /** Learns the names of the summary's unresolved senders, so that summary text can be masked. */
    void learn(AuditSummary s) {
        s.unknownSenders().keySet().forEach(this::name);
        s.ambiguousSenders().keySet().forEach(this::name);
    }

    /** Counts by name with each name pseudonymised; counts of names with one pseudonym are added up. Sorted by pseudonym. */
    Map<String, Long> names(Map<String, Long> counts) {
        Map<String, Long> masked = new TreeMap<>();
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            masked.merge(name(entry.getKey()), entry.getValue(), Long::sum);
        }
        return masked;
    }

    private synchronized String names(String text) {
        StringBuilder out = null;
        int i = 0;
        int copied = 0;
        while (i < text.length()) {
            List<Entry> candidates = index.get(text.charAt(i));
            Entry match = null;
            if (candidates != null) {
                for (Entry entry : candidates) {
                    if (text.startsWith(entry.text(), i)) {
                        match = entry;
                        break;
                    }
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            if (match.replacement() != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16);
                }
                out.append(text, copied, i).append(match.replacement());
                copied = i + match.text().length();
            }
            i += match.text().length();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private String replace(Pattern pattern, String text, String prefix, String kind) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(pseudonym(prefix, kind, digits(matcher.group()))));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    /** The digits of a number in Arabic, separators dropped, +66 written as 0. */
    static String digits(String number) {
        StringBuilder out = new StringBuilder(number.length());
        number.codePoints().filter(Character::isDigit).forEach(c -> out.append((char) ('0' + Character.digit(c, 10))));
        if (number.startsWith("+")) {
            return "0" + out.substring(2);
        }
        return out.toString();
    }

    /** {@code prefix} and the first 6 hex digits of HMAC-SHA256(key, kind NUL value). */
    String pseudonym(String prefix, String kind, String value) {
        byte[] digest;
        synchronized (mac) {
            mac.update(kind.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        }
        return prefix + HexFormat.of().formatHex(digest, 0, 3);
    }

    private void alias(String name, String pseudonym, String owner) {
        if (name == null || name.isBlank() || name.codePointCount(0, name.length()) < MIN_NAME) {
            return;
        }
        if (replacements.containsKey(name)) {
            String previous = owners.get(name);
            if (previous != null && !previous.equals(owner) && !previous.startsWith("name\0")) {
                // one name, two people: neither person's pseudonym, but one of the name
                String shared = pseudonym(PERSON, "name", name);
                owners.put(name, "name\0" + name);
                replacements.put(name, shared);
                remove(name);
                insert(new Entry(name, shared));
            }
            return;
        }
        if (replacements.size() >= MAX_NAMES) {
            return;
        }
        replacements.put(name, pseudonym);
        owners.put(name, owner);
        insert(new Entry(name, pseudonym));
    }

    private void insert(Entry entry) {
        List<Entry> list = index.computeIfAbsent(entry.text().charAt(0), c -> new ArrayList<>());
        int at = 0;
        while (at < list.size() && (list.get(at).text().length() > entry.text().length()
                || (list.get(at).text().length() == entry.text().length() && list.get(at).replacement() == null))) {
            at++;
        }
        list.add(at, entry);
    }

    private void remove(String text) {
        List<Entry> list = index.get(text.charAt(0));
        if (list != null) {
            list.removeIf(e -> e.text().equals(text));
        }
    }

    static String withoutTitle(String fullName) {
        String name = fullName.strip();
        for (String title : TITLES) {
            if (name.startsWith(title) && name.length() > title.length()) {
                return name.substring(title.length()).strip();
            }
        }
        return name;
    }
}
