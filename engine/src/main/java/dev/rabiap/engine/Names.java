package dev.rabiap.engine;

import java.text.Normalizer;
import java.util.List;

/**
 * Display-name normalisation for matching senders to the roster: trims, removes Unicode isolates
 * (U+2066–U+2069) and other invisible format characters, applies NFC, folds runs of spaces and
 * drops Thai titles and rank prefixes.
 */
public final class Names {
    /**
     * The one list of titles and rank prefixes, longest first so that นางสาว wins over นาง and
     * นายแพทย์ over นาย; matching a sender to the roster and masking a report both drop them.
     */
    private static final List<String> TITLES = List.of(
            "ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยตรี", "ว่าที่ร.ต.หญิง", "ว่าที่ ร.ต.", "ว่าที่ร.ต.",
            "พันตำรวจเอก", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.",
            "พันเอก", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.",
            "นายแพทย์", "แพทย์หญิง", "นางสาว", "น.ส.", "นาย", "นาง", "ดร.", "Mr.", "Mrs.", "Ms.", "Miss");

    private Names() {}

    /** Removes invisible characters and trims; what a display name looks like on screen. */
    public static String clean(String name) {
        if (name == null) {
            return "";
        }
        if (isClean(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** The common case, checked without allocating: no invisible character, no padding, single spaces, NFC. */
    private static boolean isClean(String name) {
        int n = name.length();
        if (n == 0) {
            return true;
        }
        if (Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(n - 1))) {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (isInvisible(c) || c == '\u00A0' || (c != ' ' && Character.isWhitespace(c)) || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return isNfc(name);
    }

    /**
     * Whether a name is in NFC. Latin letters and Thai need no table: Thai composes nothing, so Thai text is NFC when
     * its marks above and below stand in canonical order (a vowel below, class 103, before a tone mark, class 107);
     * other scripts ask {@link Normalizer}. A roster's 300,000 names are checked this way at each name index made.
     */
    static boolean isNfc(String name) {
        int previousClass = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int combiningClass;
            if (c < 0x300) {
                combiningClass = 0;
            } else if (c >= '\u0E00' && c <= '\u0E7F') {
                combiningClass = thaiCombiningClass(c);
            } else {
                return Normalizer.isNormalized(name, Normalizer.Form.NFC);
            }
            if (combiningClass != 0 && combiningClass < previousClass) {
                return false;
            }
            previousClass = combiningClass;
        }
        return true;
    }

    /** The canonical combining class of a Thai character (Unicode's UnicodeData.txt): 103, 107, 9 or 0. */
    private static int thaiCombiningClass(char c) {
        return switch (c) {
            case '\u0E38', '\u0E39' -> 103;
            case '\u0E3A' -> 9;
            case '\u0E48', '\u0E49', '\u0E4A', '\u0E4B' -> 107;
            default -> 0;
        };
    }

    /** {@link #clean} plus titles and rank prefixes removed and spaces dropped, for the second matching pass. */
    public static String normalise(String name) {
        return normaliseCleaned(clean(name));
    }

    /** {@link #normalise} of a name {@link #clean} gave already: the same, without cleaning it again. */
    static String normaliseCleaned(String cleaned) {
        return strippedOfTitles(cleaned).replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The titles by their first character, each list longest first as {@link #TITLES} has them. */
    private static final java.util.Map<Character, List<String>> TITLES_BY_START = new java.util.HashMap<>();
    private static final java.util.Set<String> TITLE_SET = java.util.Set.copyOf(TITLES);

    static {
        for (String title : TITLES) {
            TITLES_BY_START.computeIfAbsent(title.charAt(0), c -> new java.util.ArrayList<>()).add(title);
        }
    }

    /**
     * {@link #clean} with the leading titles and rank prefixes removed ({@code ว่าที่ร.ต. นายสมชาย}
     * gives {@code สมชาย}); a name that is only a title is kept.
     */
    public static String withoutTitles(String name) {
        return strippedOfTitles(clean(name));
    }

    private static String strippedOfTitles(String cleaned) {
        List<String> titles;
        while (!cleaned.isEmpty() && (titles = TITLES_BY_START.get(cleaned.charAt(0))) != null && !TITLE_SET.contains(cleaned)) {
            String title = null;
            for (String candidate : titles) {
                if (cleaned.startsWith(candidate) && cleaned.length() > candidate.length()) {
                    title = candidate;
                    break;
                }
            }
            if (title == null) {
                break;
            }
            cleaned = cleaned.substring(title.length()).trim();
        }
        return cleaned;
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u2066' && c <= '\u2069') || (c >= '\u200B' && c <= '\u200F') || c == '\uFEFF'
                || c == '\u202A' || c == '\u202B' || c == '\u202C' || c == '\u202D' || c == '\u202E' || c == '\u2060';
    }
}
