package dev.rabiap.engine.thai;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What {@link DeadlineReader#readDaily} found: an order asking for a report every day over a stated
 * span ("รายงาน… ทุกวันก่อน ๑๐.๐๐ น. ตั้งแต่พรุ่งนี้ (๑๐ มี.ค.) ถึงวันศุกร์ที่ ๑๓ มี.ค. ๒๕๖๙"), one deadline a day.
 *
 * @param deadlines each day's deadline, in order; at least two
 * @param thai the series as a Thai reader takes it ("ทุกวัน เวลา 10.00 น. ตั้งแต่ 10 ถึง 13 มี.ค. 2569")
 * @param english the same in English
 */
public record DailyDeadlines(List<Deadline> deadlines, String thai, String english) {
    public DailyDeadlines {
        deadlines = List.copyOf(deadlines);
        if (deadlines.size() < 2) {
            throw new IllegalArgumentException("a daily series needs two days or more, got " + deadlines.size());
        }
        requireNonNull(thai, "thai is null");
        requireNonNull(english, "english is null");
    }

    /** The first day's deadline. */
    public Deadline first() {
        return deadlines.get(0);
    }
}
