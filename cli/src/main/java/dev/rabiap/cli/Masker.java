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
 * Pseudonymises report text: the names of people (roster ids, full names and display names, LINE
 * user ids and e-mail addresses, and the names of senders not on the roster), any other e-mail
 * address or LINE user id ({@code U} and 32 hex digits), links that carry more than a host (a
 * profile, a form, a file), Thai phone numbers and 13-digit national ID numbers. Each becomes a
 * keyed hash with a prefix, such as {@code บุคคล-3f9a1c}: the same person, phone or ID gives the
 * same pseudonym in every report made with the same key. All names of one roster person share the
 * person's pseudonym.
 *
 * <p>A pseudonym is 64 bits of HMAC-SHA256 under a secret key ({@link MaskKeys}); the report shows
 * its first 6 hex digits, and more (two at a time, up to all 16) when those would be the same as a
 * pseudonym shown before in the same report, so that no two people share a pseudonym on the page.
 *
 * <p>Names are replaced where they occur verbatim, longest first; strings marked as kept (group and
 * district names) are never touched, even when a name occurs inside them. Thread-safe: sources
 * teach it names on the reading thread while findings are masked on another.
 */
final class Masker {
    static final String PERSON = "บุคคล-";
    static final String PHONE = "โทร-";
    static final String NATIONAL_ID = "เลขบัตร-";
    static final String LINK = "ลิงก์-";
    /** Hex digits a pseudonym shows when no other shown pseudonym starts the same. */
    static final int SHOWN_DIGITS = 6;
    /** Hex digits of a whole pseudonym: 64 bits. */
    static final int PSEUDONYM_DIGITS = 16;
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
    /** An e-mail address. */
    private static final Pattern EMAIL = Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![A-Za-z0-9])");
    /** A LINE user id: U and 32 hex digits. */
    private static final Pattern LINE_USER_ID = Pattern.compile("(?<![A-Za-z0-9])U[0-9a-f]{32}(?![A-Za-z0-9])");
    /** A link; group 1 is its scheme and host, group 2 what follows the host. */
    private static final Pattern URL = Pattern.compile("(?i)((?:https?|line)://[^/\\s?#<>\"']+)([/?#][^\\s<>\"']*)?");
    /** Titles dropped from a full name to get the name as it is often written. */
    private static final List<String> TITLES = List.of("ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยตรี", "ว่าที่ร.ต.หญิง", "ว่าที่ ร.ต.",
            "ว่าที่ร.ต.", "นายแพทย์", "แพทย์หญิง", "นางสาว", "น.ส.", "นาย", "นาง", "ดร.");

    private record Entry(String text, String replacement) {}

    private final Mac mac;
    /** Each pseudonym shown so far, by what is shown; a pseudonym is shown longer when its short form is taken. */
    private final Map<String, String> shown = new HashMap<>();
    private final Map<String, String> shownFor = new HashMap<>();
    /** Every string the text scan looks for, by first character, longest first; a null replacement keeps the text. */
    private final Map<Character, List<Entry>> index = new HashMap<>();
    private final Map<String, String> replacements = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();

    /** A masker with the key's bytes (from {@link MaskKeys#load}). */
    Masker(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A masker whose key is the UTF-8 bytes of a text; for tests. */
    Masker(String key) {
        this(key.getBytes(StandardCharsets.UTF_8));
    }

    /** A masker that knows every person of the roster and keeps the given group and district names. */
    static Masker forRoster(Roster roster, String key, Iterable<String> keep) {
        return forRoster(roster, key.getBytes(StandardCharsets.UTF_8), keep);
    }

    /** A masker that knows every person of the roster and keeps the given group and district names. */
    static Masker forRoster(Roster roster, byte[] key, Iterable<String> keep) {
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
        names.add(person.id());
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

    /**
     * The text with every known name (roster ids among them), every other e-mail address and LINE
     * user id, every link with more than a host, and every phone and national ID number replaced.
     */
    String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String named = names(text);
        String links = links(named);
        String addresses = replace(EMAIL, links, PERSON, "name");
        String lineIds = replace(LINE_USER_ID, addresses, PERSON, "name");
        String ids = replaceDigits(ID_NUMBER, lineIds, NATIONAL_ID, "id");
        return replaceDigits(PHONE_NUMBER, ids, PHONE, "phone");
    }

    /** Links keep their scheme and host; a path, query or fragment (which may carry an id) becomes a pseudonym. */
    private String links(String text) {
        Matcher matcher = URL.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String rest = matcher.group(2);
            String replacement = rest == null || rest.equals("/") ? matcher.group()
                    : matcher.group(1) + "/" + pseudonym(LINK, "url", matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
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
        return f.withText(personId(f.personId()), actor, text(f.th()), text(f.en()));
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

    private String replaceDigits(Pattern pattern, String text, String prefix, String kind) {
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

    private String replace(Pattern pattern, String text, String prefix, String kind) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(pseudonym(prefix, kind, matcher.group())));
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

    /**
     * {@code prefix} and the first 64 bits of HMAC-SHA256(key, kind NUL value) as hex, shown with
     * {@value #SHOWN_DIGITS} digits unless another pseudonym of this report already shows them.
     */
    String pseudonym(String prefix, String kind, String value) {
        byte[] digest;
        synchronized (mac) {
            mac.update(kind.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        }
        String full = prefix + HexFormat.of().formatHex(digest, 0, PSEUDONYM_DIGITS / 2);
        synchronized (shown) {
            String known = shownFor.get(full);
            if (known != null) {
                return known;
            }
            for (int digits = SHOWN_DIGITS; ; digits += 2) {
                String candidate = full.substring(0, prefix.length() + Math.min(digits, PSEUDONYM_DIGITS));
                String owner = shown.putIfAbsent(candidate, full);
                if (owner == null || owner.equals(full) || digits >= PSEUDONYM_DIGITS) {
                    shownFor.put(full, candidate);
                    return candidate;
                }
            }
        }
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
