package dev.rabiap.plugin.email;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;

import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.PolicyPlugin;

/**
 * The e-mail plugin: binds the message sources {@code mbox} ({@link MboxSourceFactory}), {@code eml}
 * ({@link EmlSourceFactory}), {@code maildir} ({@link MaildirSourceFactory}) and {@code imap}
 * ({@link ImapSourceFactory}).
 *
 * <p>Every source maps a mail the same way:
 * <ul>
 * <li>group: the {@code List-Id} label (the phrase before {@code <}, else the id inside {@code <…>}),
 *     else the {@code group} option, else the {@code address-groups} option (a UTF-8 CSV file of
 *     {@code address,group} lines, an optional {@code address,group} header, {@code #} comments),
 *     in which the first To or Cc address found gives the group; a mail with no group is malformed;
 * <li>sender: the From display name, decoded, or the address when there is none (so that the
 *     roster is asked and an unknown sender is counted); senderId: the From address in lower case;
 *     a From with several mailboxes gives the first, and the others are noted;
 * <li>time: the Date header, in Asia/Bangkok; a Buddhist-era year is turned into the common era
 *     with a note, and a time before 2000 or after tomorrow is malformed; id: the Message-ID
 *     without angle brackets;
 * <li>replyTo: the In-Reply-To id, else the last id in References;
 * <li>text: the subject, a line break and the body (the first text/plain part, else the first
 *     text/html part as text) without quoted earlier mail; just the subject when the body is empty;
 *     just the body when the subject is a reply's ({@code Re:}, {@code RE:}, {@code ตอบกลับ:}, …),
 *     which repeats the words of the mail answered;
 * <li>type: TEXT, or FILE (IMAGE for an image) when the mail has no body text but an attachment;
 *     attachmentName: the first attachment's file name.
 * </ul>
 * Thai charset labels (TIS-620, ISO-8859-11, windows-874, cp874) all decode as windows-874. Bodies
 * in base64 decode in full with or without padding. A header line that is not a header (a
 * non-standard line, a MIME part without headers) is left out with a note and the mail is kept.
 */
public final class EmailPlugin extends AbstractModule implements PolicyPlugin {
    /** Creates the plugin; ServiceLoader calls this. */
    public EmailPlugin() {
        // no state
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    protected void configure() {
        MapBinder<String, MessageSourceFactory> sources = MapBinder.newMapBinder(binder(), String.class, MessageSourceFactory.class);
        sources.addBinding("mbox").to(MboxSourceFactory.class);
        sources.addBinding("eml").to(EmlSourceFactory.class);
        sources.addBinding("maildir").to(MaildirSourceFactory.class);
        sources.addBinding("imap").to(ImapSourceFactory.class);
    }
}
