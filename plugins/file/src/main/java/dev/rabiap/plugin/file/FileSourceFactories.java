package dev.rabiap.plugin.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;

/** The JSONL, CSV and survey CSV factories. All read UTF-8 and refuse a record with bytes that are not UTF-8, naming its line. */
final class FileSourceFactories {
    private FileSourceFactories() {}

    static Utf8Lines utf8(SourceInput input) throws IOException {
        return new Utf8Lines(Files.newInputStream(input.path()));
    }

    /** {@code jsonl}: files ending in .jsonl or .ndjson, or whose first byte (after a BOM) opens an object. */
    static final class Jsonl implements MessageSourceFactory {
        private final JsonFactory json = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

        @Override
        public String name() {
            return "jsonl";
        }

        @Override
        public boolean accepts(SourceInput input) throws IOException {
            String name = input.lowerCaseName();
            if (input.isUrl()) {
                return false;
            }
            if (name.endsWith(".journal.jsonl")) {
                return false; // a LINE webhook journal: its own format reads it
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return true;
            }
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return false;
            }
            String head = new String(input.head(64), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            return head.startsWith("{");
        }

        @Override
        public MessageSource open(SourceInput input, Map<String, String> options, SourceContext context) throws IOException {
            return new JsonlMessageSource(json, utf8(input), input.location(), context);
        }
    }

    /** {@code csv}: files ending in .csv (but not .survey.csv) whose header has the message columns. */
    static final class Csv implements MessageSourceFactory {
        private final CsvFactory csv = new CsvFactory();

        @Override
        public String name() {
            return "csv";
        }

        @Override
        public boolean accepts(SourceInput input) throws IOException {
            String name = input.lowerCaseName();
            if (input.isUrl() || !name.endsWith(".csv") || name.endsWith(".survey.csv")) {
                return false;
            }
            String head = new String(input.head(256), StandardCharsets.UTF_8).replace("\uFEFF", "");
            String firstLine = head.lines().findFirst().orElse("");
            return firstLine.contains("id") && firstLine.contains("group") && firstLine.contains("time");
        }

        @Override
        public MessageSource open(SourceInput input, Map<String, String> options, SourceContext context) throws IOException {
            return new CsvMessageSource(csv, utf8(input), input.location(), context);
        }
    }

    /**
     * {@code survey-csv}: survey answers exported from a form tool, one message a row (see
     * {@link SurveyCsvSource}). Its header looks like any CSV's, so without an explicit format it takes
     * only files ending in .survey.csv. Option {@value #OPTION_GROUP}: the group the answers are filed
     * under (default {@value #DEFAULT_GROUP}).
     */
    static final class SurveyCsv implements MessageSourceFactory {
        /** The option that names the group. */
        static final String OPTION_GROUP = "group";
        /** The group of the answers when the option is not given. */
        static final String DEFAULT_GROUP = "แบบสำรวจ";
        private final CsvFactory csv = new CsvFactory();

        @Override
        public String name() {
            return "survey-csv";
        }

        @Override
        public Set<String> optionNames() {
            return Set.of(OPTION_GROUP);
        }

        @Override
        public boolean accepts(SourceInput input) {
            return !input.isUrl() && input.lowerCaseName().endsWith(".survey.csv");
        }

        @Override
        public MessageSource open(SourceInput input, Map<String, String> options, SourceContext context) throws IOException {
            for (String key : options.keySet()) {
                if (!OPTION_GROUP.equals(key)) {
                    throw new IllegalArgumentException("unknown option " + key + " for survey-csv; allowed: " + OPTION_GROUP);
                }
            }
            String group = options.getOrDefault(OPTION_GROUP, DEFAULT_GROUP).strip();
            if (group.isEmpty()) {
                throw new IllegalArgumentException("option " + OPTION_GROUP + " is empty");
            }
            return new SurveyCsvSource(csv, utf8(input), input.location(), group, context);
        }
    }
}
