package dev.rabiap.engine.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads a small CSV table (roster, policy table, a plugin's own table) with Jackson's CSV parser: UTF-8, a BOM tolerated,
 * quoted fields across lines, each row handed over with the 1-based line it starts on.
 */
public final class CsvRows {
    private static final CsvFactory FACTORY = new CsvFactory();

    private CsvRows() {}

    /** Reads every row, header included; {@code row} gets the cells and the row's first line. */
    public static void read(Reader reader, BiConsumer<List<String>, Integer> row) throws IOException {
        try (CsvParser parser = (CsvParser) FACTORY.createParser(reader)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.enable(CsvParser.Feature.TRIM_SPACES);
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_ARRAY) {
                return;
            }
            while (true) {
                token = parser.nextToken();
                if (token == null || token == JsonToken.END_ARRAY && parser.getParsingContext().inRoot()) {
                    break;
                }
                if (token != JsonToken.START_ARRAY) {
                    continue;
                }
                int line = parser.currentLocation().getLineNr();
                List<String> cells = new ArrayList<>();
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    cells.add(stripBom(parser.getValueAsString("")));
                }
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                row.accept(cells, line);
            }
        }
    }

    /** A shared parser factory for sources that stream CSV themselves. */
    public static JsonParser parser(Reader reader) throws IOException {
        CsvParser parser = (CsvParser) FACTORY.createParser(reader);
        parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        return parser;
    }

    private static String stripBom(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == '\uFEFF' ? cell.substring(1) : cell;
    }
}
