package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.rules.ClassificationCorpusTest.Line;
import dev.rabiap.rules.ClassificationCorpusTest.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * How the classifier reads writing its examples never saw, corpus by corpus: each corpus among the
 * examples is read by a model trained on the examples without it (leave one corpus out), each held-out
 * corpus by the model of all the examples. The table's rows were tuned on the development corpora, so
 * their figures still overstate first contact a little; those written as held-out files (the rows were
 * never tuned on them) and the held-out ones do not. Per corpus, the accuracy
 * and the commonest confusions are printed and written to {@code target/unseen-report.txt}, the wrong
 * posts to {@code target/unseen-wrong.txt}, every post with what decided it to {@code target/unseen-all.tsv}.
 */
final class UnseenWritingTest {
    @Test
    void eachCorpusIsReadByExamplesThatNeverSawIt() throws IOException {
        List<ClassificationCorpusTest.Example> examples = ClassificationCorpusTest.readExamples();
        StringBuilder report = new StringBuilder();
        List<Outcome> all = new ArrayList<>();
        int readOnce = 0;
        // each corpus's model is trained apart from the others': two at a time, in the order of TUNED in the report
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<List<Outcome>>> reads = new ArrayList<>();
        try {
            for (String name : ClassificationCorpusTest.TUNED) {
                List<Line> part = new ArrayList<>();
                StringBuilder rest = new StringBuilder();
                for (ClassificationCorpusTest.Example example : examples) {
                    if (example.set().equals(name)) {
                        part.add(example.line());
                    } else {
                        rest.append(example.json()).append('\n');
                    }
                }
                String without = rest.toString();
                reads.add(pool.submit(() -> ClassificationCorpusTest.classify(part, without)));
            }
            for (int i = 0; i < reads.size(); i++) {
                List<Outcome> outcomes = reads.get(i).get();
                readOnce += outcomes.size();
                all.addAll(outcomes);
                report.append(String.format("%-10s %5.1f%% of %d%n", ClassificationCorpusTest.TUNED.get(i), 100 * ClassificationCorpusTest.accuracy(outcomes),
                        outcomes.size()));
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("reading a corpus by the examples without it", e);
        } finally {
            pool.shutdownNow();
        }
        String everything = String.join("\n", examples.stream().map(ClassificationCorpusTest.Example::json).toList()) + "\n";
        // every held-out file is read by the one model of all the examples: trained once, not once a file
        List<List<Line>> heldOut = new ArrayList<>();
        List<Line> together = new ArrayList<>();
        for (String file : ClassificationCorpusTest.HELD_OUT) {
            List<Line> lines = ClassificationCorpusTest.read(Path.of("corpus", file));
            heldOut.add(lines);
            together.addAll(lines);
        }
        List<Outcome> read = ClassificationCorpusTest.classify(together, everything);
        assertThat(read).as("every held-out post is read").hasSameSizeAs(together);
        int from = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            List<Outcome> outcomes = read.subList(from, from + heldOut.get(i).size());
            from += outcomes.size();
            all.addAll(outcomes);
            report.append(String.format("%-10s %5.1f%% of %d%n", ClassificationCorpusTest.HELD_OUT.get(i), 100 * ClassificationCorpusTest.accuracy(outcomes),
                    outcomes.size()));
        }
        report.append(String.format("%-10s %5.1f%% of %d%n", "all", 100 * ClassificationCorpusTest.accuracy(all), all.size()));
        Map<String, Integer> confusion = new TreeMap<>();
        for (Outcome o : all) {
            if (!o.right()) {
                confusion.merge(o.line().kind() + " → " + o.got(), 1, Integer::sum);
            }
        }
        confusion.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .forEach(e -> report.append("  ").append(e.getValue()).append("  ").append(e.getKey()).append('\n'));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        StringBuilder wrong = new StringBuilder();
        for (Outcome o : all) {
            if (!o.right()) {
                wrong.append(o.line().id()).append(' ').append(o.line().kind()).append(" → ").append(o.got()).append(" [").append(o.line().role())
                        .append("] ").append(o.line().text().replace('\n', ' ')).append("  // ").append(o.why()).append('\n');
            }
        }
        Files.writeString(Path.of("target", "unseen-wrong.txt"), wrong, StandardCharsets.UTF_8);
        StringBuilder every = new StringBuilder();
        for (Outcome o : all) {
            every.append(o.line().id()).append('\t').append(o.line().kind()).append('\t').append(o.got()).append('\t').append(o.line().role())
                    .append('\t').append(o.why().replace('\n', ' ')).append('\t').append(o.line().text().replace('\n', ' ')).append('\n');
        }
        Files.writeString(Path.of("target", "unseen-all.tsv"), every, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "unseen-report.txt"), report, StandardCharsets.UTF_8);
        assertThat(readOnce).as("every example is read once, by a model without its corpus").isEqualTo(examples.size());
        assertThat(ClassificationCorpusTest.accuracy(all)).as("accuracy, each corpus read by examples that never saw it").isGreaterThanOrEqualTo(0.90);
    }
}
