package dev.rabiap.plugin.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.SourceContext;

/**
 * Test mails. Thai legacy bytes are made here from the TIS-620 standard itself (U+0E01..U+0E5B is
 * 0xA1..0xFB), not with the JDK's encoders, so the decoding under test is checked against the standard.
 */
final class EmailTestMails {
    static final String LIST = "ศอ.จอส.จว.สน.";
    static final String LIST_ID = "List-Id: =?UTF-8?B?" + base64(LIST.getBytes(StandardCharsets.UTF_8)) + "?= <sorjorsor-sakon.list.moi.go.th>\n";
    static final String ORDER_ID = "20251103091500.0142@dopa.go.th";
    static final String ORDER_SUBJECT = "ด่วนที่สุด ขอให้อำเภอรายงานผลการดำเนินงานโครงการจิตอาสาพระราชทาน";
    static final String ORDER_BODY = """
            เรียน นายอำเภอทุกอำเภอ

            ด้วยจังหวัดสกลนครขอให้อำเภอรายงานผลการดำเนินงานโครงการจิตอาสาพระราชทาน
            ประจำเดือนตุลาคม ๒๕๖๘ ให้จังหวัดทราบภายใน ๒๔ ชม.

            จึงเรียนมาเพื่อทราบและดำเนินการ

            ที่ทำการปกครองจังหวัดสกลนคร
            โทร. ๐ ๔๒๗๑ ๑๔๐๘""";

    static final String TIS620_SENDER = "ที่ทำการปกครองอำเภอสว่างแดนดิน";
    static final String TIS620_SUBJECT = "ตอบกลับ: รายงานผลโครงการจิตอาสา";
    static final String TIS620_BODY = "เรียน ที่ทำการปกครองจังหวัดสกลนคร\n\nอำเภอสว่างแดนดินดำเนินการแล้ว ๑๘ หมู่บ้าน";

    static final String WINDOWS874_SUBJECT = "แจ้ง “ด่วน” ประชุมผ่านระบบออนไลน์…";
    static final String WINDOWS874_BODY = "เรียน หัวหน้าส่วนราชการ\n\nขอเชิญประชุม “วอร์รูม” เวลา ๑๓.๓๐ น. – ๑๕.๐๐ น.";

    private EmailTestMails() {}

