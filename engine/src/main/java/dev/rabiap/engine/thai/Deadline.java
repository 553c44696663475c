package dev.rabiap.engine.thai;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A deadline read from a Thai text.
 *
 * <p>{@code due} is the instant by which the answer is due; an answer at or before it is on time.
 * For {@link Precision#END_OF_DAY} it is the start of the day after the last day, so that
 * comparisons stay {@code <=}; {@link #thai()} and {@link #english()} show the last day itself.
 *
 * @param due when the answer is due (Asia/Bangkok)
 * @param precision what the text fixed: a whole day, a time of day, or a number of hours after the order
 * @param phrase the words the deadline was read from, as written
 */
public record Deadline(ZonedDateTime due, Precision precision, String phrase) {
    /** What a deadline fixes. */
    public enum Precision {
        /** The end of a day: "ภายในวันที่ ๕ ธ.ค.", "ภายใน ๓ วัน". */
        END_OF_DAY,
        /** A time on a day: "ภายใน ๑๖.๓๐ น.", "พรุ่งนี้ก่อนเที่ยง". */
        TIME_OF_DAY,
        /** Hours or minutes after the order: "ภายใน ๒๔ ชม.". */
        ELAPSED
    }

    private static final List<String> ENGLISH_MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    public Deadline {
        requireNonNull(due, "due is null");
        requireNonNull(precision, "precision is null");
        phrase = phrase == null ? "" : phrase;
    }

    /** The last day of an {@link Precision#END_OF_DAY} deadline, else the day of {@code due}. */
    public LocalDate day() {
        return precision == Precision.END_OF_DAY ? due.toLocalDate().minusDays(1) : due.toLocalDate();
    }

    /** {@code ภายในวันที่ 5 ธ.ค. 2568} or {@code ภายใน 28 ก.ค. 2568 เวลา 16.30 น.} */
    public String thai() {
        String date = thaiDate(day());
        if (precision == Precision.END_OF_DAY) {
            return "ภายในวันที่ " + date;
        }
        return "ภายใน " + date + " เวลา " + String.format("%02d.%02d น.", due.getHour(), due.getMinute());
    }

    /** {@code by the end of 5 Dec 2025} or {@code by 28 Jul 2025 16:30} */
    public String english() {
        String date = englishDate(day());
        if (precision == Precision.END_OF_DAY) {
            return "by the end of " + date;
        }
        return "by " + date + " " + String.format("%02d:%02d", due.getHour(), due.getMinute());
    }

    /** {@code 5 ธ.ค. 2568}: the day, the month abbreviated, the Buddhist-era year. */
    static String thaiDate(LocalDate day) {
        return day.getDayOfMonth() + " " + ThaiText.MONTH_ABBREVIATIONS.get(day.getMonthValue() - 1) + " " + (day.getYear() + ThaiText.BUDDHIST_ERA_OFFSET);
    }

    /** {@code 5 Dec 2025}. */
    static String englishDate(LocalDate day) {
        return day.getDayOfMonth() + " " + ENGLISH_MONTHS.get(day.getMonthValue() - 1) + " " + day.getYear();
    }
}
