package dev.rabiap.cli;

/** The report formats of {@code rabiap audit}. */
enum ReportFormat {
    text, jsonl, csv, html
}
