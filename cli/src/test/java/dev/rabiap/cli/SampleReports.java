package dev.rabiap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rabiap.engine.spi.CsvRows;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading what `rabiap audit` wrote, for the sample tests: where a finding points, and the ledger CSV. */
final class SampleReports {
    private SampleReports() {}

    /** What a JSONL finding cites: its message id, or {@code file:line} of the table row for one without. */
    static String cite(JsonNode finding) {
        return finding.get("messageId").asText().isEmpty()
                ? Path.of(finding.get("file").asText()).getFileName() + ":" + finding.get("line").asText()
                : finding.get("messageId").asText();
    }

    /** A JSONL finding as the sample tests name it: its rule, what it cites, and the person's roster id or else the actor. */
    static String key(JsonNode finding) {
        String who = finding.get("personId").asText().isEmpty() ? finding.get("actor").asText() : finding.get("personId").asText();
        return finding.get("rule").asText() + " " + cite(finding) + " " + who;
    }

    /** The message id in an evidence such as {@code …/province.jsonl:6 (pv06)}. */
    static String id(String evidence) {
        return evidence.substring(evidence.lastIndexOf('(') + 1, evidence.lastIndexOf(')'));
    }

    /** The rows of a ledger CSV ({@code --ledger-out x.csv}), each a map from column to cell. */
    static List<Map<String, String>> ledger(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CsvRows.read(reader, (cells, line) -> rows.add(cells));
        }
        List<Map<String, String>> named = new ArrayList<>();
        for (List<String> cells : rows.subList(1, rows.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < rows.get(0).size(); i++) {
                row.put(rows.get(0).get(i), cells.get(i));
            }
            named.add(row);
        }
        return named;
    }
}
