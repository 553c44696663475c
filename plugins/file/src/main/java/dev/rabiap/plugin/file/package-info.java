/**
 * The file plugin: message logs as JSONL (one JSON object a line) or CSV (a header row, then one
 * message a row) with the fields {@code id, group, time, sender, senderId, type, text, replyTo,
 * event, target, attachment}; and survey answers exported from a form tool as CSV ({@code survey-csv}),
 * one text message a row. All stream; none holds more than one record.
 */
package dev.rabiap.plugin.file;
