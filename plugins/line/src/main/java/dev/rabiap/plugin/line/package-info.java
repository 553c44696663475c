/**
 * The LINE plugin: reads the chat-history exports of LINE groups ({@code .txt}) and webhook journals as a stream of
 * {@link dev.rabiap.engine.spi.ChatMessage}s.
 *
 * <p>{@link dev.rabiap.plugin.line.LinePlugin} binds the source format {@code line-export}
 * ({@link dev.rabiap.plugin.line.LineExportSourceFactory}). Three export variants are read: the
 * phone export with an English user interface ({@code mobile-en}, Gregorian or Buddhist-era years,
 * 24-hour or AM/PM times), the phone export with a Thai user interface ({@code mobile-th}) and the
 * LINE for PC "Save chat" file ({@code pc}). The variant is detected from the first lines of the
 * file; every physical line is either turned into (part of) a message or reported to the host as
 * an unrecognised line with its {@code file:line}. Message times are in Asia/Bangkok.
 *
 * <p>It also reads the LINE Messaging API webhook: {@link dev.rabiap.plugin.line.LineWebhookEvents}
 * maps webhook events to messages with the official SDK's model;
 * {@link dev.rabiap.plugin.line.LineWebhookReceiverFactory} ({@code line-webhook}) makes the live
 * receiver ({@link dev.rabiap.plugin.line.LineWebhookReceiver}: Jetty, signature check, body cap
 * and timeouts) whose host journals every accepted request; {@link dev.rabiap.plugin.line.LineWebhookDecoder}
 * reads each journaled event once; and {@link dev.rabiap.plugin.line.LineJournalSourceFactory}
 * ({@code line-journal}) replays a journal with the same mapping.
 *
 * <p>Values are never null unless a method says so. Factories and the receiver are thread-safe; a source or a decoder
 * is used by one thread.
 */
package dev.rabiap.plugin.line;
