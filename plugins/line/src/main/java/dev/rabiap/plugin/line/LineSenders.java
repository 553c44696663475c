package dev.rabiap.plugin.line;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a PC "Save chat" line, {@code SENDER TEXT} after the time, where names may contain spaces.
 * Names are learnt from lines whose text can only be a whole message ({@code นายสมชาย ใจดี รูป},
 * {@code TWO ยกเลิกข้อความ}) or that repeat the name ({@code THANANTHAM154 THANANTHAM154 ออกจากกลุ่ม});
 * names the host knows (the roster's) are taken too, also written with a title the roster leaves
 * out; a line starting with a learnt name is split after the longest one, any other line after its
 * first word.
 */
final class LineSenders {
    /**
     * A split line.
     *
     * @param sender the sender as written
     * @param text the rest of the line
     */
    record Split(String sender, String text) {}

    /** Longer prefixes are not names: a message text does not hold a placeholder at its end. */
    private static final int LONGEST_NAME = 64;

    /** Learnt names by their first word, longest first. */
    private final Map<String, List<String>> byFirstWord = new HashMap<>();

    /** Learns the sender of the text after a PC message time, when the line settles it. */
    void learn(String rest) {
        int limit = Math.min(rest.length(), LONGEST_NAME);
        for (int space = rest.indexOf(' '); space > 0 && space < limit; space = rest.indexOf(' ', space + 1)) {
            String prefix = rest.substring(0, space);
            String suffix = rest.substring(space + 1);
            if (suffix.startsWith(prefix + " ") && LineTextClassifier.isActorNotice(suffix.substring(prefix.length() + 1))) {
                add(prefix);
                return;
            }
            if (LineTextClassifier.isPcBareMessage(suffix) && !isRepeated(prefix)) {
                add(prefix);
                return;
            }
        }
    }

    /** Splits the text after a PC message time, or returns null when it has no space to split at. */
    Split split(String rest) {
        int space = rest.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        List<String> names = byFirstWord.get(rest.substring(0, space));
        if (names != null) {
            for (String name : names) {
                if (rest.length() > name.length() && rest.startsWith(name) && rest.charAt(name.length()) == ' ') {
                    return new Split(name, rest.substring(name.length() + 1));
                }
            }
        }
        // "นายสมศักดิ์ ใจดี เจริญศิลป์ ไม่มีความเสียหายครับ": a known name with a title the roster does not write
        if (!knownNormalised.isEmpty()) {
            int limit = Math.min(rest.length(), LONGEST_NAME);
            for (int end = rest.lastIndexOf(' ', limit); end > space; end = rest.lastIndexOf(' ', end - 1)) {
                if (knownNormalised.contains(dev.rabiap.engine.Names.normalise(rest.substring(0, end)))) {
                    return new Split(rest.substring(0, end), rest.substring(end + 1));
                }
            }
        }
        return new Split(rest.substring(0, space), rest.substring(space + 1));
    }

    /** Takes a name the host knows (the roster's display names) as a learnt one. */
    void know(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.indexOf(' ') > 0 && trimmed.length() <= LONGEST_NAME) {
            add(trimmed);
            knownNormalised.add(dev.rabiap.engine.Names.normalise(trimmed));
        }
    }

    /** The known names as {@link dev.rabiap.engine.Names#normalise} makes them (titles such as นาย dropped). */
    private final java.util.Set<String> knownNormalised = new java.util.HashSet<>();

    private void add(String name) {
        int space = name.indexOf(' ');
        String firstWord = space < 0 ? name : name.substring(0, space);
        List<String> names = byFirstWord.computeIfAbsent(firstWord, key -> new ArrayList<>());
        if (!names.contains(name)) {
            names.add(name);
            names.sort(Comparator.comparingInt(String::length).reversed());
        }
    }

    /** {@code X X}: a name written twice, as on {@code X X เพิ่มประกาศ}, is not itself a name. */
    private static boolean isRepeated(String prefix) {
        int middle = prefix.length() / 2;
        return prefix.length() % 2 == 1 && prefix.charAt(middle) == ' '
                && prefix.substring(0, middle).equals(prefix.substring(middle + 1));
    }
}
