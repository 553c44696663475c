package dev.rabiap.plugin.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a CSV file with Jackson's CSV parser: a header naming the columns (any order, the same
 * names as the JSONL fields), then one message a row; quoted fields may span lines, and a BOM is
 * passed over. The evidence line is the row's first line.
 */
final class CsvMessageSource implements MessageSource {
    private final CsvParser parser;
    private final String file;
    private List<String> header;

    CsvMessageSource(CsvFactory csv, Reader reader, String file) throws IOException {
        this.parser = (CsvParser) csv.createParser(reader);
        this.parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        this.file = file;
    }

    @Override
    public ChatMessage next() throws IOException {
        try {
            if (header == null) {
                // The whole file is an array of rows; the header is its first row.
                if (parser.nextToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.START_ARRAY) {
                    return null;
                }
                Evidence first = Evidence.atLine(file, 1);
                List<String> names = row();
                if (names == null) {
                    return null;
                }
                for (String name : names) {
                    if (!FileRecords.FIELD_SET.contains(name)) {
                        throw new MalformedInputException(first, "unknown column '" + name + "' (columns: " + String.join(", ", FileRecords.FIELDS) + ")");
                    }
                }
                header = names;
            }
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == null || token == JsonToken.END_ARRAY) {
                    return null;
                }
                Evidence where = Evidence.atLine(file, parser.currentLocation().getLineNr());
                List<String> cells = row();
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new MalformedInputException(where, "expected " + header.size() + " columns, found " + cells.size());
                }
                FileRecords.Fields fields = new FileRecords.Fields();
                for (int i = 0; i < cells.size(); i++) {
                    if (!cells.get(i).isEmpty()) {
                        fields.set(header.get(i), cells.get(i), where);
                    }
                }
                return FileRecords.toMessage(fields, where);
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new MalformedInputException(Evidence.atLine(file, Math.max(line, 1)), "not valid CSV: " + e.getOriginalMessage());
        }
    }

    private List<String> row() throws IOException {
        List<String> cells = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                break;
            }
            String cell = parser.getText();
            if (cells.isEmpty() && header == null && !cell.isEmpty() && cell.charAt(0) == '\uFEFF') {
                cell = cell.substring(1);
            }
            cells.add(header == null ? cell.trim() : cell);
        }
        return cells;
    }

    @Override
    public String description() {
        return file;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

}
