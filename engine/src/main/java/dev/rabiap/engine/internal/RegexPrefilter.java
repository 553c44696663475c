package dev.rabiap.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cheap necessary condition for a regular expression (RE2 syntax) to be found in a text: one of a
 * few literal strings the expression cannot match without. {@code (?:ขออนุญาต|รบกวน).{0,120}(?:ไหม|[?？])}
 * needs ขออนุญาต or รบกวน, so a post holding neither is passed over with a few {@code indexOf}s
 * instead of running the RE2 automaton over its text, which is what most posts are for most rows.
 *
 * <p>The literals are read from the expression's syntax: a literal is itself, a small class of
 * characters is one of them, an alternation is any of its branches, a concatenation keeps the best
 * of its parts (the longest literals), a repetition that may be empty needs nothing. Whatever this
 * reader does not know (case-insensitive flags, {@code \Q…\E}, hexadecimal escapes…) makes the
 * filter pass every text, so the filter only ever skips texts the expression cannot match; the
 * expression still decides every text it passes. Immutable and thread-safe.
 */
final class RegexPrefilter {
    /** A filter that passes every text. */
    static final RegexPrefilter ANY = new RegexPrefilter(null);

    /** The most literals a set may hold, and the longest literal kept. */
    private static final int MAX_SET = 64;
    private static final int MAX_LENGTH = 64;
    /** The most characters a class may hold to count as a set of literals. */
    private static final int MAX_CLASS = 16;

    private final String[] needles;

    private RegexPrefilter(String[] needles) {
        this.needles = needles;
    }

    /** The filter of an expression; {@link #ANY} when it cannot tell. */
    static RegexPrefilter of(String regex) {
        try {
            Reader reader = new Reader(regex);
            Info info = reader.alternation();
            if (reader.at < regex.length()) {
                return ANY;
            }
            Set<String> must = info.must();
            if (must == null || score(must) == 0) {
                return ANY;
            }
            return new RegexPrefilter(must.toArray(String[]::new));
        } catch (Unsupported e) {
            return ANY;
        }
    }

