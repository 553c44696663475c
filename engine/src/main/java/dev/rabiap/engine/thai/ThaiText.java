package dev.rabiap.engine.thai;

import java.util.List;

/** Thai digits, Buddhist-era years and month names. */
public final class ThaiText {
    /** Full month names, January first. */
    public static final List<String> MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
    /** Abbreviated month names, January first. */
    public static final List<String> MONTH_ABBREVIATIONS = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
            "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");
    /** The difference between a Buddhist-era year and its Gregorian year. */
    public static final int BUDDHIST_ERA_OFFSET = 543;

    private ThaiText() {}

    /**
     * The text before {@code at} on its line, at most {@code limit} characters of it: the words that lead up to a
     * place in an order ("ภายใน" before a date, "อำเภออื่น…" before "ไม่ต้องรายงาน").
     */
    public static String beforeOnLine(String text, int at, int limit) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        return text.substring(Math.max(lineStart, at - limit), at);
    }

    /** Replaces Thai digits ๐–๙ by ASCII digits; leaves everything else as it is. */
    public static String asciiDigits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '๐' && c <= '๙') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + (c - '๐')));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Replaces ASCII digits by Thai digits. */
    public static String thaiDigits(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c >= '0' && c <= '9') {
                out.setCharAt(i, (char) ('๐' + (c - '0')));
            }
        }
        return out.toString();
    }

    /**
     * The Gregorian year of a written year: four digits of 2400 or more are Buddhist era, fewer than
     * 2400 Gregorian; two digits are the last two of a Buddhist-era year (๖๑ is 2561, so 2018).
     */
    public static int gregorianYear(int written, int digits) {
        if (digits <= 2) {
            return 2500 + written - BUDDHIST_ERA_OFFSET;
        }
        return written >= 2400 ? written - BUDDHIST_ERA_OFFSET : written;
    }

    /** The month number (1–12) of a full or abbreviated Thai month name, or 0. */
    public static int month(String name) {
        String trimmed = name.trim();
        int full = MONTHS.indexOf(trimmed);
        if (full >= 0) {
            return full + 1;
        }
        int abbreviated = MONTH_ABBREVIATIONS.indexOf(trimmed);
        if (abbreviated < 0 && !trimmed.endsWith(".")) {
            abbreviated = MONTH_ABBREVIATIONS.indexOf(trimmed + ".");
        }
        return abbreviated + 1;
    }
}
