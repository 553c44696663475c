package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What an order says beyond its kind, read from its text once when the post is made: the deadline
 * it sets, its speed class (ด่วน, ด่วนมาก, ด่วนที่สุด: shown, never a deadline), the parties it
 * names, whether it is for information only (no answer owed), and whether it is a reminder of an
 * earlier order (it opens no duty of its own). Immutable.
 *
 * @param deadline when answers are due, or null when the text sets no deadline the engine could read
 * @param deadlineThai the deadline as a Thai reader takes it ("ภายในวันที่ 5 ธ.ค. 2568"), or empty
 * @param deadlineEnglish the same in English, or empty
 * @param speed the speed class as written (ด่วนที่สุด), or empty
 * @param addressees the districts, agencies or people the order names, or empty when it names none
 *     (then the policy row's parties owe); one of unit {@value #DESCRIBED} when it describes whom it asks
 *     without naming them ("เรียน ศอ.จอส.อำเภอที่ได้รับความเสียหายจากพายุ…"): the row's parties owe, and only
 *     those who answer are judged
 * @param informationOnly whether the order says no answer is needed (ไม่ต้องรายงาน, เพื่อทราบ)
 * @param reminder whether the post points back to an earlier order (ย้ำ, ตามกำหนดเวลา, a reply to it)
 * @param remindsOf the id of the message a reminder answers (its reply-to), or null
 * @param topicWords the words of the order that earlier orders of its group did not mostly use: what
 *     an answer about this order shares with it ({@link Attribution}); null when not read
 * @param daily when the order asks for a report every day over a span it states ("ทุกวันก่อน ๑๐.๐๐ น. ตั้งแต่พรุ่งนี้
 *     ถึงวันศุกร์"), each day's deadline in order, the first of them {@code deadline}: one duty a day; else empty
 * @param measures whether {@code daily} holds, instead of days, the deadlines of the order's numbered measures that each ask
 *     for a report by a deadline of their own ("๒. รายงานจำนวนจุด… ภายในวันพุธที่ ๒๒ … ๓. … รายงานผล… ภายในวันศุกร์ที่ ๓๑"):
 *     one duty a measure, each open from the order on, the earliest answered first
 */
public record Order(ZonedDateTime deadline, String deadlineThai, String deadlineEnglish, String speed,
                    List<Addressee> addressees, boolean informationOnly, boolean reminder, String remindsOf,
                    java.util.Set<String> topicWords, List<ZonedDateTime> daily, boolean measures) {
    /** Nothing more than the kind. */
    public static final Order NONE = new Order(null, "", "", "", List.of(), false, false, null, null, List.of(), false);

    /**
     * A party an order names, and how.
     *
     * @param unit district, agency or person
     * @param name the district or agency as the roster writes it, or the roster id of a person
     * @param as the words of the order that named it ("นอภ.พังโคน", "อ.ก", "สสจ.")
     */
    public record Addressee(String unit, String name, String as) {
        public Addressee {
            requireNonNull(unit, "unit is null");
            requireNonNull(name, "name is null");
            requireNonNull(as, "as is null");
        }
    }

    public Order {
        deadlineThai = deadlineThai == null ? "" : deadlineThai;
        deadlineEnglish = deadlineEnglish == null ? "" : deadlineEnglish;
        speed = speed == null ? "" : speed;
        addressees = List.copyOf(addressees);
        topicWords = topicWords == null ? null : java.util.Set.copyOf(topicWords);
        daily = daily == null ? List.of() : List.copyOf(daily);
    }

    /** Whether the order asks for a report every day over a span, or for one a measure: one duty a day or measure ({@link #daily}). */
    public boolean isDaily() {
        return daily.size() > 1;
    }

    /** Whether the order's duties are one a numbered measure ({@link #measures}), not one a day. */
    public boolean isMeasured() {
        return measures && isDaily();
    }

    /** This reading, pointing back to the order whose first message is {@code orderId}: it opens no duty of its own. */
    public Order pointingBackTo(String orderId) {
        return new Order(deadline, deadlineThai, deadlineEnglish, speed, addressees, informationOnly, true, orderId, topicWords, daily, measures);
    }

    /** An order with only a deadline. */
    public static Order withDeadline(ZonedDateTime deadline) {
        return new Order(deadline, "", "", "", List.of(), false, false, null, null, List.of(), false);
    }

    /** The unit of the addressee that stands for those an order describes without naming them. */
    public static final String DESCRIBED = "described";

    /** Whether the order names the parties it addresses. */
    public boolean namesParties() {
        for (Addressee addressee : addressees) {
            if (!addressee.unit().equals(DESCRIBED)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the order describes whom it asks and names none of them ("ถึง ศอ.จอส.อำเภอที่พบผู้ป่วยไข้เลือดออกเพิ่มขึ้น…"):
     * the text does not say which parties those are, so a party that never answers is not judged missing.
     */
    public boolean describesParties() {
        return !addressees.isEmpty() && !namesParties();
    }

    /** Whether the order names this party in this unit. */
    public boolean names(String unit, String party) {
        for (Addressee addressee : addressees) {
            if (addressee.unit().equals(unit) && addressee.name().equals(party)) {
                return true;
            }
        }
        return false;
    }
}
