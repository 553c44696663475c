package dev.rabiap.cli;

import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.CsvRows;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules of a rule set's {@code catalogue.csv} with their titles, in file order, for report summaries. */
final class Catalogue {
    /**
     * One catalogue row.
     *
     * @param rule the rule id
     * @param kind posting, membership or obligation
     * @param severity high, medium or low
     * @param titleTh the Thai title, or empty
     * @param titleEn the English title, or empty
     */
    record Rule(String rule, String kind, String severity, String titleTh, String titleEn) {}

    private Catalogue() {}

    /** The rules by id, in catalogue order; empty when the rule set has no readable catalogue. */
    static Map<String, Rule> of(RuleSet ruleSet) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        RuleFile file = ruleSet.file("catalogue.csv");
        if (file == null) {
            return rules;
        }
        List<List<String>> rows = parse(file.content());
        if (rows.isEmpty()) {
            return rules;
        }
        List<String> header = rows.get(0).stream().map(String::trim).toList();
        int rule = header.indexOf("rule");
        if (rule < 0) {
            return rules;
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            String id = cell(row, rule);
            if (!id.isEmpty() && !id.startsWith("#")) {
                rules.putIfAbsent(id, new Rule(id, cell(row, header.indexOf("kind")), cell(row, header.indexOf("severity")),
                        cell(row, header.indexOf("title_th")), cell(row, header.indexOf("title_en"))));
            }
        }
        return rules;
    }

    /** The group names of the rule set's {@code groups.csv}, in file order; empty when there is none. */
    static List<String> groups(RuleSet ruleSet) {
        RuleFile file = ruleSet.file("groups.csv");
        if (file == null) {
            return List.of();
        }
        List<List<String>> rows = parse(file.content());
        if (rows.isEmpty() || rows.get(0).isEmpty() || !rows.get(0).get(0).trim().equals("group")) {
            return List.of();
        }
        return rows.subList(1, rows.size()).stream().map(r -> cell(r, 0)).filter(g -> !g.isEmpty()).toList();
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index).trim() : "";
    }

    /** The rows of a small CSV table, read with the engine's CSV reader (Jackson); a BOM is dropped. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        try {
            CsvRows.read(new StringReader(csv), (cells, line) -> rows.add(cells));
        } catch (IOException e) {
            return List.of();
        }
        return rows;
    }
}
