package dev.rabiap.plugin.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of a CSV file with a header, read with Jackson's CSV parser, for the sources that turn
 * rows into messages ({@code csv}, {@code survey-csv}). Quoted cells may span lines; a row's
 * evidence is its first line; blank lines are passed over; a row with another number of cells than
 * the header, text that is not CSV, or a line that is not UTF-8, is a {@link MalformedInputException}
 * naming file and line. Lines may end in LF, CRLF or CR.
 */
final class CsvRecords implements Closeable {
    /** One row and where it starts. */
    record Row(List<String> cells, Evidence where) {}

    private final CsvParser parser;
    private final Utf8Lines lines;
    private final String file;
    private int columns = -1;

    CsvRecords(CsvFactory csv, Utf8Lines lines, String file) throws IOException {
        this.lines = lines;
        this.parser = (CsvParser) csv.createParser(lines.asReader());
        this.parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        this.file = file;
    }

    /** The header's cells as written, a leading BOM removed; null when the file is empty. */
    List<String> header() throws IOException {
        try {
            // The whole file is an array of rows; the header is its first row.
            if (parser.nextToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<String> cells = cells();
            checkUtf8(1);
            if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                cells.set(0, cells.get(0).substring(1));
            }
            columns = cells.size();
            return cells;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /** The next row that is not blank, or null at the end; {@link #header()} must have been read. */
    Row next() throws IOException {
        try {
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == null || token == JsonToken.END_ARRAY) {
                    return null;
                }
                Evidence where = Evidence.atLine(file, parser.currentLocation().getLineNr());
                List<String> cells = cells();
                checkUtf8(where.line());
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                if (cells.size() != columns) {
                    throw new MalformedInputException(where, "expected " + columns + " columns, found " + cells.size());
                }
                return new Row(cells, where);
            }
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /** Refuses the row that started at {@code first} when one of its lines is not UTF-8. */
    private void checkUtf8(long first) throws MalformedInputException {
        // After a row's last cell the parser stands at the end of its last line or at the start of the next.
        long last = Math.max(first, parser.currentLocation().getLineNr() - (parser.currentLocation().getColumnNr() <= 1 ? 1 : 0));
        Map.Entry<Long, String> bad = lines.firstBad(first, last);
        lines.forgetBefore(last + 1);
        if (bad != null) {
            throw new MalformedInputException(Evidence.atLine(file, bad.getKey()), bad.getValue());
        }
    }

    private MalformedInputException malformed(JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new MalformedInputException(Evidence.atLine(file, Math.max(line, 1)), "not valid CSV: " + e.getOriginalMessage());
    }

    private List<String> cells() throws IOException {
        List<String> cells = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            cells.add(parser.getText());
        }
        return cells;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
