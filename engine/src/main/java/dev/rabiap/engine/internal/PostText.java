package dev.rabiap.engine.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of a post as the classifier reads it: normalised (NFC, invisible characters dropped,
 * spaces folded, Latin letters in lower case, a letter typed three or more times in a row kept
 * once, so "ครับบบบ" reads "ครับ") and cut into words. Thai is written without spaces between words,
 * so the words come from ICU's dictionary-based break iterator; a phrase matches only where it
 * starts and ends on word boundaries, so "ราย" does not match inside "รายงาน".
 *
 * <p>Immutable once built; building is thread-safe (one break iterator per thread).
 */
public final class PostText {
    /** Polite particles and forms of address that carry no meaning of their own at the end of a post. */
    static final Set<String> TRAILING = java.util.Set.copyOf(java.util.List.of("ครับ", "คับ", "ครัช", "ครัฟ", "คร้าบ", "ค้าบ", "ค่ะ", "คะ", "ค่า", "คร่ะ", "จ้า", "จ้ะ", "จ๊ะ", "จ้าา",
            "นะ", "น่ะ", "นะคะ", "นะครับ", "เด้อ", "เด้", "เนาะ", "เจ้า", "เจ้าค่ะ", "ฮะ", "ฮ่ะ", "ฮับ", "ผม", "กระผม", "ครับผม", "ค่ะท่าน",
            "ท่าน", "พี่", "น้อง", "คุณ", "ผู้ว่า", "ผู้ว่าฯ", "ผวจ", "รอง", "ปลัด", "ปจ", "นอภ", "นายอำเภอ", "หัวหน้า", "ทุก", "ท่าน", "หนู",
            "ดิฉัน", "นาย", "แล้ว", "ด้วย", "สน", "ฯ", "ka", "krub", "na", "kub", "จ๋า", "ค๊ะ", "คร๊าบ", "ครับท่าน", "ค่าา", "กัน", "เลย", "ด้วยนะ", "นะจ๊ะ", "หนิ", "เน้อ", "เด้อครับ"));
    /** Words of address that open a post without saying anything ("เรียนท่านผู้ว่าฯ รับทราบครับ"): not counted before a phrase that opens it. */
    static final Set<String> ADDRESS = Set.of("เรียน", "ถึง", "ท่าน", "ผู้ว่า", "ผู้ว่าฯ", "ฯ", "ครับ", "ค่ะ", "คะ", "นาย", "ผวจ", "รอง", "ปลัด", "ปจ",
            "นอภ", "นายอำเภอ", "หัวหน้า", "พี่", "น้อง", "คุณ", "ทุก", "กราบเรียน", "เจ้า");

