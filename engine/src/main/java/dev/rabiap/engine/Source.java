package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

/**
 * Where a policy row comes from: the letter it rests on, with the clause quoted in Thai, and the
 * office's reading where the row says more than the clause, or something else. Immutable.
 *
 * <p>A row is "the letter" when it names a letter and a clause and no reading; it is a reading when
 * it gives one (with or without the clause it reads). A row with neither has no provenance:
 * {@code rabiap check} refuses it.
 *
 * @param letter the key of the letter in the rule set's {@code letters.csv}, or empty
 * @param reference the letter's number and date as written on it, such as
 *        {@code ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๘}, or empty
 * @param clause the letter's words the row rests on, quoted in Thai, or empty
 * @param reading what the office reads into the letter, and why; empty when the row is the letter's words
 */
public record Source(String letter, String reference, String clause, String reading) {
    /** No provenance at all. */
    public static final Source NONE = new Source("", "", "", "");

    /** The phrase a report prints before a reading. */
    public static final String READING_THAI = "ตามการตีความของสำนักงาน";

    public Source {
        requireNonNull(letter, "letter is null");
        requireNonNull(reference, "reference is null");
        requireNonNull(clause, "clause is null");
        requireNonNull(reading, "reading is null");
    }

    /** Whether the row is the office's reading rather than the letter's words alone. */
    public boolean isReading() {
        return !reading.isEmpty();
    }

    /** Whether the row quotes a letter. */
    public boolean quotesLetter() {
        return !letter.isEmpty() && !clause.isEmpty();
    }

    /** Whether the row says nothing of where it comes from. */
    public boolean isEmpty() {
        return letter.isEmpty() && clause.isEmpty() && reading.isEmpty();
    }
}
