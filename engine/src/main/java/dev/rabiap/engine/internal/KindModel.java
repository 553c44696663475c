package dev.rabiap.engine.internal;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.MessageType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What labelled example posts say a post is, read two ways over the same features: the post's
 * letters (runs of two to four characters, so Thai needs no word breaks and a misspelling still
 * shares most of them), the sender's role, the post's type and whether photos or files came with it.
 *
 * <ul>
 *   <li>{@link #scores}: a multinomial naive Bayes, weighed against a row of the shared table. A row
 *       counts {@link #TABLE_WEIGHT} (natural-log units) for its kind, and the examples overrule it
 *       only where they speak far more strongly for another kind.</li>
 *   <li>{@link #scoresAlone}: a multinomial logistic regression. Naive Bayes counts every
 *       overlapping run of letters as fresh evidence, so on a long post it is sure of itself whether
 *       right or wrong; the regression weighs runs together. Reading posts no row speaks of by it
 *       took {@code UnseenWritingTest} from 91.3% to 92.2% of 5,970 posts. The
 *       {@link Classifier} reads a post no row speaks of by the regression, and overrules a row
 *       only when both readings give the same other kind (either alone overruled rows it should
 *       not have).</li>
 * </ul>
 *
 * <p>A classification table says what its rows know; the examples say how officials actually write.
 * Written here rather than taken from a machine-learning library: the models are a table of counts
 * and a table of weights over hashed features, and a library (Tribuo, Smile, Weka) would bring
 * megabytes and a training pipeline for them.
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
    /**
     * Per feature, per kind (in {@link #kinds} order), both readings side by side: what the feature adds
     * to the kind's naive Bayes score, {@code log(count + ALPHA) - logTotal}, worked out once here rather
     * than at every post for every kind (the same numbers), then the regression's weight.
     */
    private final Weights table;
    /** The regression's bias per kind (see {@link Logistic}). */
    private final double[] bias;
    private final int examples;
    /** Per kind: the log of its examples' features, smoothed (the naive Bayes' denominator). */
    private final double[] logTotal;
    /** Per role code with {@link #ROLE_EXAMPLES} examples or more: the kinds its examples have. */
    private final Map<String, java.util.Set<String>> kindsOfRole = new HashMap<>();

    /** @param counts per feature, per kind: how many examples of the kind have it */
    private KindModel(List<String> kinds, double[] logPrior, FeatureTable counts, double[] logTotal, int examples, Logistic logistic) {
        this(kinds, logPrior, logTotal, examples, logistic.bias, new Weights(counts.size, kinds.size()));
        int kk = kinds.size();
        for (int i = 0; i < counts.keys.length; i++) {
            long key = counts.keys[i];
            if (key == 0) {
                continue;
            }
            double[] alone = logistic.weights.get(key);
            if (alone == null) {
                throw new IllegalStateException("a feature of the naive Bayes is not in the regression");
            }
            int at = table.add(key);
            weigh(counts.values[i], logTotal, table.values, at);
            System.arraycopy(alone, 0, table.values, at + kk, kk);
        }
    }

    private KindModel(List<String> kinds, double[] logPrior, double[] logTotal, int examples, double[] bias, Weights table) {
        this.kinds = kinds;
        this.bias = bias;
        this.logPrior = logPrior;
        this.logTotal = logTotal;
        this.examples = examples;
        this.table = table;
    }

    /** A feature's naive Bayes weights per kind, from how many examples of each kind have it, into {@code into} at {@code at}. */
    private static void weigh(double[] count, double[] logTotal, double[] into, int at) {
        for (int k = 0; k < count.length; k++) {
            into[at + k] = Math.log(count[k] + ALPHA) - logTotal[k];
        }
    }

    /**
     * The version of the features and of the layout {@link #write} uses. A stored model of another
     * version has another {@link #key} and is never found; change it with either.
     */
    static final int FORMAT = 3;
    /** A post whose features go into the {@link #key}: digits, Thai and Latin letters, an emoji, spaces. */
    private static final String PROBE = "เรียน นอภ.ทุกอำเภอ รายงานผล ๑๒ ราย OK ครับ 🙏\n2569";
    private static final int MAGIC = 0x52424b4d; // "RBKM"

    /**
     * What names the model trained from example files of these contents, read in this order: a SHA-256
     * over {@link #FORMAT}, the training's settings, the features of a probe post (so that a change to
     * how features are made changes the key) and each file's length and text, worked out without
     * reading the examples the files hold. The build stores the bundled
     * examples' model under it, so a run that has the same files reads that model and never parses
     * the eight megabytes of examples (the build checked them; a catalogue can only add kinds and
     * roles, so they read the same in every rule set that has them).
     */
    public static String sourceKey(List<String> contents) {
        return digest(java.util.stream.Stream.concat(java.util.stream.Stream.of("example files\n"),
                contents.stream().map(c -> c.length() + "\n" + c)));
    }

    private static String digest(java.util.stream.Stream<String> parts) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            // what training does with the examples: the format, the settings, and the features of a
            // probe post (a change to how features are made changes them, and so the key)
            String how = "rabiap-kind-model " + FORMAT + " " + ALPHA + " " + Logistic.PASSES + " " + Logistic.STEP + " " + Logistic.BIAS_STEP
                    + " " + Logistic.SKIP + " " + Logistic.SEED + "\n";
            sha.update(how.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Features probe = features(PROBE, "district_chief", MessageType.TEXT, true);
            for (int i = 0; i < probe.size; i++) {
                sha.update(java.nio.ByteBuffer.allocate(8).putLong(probe.keys[i]).array());
            }
            parts.forEach(one -> sha.update(one.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The model as bytes that {@link #read} turns back into the same numbers: kinds, priors, per
     * feature its hash, how many examples of each kind have it (the naive Bayes' weights are worked
     * out from those again, by the same arithmetic) and the regression's weights as they are.
     */
    public byte[] write() {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(table.size * (8 + 9 * 9) + 4096);
            java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
            int kk = kinds.size();
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(examples);
            out.writeInt(kk);
            for (String kind : kinds) {
                writeString(out, kind);
            }
            for (double[] numbers : List.of(logPrior, logTotal, bias)) {
                for (double x : numbers) {
                    out.writeDouble(x);
                }
            }
            List<String> roles = kindsOfRole.keySet().stream().sorted().toList();
            out.writeInt(roles.size());
            for (String role : roles) {
                writeString(out, role);
                List<String> ofRole = kindsOfRole.get(role).stream().sorted().toList();
                out.writeInt(ofRole.size());
                for (String kind : ofRole) {
                    writeString(out, kind);
                }
            }
            out.writeInt(table.size);
            double[] count = new double[kk];
            double[] again = new double[kk];
            for (int row = 0; row < table.size; row++) {
                int at = row * 2 * kk;
                out.writeLong(table.rowKeys[row]);
                for (int k = 0; k < kk; k++) {
                    count[k] = Math.rint(Math.exp(table.values[at + k] + logTotal[k]) - ALPHA);
                    writeCount(out, (long) count[k]);
                }
                weigh(count, logTotal, again, 0);
                if (!java.util.Arrays.equals(again, 0, kk, table.values, at, at + kk)) {
                    throw new IllegalStateException("a naive Bayes weight is not made again from its count");
                }
                for (int k = 0; k < kk; k++) {
                    out.writeDouble(table.values[at + kk + k]);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The model {@link #write} wrote.
     *
     * @throws IllegalArgumentException when the bytes are not such a model of this {@link #FORMAT}
     */
    public static KindModel read(byte[] stored) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(stored);
        try {
            if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
                throw new IllegalArgumentException("not a labelled examples' model of format " + FORMAT);
            }
            int examples = in.getInt();
            int kk = in.getInt();
            List<String> kinds = new ArrayList<>();
            for (int k = 0; k < kk; k++) {
                kinds.add(readString(in));
            }
            double[] logPrior = readDoubles(in, kk);
            double[] logTotal = readDoubles(in, kk);
            double[] bias = readDoubles(in, kk);
            Map<String, java.util.Set<String>> kindsOfRole = new HashMap<>();
            for (int roles = in.getInt(), r = 0; r < roles; r++) {
                String role = readString(in);
                java.util.Set<String> ofRole = new java.util.HashSet<>();
                for (int n = in.getInt(), i = 0; i < n; i++) {
                    ofRole.add(readString(in));
                }
                kindsOfRole.put(role, java.util.Set.copyOf(ofRole));
            }
            int size = in.getInt();
            Weights table = new Weights(size, kk);
            double[] count = new double[kk];
            for (int f = 0; f < size; f++) {
                int at = table.add(in.getLong());
                for (int k = 0; k < kk; k++) {
                    count[k] = readCount(in);
                }
                weigh(count, logTotal, table.values, at);
                for (int k = 0; k < kk; k++) {
                    table.values[at + kk + k] = in.getDouble();
                }
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException(in.remaining() + " bytes after the model");
            }
            KindModel model = new KindModel(List.copyOf(kinds), logPrior, logTotal, examples, bias, table);
            model.kindsOfRole.putAll(kindsOfRole);
            return model;
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("the model ends early", e);
        }
    }

    private static void writeString(java.io.DataOutputStream out, String s) throws java.io.IOException {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(java.nio.ByteBuffer in) {
        byte[] utf8 = new byte[in.getInt()];
        in.get(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static double[] readDoubles(java.nio.ByteBuffer in, int n) {
        double[] x = new double[n];
        in.asDoubleBuffer().get(x);
        in.position(in.position() + 8 * n);
        return x;
    }

    /** A count in seven bits a byte, the high bit saying another byte follows (most counts are 0 or 1). */
    private static void writeCount(java.io.DataOutputStream out, long count) throws java.io.IOException {
        if (count < 0) {
            throw new IllegalStateException("a negative count");
        }
        while (count >= 0x80) {
            out.writeByte((int) (count & 0x7f) | 0x80);
            count >>>= 7;
        }
        out.writeByte((int) count);
    }

    private static long readCount(java.nio.ByteBuffer in) {
        long count = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            count |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return count;
            }
        }
    }

    /**
     * The finished model's numbers: per feature (keyed as in {@link FeatureTable}), the naive Bayes'
     * weight per kind, then the regression's, in one array row after row. Laid out so, the ~180,000
     * features of the bundled examples take one array of numbers and no array per feature: a third of
     * the memory of two tables of arrays, and no allocation per feature when a stored model is read.
     * Filled once, read-only afterwards (safe to share between threads once published).
     */
    private static final class Weights {
        /** Slot to key, 0 where empty; open addressing with linear probing. */
        private final long[] keys;
        /** Slot to the offset of its row in {@link #values}. */
        private final int[] offsets;
        /** Row to key, in the order added ({@link #write} writes rows in that order). */
        final long[] rowKeys;
        /** Row after row: the naive Bayes' weights per kind, then the regression's. */
        final double[] values;
        private final int width;
        int size;

        Weights(int features, int kinds) {
            int capacity = Integer.highestOneBit(Math.max(4, features) * 2 - 1) << 1;
            keys = new long[capacity];
            offsets = new int[capacity];
            rowKeys = new long[features];
            width = 2 * kinds;
            values = new double[features * width];
        }

        /** Adds a feature's row and gives its offset in {@link #values}. */
        int add(long key) {
            int mask = keys.length - 1;
            int i = FeatureTable.slot(key, mask);
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    throw new IllegalArgumentException("a feature is given twice");
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            offsets[i] = size * width;
            rowKeys[size] = key;
            return size++ * width;
        }

        /** The offset of the feature's row in {@link #values}, or -1 when no example had it. */
        int at(long key) {
            int mask = keys.length - 1;
            for (int i = FeatureTable.slot(key, mask); keys[i] != 0; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return offsets[i];
                }
            }
            return -1;
        }
    }

    /**
     * Per feature, a number per kind, in an open-addressed table keyed by the feature's 64-bit FNV-1a
     * hash. A post has hundreds of features (every run of two to four letters); hashing them straight
     * from the text's characters, rather than cutting each into a string and hashing that, is most of
     * the speed of weighing a post. Two different features with the same 64-bit hash would share a
     * weight: among the few hundred thousand features of the examples, the odds are below one in a
     * hundred million. ({@link String#hashCode} would not do: runs of two to four Thai letters
     * collide in it by the thousand, 31 × one letter + the next spanning little of the Thai block.)
     */
    private static final class FeatureTable {
        private long[] keys;
        private double[][] values;
        private int size;
        private final int kinds;

        FeatureTable(int expected, int kinds) {
            int capacity = Integer.highestOneBit(Math.max(4, expected) * 4 - 1) << 1;
            keys = new long[capacity];
            values = new double[capacity][];
            this.kinds = kinds;
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }

        /** The numbers of a feature, made (zero) the first time it is asked for; the table grows as needed. */
        double[] of(long key) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            if (size * 2 >= keys.length) {
                grow();
                return of(key);
            }
            keys[i] = key;
            values[i] = new double[kinds];
            size++;
            return values[i];
        }

        void put(long key, double[] value) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        double[] get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); keys[i] != 0; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return null;
        }

        private void grow() {
            long[] oldKeys = keys;
            double[][] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new double[oldKeys.length * 2][];
            size = 0;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != 0) {
                    put(oldKeys[j], oldValues[j]);
                }
            }
        }
    }

    /** Counts the examples for the naive Bayes and trains the regression on them (see {@link Logistic}). */
    public static KindModel train(List<Example> examples) {
        List<String> kinds = examples.stream().map(Example::kind).distinct().sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            index.put(kinds.get(i), i);
        }
        int[] perKind = new int[kinds.size()];
        long[] featuresPerKind = new long[kinds.size()];
        FeatureTable counts = new FeatureTable(1 << 15, kinds.size());
        Features[] all = new Features[examples.size()];
        int[] label = new int[examples.size()];
        for (int e = 0; e < all.length; e++) {
            Example example = examples.get(e);
            label[e] = index.get(example.kind());
            all[e] = features(example.text(), example.role(), example.type(), example.withParts());
        }
        // the regression trains on a thread of its own while the naive Bayes counts: at an audit's
        // first post both are waited for, and on two cores that is the longer of the two
        Logistic[] logistic = new Logistic[1];
        Throwable[] failed = new Throwable[1];
        Thread regression = new Thread(() -> {
            try {
                logistic[0] = Logistic.train(all, label, kinds.size());
            } catch (Throwable e) {
                failed[0] = e;
            }
        }, "rabiap-examples-regression");
        regression.setDaemon(true);
        regression.start();
        for (int e = 0; e < all.length; e++) {
            int k = label[e];
            perKind[k]++;
            Features features = all[e];
            for (int i = 0; i < features.size; i++) {
                counts.of(features.keys[i])[k]++;
            }
            featuresPerKind[k] += features.size;
        }
        try {
            regression.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the examples' regression was trained", e);
        }
        if (failed[0] instanceof RuntimeException e) {
            throw e;
        } else if (failed[0] instanceof Error e) {
            throw e;
        }
        double[] logPrior = new double[kinds.size()];
        double[] logTotal = new double[kinds.size()];
        for (int k = 0; k < kinds.size(); k++) {
            logPrior[k] = Math.log(perKind[k] / (double) examples.size());
            logTotal[k] = Math.log(featuresPerKind[k] + ALPHA * counts.size);
        }
        KindModel model = new KindModel(kinds, logPrior, counts, logTotal, examples.size(), logistic[0]);
        Map<String, List<Example>> byRole = examples.stream().collect(java.util.stream.Collectors.groupingBy(Example::role));
        byRole.forEach((role, ofRole) -> {
            if (ofRole.size() >= ROLE_EXAMPLES) {
                model.kindsOfRole.put(role, ofRole.stream().map(Example::kind).collect(java.util.stream.Collectors.toUnmodifiableSet()));
            }
        });
        return model;
    }

    /** How many examples of a role there must be before the kinds none of them has are taken as unheard of for it. */
    static final int ROLE_EXAMPLES = 40;

    /**
     * Whether the examples never give {@code kind} to a post of {@code role} although they have
     * many ({@link #ROLE_EXAMPLES} or more) of that role: no governor's post among thousands is a
     * report, so letters the examples read as one in a governor's post are not enough to call it so.
     */
    public boolean unheardOf(String role, String kind) {
        java.util.Set<String> kinds = kindsOfRole.get(role);
        return kinds != null && !kinds.contains(kind);
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
        return scores(features(text, role, type, withParts));
    }

    /** The same, of a post's {@link #features}. */
    Map<String, Double> scores(Features features) {
        double[] score = logPrior.clone();
        double[] values = table.values;
        for (int i = 0; i < features.size; i++) {
            int at = table.at(features.keys[i]);
            if (at < 0) {
                continue; // a feature no example had says nothing of any kind
            }
            for (int k = 0; k < score.length; k++) {
                score[k] += values[at + k];
            }
        }
        Map<String, Double> scores = new HashMap<>();
        for (int k = 0; k < score.length; k++) {
            scores.put(kinds.get(k), score[k]);
        }
        return scores;
    }

    /**
     * How many natural-log units of {@link #scores} one unit of the regression's log probability is
     * worth, so that a row's weight and the margins the {@link Classifier} asks for read the same on
     * both: 30 units, as the table's weight, is a factor of e between two kinds' probabilities.
     */
    static final double SCALE = 30.0;

    /**
     * What the examples say of a post no row speaks of: the regression's log probability per kind,
     * times {@link #SCALE} (higher is likelier).
     */
    public Map<String, Double> scoresAlone(String text, String role, MessageType type, boolean withParts) {
        return scoresAlone(features(text, role, type, withParts));
    }

    /** The same, of a post's {@link #features}. */
    Map<String, Double> scoresAlone(Features features) {
        double[] score = bias.clone();
        double length = Logistic.length(features.size);
        double[] values = table.values;
        int kk = score.length;
        for (int i = 0; i < features.size; i++) {
            int at = table.at(features.keys[i]);
            if (at < 0) {
                continue;
            }
            for (int k = 0; k < kk; k++) {
                score[k] += values[at + kk + k] * length;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double x : score) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (double x : score) {
            sum += Math.exp(x - max);
        }
        double logSum = max + Math.log(sum);
        Map<String, Double> scores = new HashMap<>();
        for (int k = 0; k < score.length; k++) {
            scores.put(kinds.get(k), SCALE * (score[k] - logSum));
        }
        return scores;
    }

    /**
     * A multinomial logistic regression over the same features as the naive Bayes, each post's
     * features scaled by one over the square root of their number (a long post is not surer for
     * being long). Trained by stochastic gradient descent with AdaGrad steps, three passes in orders
     * drawn from a fixed seed, so the same examples give the same weights; the weights at the end of
     * the last two passes are averaged. A kind whose share of an example's gradient is below {@link #SKIP} is
     * not updated for it: most examples are read right after the first passes, and that keeps
     * training to a fraction of a second.
     */
    private record Logistic(FeatureTable weights, double[] bias) {
        private static final int PASSES = 3;
        private static final double STEP = 0.5;
        private static final double BIAS_STEP = 0.1;
        private static final double SKIP = 1e-3;
        private static final long SEED = 2568;

        static double length(int features) {
            return 1 / Math.sqrt(Math.max(1, features));
        }

        /**
         * @param all each example's features
         * @param label each example's kind, as its index
         */
        static Logistic train(Features[] all, int[] label, int kk) {
            int n = all.length;
            // per feature, in one array: its weight per kind, the sum of its squared steps per kind
            // (AdaGrad), and the sum of its weights at the end of the averaged passes
            FeatureTable state = new FeatureTable(1 << 15, 3 * kk);
            double[][][] rows = new double[n][][];
            for (int e = 0; e < n; e++) {
                Features features = all[e];
                double[][] row = new double[features.size][];
                for (int i = 0; i < features.size; i++) {
                    row[i] = state.of(features.keys[i]);
                }
                rows[e] = row;
            }
            double[] b = new double[kk];
            double[] biasSum = new double[kk];
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.SplittableRandom random = new java.util.SplittableRandom(SEED);
            double[] z = new double[kk];
            int averaged = 0;
            for (int pass = 0; pass < PASSES; pass++) {
                for (int i = n - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
                for (int e : order) {
                    double[][] row = rows[e];
                    double s = length(row.length);
                    System.arraycopy(b, 0, z, 0, kk);
                    for (double[] feature : row) {
                        for (int k = 0; k < kk; k++) {
                            z[k] += s * feature[k];
                        }
                    }
                    softmax(z);
                    z[label[e]] -= 1; // the gradient of the log loss per kind
                    for (int k = 0; k < kk; k++) {
                        if (Math.abs(z[k]) < SKIP) {
                            continue;
                        }
                        double g = z[k] * s;
                        double gg = g * g;
                        for (double[] feature : row) {
                            feature[kk + k] += gg;
                            feature[k] -= STEP * g / Math.sqrt(feature[kk + k]);
                        }
                        b[k] -= BIAS_STEP * z[k];
                    }
                }
                if (pass >= PASSES / 2) {
                    for (double[] feature : state.values) {
                        if (feature != null) {
                            for (int k = 0; k < kk; k++) {
                                feature[2 * kk + k] += feature[k];
                            }
                        }
                    }
                    for (int k = 0; k < kk; k++) {
                        biasSum[k] += b[k];
                    }
                    averaged++;
                }
            }
            FeatureTable weights = new FeatureTable(state.size, kk);
            for (int i = 0; i < state.keys.length; i++) {
                double[] feature = state.values[i];
                if (feature != null) {
                    double[] weight = new double[kk];
                    for (int k = 0; k < kk; k++) {
                        weight[k] = feature[2 * kk + k] / averaged;
                    }
                    weights.put(state.keys[i], weight);
                }
            }
            for (int k = 0; k < kk; k++) {
                biasSum[k] /= averaged;
            }
            return new Logistic(weights, biasSum);
        }

        /** Turns scores into probabilities, in place. */
        private static void softmax(double[] z) {
            double max = Double.NEGATIVE_INFINITY;
            for (double x : z) {
                max = Math.max(max, x);
            }
            double total = 0;
            for (int k = 0; k < z.length; k++) {
                z[k] = Math.exp(z[k] - max);
                total += z[k];
            }
            for (int k = 0; k < z.length; k++) {
                z[k] /= total;
            }
        }
    }

    /**
     * The few runs of letters in the text that speak most for {@code kind} against {@code other}, as
     * an officer can read them ("ส่งภาพ", "เรียบร้อย").
     */
    public List<String> evidence(String text, String kind, String other, int limit) {
        return evidence(text, kind, other, limit, false);
    }

    /** The same, by the weights of {@link #scoresAlone} when {@code alone}. */
    public List<String> evidence(String text, String kind, String other, int limit, boolean alone) {
        int shift = alone ? kinds.size() : 0;
        double[] values = table.values;
        int k = kinds.indexOf(kind);
        int o = kinds.indexOf(other);
        if (k < 0) {
            return List.of();
        }
        Map<String, Double> weight = new HashMap<>();
        String folded = fold(PostText.normalise(text));
        for (int n = 3; n <= 4; n++) {
            for (int i = 0; i + n <= folded.length(); i++) {
                String run = folded.substring(i, i + n);
                int given = table.at(Features.key(hash(TEXT, folded, i, i + n)));
                if (given < 0 || run.isBlank() || splitsACharacter(run)) {
                    continue;
                }
                given += shift;
                double forKind = values[given + k];
                double forOther = o < 0 ? 0 : values[given + o];
                int opening = n == 3 && i + n <= OPENING ? table.at(Features.key(hash(OPEN, folded, i, i + n))) : -1;
                if (opening >= 0) { // the same letters where the post opens count again
                    opening += shift;
                    forKind += values[opening + k];
                    forOther += o < 0 ? 0 : values[opening + o];
                }
                weight.merge(run.strip(), forKind - forOther, Math::max);
            }
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
     * The features of a post, as their 64-bit FNV-1a hashes (each the hash of a tag and a value, as
     * {@code "t:" + run} would hash): its text normalised (digits as 0, spaces collapsed) in runs of two
     * to four characters, the runs of two and three within its first {@link #OPENING} characters again
     * (as features of their own), its first and last four characters, its words (ICU's segmentation, as
     * {@link PostText} cuts them), its first three and last two words again, each pair of words in a row,
     * the sender's role, the type and whether it came with photos or files. Each feature once.
     */
    static Features features(String raw, String role, MessageType type, boolean withParts) {
        return features(PostText.of(raw), role, type, withParts);
    }

    /** The same, of a text already normalised and cut into words. */
    static Features features(PostText post, String role, MessageType type, boolean withParts) {
        String text = fold(post.text());
        List<String> words = post.words();
        Features features = new Features(text.length() * 3 + 2 * OPENING + 3 * words.size() + 10);
        for (int i = 0; i + 2 <= text.length(); i++) {
            long h = step(step(TEXT, text.charAt(i)), text.charAt(i + 1));
            features.add(h);
            if (i + 3 <= text.length()) {
                h = step(h, text.charAt(i + 2));
                features.add(h);
                if (i + 4 <= text.length()) {
                    features.add(step(h, text.charAt(i + 3)));
                }
            }
        }
        // the opening's runs again, tagged apart: how a post opens (a greeting, a name, an
        // acknowledgement, the addressee of an order) says more of its kind than the same letters later
        int opening = Math.min(OPENING, text.length());
        for (int i = 0; i + 2 <= opening; i++) {
            long h = step(step(OPEN, text.charAt(i)), text.charAt(i + 1));
            features.add(h);
            if (i + 3 <= opening) {
                features.add(step(h, text.charAt(i + 2)));
            }
        }
        // the post's words (as PostText cuts them, digits folded), its first three words again and its
        // last two, tagged apart, and each pair of words in a row: a word says what a run of letters
        // across two words does not ("ส่ง" beside "ส่งเสริม")
        long previous = 0;
        for (int w = 0; w < words.size(); w++) {
            String word = fold(words.get(w));
            long h = hash(WORD, word, 0, word.length());
            features.add(h);
            if (w < 3) {
                features.add(hash(OPEN_WORD, word, 0, word.length()));
            }
            if (w >= words.size() - 2) {
                features.add(hash(END_WORD, word, 0, word.length()));
            }
            if (previous != 0) {
                features.add(hash(step(previous, '|'), word, 0, word.length()));
            }
            previous = h;
        }
        features.add(hash(START, text, 0, Math.min(4, text.length())));
        features.add(hash(END, text, Math.max(0, text.length() - 4), text.length()));
        features.add(hash(ROLE, role, 0, role.length()));
        features.add(hash(PARTS, withParts ? "true" : "false", 0, withParts ? 4 : 5));
        String code = type.code();
        features.add(hash(TYPE, code, 0, code.length()));
        return features;
    }

    /** How many characters of a post's beginning give features of their own (see {@link #features}). */
    static final int OPENING = 10;
    /** FNV-1a's 64-bit offset basis. */
    private static final long FNV_BASIS = 0xcbf29ce484222325L;
    /** The hash states after each feature's tag. */
    private static final long TEXT = tag("t:");
    private static final long START = tag("s:");
    private static final long OPEN = tag("o:");
    private static final long END = tag("e:");
    private static final long ROLE = tag("r:");
    private static final long PARTS = tag("p:");
    private static final long TYPE = tag("y:");
    private static final long WORD = tag("w:");
    private static final long OPEN_WORD = tag("ow:");
    private static final long END_WORD = tag("ew:");

    private static long tag(String tag) {
        return hash(FNV_BASIS, tag, 0, tag.length());
    }

    private static long step(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    /** The hash state {@code h} carried over the characters {@code from} to {@code to} of {@code s}; never 0 (an empty slot). */
    private static long hash(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = step(h, s.charAt(i));
        }
        return h;
    }

    /** A post's distinct feature hashes, in the order first added. */
    static final class Features {
        final long[] keys;
        int size;
        private final long[] seen;
        private final int mask;

        Features(int expected) {
            keys = new long[expected];
            int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
            seen = new long[capacity];
            mask = capacity - 1;
        }

        /** A hash as a table key: 0 marks an empty slot, so it is taken as 1. */
        static long key(long hash) {
            return hash == 0 ? 1 : hash;
        }

        void add(long hash) {
            long key = key(hash);
            int i = FeatureTable.slot(key, mask);
            while (seen[i] != 0) {
                if (seen[i] == key) {
                    return;
                }
                i = (i + 1) & mask;
            }
            seen[i] = key;
            keys[size++] = key;
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