    /** The bytes of a test resource. */
    static byte[] resource(String name) {
        try (InputStream in = EmailTestMails.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of a test resource. */
    static Path resourcePath(String name) {
        try {
            return Path.of(EmailTestMails.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Thai text in TIS-620 bytes by the standard's table; anything else must be ASCII. */
    static byte[] tis620(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0x0E01 && c <= 0x0E5B) {
                out.write(c - 0x0E00 + 0xA0);
            } else {
                throw new IllegalArgumentException("not in TIS-620: U+" + Integer.toHexString(c));
            }
        }
        return out.toByteArray();
    }

    /** windows-874: TIS-620 plus the Microsoft punctuation at 0x80–0x97 and no-break space at 0xA0. */
    static byte[] windows874(String text) {
        Map<Character, Integer> extra = Map.of('€', 0x80, '…', 0x85, '‘', 0x91, '’', 0x92, '“', 0x93, '”', 0x94,
                '•', 0x95, '–', 0x96, '—', 0x97, '\u00A0', 0xA0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            Integer b = extra.get(c);
            if (b != null) {
                out.write(b);
            } else {
                out.writeBytes(tis620(String.valueOf(c)));
            }
        }
        return out.toByteArray();
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Quoted-printable with soft line breaks before 76 characters. */
    static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (byte value : bytes) {
            int b = value & 0xFF;
            if (b == '\n') {
                out.append('\n');
                column = 0;
                continue;
            }
            String piece = b >= 0x80 || b == '=' ? String.format("=%02X", b) : String.valueOf((char) b);
            if (column + piece.length() > 73) {
                out.append("=\n");
                column = 0;
            }
            out.append(piece);
            column += piece.length();
        }
        return out.toString();
    }

    /** A district's reply in TIS-620, quoted-printable, with a Thai quote header and encoded-word headers. */
    static byte[] tis620QuotedPrintable() {
        String body = TIS620_BODY + "\n\n"
                + "เมื่อ จ. 3 พ.ย. 2568 เวลา 09:15 ที่ทำการปกครองจังหวัดสกลนคร <ppk.sakon@dopa.go.th> เขียนว่า:\n"
                + "> เรียน นายอำเภอทุกอำเภอ\n";
        String mail = "From: =?TIS-620?B?" + base64(tis620(TIS620_SENDER)) + "?= <amphoe.sawangdaendin@dopa.go.th>\n"
                + "To: sorjorsor-sakon@list.moi.go.th\n"
                + LIST_ID
                + "Subject: =?tis-620?Q?" + quotedPrintable(tis620(TIS620_SUBJECT)).replace("=\n", "").replace(' ', '_') + "?=\n"
                + "Date: Mon, 3 Nov 2025 14:20:00 +0700\n"
                + "Message-ID: <tis620-ssd-0311@dopa.go.th>\n"
                + "In-Reply-To: <" + ORDER_ID + ">\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=TIS-620\n"
                + "Content-Transfer-Encoding: quoted-printable\n\n"
                + quotedPrintable(tis620(body));
        return mail.getBytes(StandardCharsets.US_ASCII);
    }

    /** A circular in windows-874 (curly quotes, dash, ellipsis), base64, labelled with the given charset. */
    static byte[] windows874Base64(String label) {
        String body = WINDOWS874_BODY + "\n\n-----Original Message-----\nFrom: ppk.sakon@dopa.go.th\n";
        String mail = "From: \"Sakon Nakhon Provincial Office\" <saraban@sakonnakhon.go.th>\n"
                + "To: =?" + label + "?B?" + base64(windows874(LIST)) + "?= <sorjorsor-sakon@list.moi.go.th>\n"
                + "Subject: =?" + label + "?B?" + base64(windows874(WINDOWS874_SUBJECT)) + "?=\n"
                + "Date: Wed, 5 Nov 2025 07:45:10 +0700\n"
                + "Message-ID: <w874-circular-0511@sakonnakhon.go.th>\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=\"" + label + "\"\n"
                + "Content-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString(windows874(body)) + "\n";
        return mail.getBytes(StandardCharsets.US_ASCII);
    }

    /** A mail with a photo and no text; the file name is a windows-874 encoded word. */
    static byte[] imageOnly() {
        String mail = "From: amphoe.akat@dopa.go.th\n"
                + "To: sorjorsor-sakon@list.moi.go.th\n"
                + "Subject: =?windows-874?B?" + base64(windows874("ภาพกิจกรรม")) + "?=\n"
                + "Date: Thu, 6 Nov 2025 11:00:00 +0700\n"
                + "Message-ID: <photo-akat@dopa.go.th>\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
                + "--b1\n"
                + "Content-Type: image/jpeg; name=\"=?windows-874?B?" + base64(windows874("ภาพกิจกรรม.jpg")) + "?=\"\n"
                + "Content-Disposition: inline\n"
                + "Content-Transfer-Encoding: base64\n\n"
                + "/9j/4AAQSkZJRgABAQAAAQABAAD/2w==\n"
                + "--b1--\n";
        return mail.getBytes(StandardCharsets.US_ASCII);
    }

    /** A plain UTF-8 mail with the given extra headers (each ending in a line break) and body. */
    static byte[] plain(String headers, String body) {
        String mail = headers
                + "Subject: =?UTF-8?B?" + base64("รับทราบ".getBytes(StandardCharsets.UTF_8)) + "?=\n"
                + "Date: Mon, 3 Nov 2025 11:00:00 +0700\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 8bit\n\n"
                + body;
        return mail.getBytes(StandardCharsets.UTF_8);
    }

    /** A SourceContext that records what is skipped. */
    static final class RecordingContext implements SourceContext {
        final List<String> skipped = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        @Override
        public void noted(Evidence where, String reason) {
            notes.add(where + ": " + reason);
        }

        @Override
        public void skipped(Evidence where, String reason) {
            skipped.add(where + ": " + reason);
        }

        @Override
        public Clock clock() {
            return Clock.fixed(Instant.parse("2025-12-31T00:00:00Z"), ChatMessage.BANGKOK);
        }
    }
}
