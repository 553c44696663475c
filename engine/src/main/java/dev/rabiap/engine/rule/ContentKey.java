package dev.rabiap.engine.rule;

import dev.rabiap.engine.thai.ThaiText;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message carries, reduced so that a forward of it can be recognised: its text without
 * spaces, punctuation, invisible characters or forward markers, and with Arabic digits; its
 * attachment's file name; and the number of the official letter it cites, such as
 * "ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑" (an abbreviation of Thai consonants, a number of four digits or more, a
 * slash, an optional ว and a number; with or without ที่ in front, Thai or Arabic digits).
 *
 * <p>A post carries an order's content when any of these holds:
 * <ul>
 *   <li>both cite the same letter number;</li>
 *   <li>both carry an attachment of the same file name (case ignored);</li>
 *   <li>the post's text contains the first {@value #TEXT_KEY_LENGTH} characters of the order's
 *       reduced text, provided the order has at least {@value #MIN_TEXT} of them (shorter texts,
 *       such as a bare photo placeholder, match by attachment or number only).</li>
 * </ul>
 * Comparing only the opening lets a forward add a line of its own before or after the item, or cut
 * a long item short, and still match. Immutable.
 */
public final class ContentKey {
    /** How much of the order's reduced text a forward must contain. */
    public static final int TEXT_KEY_LENGTH = 60;
    /** The least reduced text an order needs to be matched by text. */
    public static final int MIN_TEXT = 8;

    private static final Pattern FORWARD_MARKER = Pattern.compile("^(?:\\s*(?:fwd?|fw)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER_NUMBER = Pattern.compile(
            "(?:ที่\\s*|(?<![ก-๛]))([ก-ฮ][ก-ฮ.]{0,11})\\s*([0-9]{4}[0-9.]*)\\s*/\\s*(ว\\.?)?\\s*([0-9]+)");

    private final String text;
    private final java.util.List<String> attachments;
    private final String letterNumber;

    private ContentKey(String text, java.util.List<String> attachments, String letterNumber) {
        this.text = text;
        this.attachments = attachments;
        this.letterNumber = letterNumber;
    }

    /** The content of a message's text and attachment name (either may be null). */
    public static ContentKey of(String text, String attachmentName) {
        return ofParts(text, attachmentName == null ? java.util.List.of() : java.util.List.of(attachmentName));
    }

    /** The content of a post: its text and the file names of its attachments. */
    public static ContentKey ofParts(String text, java.util.List<String> attachmentNames) {
        String ascii = text == null ? "" : ThaiText.asciiDigits(Normalizer.normalize(text, Normalizer.Form.NFC));
        Matcher number = LETTER_NUMBER.matcher(ascii);
        String letter = number.find()
                ? number.group(1).replace(".", "") + number.group(2) + "/" + (number.group(3) == null ? "" : "ว") + number.group(4)
                : null;
        java.util.List<String> attachments = attachmentNames.stream().filter(n -> n != null && !n.isBlank())
                .map(n -> n.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        if (letter == null) {
            for (String name : attachments) {
                Matcher inName = LETTER_NUMBER.matcher(ThaiText.asciiDigits(name));
                if (inName.find()) {
                    letter = inName.group(1).replace(".", "") + inName.group(2) + "/" + (inName.group(3) == null ? "" : "ว") + inName.group(4);
                    break;
                }
            }
        }
        return new ContentKey(reduce(FORWARD_MARKER.matcher(ascii).replaceFirst("")), attachments, letter);
    }

    private static String reduce(String text) {
        StringBuilder reduced = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                reduced.appendCodePoint(c);
            }
        });
        return reduced.toString();
    }

    /** The reduced text. */
    public String text() { return text; }
    /** The first attachment's file name in lower case, or null. */
    public String attachment() { return attachments.isEmpty() ? null : attachments.get(0); }
    /** Every attachment's file name in lower case. */
    public java.util.List<String> attachments() { return attachments; }
    /** The letter number, such as {@code มท0206.2/ว5221}, or null. */
    public String letterNumber() { return letterNumber; }

    /** Whether {@code post} carries this (an order's) content. */
    public boolean matches(ContentKey post) {
        if (letterNumber != null && letterNumber.equals(post.letterNumber)) {
            return true;
        }
        for (String attachment : attachments) {
            if (post.attachments.contains(attachment)) {
                return true;
            }
        }
        int length = text.codePointCount(0, text.length());
        if (length < MIN_TEXT) {
            return false;
        }
        String key = length > TEXT_KEY_LENGTH ? text.substring(0, text.offsetByCodePoints(0, TEXT_KEY_LENGTH)) : text;
        return post.text.contains(key);
    }

    @Override
    public String toString() {
        return "ContentKey[" + (letterNumber == null ? "" : letterNumber + " ") + (attachments.isEmpty() ? "" : String.join(",", attachments) + " ")
                + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "]";
    }
}