    /**
     * Words that make a phrase up to three words after them, in the same clause, say the opposite:
     * "ไม่ทราบ", "ไม่ต้องรายงาน", "ยังไม่ได้ส่งรายงาน", "งดการส่งรายงาน".
     */
    static final Set<String> NEGATIONS = Set.of("ไม่", "ไม่มี", "ไม่ได้", "ยังไม่", "มิ", "มิได้", "ห้าม", "งด", "อย่า", "บ่", "บ่มี", "บ่ได้");

    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.forLanguageTag("th")));

    private final String raw;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] significant;

    private PostText(String raw, String text, int[] starts, int[] ends, boolean[] significant) {
        this.raw = raw;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.significant = significant;
    }

    /** Normalises and segments a post's text. */
    public static PostText of(String raw) {
        String text = normalise(raw == null ? "" : raw);
        BreakIterator words = WORDS.get();
        words.setText(text);
        List<int[]> tokens = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            tokens.add(new int[] {start, end});
        }
        int n = tokens.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        boolean[] significant = new boolean[n];
        for (int i = 0; i < n; i++) {
            starts[i] = tokens.get(i)[0];
            ends[i] = tokens.get(i)[1];
            significant[i] = hasLetterOrDigit(text, starts[i], ends[i]);
        }
        return new PostText(raw, text, starts, ends, significant);
    }

    /** The normalised form of a phrase or text, as {@link #of} makes it. */
    public static String normalise(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int run = 0;
        int previous = -1;
        boolean space = false;
        for (int i = 0; i < nfc.length(); ) {
            int c = nfc.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (c == '\n') {
                    space = false;
                    if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                        out.setLength(out.length() - 1);
                    }
                    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                        out.append('\n');
                    }
                    previous = '\n';
                    run = 0;
                    continue;
                }
                space = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
                previous = ' ';
                run = 0;
            }
            if (c < 0x80) {
                c = Character.toLowerCase(c);
            }
            run = c == previous ? run + 1 : 1;
            previous = c;
            if (run >= 3 && Character.isLetter(c) || run >= 3 && isThaiMark(c)) {
                // "ครับบบ", "ค่าาา": a key held down; keep one (two in a row are real spellings)
                if (run == 3) {
                    out.setLength(out.length() - Character.charCount(c));
                }
                continue;
            }
            out.appendCodePoint(c);
        }
        int length = out.length();
        while (length > 0 && Character.isWhitespace(out.charAt(length - 1))) {
            length--;
        }
        return out.substring(0, length);
    }

    private static boolean isThaiMark(int c) {
        return c >= 0x0E30 && c <= 0x0E4E;
    }

    private static boolean isInvisible(int c) {
        return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || c == 0xFE0F
                || c == 0xFE0E;
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The text as given. */
    public String raw() {
        return raw;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /**
     * Whether the text says one of the phrases (each normalised as {@link #normalise} makes it) as
     * whole words and not negated: "ได้รับรางวัล", not "ไม่ได้รับรางวัล".
     */
    public boolean says(java.util.Collection<String> phrases) {
        for (String phrase : phrases) {
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                if (standsAt(at, at + phrase.length(), true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the text from {@code start} to {@code end} stands as whole words and, when {@code
     * negationCounts}, is not negated ("ทราบ" in "ไม่ทราบ" is neither).
     */
    boolean standsAt(int start, int end, boolean negationCounts) {
        return isBoundary(start) && isBoundary(end) && !(negationCounts && negatedAt(start));
    }

    /** Whether the normalised text is empty. */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The words with a letter or a digit in them, in order (emoji, spaces and punctuation left out). */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            if (significant[i]) {
                words.add(text.substring(starts[i], ends[i]));
            }
        }
        return words;
    }

    /** Whether {@code offset} falls between two words (or at either end). */
    boolean isBoundary(int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return true;
        }
        // ๆ repeats the word before it: "หายไวๆ" holds "หายไว"
        return java.util.Arrays.binarySearch(starts, offset) >= 0 || text.charAt(offset) == 'ๆ' || text.charAt(offset - 1) == 'ๆ';
    }

    /** How many words with a letter or digit end at or before {@code offset}. */
    int wordsBefore(int offset) {
        int count = 0;
        for (int i = 0; i < starts.length && ends[i] <= offset; i++) {
            if (significant[i] && !ADDRESS.contains(text.substring(starts[i], ends[i]))) {
                count++;
            }
        }
        return count;
    }

    /** How many words with a letter or digit start at or after {@code offset}, particles and forms of address not counted. */
    int meaningfulWordsAfter(int offset) {
        int count = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] >= offset && significant[i] && !TRAILING.contains(text.substring(starts[i], ends[i]))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether the clause {@code end} falls in ends there: nothing follows up to the next space or
     * line break (or the end) but particles, forms of address, emoji and punctuation.
     */
    boolean endsClause(int end) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < end) {
                continue;
            }
            String token = text.substring(starts[i], ends[i]);
            if (token.isBlank()) {
                return true;
            }
            if (significant[i] && !TRAILING.contains(token)) {
                return false;
            }
        }
        return true;
    }

    /** Whether everything outside [start, end) is spaces, emoji, punctuation, particles or forms of address. */
    boolean onlyTrailingOutside(int start, int end) {
        for (int i = 0; i < starts.length; i++) {
            if (!significant[i] || (starts[i] >= start && ends[i] <= end)) {
                continue;
            }
            if (!TRAILING.contains(text.substring(starts[i], ends[i]))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a negation stands up to three words before {@code offset}, in the same clause (no space between). */
    boolean negatedAt(int offset) {
        int index = 0;
        while (index < starts.length && starts[index] < offset) {
            index++;
        }
        int seen = 0;
        for (int i = index - 1; i >= 0 && seen < 3; i--) {
            if (!significant[i]) {
                if (text.substring(starts[i], ends[i]).isBlank()) {
                    return false;
                }
                continue;
            }
            if (NEGATIONS.contains(text.substring(starts[i], ends[i]))) {
                return true;
            }
            seen++;
        }
        return false;
    }
}
