package dev.rabiap.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The least any reader of a JSONL log must do: read it line by line as UTF-8 and run Jackson's
 * streaming parser over every field of every line, taking each value's text. Nothing is checked
 * or kept. The yardstick the audit's speed is compared with.
 */
final class BareParse {
    private final JsonFactory json = new JsonFactory();

    /** The result of one pass: messages (non-blank lines) and a checksum that keeps the work from being optimised away. */
    record Result(long messages, long checksum) {}

    /** Parses up to {@code limit} messages of {@code file} (all when {@code limit} is 0 or less). */
    Result parse(Path file, long limit) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long messages = 0;
        long checksum = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null && (limit <= 0 || messages < limit)) {
                if (line.isBlank()) {
                    continue;
                }
                try (JsonParser parser = json.createParser(line)) {
                    JsonToken token;
                    while ((token = parser.nextToken()) != null) {
                        if (token == JsonToken.FIELD_NAME) {
                            checksum += parser.currentName().length();
                        } else if (token.isScalarValue()) {
                            checksum += parser.getText().length();
                        }
                    }
                }
                messages++;
            }
        }
        return new Result(messages, checksum);
    }
}
