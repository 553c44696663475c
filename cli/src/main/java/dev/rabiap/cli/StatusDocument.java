package dev.rabiap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The JSON document {@code GET /status} answers with, for {@code serve} and {@code serve --kafka}. */
final class StatusDocument {
    private static final JsonFactory JSON = new JsonFactory();

    /** The fields of a document. */
    @FunctionalInterface
    interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private StatusDocument() {}

    /** One JSON object holding the fields. */
    static String of(Fields fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Counts as number fields, in the map's order. */
    static void counts(JsonGenerator json, Map<String, Long> counts) throws IOException {
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            json.writeNumberField(count.getKey(), count.getValue());
        }
    }
}
