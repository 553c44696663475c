package dev.rabiap.plugin.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.field.datetime.parser.DateTimeParser;
import org.apache.james.mime4j.field.datetime.parser.ParseException;
import org.apache.james.mime4j.field.datetime.parser.TokenMgrError;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.PlausibleTimes;
import dev.rabiap.engine.spi.SourceContext;

/**
 * Turns the bytes of one mail into a {@link ChatMessage}. Shared by every e-mail source, so that mbox,
 * .eml, Maildir and IMAP decode alike. Not thread-safe; one per source.
 */
final class EmailMessageMapper {
    private static final Pattern HTML_META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    /** Reply prefixes a mail client puts before the subject it answers: Re:, RE:, Re[2]:, AW:, SV:, ตอบกลับ:, … */
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?iu)\\s*((re|aw|sv|antw|ตอบกลับ|ตอบ)\\s*(\\[\\d+])?\\s*[:\uFF1A]\\s*)+");

    private final EmailGroupResolver groups;
    private final SourceContext context;
    private final DefaultMessageBuilder builder;
    private final HeaderProblems headerProblems = new HeaderProblems();

    /**
     * @param groups how a mail's group is found
     * @param context where notes are counted (a header line left out, the second mailbox of a From,
     *     a Buddhist-era year); its clock bounds the plausible Date
     */
    EmailMessageMapper(EmailGroupResolver groups, SourceContext context) {
        this.groups = groups;
        this.context = context;
        this.builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.custom()
                .setMaxLineLen(-1)
                .setMaxHeaderLen(-1)
                .setMaxHeaderCount(-1)
                .setMaxContentLen(-1)
                .build());
        builder.setDecodeMonitor(headerProblems);
        // Bodies are decoded here (see decodedBytes): mime4j's base64 stream drops the last bytes
        // of a body written without '=' padding.
        builder.setContentDecoding(false);
    }

    /**
     * Parses and maps one mail.
     *
     * @param raw the mail's bytes (headers, blank line, body)
     * @param evidence where it is; the Message-ID is added to it
     * @throws MalformedInputException for a mail MIME cannot parse, or without From, a usable Date or a group
     */
    ChatMessage map(byte[] raw, Evidence evidence) throws MalformedInputException {
        Message message;
        headerProblems.clear();
        try {
            message = builder.parseMessage(new ByteArrayInputStream(raw));
        } catch (IOException | RuntimeException e) {
            Throwable cause = e.getCause() instanceof MimeException ? e.getCause() : e;
            throw new MalformedInputException(evidence, "cannot parse the mail as MIME: " + cause.getMessage(), e);
        }
        try {
            return map(message, evidence);
        } finally {
            message.dispose();
        }
    }

    private ChatMessage map(Message message, Evidence where) throws MalformedInputException {
        String id = EmailHeaders.messageId(EmailHeaders.raw(message, "Message-ID"));
        Evidence evidence = id == null ? where : where.withMessageId(id);

        String from = EmailHeaders.raw(message, "From");
        if (from == null || from.isBlank()) {
            throw new MalformedInputException(evidence, "the mail has no From header");
        }
        List<FromMailbox> mailboxes = mailboxes(from);
        if (mailboxes.isEmpty()) {
            throw new MalformedInputException(evidence, "the From header has no address: " + from);
        }
        FromMailbox mailbox = mailboxes.get(0);
        String address = mailbox.address().toLowerCase(Locale.ROOT);

        String date = EmailHeaders.raw(message, "Date");
        if (date == null || date.isBlank()) {
            throw new MalformedInputException(evidence, "the mail has no Date header");
        }
        ZonedDateTime parsed = parseDate(date);
        if (parsed == null) {
            throw new MalformedInputException(evidence, "cannot read the Date header: " + date);
        }
        ZonedDateTime time = PlausibleTimes.check(parsed, evidence, context);

        String group = group(message);
        if (group == null) {
            throw new MalformedInputException(evidence,
                    "no group: the mail has no List-Id, no group option is set, and no To or Cc address is in address-groups");
        }

        Parts parts = new Parts();
        collect(message, parts);
        String body = parts.plain != null ? parts.plain : parts.html != null ? EmailHtml.toText(parts.html) : "";
        body = EmailQuotes.strip(body.replace("\r\n", "\n").replace('\r', '\n'));
        String subject = EmailHeaders.text(message, "Subject");
        subject = subject == null ? "" : subject.strip();
        String text = body.isEmpty() ? subject : subject.isEmpty() || isReplySubject(subject) ? body : subject + "\n" + body;

        MessageType type = MessageType.TEXT;
        if (body.isBlank() && parts.firstAttachmentType != null) {
            type = parts.firstAttachmentType.startsWith("image/") ? MessageType.IMAGE : MessageType.FILE;
        }

        for (String problem : headerProblems.problems) {
            context.noted(evidence, problem);
        }
        if (mailboxes.size() > 1) {
            context.noted(evidence, "a From with " + mailboxes.size() + " mailboxes: the first is the sender, the others are "
                    + String.join(", ", mailboxes.subList(1, mailboxes.size()).stream().map(FromMailbox::address).toList()));
        }
        String name = displayName(mailbox.text());
        return ChatMessage.builder()
                .id(id)
                .evidence(evidence)
                .group(group)
                // A sender known only by an address goes by the address, so that the roster is asked
                // for it and an unknown one is counted as such.
                .sender(name.isEmpty() ? address : name)
                .senderId(address)
                .time(time)
                .type(type)
                .text(text)
                .replyTo(replyTo(message))
                .attachmentName(parts.firstAttachmentName)
                .build();
    }

    /**
     * Whether a subject is the subject of the mail being answered with a reply prefix. Such a subject
     * was written by the sender of that mail (an order's "ขอให้…รายงาน…" comes back in every reply), so
     * it is left out of the text of a reply that has body text.
     */
    static boolean isReplySubject(String subject) {
        return REPLY_PREFIX.matcher(subject).lookingAt();
    }

    private String group(Message message) {
        String listId = EmailHeaders.raw(message, "List-Id");
        if (listId != null && !listId.isBlank()) {
            String label = listLabel(listId);
            if (!label.isEmpty()) {
                return label;
            }
        }
        return groups.groupFor(recipients(message));
    }

    /** The List-Id's phrase, else the id inside the angle brackets, else the whole value. */
    static String listLabel(String listId) {
        int open = listId.lastIndexOf('<');
        if (open < 0) {
            return unquote(EmailHeaders.decodeWords(listId)).strip();
        }
        String phrase = unquote(EmailHeaders.decodeWords(listId.substring(0, open))).strip();
        if (!phrase.isEmpty()) {
            return phrase;
        }
        int close = listId.indexOf('>', open);
        return listId.substring(open + 1, close < 0 ? listId.length() : close).strip();
    }

    private static List<String> recipients(Message message) {
        List<String> addresses = new ArrayList<>();
        for (String name : List.of("To", "Cc")) {
            if (message.getHeader() == null) {
                break;
            }
            for (var field : message.getHeader().getFields(name)) {
                String value = EmailHeaders.raw(field);
                if (value == null || value.isBlank()) {
                    continue;
                }
                AddressList list = LenientAddressParser.DEFAULT.parseAddressList(value);
                for (Address item : list) {
                    if (item instanceof Mailbox box) {
                        addresses.add(box.getAddress());
                    } else if (item instanceof Group group) {
                        group.getMailboxes().forEach(box -> addresses.add(box.getAddress()));
                    }
                }
            }
        }
        return addresses;
    }

    private static String replyTo(Message message) {
        List<String> inReplyTo = EmailHeaders.messageIds(EmailHeaders.raw(message, "In-Reply-To"));
        if (!inReplyTo.isEmpty()) {
            return inReplyTo.get(0);
        }
        List<String> references = EmailHeaders.messageIds(EmailHeaders.raw(message, "References"));
        return references.isEmpty() ? null : references.get(references.size() - 1);
    }

    /** The display name of a From value such as {@code "=?TIS-620?B?…?=" <a@b>} or {@code a@b (Name)}, decoded. */
    static String displayName(String from) {
        int open = from.lastIndexOf('<');
        if (open >= 0) {
            return unquote(EmailHeaders.decodeWords(from.substring(0, open))).strip();
        }
        int comment = from.indexOf('(');
        int end = from.lastIndexOf(')');
        if (comment >= 0 && end > comment) {
            return EmailHeaders.decodeWords(from.substring(comment + 1, end)).strip();
        }
        return "";
    }

    /** One mailbox of a From header: its text as written and its address. */
    record FromMailbox(String text, String address) {}

    /**
     * The mailboxes of a From header, in order, each parsed on its own: the header is split at the
     * commas outside quotes, comments and angle brackets, because mime4j's address-list parser
     * garbles raw (unencoded) Thai names while its single-mailbox parser reads them. Parts without
     * an address are left out.
     */
    static List<FromMailbox> mailboxes(String from) {
        List<FromMailbox> out = new ArrayList<>();
        for (String part : topLevelParts(from)) {
            Mailbox box = LenientAddressParser.DEFAULT.parseMailbox(part);
            if (box != null && box.getLocalPart() != null && !box.getLocalPart().isBlank() && box.getDomain() != null
                    && !box.getDomain().isBlank()) {
                out.add(new FromMailbox(part.strip(), box.getAddress()));
            }
        }
        return out;
    }

    private static List<String> topLevelParts(String value) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int comment = 0;
        boolean angle = false;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                i++;
            } else if (quoted) {
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                comment++;
            } else if (c == ')' && comment > 0) {
                comment--;
            } else if (comment == 0 && c == '<') {
                angle = true;
            } else if (comment == 0 && c == '>') {
                angle = false;
            } else if (comment == 0 && !angle && c == ',') {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        return parts;
    }

    private static String unquote(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '\\' && i + 1 < phrase.length()) {
                out.append(phrase.charAt(++i));
            } else if (c != '"') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An RFC 5322 date (comments and obsolete forms allowed) in Asia/Bangkok, or null. */
    static ZonedDateTime parseDate(String value) {
        String cleaned = value.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        try {
            ZonedDateTime parsed = ZonedDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME);
            if (parsed.getYear() < 1000) { // RFC 5322 obsolete years: 00-49 are 20xx, 50-999 are 1900 + year
                parsed = parsed.plusYears(parsed.getYear() < 50 ? 2000 : 1900);
            }
            return parsed.withZoneSameInstant(ChatMessage.BANGKOK);
        } catch (DateTimeParseException e) {
            // fall through to the RFC 5322 grammar of mime4j, which knows the obsolete forms
        }
        try {
            var parsed = new DateTimeParser(new StringReader(value)).parseAll();
            return parsed.getDate().toInstant().atZone(ChatMessage.BANGKOK);
        } catch (ParseException | TokenMgrError | RuntimeException e) {
            return null;
        }
    }

    private static final class Parts {
        String plain;
        String html;
        String firstAttachmentType;
        String firstAttachmentName;
    }

    private static void collect(Entity entity, Parts parts) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                collect(part, parts);
            }
            return;
        }
        String mimeType = entity.getMimeType() == null ? "text/plain" : entity.getMimeType().toLowerCase(Locale.ROOT);
        String disposition = EmailHeaders.raw(entity, "Content-Disposition");
        String contentType = EmailHeaders.raw(entity, "Content-Type");
        String fileName = EmailHeaders.parameter(disposition, "filename");
        if (fileName == null) {
            fileName = EmailHeaders.parameter(contentType, "name");
        }
        boolean textual = mimeType.equals("text/plain") || mimeType.equals("text/html");
        boolean attachment = !textual || fileName != null || "attachment".equals(EmailHeaders.mainValue(disposition))
                || body instanceof Message;
        if (attachment) {
            if (parts.firstAttachmentType == null) {
                parts.firstAttachmentType = mimeType;
                parts.firstAttachmentName = fileName == null || fileName.isBlank() ? null : fileName.strip();
            }
            return;
        }
        if (!(body instanceof SingleBody single)) {
            return;
        }
        if (mimeType.equals("text/plain") && parts.plain == null) {
            parts.plain = EmailCharsets.decode(bytes(entity, single), EmailHeaders.parameter(contentType, "charset"));
        } else if (mimeType.equals("text/html") && parts.html == null) {
            byte[] bytes = bytes(entity, single);
            String charset = EmailHeaders.parameter(contentType, "charset");
            if (charset == null) {
                String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
                Matcher matcher = HTML_META_CHARSET.matcher(head);
                charset = matcher.find() ? matcher.group(1) : null;
            }
            parts.html = EmailCharsets.decode(bytes, charset);
        }
    }

    /** The body's bytes with its transfer encoding undone. */
    private static byte[] bytes(Entity entity, SingleBody body) {
        byte[] raw;
        try (var in = body.getInputStream()) {
            raw = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String encoding = entity.getContentTransferEncoding() == null ? "" : entity.getContentTransferEncoding().strip().toLowerCase(Locale.ROOT);
        if (encoding.equals("base64")) {
            return base64(raw);
        }
        if (encoding.equals("quoted-printable")) {
            try (var in = new QuotedPrintableInputStream(new ByteArrayInputStream(raw), DecodeMonitor.SILENT)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return raw;
    }

    /**
     * Decodes a base64 body whether or not it ends with {@code =} padding: the characters outside
     * the alphabet (line ends, spaces) are dropped and the data ends at the first {@code =}. Written
     * here because mime4j's decoder drops the last one or two bytes of an unpadded body (Thai text
     * then loses its last letter) and java.util.Base64 refuses the stray characters real mail has.
     */
    static byte[] base64(byte[] raw) {
        StringBuilder clean = new StringBuilder(raw.length);
        for (byte b : raw) {
            char c = (char) (b & 0xFF);
            if (c == '=') {
                break;
            }
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/') {
                clean.append(c);
            }
        }
        if (clean.length() % 4 == 1) {
            clean.setLength(clean.length() - 1); // a lone last character carries no whole byte
        }
        return Base64.getDecoder().decode(clean.toString());
    }

    /**
     * Collects mime4j's warnings about header lines that are not headers (a damaged mail, a
     * non-standard line, a MIME part whose header section is empty): the line is left out, the mail
     * is kept, and the warning becomes a note. Other warnings are ignored.
     */
    private static final class HeaderProblems extends DecodeMonitor {
        final List<String> problems = new ArrayList<>();

        void clear() {
            problems.clear();
        }

        @Override
        public boolean warn(String error, String dropDescription) {
            if (error != null && error.contains("Invalid header") && problems.isEmpty()) {
                problems.add("a header line that is not a header (a non-standard line, or a MIME part without headers), left out");
            }
            return false;
        }

        @Override
        public boolean isListening() {
            return true;
        }
    }
}
