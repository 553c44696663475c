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
        return Normalizer.isNormalized(name, Normalizer.Form.NFC);
    }

    /** {@link #clean} plus titles and rank prefixes removed and spaces dropped, for the second matching pass. */
    public static String normalise(String name) {
        return normaliseCleaned(clean(name));
    }

    /** {@link #normalise} of a name {@link #clean} gave already: the same, without cleaning it again. */
    static String normaliseCleaned(String cleaned) {
        return strippedOfTitles(cleaned).replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The first characters of the titles: a name starting with none of them has no title to drop. */
    private static final String TITLE_STARTS;

    static {
        StringBuilder starts = new StringBuilder();
        for (String title : TITLES) {
            if (starts.indexOf(title.substring(0, 1)) < 0) {
                starts.append(title.charAt(0));
            }
        }
        TITLE_STARTS = starts.toString();
    }

    /**
     * {@link #clean} with the leading titles and rank prefixes removed ({@code ว่าที่ร.ต. นายสมชาย}
     * gives {@code สมชาย}); a name that is only a title is kept.
     */
    public static String withoutTitles(String name) {
        return strippedOfTitles(clean(name));
    }

    private static String strippedOfTitles(String cleaned) {
        if (cleaned.isEmpty() || TITLE_STARTS.indexOf(cleaned.charAt(0)) < 0) {
            return cleaned;
        }
        boolean stripped = true;
        while (stripped && !TITLES.contains(cleaned)) {
            stripped = false;
            for (String title : TITLES) {
                if (cleaned.startsWith(title) && cleaned.length() > title.length()) {
                    cleaned = cleaned.substring(title.length()).trim();
                    stripped = true;
                    break;
                }
            }
        }
        return cleaned;
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u2066' && c <= '\u2069') || (c >= '\u200B' && c <= '\u200F') || c == '\uFEFF'
                || c == '\u202A' || c == '\u202B' || c == '\u202C' || c == '\u202D' || c == '\u202E' || c == '\u2060';
    }
}
