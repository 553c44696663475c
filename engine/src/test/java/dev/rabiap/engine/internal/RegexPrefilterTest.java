package dev.rabiap.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rabiap.engine.spi.CsvRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The regular-expression prefilter: which literals it reads from an expression, and that it never
 * passes over a text the expression matches, for every expression of the bundled classification
 * tables over every text of the labelled corpora and samples.
 */
final class RegexPrefilterTest {
    private static List<String> literals(String regex) {
        return RegexPrefilter.of(regex).literals();
    }

    @Test
    void readsLiteralsOfAlternationsClassesAndConcatenations() {
        assertThat(literals("รายงาน")).containsExactly("รายงาน");
        assertThat(literals("(?:ขออนุญาต|รบกวน).{0,120}(?:ไหม|[?？])")).containsExactlyInAnyOrder("ขออนุญาต", "รบกวน");
        assertThat(literals("[?？]")).containsExactlyInAnyOrder("?", "？");
        assertThat(literals("^[^\\p{L}\\p{N}]*(?:fwd?|fw)\\s*:")).containsExactlyInAnyOrder("fw", "fwd");
        assertThat(literals("ข้อมูล\\s*(?:ณ|ถึง)\\s*(?:วันที่)?\\s*[0-9๐-๙]")).containsExactly("ข้อมูล");
        assertThat(literals("ขอ(?:อนุญาต)?ลา")).containsExactlyInAnyOrder("ขออนุญาตลา", "ขอลา");
        assertThat(literals("(?:ครับ)+")).containsExactly("ครับ");
        assertThat(literals("a\\.b")).containsExactly("a.b");
    }

    @Test
    void passesEveryTextWhenItCannotTell() {
        assertThat(RegexPrefilter.of("(?i)abc").passesAll()).isTrue();
        assertThat(RegexPrefilter.of("a*").passesAll()).isTrue();
        assertThat(RegexPrefilter.of("[^a]").passesAll()).isTrue();
        assertThat(RegexPrefilter.of("a|.").passesAll()).isTrue();
        assertThat(RegexPrefilter.of("\\x{0E01}").passesAll()).isTrue();
        assertThat(RegexPrefilter.of("\\Qa.b\\E").passesAll()).isTrue();
        assertThat(RegexPrefilter.of("(?:ab)?").passesAll()).isTrue();
        assertThat(RegexPrefilter.of("[ก-ฮ]+").passesAll()).isTrue();
    }

    @Test
    void skipsOnlyTextsTheExpressionCannotMatch() {
        RegexPrefilter filter = RegexPrefilter.of("(?:ขออนุญาต|รบกวน).{0,120}(?:ไหม|[?？])");
        assertThat(filter.mayMatch("รบกวนส่งภายในวันนี้ได้ไหม")).isTrue();
        assertThat(filter.mayMatch("รับทราบครับ")).isFalse();
    }

    /** Every expression of the bundled tables, over every corpus and sample text: the filter never skips a match. */
    @Test
    void neverSkipsAMatchOfTheBundledTables() throws IOException {
        Path rules = Path.of("..", "rules");
        Path tables = rules.resolve("src/main/resources/rabiap");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(tables), "the rules module is beside the engine");
        List<String> expressions = new ArrayList<>();
        try (Stream<Path> files = Files.walk(tables)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("classification.csv")).toList()) {
                List<List<String>> rows = new ArrayList<>();
                CsvRows.read(Files.newBufferedReader(file, StandardCharsets.UTF_8), (cells, line) -> rows.add(cells));
                List<String> header = rows.get(0);
                for (List<String> cells : rows.subList(1, rows.size())) {
                    if (cells.get(0).startsWith("#")) {
                        continue;
                    }
                    java.util.function.Function<String, String> cell = name -> {
                        int i = header.indexOf(name);
                        return i >= 0 && i < cells.size() ? cells.get(i) : "";
                    };
                    if (cell.apply("match").trim().equals("regex")) {
                        expressions.add(cell.apply("pattern"));
                    }
                    String unless = cell.apply("unless");
                    for (int at = unless.indexOf("re:"); at >= 0; at = unless.indexOf("|re:", at + 1) < 0 ? -1 : unless.indexOf("|re:", at + 1) + 1) {
                        int next = unless.indexOf("|re:", at);
                        expressions.add(next < 0 ? unless.substring(at + 3) : unless.substring(at + 3, next));
                    }
                }
            }
        }
        assertThat(expressions).hasSizeGreaterThan(20);
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        List<Path> logs = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(rules.resolve("corpus")), Files.walk(Path.of("..", "samples")))) {
            files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).forEach(logs::add);
        }
        for (Path log : logs) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode text = json.readTree(line).get("text");
                    if (text != null && text.isTextual()) {
                        texts.add(PostText.normalise(text.asText()));
                    }
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(1000);
        int skipped = 0;
        for (String expression : expressions) {
            RegexPrefilter filter = RegexPrefilter.of(expression);
            com.google.re2j.Pattern pattern = com.google.re2j.Pattern.compile(expression);
            for (String text : texts) {
                boolean matches = pattern.matcher(text).find();
                if (!filter.mayMatch(text)) {
                    skipped++;
                    assertThat(matches).as("%s on %s", expression, text).isFalse();
                }
            }
        }
        assertThat(skipped).isGreaterThan(0);
    }
}
