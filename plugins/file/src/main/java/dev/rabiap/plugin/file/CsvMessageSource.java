package dev.rabiap.plugin.file;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams a CSV file with Jackson's CSV parser: a header naming the columns (any order, the same
 * names as the JSONL fields), then one message a row; quoted fields may span lines, and a BOM is
 * passed over. The evidence line is the row's first line. A column named twice is refused (the
 * second would silently win).
 */
final class CsvMessageSource implements MessageSource {
    private final CsvRecords records;
    private final String file;
    private final SourceContext context;
    private List<String> header;

    CsvMessageSource(CsvFactory csv, Utf8Lines lines, String file, SourceContext context) throws IOException {
        this.records = new CsvRecords(csv, lines, file);
        this.file = file;
        this.context = context;
    }

    @Override
    public ChatMessage next() throws IOException {
        if (header == null) {
            List<String> names = records.header();
            if (names == null) {
                return null;
            }
            names = names.stream().map(String::trim).toList();
            Set<String> seen = new HashSet<>();
            for (String name : names) {
                if (!seen.add(name)) {
                    throw new MalformedInputException(Evidence.atLine(file, 1), "column '" + name + "' is named twice");
                }
                if (!FileRecords.FIELD_SET.contains(name)) {
                    throw new MalformedInputException(Evidence.atLine(file, 1),
                            "unknown column '" + name + "' (columns: " + String.join(", ", FileRecords.FIELDS) + ")");
                }
            }
            header = names;
        }
        CsvRecords.Row row = records.next();
        if (row == null) {
            return null;
        }
        FileRecords.Fields fields = new FileRecords.Fields();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isEmpty()) {
                fields.set(header.get(i), row.cells().get(i), row.where());
            }
        }
        return FileRecords.toMessage(fields, row.where(), context);
    }

    @Override
    public String description() {
        return file;
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
