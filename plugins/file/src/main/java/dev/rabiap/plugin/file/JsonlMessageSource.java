package dev.rabiap.plugin.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import java.io.IOException;

/**
 * Streams a JSONL file, one message object a line, with Jackson's streaming parser. Blank lines are
 * passed over; a line that is not a message object (not UTF-8, not JSON, a field given twice, a
 * time outside the log's range) is a {@link MalformedInputException} naming file and line, after
 * which reading goes on with the next line.
 */
final class JsonlMessageSource implements MessageSource {
    private final JsonFactory json;
    private final Utf8Lines reader;
    private final String file;
    private final SourceContext context;

    /** @param json a factory with duplicate detection on, so that a field given twice is an error, not last-wins */
    JsonlMessageSource(JsonFactory json, Utf8Lines reader, String file, SourceContext context) {
        this.json = json;
        this.reader = reader;
        this.file = file;
        this.context = context;
    }

    @Override
    public ChatMessage next() throws IOException {
        while (true) {
            String text = reader.readLine();
            if (text == null) {
                return null;
            }
            long line = reader.number();
            String problem = reader.problem();
            if (problem != null) {
                reader.forgetBefore(line + 1);
                throw new MalformedInputException(Evidence.atLine(file, line), problem);
            }
            if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            return parse(text, Evidence.atLine(file, line));
        }
    }

    private ChatMessage parse(String text, Evidence where) throws IOException {
        FileRecords.Fields fields = new FileRecords.Fields();
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedInputException(where, "not a JSON object");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (!value.isScalarValue()) {
                    throw new MalformedInputException(where, "field '" + name + "' must be a string, not " + (value == JsonToken.START_ARRAY ? "an array" : "an object"));
                }
                fields.set(name, parser.getText(), where);
            }
            if (token != JsonToken.END_OBJECT) {
                throw new MalformedInputException(where, "not a single JSON object");
            }
            if (parser.nextToken() != null) {
                throw new MalformedInputException(where, "text after the JSON object");
            }
        } catch (JsonProcessingException e) {
            // Jackson adds where in its own input it stopped; the evidence already says which line.
            throw new MalformedInputException(where, "not valid JSON: " + e.getOriginalMessage().replaceAll("\\s*\\(?(start marker )?at \\[Source:.*$", "").trim());
        }
        return FileRecords.toMessage(fields, where, context);
    }

    @Override
    public String description() {
        return file;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
