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
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
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

/**
 * Turns the bytes of one mail into a {@link ChatMessage}. Shared by every e-mail source, so that mbox,
 * .eml, Maildir and IMAP decode alike. Not thread-safe; one per source.
 */
final class EmailMessageMapper {
    private static final Pattern HTML_META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    /** Reply prefixes a mail client puts before the subject it answers: Re:, RE:, Re[2]:, AW:, SV:, ตอบกลับ:, … */
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?iu)\\s*((re|aw|sv|antw|ตอบกลับ|ตอบ)\\s*(\\[\\d+])?\\s*[:\uFF1A]\\s*)+");

    private final EmailGroupResolver groups;
    private final DefaultMessageBuilder builder;

    EmailMessageMapper(EmailGroupResolver groups) {
        this.groups = groups;
        this.builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.custom()
                .setMaxLineLen(-1)
                .setMaxHeaderLen(-1)
                .setMaxHeaderCount(-1)
                .setMaxContentLen(-1)
                .build());
        builder.setDecodeMonitor(new BrokenHeaderMonitor());
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
        Mailbox mailbox = LenientAddressParser.DEFAULT.parseMailbox(from);
        if (mailbox == null || mailbox.getLocalPart() == null || mailbox.getLocalPart().isBlank() || mailbox.getDomain() == null) {
            throw new MalformedInputException(evidence, "the From header has no address: " + from);
        }
        String address = mailbox.getAddress().toLowerCase(Locale.ROOT);

        String date = EmailHeaders.raw(message, "Date");
        if (date == null || date.isBlank()) {
            throw new MalformedInputException(evidence, "the mail has no Date header");
        }
        ZonedDateTime time = parseDate(date);
        if (time == null) {
            throw new MalformedInputException(evidence, "cannot read the Date header: " + date);
        }

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
        String text = body.isEmpty() ? subject : isReplySubject(subject) ? body : subject + "\n" + body;

        MessageType type = MessageType.TEXT;
        if (body.isBlank() && parts.firstAttachmentType != null) {
            type = parts.firstAttachmentType.startsWith("image/") ? MessageType.IMAGE : MessageType.FILE;
        }

        return ChatMessage.builder()
                .id(id)
                .evidence(evidence)
                .group(group)
                .sender(displayName(from))
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
            parts.plain = EmailCharsets.decode(bytes(single), EmailHeaders.parameter(contentType, "charset"));
        } else if (mimeType.equals("text/html") && parts.html == null) {
            byte[] bytes = bytes(single);
            String charset = EmailHeaders.parameter(contentType, "charset");
            if (charset == null) {
                String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
                Matcher matcher = HTML_META_CHARSET.matcher(head);
                charset = matcher.find() ? matcher.group(1) : null;
            }
            parts.html = EmailCharsets.decode(bytes, charset);
        }
    }

    private static byte[] bytes(SingleBody body) {
        try (var in = body.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails the parse on a header line that is not a header (a damaged mail); ignores every other warning. */
    private static final class BrokenHeaderMonitor extends DecodeMonitor {
        @Override
        public boolean warn(String error, String dropDescription) {
            return error != null && error.contains("Invalid header");
        }

        @Override
        public boolean isListening() {
            return true;
        }
    }
}
