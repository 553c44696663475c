package dev.rabiap.engine.internal;

import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.thai.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rule set's {@code holidays-*.csv} files: its own days off, added to the bundled Thai government holidays. */
final class HolidaysTable {
    static final List<String> HOLIDAYS = List.of("date", "name");
    static final List<String> HOLIDAYS_OPTIONAL = List.of("source");

    private HolidaysTable() {}

    static WorkingCalendar read(TableContext t, RuleSet rules) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        for (RuleFile file : rules.files()) {
            if (file.name().startsWith("holidays") && file.name().endsWith(".csv")) {
                for (TableRow row : t.rows(rules, file.name(), HOLIDAYS, HOLIDAYS_OPTIONAL, false)) {
                    LocalDate day = date(row.get("date"));
                    if (day == null) {
                        row.problem("date '" + row.get("date") + "' is not a date such as 2025-12-05 or 2568-12-05 (Buddhist era)");
                    } else if (holidays.putIfAbsent(day, row.get("name")) != null) {
                        row.problem("date " + day + " is listed twice");
                    }
                }
            }
        }
        return WorkingCalendar.thai().withLocalDays(holidays);
    }

    private static LocalDate date(String text) {
        try {
            LocalDate day = LocalDate.parse(dev.rabiap.engine.thai.ThaiText.asciiDigits(text.trim()));
            return day.getYear() >= 2400 ? day.minusYears(dev.rabiap.engine.thai.ThaiText.BUDDHIST_ERA_OFFSET) : day;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
