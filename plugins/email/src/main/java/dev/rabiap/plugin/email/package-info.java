/**
 * The e-mail plugin: message sources for mbox files, single {@code .eml} files, Maildir folders and
 * live IMAP folders. Mail is parsed with Apache James mime4j (IMAP messages are fetched with Jakarta
 * Mail and parsed the same way), Thai legacy charsets decode as windows-874, quoted earlier mail is
 * removed from the text, and each mail becomes one {@link dev.rabiap.engine.spi.ChatMessage} whose
 * group comes from its {@code List-Id} or from the source's options. Values are never null unless a
 * method says so; factories are thread-safe, sources are used by one thread.
 */
package dev.rabiap.plugin.email;
