package dev.rabiap.engine.internal;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.MessageType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What labelled example posts say a post is: a multinomial naive Bayes over the post's letters (runs
 * of two to four characters, so Thai needs no word breaks and a misspelling still shares most of
 * them), the sender's role, the post's type and whether photos or files came with it.
 *
 * <p>A classification table says what its rows know; the examples say how officials actually write.
 * The {@link Classifier} weighs the two: a row of the shared table counts {@link #TABLE_WEIGHT}
 * (natural-log units) for its kind, against the examples' evidence for every kind. Written here rather
 * than taken from a machine-learning library: the model is two tables of counts and a sum of
 * logarithms, and a library (Tribuo, Smile, Weka) would bring megabytes and a training pipeline for
 * it.
 *
 * <p>Immutable and thread-safe once trained.
 */
public final class KindModel {
    /** How much a row of the shared table counts for its kind, in natural-log units. */
    public static final double TABLE_WEIGHT = 30.0;
    /** Additive smoothing of the counts. */
    private static final double ALPHA = 0.5;

    /**
     * One labelled post.
     *
     * @param text the post's text
     * @param kind what it is
     * @param role the sender's role code, or {@code unknown}
     * @param type the type of its main message
     * @param withParts whether photos, videos or files came with the text
     * @param at where it was read ({@code file:line})
     */
    public record Example(String text, String kind, String role, MessageType type, boolean withParts, String at) {
        public Example {
            requireNonNull(text, "text is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(role, "role is null");
            requireNonNull(type, "type is null");
        }
    }

    private final List<String> kinds;
    private final double[] logPrior;
    private final double[] logTotal;
    /**
     * Per feature, per kind (in {@link #kinds} order): what the feature adds to the kind's score, {@code log(count + ALPHA) -
     * logTotal}, worked out once here rather than at every post for every kind (the same numbers).
     */
    private final FeatureTable weights;
    private final int examples;

    /** @param counts per feature, per kind: how many examples of the kind have it */
    private KindModel(List<String> kinds, double[] logPrior, CountTable counts, double[] logTotal, int examples) {
        this.kinds = kinds;
        this.logPrior = logPrior;
        this.logTotal = logTotal;
        this.examples = examples;
        this.weights = new FeatureTable(counts.size);
        for (int i = 0; i < counts.keys.length; i++) {
            int[] count = counts.counts[i];
            if (count == null) {
                continue;
            }
            double[] weight = new double[count.length];
            for (int k = 0; k < count.length; k++) {
                weight[k] = Math.log(count[k] + ALPHA) - logTotal[k];
            }
            weights.put(counts.keys[i], weight);
        }
    }

    /** Counts per feature and kind while training, hashed as {@link FeatureTable} is (and growing). */
    private static final class CountTable {
        private String[] keys = new String[1 << 16];
        private int[][] counts = new int[1 << 16][];
        private int size;
        private final int kinds;

        CountTable(int kinds) {
            this.kinds = kinds;
        }

        int[] of(String key) {
            int mask = keys.length - 1;
            int i = FeatureTable.hash(key) & mask;
            while (keys[i] != null) {
                if (keys[i].equals(key)) {
                    return counts[i];
                }
                i = (i + 1) & mask;
            }
            if (size * 2 >= keys.length) {
                grow();
                return of(key);
            }
            keys[i] = key;
            counts[i] = new int[kinds];
            size++;
            return counts[i];
        }

        private void grow() {
            String[] oldKeys = keys;
            int[][] oldCounts = counts;
            keys = new String[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2][];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != null) {
                    int i = FeatureTable.hash(oldKeys[j]) & mask;
                    while (keys[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    counts[i] = oldCounts[j];
                }
            }
        }
    }

    /**
     * The features' weights by feature, in an open-addressed table hashed over the feature's
     * characters with FNV-1a: runs of two to four Thai letters give {@link String#hashCode} values
     * that collide by the thousand (31 × one letter + the next spans little of the Thai block), and
     * a post looks up hundreds of them.
     */
    private static final class FeatureTable {
        private final String[] keys;
        private final double[][] values;
        private final int mask;

        FeatureTable(int size) {
            int capacity = Integer.highestOneBit(Math.max(4, size) * 4 - 1) << 1;
            keys = new String[capacity];
            values = new double[capacity][];
            mask = capacity - 1;
        }

        private static int hash(String key) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < key.length(); i++) {
                h = (h ^ key.charAt(i)) * 0x100000001b3L;
            }
            return (int) (h ^ (h >>> 32));
        }

        void put(String key, double[] value) {
            int i = hash(key) & mask;
            while (keys[i] != null && !keys[i].equals(key)) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
        }

        double[] get(String key) {
            for (int i = hash(key) & mask; keys[i] != null; i = (i + 1) & mask) {
                if (keys[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }
    }

    /** Counts the examples. */
    public static KindModel train(List<Example> examples) {
        List<String> kinds = examples.stream().map(Example::kind).distinct().sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            index.put(kinds.get(i), i);
        }
        int[] perKind = new int[kinds.size()];
        long[] featuresPerKind = new long[kinds.size()];
        CountTable counts = new CountTable(kinds.size());
        for (Example example : examples) {
            int k = index.get(example.kind());
            perKind[k]++;
            for (String feature : features(example.text(), example.role(), example.type(), example.withParts())) {
                counts.of(feature)[k]++;
                featuresPerKind[k]++;
            }
        }
        double[] logPrior = new double[kinds.size()];
        double[] logTotal = new double[kinds.size()];
        for (int k = 0; k < kinds.size(); k++) {
            logPrior[k] = Math.log(perKind[k] / (double) examples.size());
            logTotal[k] = Math.log(featuresPerKind[k] + ALPHA * counts.size);
        }
        return new KindModel(kinds, logPrior, counts, logTotal, examples.size()); // read once, into the weights
    }

    /** The kinds the examples know. */
    public List<String> kinds() {
        return kinds;
    }

    /** How many examples it was trained on. */
    public int size() {
        return examples;
    }

    /** What the examples say of a post: a log score per kind (higher is likelier). */
    public Map<String, Double> scores(String text, String role, MessageType type, boolean withParts) {
        double[] score = logPrior.clone();
        for (String feature : features(text, role, type, withParts)) {
            double[] weight = weights.get(feature);
            if (weight == null) {
                continue; // a feature no example had says nothing of any kind
            }
            for (int k = 0; k < score.length; k++) {
                score[k] += weight[k];
            }
        }
        Map<String, Double> scores = new HashMap<>();
        for (int k = 0; k < score.length; k++) {
            scores.put(kinds.get(k), score[k]);
        }
        return scores;
    }

    /**
     * The few runs of letters in the text that speak most for {@code kind} against {@code other}, as
     * an officer can read them ("ส่งภาพ", "เรียบร้อย").
     */
    public List<String> evidence(String text, String kind, String other, int limit) {
        int k = kinds.indexOf(kind);
        int o = kinds.indexOf(other);
        if (k < 0) {
            return List.of();
        }
        Map<String, Double> weight = new HashMap<>();
        for (String feature : features(text, "", MessageType.TEXT, false)) {
            double[] given = weights.get(feature);
            if (given == null || !feature.startsWith("t:") || feature.length() < 5 || splitsACharacter(feature.substring(2))) {
                continue;
            }
            double forKind = given[k];
            double forOther = o < 0 ? 0 : given[o];
            weight.merge(feature.substring(2).strip(), forKind - forOther, Math::max);
        }
        List<String> best = new ArrayList<>();
        weight.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> {
                    if (best.size() < limit && best.stream().noneMatch(b -> b.contains(e.getKey()) || e.getKey().contains(b))) {
                        best.add(e.getKey());
                    }
                });
        return best;
    }

    /**
     * The features of a post: its text normalised (digits as 0, spaces collapsed) in runs of two to
     * four characters, its first and last four characters, the sender's role, the type and whether it
     * came with photos or files.
     */
    static List<String> features(String raw, String role, MessageType type, boolean withParts) {
        String text = fold(PostText.normalise(raw));
        Distinct features = new Distinct(text.length() * 3 + 8);
        for (int n = 2; n <= 4; n++) {
            for (int i = 0; i + n <= text.length(); i++) {
                String gram = text.substring(i, i + n);
                if (!gram.isBlank()) {
                    features.add("t:" + gram);
                }
            }
        }
        features.add("s:" + text.substring(0, Math.min(4, text.length())));
        features.add("e:" + text.substring(Math.max(0, text.length() - 4)));
        features.add("r:" + role);
        features.add("p:" + withParts);
        features.add("y:" + type.code());
        return features.list;
    }

    /**
     * Distinct strings in the order first added: a {@link java.util.LinkedHashSet} would do, but
     * short runs of Thai letters collide in {@link String#hashCode}, so membership is kept in a
     * table hashed as {@link FeatureTable} is.
     */
    private static final class Distinct {
        final List<String> list;
        private final String[] seen;
        private final int mask;

        Distinct(int expected) {
            list = new ArrayList<>(expected);
            int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
            seen = new String[capacity];
            mask = capacity - 1;
        }

        void add(String value) {
            int i = FeatureTable.hash(value) & mask;
            while (seen[i] != null) {
                if (seen[i].equals(value)) {
                    return;
                }
                i = (i + 1) & mask;
            }
            seen[i] = value;
            list.add(value);
        }
    }

    /** Lower case, every digit (Thai or Arabic) as 0, every run of spaces and line breaks as one space. */
    private static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(Character.isDigit(c) ? '0' : c);
        }
        return out.toString();
    }

    /** Whether a run of letters begins or ends inside a character written as two UTF-16 units (an emoji): not shown to people. */
    private static boolean splitsACharacter(String run) {
        return Character.isLowSurrogate(run.charAt(0)) || Character.isHighSurrogate(run.charAt(run.length() - 1));
    }

    /** The kind with the highest score; ties go to the kind that sorts first. */
    static String best(Map<String, Double> scores) {
        return scores.entrySet().stream().max(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
    }
}