    /** False only when the expression cannot be found in {@code text}. */
    boolean mayMatch(String text) {
        if (needles == null) {
            return true;
        }
        for (String needle : needles) {
            if (text.indexOf(needle) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the filter passes every text. */
    boolean passesAll() {
        return needles == null;
    }

    /** The literals, one of which a matching text holds; empty when the filter passes every text. */
    List<String> literals() {
        return needles == null ? List.of() : List.of(needles);
    }

    /** How selective a set of literals is: its shortest literal's length (0 when it holds the empty string). */
    private static int score(Set<String> set) {
        int min = Integer.MAX_VALUE;
        for (String s : set) {
            min = Math.min(min, s.length());
        }
        return set.isEmpty() ? 0 : min;
    }

    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int sa = score(a);
        int sb = score(b);
        if (sa != sb) {
            return sa > sb ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }

    /**
     * What is known of a part of an expression.
     *
     * @param exact every string the part can match, when they are few and short; else null
     * @param need literals one of which every match of the part contains; null when nothing is known
     */
    private record Info(Set<String> exact, Set<String> need) {
        static final Info UNKNOWN = new Info(null, null);
        static final Info EMPTY = new Info(Set.of(""), Set.of(""));

        static Info exactly(Set<String> strings) {
            return new Info(strings, strings);
        }

        Set<String> must() {
            return exact != null ? exact : need;
        }
    }

    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent reader of the RE2 syntax the classification tables use. */
    private static final class Reader {
        private final String regex;
        private int at;

        Reader(String regex) {
            this.regex = regex;
        }

        private boolean more() {
            return at < regex.length();
        }

        private int peek() {
            return regex.codePointAt(at);
        }

        private int next() {
            int c = regex.codePointAt(at);
            at += Character.charCount(c);
            return c;
        }

        Info alternation() throws Unsupported {
            List<Info> branches = new ArrayList<>();
            branches.add(concatenation());
            while (more() && peek() == '|') {
                at++;
                branches.add(concatenation());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            Set<String> exact = new LinkedHashSet<>();
            Set<String> need = new LinkedHashSet<>();
            for (Info branch : branches) {
                if (exact != null && branch.exact() != null) {
                    exact.addAll(branch.exact());
                    if (exact.size() > MAX_SET) {
                        exact = null;
                    }
                } else {
                    exact = null;
                }
                if (need != null && branch.must() != null) {
                    need.addAll(branch.must());
                    if (need.size() > MAX_SET) {
                        need = null;
                    }
                } else {
                    need = null;
                }
            }
            return new Info(exact, need);
        }

        Info concatenation() throws Unsupported {
            Set<String> best = null;
            Set<String> run = Set.of("");
            while (more() && peek() != '|' && peek() != ')') {
                Info piece = repetition();
                Set<String> product = run == null || piece.exact() == null ? null : product(run, piece.exact());
                if (product == null) {
                    if (run != null) {
                        best = better(best, run);
                    }
                    best = better(best, piece.must());
                    run = piece.exact();
                } else {
                    run = product;
                }
            }
            if (run != null && best == null) {
                return Info.exactly(run);
            }
            best = better(best, run);
            return new Info(null, best);
        }

        private static Set<String> product(Set<String> left, Set<String> right) {
            if ((long) left.size() * right.size() > MAX_SET) {
                return null;
            }
            Set<String> out = new LinkedHashSet<>();
            for (String l : left) {
                for (String r : right) {
                    if (l.length() + r.length() > MAX_LENGTH) {
                        return null;
                    }
                    out.add(l + r);
                }
            }
            return out;
        }

        Info repetition() throws Unsupported {
            Info atom = atom();
            while (more()) {
                int c = peek();
                int min;
                if (c == '*') {
                    at++;
                    min = 0;
                } else if (c == '?') {
                    at++;
                    min = -1;
                } else if (c == '+') {
                    at++;
                    min = 1;
                } else if (c == '{' && counted()) {
                    min = bounds();
                } else {
                    break;
                }
                if (more() && peek() == '?') {
                    at++; // lazy: matches the same strings
                }
                if (min == -1) {
                    // optional: the atom's strings or nothing
                    if (atom.exact() != null && atom.exact().size() < MAX_SET) {
                        Set<String> exact = new LinkedHashSet<>(atom.exact());
                        exact.add("");
                        atom = Info.exactly(exact);
                    } else {
                        atom = Info.UNKNOWN;
                    }
                } else if (min == 0) {
                    atom = Info.UNKNOWN;
                } else {
                    atom = new Info(null, atom.must());
                }
            }
            return atom;
        }

        /** Whether a {@code {} here opens a counted repetition ({@code {2}}, {@code {0,30}}, {@code {1,}}). */
        private boolean counted() {
            int end = regex.indexOf('}', at);
            return end > at + 1 && regex.substring(at + 1, end).matches("[0-9]+(,[0-9]*)?");
        }

        /** Reads {@code {n}}, {@code {n,}} or {@code {n,m}}: the least count. */
        private int bounds() {
            int end = regex.indexOf('}', at);
            String inside = regex.substring(at + 1, end);
            at = end + 1;
            int comma = inside.indexOf(',');
            int min = Integer.parseInt(comma < 0 ? inside : inside.substring(0, comma));
            return min == 0 ? 0 : 1;
        }

        Info atom() throws Unsupported {
            int c = next();
            switch (c) {
                case '(' -> {
                    if (more() && peek() == '?') {
                        at++;
                        if (more() && (peek() == ':')) {
                            at++;
                        } else if (more() && peek() == 'P') {
                            int close = regex.indexOf('>', at);
                            if (close < 0) {
                                throw new Unsupported();
                            }
                            at = close + 1;
                        } else {
                            // flags: (?s) (?m) (?U) change no literal; (?i) does, and is not read
                            int start = at;
                            while (more() && peek() != ')' && peek() != ':') {
                                at++;
                            }
                            String flags = regex.substring(start, Math.min(at, regex.length()));
                            if (flags.contains("i") || !more()) {
                                throw new Unsupported();
                            }
                            if (next() == ')') {
                                return Info.EMPTY;
                            }
                        }
                    }
                    Info inner = alternation();
                    if (!more() || next() != ')') {
                        throw new Unsupported();
                    }
                    return inner;
                }
                case '[' -> {
                    return characterClass();
                }
                case '.' -> {
                    return Info.UNKNOWN;
                }
                case '^', '$' -> {
                    return Info.EMPTY;
                }
                case '\\' -> {
                    return escape();
                }
                case ')', '|', '*', '+', '?' -> throw new Unsupported();
                default -> {
                    return Info.exactly(Set.of(Character.toString(c)));
                }
            }
        }

        private Info escape() throws Unsupported {
            if (!more()) {
                throw new Unsupported();
            }
            int c = next();
            return switch (c) {
                case 'b', 'B', 'A', 'z' -> Info.EMPTY;
                case 'd', 'D', 's', 'S', 'w', 'W', 'C' -> Info.UNKNOWN;
                case 'p', 'P' -> {
                    skipProperty();
                    yield Info.UNKNOWN;
                }
                case 'n' -> Info.exactly(Set.of("\n"));
                case 't' -> Info.exactly(Set.of("\t"));
                case 'r' -> Info.exactly(Set.of("\r"));
                case 'f' -> Info.exactly(Set.of("\f"));
                default -> {
                    if (c < 128 && !Character.isLetterOrDigit(c)) {
                        yield Info.exactly(Set.of(Character.toString(c))); // an escaped punctuation mark
                    }
                    throw new Unsupported(); // \x, \Q, octal, \v …
                }
            };
        }

        private void skipProperty() throws Unsupported {
            if (more() && peek() == '{') {
                int close = regex.indexOf('}', at);
                if (close < 0) {
                    throw new Unsupported();
                }
                at = close + 1;
            } else if (more()) {
                at++;
            } else {
                throw new Unsupported();
            }
        }

        /** A class after its {@code [}: a set of literals when it is positive and small. */
        private Info characterClass() throws Unsupported {
            boolean negated = more() && peek() == '^';
            if (negated) {
                at++;
            }
            Set<String> chars = new LinkedHashSet<>();
            boolean known = !negated;
            boolean first = true;
            while (true) {
                if (!more()) {
                    throw new Unsupported();
                }
                int c = next();
                if (c == ']' && !first) {
                    break;
                }
                first = false;
                if (c == '[' && more() && peek() == ':') {
                    int close = regex.indexOf(":]", at);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    at = close + 2;
                    known = false;
                    continue;
                }
                int low;
                if (c == '\\') {
                    if (!more()) {
                        throw new Unsupported();
                    }
                    int e = next();
                    switch (e) {
                        case 'd', 'D', 's', 'S', 'w', 'W' -> {
                            known = false;
                            continue;
                        }
                        case 'p', 'P' -> {
                            skipProperty();
                            known = false;
                            continue;
                        }
                        case 'n' -> low = '\n';
                        case 't' -> low = '\t';
                        case 'r' -> low = '\r';
                        case 'f' -> low = '\f';
                        default -> {
                            if (e < 128 && !Character.isLetterOrDigit(e)) {
                                low = e;
                            } else {
                                throw new Unsupported();
                            }
                        }
                    }
                } else {
                    low = c;
                }
                int high = low;
                if (more() && peek() == '-' && at + 1 < regex.length() && regex.charAt(at + 1) != ']') {
                    at++;
                    int h = next();
                    if (h == '\\') {
                        if (!more()) {
                            throw new Unsupported();
                        }
                        h = next();
                        if (h >= 128 || Character.isLetterOrDigit(h)) {
                            throw new Unsupported();
                        }
                    }
                    high = h;
                    if (high < low) {
                        throw new Unsupported();
                    }
                }
                if (known) {
                    if (high - low + 1 + chars.size() > MAX_CLASS) {
                        known = false;
                    } else {
                        for (int x = low; x <= high; x++) {
                            chars.add(Character.toString(x));
                        }
                    }
                }
            }
            return known && !chars.isEmpty() ? Info.exactly(chars) : Info.UNKNOWN;
        }
    }
}
