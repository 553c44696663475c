package dev.rabiap.engine.internal;

import dev.rabiap.engine.Resolution;
import dev.rabiap.engine.rule.Order;
import dev.rabiap.engine.rule.Post;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.thai.DeadlineReader;
import dev.rabiap.engine.thai.DeadlineReading;
import dev.rabiap.engine.thai.SpeedClass;
import dev.rabiap.engine.thai.ThaiText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an order says beyond its kind, once, on the reading thread: its deadline (with
 * {@link DeadlineReader}), its speed class, whom it names ({@link Addressees}), whether it is for
 * information only, and whether it is a reminder of an earlier order. A deadline the text seems to
 * give but that cannot be used (not read, impossible, before the order) is counted with the
 * order's place, so the summary lists it and the policy row's default deadline applies.
 */
final class OrderReader {
    /**
     * Words that say no answer is owed: the order is for information only. Not a part of the answer left out: "ยังไม่ต้อง
     * ส่งภาพ", "ไม่ต้องส่งตัวจริง".
     */
    static final Pattern INFORMATION_ONLY = Pattern.compile(
            "ไม่\\s*ต้อง\\s*(?:รายงาน|ตอบ|ส่ง|แจ้งกลับ|ตอบรับ)(?!\\s*(?:ภาพ|รูป|ซ้ำ|สำเนา|ตัวจริง|เอกสาร|หนังสือ|ไฟล์))|ไม่\\s*จำเป็น\\s*ต้อง\\s*(?:รายงาน|ตอบ|ส่ง)|(?:แจ้ง)?เพื่อ(?:โปรด)?ทราบ(?!\\s*และ)(?:\\s*(?:เท่านั้น|ครับ|ค่ะ|นะ|$))"
                    + "|ทราบเป็นข้อมูล|ใช้เป็นแนวทาง(?:ในการปฏิบัติ)?(?:\\s*(?:ครับ|ค่ะ|$))|เพื่อเป็นข้อมูล|เป็นข้อมูลประกอบ|ไม่ต้องดำเนินการ"
                    // a post headed so: "เพื่อทราบ: จังหวัดจะจัดรถรับส่งจิตอาสา… รายละเอียดแจ้งอีกครั้งครับ"
                    + "|^[^\\p{L}\\p{N}]*(?:แจ้ง)?เพื่อ(?:โปรด)?ทราบ\\s*[:：]");
    /**
     * Others than those an order asks: "อำเภออื่น…ไม่ต้องรายงาน", "ที่เหลือไม่ต้องส่ง", "นอกนั้นไม่ต้องรายงาน", or the one it
     * leaves out: "สำหรับ อ.เมืองสกลนคร จังหวัดจัดจุดบริการร่วมที่ศาลากลางแล้ว ไม่ต้องดำเนินการครับ".
     */
    private static final Pattern OTHERS = Pattern.compile("อื่น|ที่เหลือ|นอกนั้น|นอกจากนี้|นอกเหนือ|(?:สำหรับ|ส่วน|ยกเว้น)\\s*(?:อ\\.|อำเภอ|ศอ\\.|นอภ\\.)");

    /**
     * Whether the order says no answer is needed ({@link #INFORMATION_ONLY}): not when it says so of the others only, on
     * the line that says it ("… ได้แก่ อ.ก อ.ข … ขอให้…รายงานในกลุ่มนี้ภายใน ๒๔ ชม. อำเภออื่นที่มีถนนชำรุดดำเนินการได้ตาม
     * ความเหมาะสม ไม่ต้องรายงาน": the districts named still report).
     */
    static boolean saysNoAnswerIsNeeded(String text) {
        Matcher says = INFORMATION_ONLY.matcher(text);
        Boolean items = null;
        while (says.find()) {
            String before = ThaiText.beforeOnLine(text, says.start(), 80);
            // said of one case ("หากเกิดเหตุให้รายงานทันที (กรณีไม่มีเหตุไม่ต้องรายงาน)"), or of one measure of several
            // ("๓. กิจกรรม… จังหวัดจะแจ้งแนวทางอีกครั้ง ขณะนี้ยังไม่ต้องดำเนินการ" among minutes whose ๒. asks for a report)
            if (OTHERS.matcher(before).find() || CASE.matcher(before).find()) {
                continue;
            }
            if (items == null) {
                items = OrderContext.items(text).size() >= 2;
            }
            if (!(items && ITEM_LINE.matcher(ThaiText.beforeOnLine(text, says.start(), says.start())).lookingAt())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The deadlines, earliest first, of an order's numbered measures that each ask for a report by a deadline of their own:
     * "๒. รายงานจำนวนจุดที่ประดับธง พร้อมภาพถ่าย… ภายในวันพุธที่ ๒๒ กรกฎาคม ๒๕๖๙ ๓. จัดกิจกรรม… และรายงานผลพร้อมภาพถ่าย ภายใน
     * วันศุกร์ที่ ๓๑ กรกฎาคม ๒๕๖๙". A measure that asks for no report ("๑. ประดับธง… ให้แล้วเสร็จภายในวันศุกร์") or says none is
     * needed owes nothing; empty unless two measures or more set different deadlines.
     */
    private List<dev.rabiap.engine.thai.Deadline> measures(String text, java.time.ZonedDateTime posted) {
        if (!OrderContext.listsItems(text)) {
            return List.of();
        }
        java.util.TreeMap<java.time.Instant, dev.rabiap.engine.thai.Deadline> due = new java.util.TreeMap<>();
        for (String item : OrderContext.items(text)) {
            if (!MEASURE_REPORTS.matcher(item).find() || INFORMATION_ONLY.matcher(item).find()) {
                continue;
            }
            DeadlineReading reading = deadlines.read(item, posted);
            if (reading.status() == DeadlineReading.Status.READ) {
                due.putIfAbsent(reading.deadline().due().toInstant(), reading.deadline());
            }
        }
        return due.size() >= 2 ? List.copyOf(due.values()) : List.of();
    }

    /** What a measure asks to be sent back: a report, figures, names, photos. */
    private static final Pattern MEASURE_REPORTS = Pattern.compile("รายงาน|ส่ง\\s*(?:ภาพ|รูป|ยอด|ข้อมูล|รายชื่อ|ผล|แบบ)|แจ้ง\\s*(?:ยอด|จำนวน|รายชื่อ|ผล|ข้อมูล)");

    /** A case the words are said of: "กรณีไม่มีเหตุ", "หากไม่มีเหตุ", "ถ้าไม่พบ". */
    private static final Pattern CASE = Pattern.compile("(?:กรณี|หาก|ถ้า)");
    /** The start of a numbered item's line: "๓.", "3)", "(๒)", "ข้อ ๔". */
    private static final Pattern ITEM_LINE = Pattern.compile("\\s*(?:ข้อ\\s*)?\\(?[0-9๐-๙]{1,2}\\s*[.)]");

    /**
     * Words that point back to an earlier order: a reminder opens no duty of its own ("ย้ำ",
     * "ตามกำหนดเวลา", "อำเภอที่ยังไม่ได้รายงาน", "เร่งรายงาน"), nor does an answer that keeps its deadline
     * ("เรียนท่านนายอำเภอ ขอภายในกำหนดเดิมครับ ถ้ายังไม่ครบส่งเท่าที่มีก่อนได้ครับ", to a chief asking for more time).
     */
    static final Pattern REMINDER = Pattern.compile(
            // เร่งรัด the work itself is what a new order asks: "ขอให้ ศอ.จอส.อำเภอ เร่งรัดการเบิกจ่าย และรายงานผล…"
            "(?<!เน้น)ย้ำ|ทวง|เร่งรัด(?!\\s*(?:การ)?\\s*(?:เบิกจ่าย|ใช้จ่าย|จัดเก็บ|ก่อหนี้|ก่อสร้าง|ซ่อม|ปราบปราม|แก้ไขปัญหา|ช่วยเหลือ))|เร่ง\\s*(?:รายงาน|ส่ง)|ตาม\\s*กำหนด\\s*เวลา|ตามกำหนด\\s*ที่แจ้ง|(?:ตาม|ภายใน|ใน)\\s*กำหนด\\s*เดิม|ยัง\\s*ไม่\\s*(?:ได้\\s*)?(?:รายงาน|ส่ง|ตอบ)"
                    + "|แจ้งเตือน(?:อีก|ซ้ำ)|ขอติดตาม|ติดตามการ(?:รายงาน|ส่ง)|ใกล้ครบกำหนด|เลยกำหนด|พ้นกำหนด|ครบกำหนด(?:แล้ว|วันนี้)"
                    // "ครบกำหนดเที่ยงแล้วครับ ขอบคุณ อ.เมือง… โพนนาแก้วรบกวนส่งด่วนครับ": the time it fell due between
                    + "|ครบ\\s*กำหนด\\s*(?:เวลา\\s*)?(?:เที่ยง|บ่าย|เย็น|เช้า|[0-9๐-๙]{1,2}[.:][0-9๐-๙]{2}\\s*น?\\.?)\\s*แล้ว"
                    // what is still owed: "ขอให้ทุกอำเภอตรวจสอบรายงานที่ค้างด้วยนะครับ", "งานค้างส่ง"
                    + "|(?:รายงาน|งาน|เรื่อง|ข้อมูล)\\S{0,6}ที่\\s*(?:ยัง)?\\s*ค้าง|ค้าง\\s*(?:ส่ง|รายงาน)"
                    // the order posted again: "🔁 ทวนข้อสั่งการ (ส่งซ้ำ)"
                    + "|ทวน\\s*(?:ข้อ\\s*)?สั่ง\\s*การ|ส่ง\\s*ซ้ำ"
                    // "สรุปสถานะการรายงานสัปดาห์นี้ ตามไฟล์แนบครับ อำเภอที่ยังค้างขอให้ส่งวันจันทร์"
                    + "|(?:อำเภอ|หน่วย|ส่วนราชการ|ท่าน)\\S{0,6}ที่\\s*ยัง\\s*ค้าง"
                    // who has not sent yet, in the ways a reminder says it: "เตือนความจำ", "ยังขาดอีกหลายอำเภอ", "ยังขาดรายงานจาก
                    // อ.ภูพาน", "ยังไม่เห็นรายงาน", "ยังได้ไม่ครบ", "ยังไม่มีอำเภอไหนส่ง", "อำเภอที่เหลือ…", "ที่เหลือรบกวนส่ง…"
                    + "|เตือนความจำ|(?i:reminder)|ยัง\\s*ขาด\\s*(?:อีก\\s*)?(?:\\S{0,6}\\s*)?(?:อำเภอ|รายงาน|ข้อมูล|ยอด)"
                    // but not in a clause of why a new order is given: "ศอ.จอส.พระราชทาน ขอให้จังหวัดรวบรวม… ซึ่งยังได้รับไม่ครบ"
                    + "|(?<!ซึ่ง\\s?)(?:ยัง\\s*ไม่\\s*(?:เห็น|ได้รับ)\\s*(?:รายงาน|ข้อมูล|ยอด)|ยัง\\s*ได้\\s*ไม่\\s*ครบ|(?<!ซึ่ง\\s?ยัง\\s?)ได้รับ\\S{0,10}ไม่\\s*ครบ)"
                    + "|ยัง\\s*ไม่\\s*มี\\s*(?:อำเภอ|หน่วยงาน)\\S{0,8}\\s*(?:ส่ง|รายงาน)|(?:อำเภอ|หน่วยงาน|ส่วนราชการ|ศูนย์)\\s*ที่\\s*เหลือ"
                    + "|ที่\\s*เหลือ\\s*(?:รบกวน|ขอให้|กรุณา)"
                    // the units that still owe: "อำเภอที่ยังไม่ได้ยืนยันผู้ประสานงาน ได้แก่ อ.ก อ.ข … ขอให้ส่งภายใน ๑๖.๓๐ น."
                    + "|(?:อำเภอ|หน่วยงาน|ส่วนราชการ|ศูนย์|ท่าน)\\S{0,8}ที่\\s*ยัง\\s*ไม่\\s*(?:ได้\\s*)?(?:ยืนยัน|แจ้ง|กรอก|ส่ง|รายงาน)"
                    // the roll of what falls due: ":: สวัสดีวันศุกร์ :: วันนี้ ๒ เรื่องที่ต้องส่ง :: ยาเสพติด (ก่อนเที่ยง) :: ความพร้อมจุด…"
                    + "|(?:[0-9๐-๙]{1,2}|สอง|สาม|สี่|ห้า)\\s*(?:เรื่อง|งาน|รายการ)\\s*ที่\\s*(?:จะ\\s*)?ต้อง\\s*(?:ส่ง|รายงาน)"
                    + "|(?:วันนี้|พรุ่งนี้|สัปดาห์นี้)\\s*(?:มี\\s*)?(?:เรื่อง|งาน|รายการ)\\s*ที่\\s*(?:จะ\\s*)?ต้อง\\s*(?:ส่ง|รายงาน)"
                    // where the answers stand: "ครบกำหนดรายงานกิจกรรม… ๑๖.๐๐ น. วันนี้ ขณะนี้ได้รับแล้ว ๑๑ อำเภอค่ะ"
                    + "|ครบ\\s*กำหนด\\s*(?:ส่ง|รายงาน)|(?:ได้รับ|ส่งมา)\\s*แล้ว\\s*[0-9๐-๙]{1,2}\\s*(?:อำเภอ|แห่ง|หน่วย)");

    /** Words that point back to what was ordered before: "ตามที่สั่งการไว้", "ตามที่แจ้งไว้", "ตามที่ได้ขอไว้". */
    private static final String AS_SAID_BEFORE = "ตาม\\s*ที่\\s*(?:ได้\\s*)?(?:สั่ง\\s*(?:การ)?|แจ้ง|ขอ)\\s*(?:ไว้"
            // "ส่งผลกิจกรรม… ตามที่สั่งการเมื่อวาน ภายใน ๑๘.๐๐ น.": when it was said, instead of ไว้
            + "|เมื่อ\\s*(?:วาน|เช้า|ตอน|วันที่|วัน(?:จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์))|ไป\\s*(?:แล้ว|เมื่อ))";

    /**
     * An order given before, pointed back to by a post that sets no deadline of its own: "ขอให้ส่งตัวเลขจิตอาสาและจุด
     * กระสอบทรายตามที่สั่งการไว้ด้วยนะครับ" is a reminder. With a deadline ("ตามที่แจ้งไว้เมื่อวาน ขอให้ทุกอำเภอรายงาน…
     * ภายใน ๑๖.๓๐ น.") it is a new order that recalls the old.
     */
    private static final Pattern POINTS_BACK = Pattern.compile(AS_SAID_BEFORE
            // a report asked for again: "ขอให้รายงานตามแบบที่ท่านปลัดจังหวัดสั่งการอีกครั้งนะครับ"
            + "|(?:รายงาน|ส่ง)[^\\n]{0,60}?อีก\\s*(?:ครั้ง|รอบ)");

    /** Words that point back to an order given before, or say until when it may still be answered: ตามที่แจ้งไว้, ส่งได้ถึง… */
    private static final Pattern RESTATES = Pattern.compile(AS_SAID_BEFORE + "|(?:ส่ง|รายงาน)\\s*ได้\\s*(?:ถึง|จนถึง|ภายใน|จน)");

    /**
     * "ยังขาด" before the districts still short ({@link #namesWhoIsShort}): "รายชื่อจิตอาสา… ยังขาด คำตากล้า โพนนาแก้ว ขอให้ส่ง
     * โดยด่วน" is a reminder; "ขนาดที่ยังขาด ภายใน 14.00 น." and "ยังขาดแคลนน้ำ" are not.
     */
    private static final Pattern SHORT_OF = Pattern.compile("ยัง\\s*ขาด\\s*");

    /** Whether the text says which of the roster's districts are still short: "ยังขาด คำตากล้า", "ยังขาด อ.ภูพาน". */
    private boolean namesWhoIsShort(String text) {
        Matcher shortOf = SHORT_OF.matcher(text);
        while (shortOf.find()) {
            if (addressees.districtAt(text, shortOf.end()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * An order still to come, told ahead: "วันนี้ท่านปลัดจังหวัดจะสั่งการเรื่องรายงานระดับน้ำช่วงวันหยุดครับ", "จะมีหนังสือสั่งการอีกครั้ง".
     * With no deadline of its own, it asks for nothing yet.
     */
    static final Pattern ORDER_TO_COME = Pattern.compile("(?:จะ|กำลัง\\s*จะ)\\s*(?:มี\\s*(?:หนังสือ\\s*)?)?สั่ง\\s*การ|จะ\\s*แจ้ง\\s*(?:ให้\\s*ทราบ\\s*)?อีก\\s*ครั้ง");

    /**
     * An answer asked for somewhere else than the group, the channel right after what is to be sent: "ขอให้แจ้งชื่อ
     * ผู้เข้าร่วมทาง Google Form", "กรอกข้อมูลผ่านลิงก์". Such an order owes nothing in the group, unless it asks there
     * too. Not e-mail, where a mailing list's answers are due, nor a system (ระบบ): "…ที่ยังไม่ได้ลงทะเบียนในระบบ
     * แล้วรายงาน…" says who is to be counted, not where to answer.
     */
    static final Pattern ELSEWHERE = Pattern.compile(
            "(?:แจ้ง|ส่ง|กรอก|ตอบ|รายงาน)\\S{0,30}?\\s?(?:ทาง|ผ่าน|ใน|ที่)\\s*(?:google\\s*form|กูเกิ[้]?ลฟอร์ม"
                    + "|แบบฟอร์มออนไลน์|ฟอร์มออนไลน์|ลิงก์|ลิงค์|ลิ้งค์|ลิ้งก์|link|เว็บไซต์)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Asking for an answer in the group too: "ในกลุ่มนี้", "ทางกลุ่ม", "ทางไลน์", "แจ้งในกลุ่ม". */
    static final Pattern IN_THE_GROUP = Pattern.compile("(?:ใน|ทาง|ที่)\\s*(?:กลุ่ม|ไลน์|line)", Pattern.CASE_INSENSITIVE);

    /**
     * Words about the group itself: "หนังสือทั่วไปส่งกลุ่ม ข้อสั่งการ ปค.สน. นะครับ กลุ่มนี้เฉพาะงานจิตอาสาครับ"
     * says where to post, and asks for no answer unless it sets a deadline.
     */
    static final Pattern ABOUT_THE_GROUP = Pattern.compile("กลุ่มนี้\\s*(?:เป็นกลุ่ม\\S*\\s*)?(?:เฉพาะ|ใช้|สำหรับ|มีไว้)"
            // the group's own rules recalled: "ทบทวนแนวปฏิบัติของกลุ่มนี้อีกครั้งครับ การรายงานผลงาน…ให้พิมพ์เป็นข้อความ…"
            + "|(?:แนวปฏิบัติ|กติกา|ข้อตกลง|ระเบียบ)\\s*(?:ของ|ใน|การใช้)?\\s*กลุ่ม");

    /**
     * A short answer that opens by granting what was asked ("ได้ครับ ถ้าทำภายในเดือนนี้รายงานได้เลยครับ"): it answers
     * the member's question even when it names a time.
     */
    private static final Pattern GRANTS = Pattern.compile("[^\\p{L}\\p{N}]*(?:ได้|ทำได้|ส่งได้|รายงานได้|นับได้|ใช้ได้)(?:\\s*(?:ครับ|ค่ะ|คะ|เลย|นะ))*(?:\\s|$)");

    /** What only an order of its own has: a letter's number ("ที่ สน ๐๐๑๗.๒/ว ๓๔๕") or a salutation (เรียน). */
    private static final Pattern FORMAL = Pattern.compile("ที่\\s*[ก-ฮ]{1,3}\\.?\\s*[0-9๐-๙]|เรียน");

    /** The longest post that can be taken as the answer to a member's question rather than an order of its own. */
    static final int ANSWER_LENGTH = 200;

    /** Per group: how many orders have been read, and in how many of them each word stood. */
    private final java.util.Map<String, int[]> ordersByGroup = new java.util.HashMap<>();
    private final java.util.Map<String, java.util.Map<String, Integer>> wordOrders = new java.util.HashMap<>();
    private final DeadlineReader deadlines;
    /** The roster's addressees, made on the first order read: a log with no order never needs them. */
    private final Addressees.Shared shared;
    private Addressees addressees;
    /** The first orders whose deadline text could not be used; more are counted, not kept. */
    private final List<dev.rabiap.engine.AuditSummary.DeadlineProblem> problems = new java.util.ArrayList<>();

    OrderReader(PolicyTables.Policy policy) {
        this.deadlines = new DeadlineReader(policy.calendar());
        this.shared = policy.addressees();
    }

    /**
     * What an order says; {@code question}, when not null, is a member's question the post came
     * right after. A short post with no deadline that names no one, sent right after a member's
     * question ("มีป้ายได้จะดีมากค่ะ ถ้าไม่มีก็ส่งได้ค่ะ" after "ภาพต้องเห็นป้ายโครงการไหมครับ"), answers
     * that question: like a reply, it points back and opens no duty of its own. One with a speed
     * class, a letter's number or a salutation is an order of its own.
     *
     * <p>{@code sameText}, when not null, is an earlier order of the group with the same text: posted again
     * with the same deadline ("ภายในวันที่ ๑๑ ก.พ.", re-posted on the 10th), it is a reminder of that order and
     * opens no duty of its own; a daily order whose deadline moves with the day ("ภายใน ๑๖.๐๐ น. วันนี้")
     * opens a new one each day.
     *
     * <p>{@code repliesToOrder} says whether the post the message replies to was read as an order (null when
     * it is no reply, or the post it replies to is not known). A reply to an order points back to it and opens
     * no duty; a reply to a member's own post (a district's report) that names whom it asks ("อ.กุดบาก
     * ขอพิกัดจุดสกัดทั้ง ๕ จุดเพิ่มเติมด้วยครับ ขอภายใน ๑๗.๐๐ น.") is an order of its own to those it names.
     */
    Order read(ChatMessage message, Resolution sender, ChatMessage question, Post sameText, Boolean repliesToOrder) {
        return read(message, sender, question, sameText, repliesToOrder, List.of());
    }

    /**
     * As above, with the orders kept in front of the group's members ({@code earlier}): a post that points back ("ตามที่
     * แจ้งไว้", "ส่งได้ถึง…") and gives the deadline one of them gave ("เรื่องจุดเฝ้าระวังสนามแข่งเรือ ส่งได้ถึงวันพฤหัสเที่ยง
     * นะคะ ตามที่แจ้งไว้ค่ะ", after the order due Thursday at noon) restates that order's deadline: a reminder of it.
     */
    Order read(ChatMessage message, Resolution sender, ChatMessage question, Post sameText, Boolean repliesToOrder, List<Post> earlier) {
        String text = message.text();
        DeadlineReading reading = deadlines.read(text, message.time());
        java.time.ZonedDateTime due = null;
        String thai = "";
        String english = "";
        // "รายงาน… ทุกวันก่อน ๑๐.๐๐ น. ตั้งแต่พรุ่งนี้ ถึงวันศุกร์": one deadline a day, the first of them the order's
        dev.rabiap.engine.thai.DailyDeadlines daily = deadlines.readDaily(text, message.time());
        List<java.time.ZonedDateTime> days = List.of();
        boolean measured = false;
        if (daily != null) {
            due = daily.first().due();
            thai = daily.thai();
            english = daily.english();
            days = daily.deadlines().stream().map(dev.rabiap.engine.thai.Deadline::due).toList();
        } else if (reading.status() == DeadlineReading.Status.READ) {
            due = reading.deadline().due();
            thai = reading.deadline().thai();
            english = reading.deadline().english();
            List<dev.rabiap.engine.thai.Deadline> measures = measures(text, message.time());
            if (measures.size() >= 2) {
                due = measures.get(0).due();
                thai = measures.get(0).thai();
                english = measures.get(0).english();
                days = measures.stream().map(dev.rabiap.engine.thai.Deadline::due).toList();
                measured = true;
            }
        } else if (reading.status() != DeadlineReading.Status.NONE) {
            if (problems.size() < 1000) {
                problems.add(new dev.rabiap.engine.AuditSummary.DeadlineProblem(message.evidence(), reading.phrase(),
                        reading.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + reading.problem()));
            }
        }
        boolean informationOnly = saysNoAnswerIsNeeded(text) || due == null && (ABOUT_THE_GROUP.matcher(text).find() || ORDER_TO_COME.matcher(text).find())
                || ELSEWHERE.matcher(text).find() && !IN_THE_GROUP.matcher(text).find();
        boolean repliesToMember = Boolean.FALSE.equals(repliesToOrder);
        boolean reminder = message.replyTo() != null && !repliesToMember || REMINDER.matcher(text).find()
                || due == null && POINTS_BACK.matcher(text).find();
        String remindsOf = message.replyTo();
        if (!reminder && sameText != null && due != null && sameText.getDeadline() != null && due.isEqual(sameText.getDeadline())) {
            reminder = true;
            remindsOf = sameText.getMessage().id();
        }
        if (!reminder && due != null && RESTATES.matcher(text).find()) {
            for (Post order : earlier) {
                if (order.getDeadline() != null && due.isEqual(order.getDeadline())) {
                    reminder = true;
                    remindsOf = order.getMessage().id();
                    break;
                }
            }
        }
        if (addressees == null) {
            addressees = shared.get();
        }
        if (!reminder && namesWhoIsShort(text)) {
            reminder = true;
        }
        boolean everyone = addressees.namesEveryone(text) || addressees.leavesSomeOutOfAll(text);
        // "ทุกอำเภอ ยกเว้น อ.ก" and "ทุกแห่ง… โดยเฉพาะ… ได้แก่ อ.ก อ.ข … ขอให้รายงาน" ask some after all
        List<Order.Addressee> named = everyone ? addressees.narrowed(text) : addressees.read(text);
        if (!reminder && repliesToMember && named.isEmpty() && !everyone) {
            // a reply to a member's post that names no one speaks to that member, as it always did: no duty for all
            reminder = true;
        }
        if (!reminder && question != null && (due == null || GRANTS.matcher(text).lookingAt()) && !everyone && named.isEmpty() && text.length() <= ANSWER_LENGTH
                && reading.speed() == SpeedClass.NONE && !FORMAL.matcher(text).find()) {
            reminder = true;
            remindsOf = question.id();
        }
        if (!reminder && named.isEmpty() && !everyone) {
            // "ปลัดต้นครับ วันจันทร์ที่ 13 เป็นวันหยุดสงกรานต์นะครับ ส่งภายใน ๓ วันทำการ คือถึงวันจันทร์ที่ 20 ครับ": a post
            // that opens by calling one person speaks to that person; to no one the roster can tell (two deputies go by
            // ปลัดต้น), it tells one member about an order given before and opens no duty of its own
            List<Order.Addressee> called = addressees.calledByName(text);
            if (called != null && called.isEmpty()) {
                reminder = true;
            } else if (called != null) {
                named = called;
            }
        }
        if (!reminder && named.isEmpty()) {
            // "ถึง ศอ.จอส.อำเภอที่พบผู้ป่วยไข้เลือดออกเพิ่มขึ้น… ขอให้…": those it describes owe, whom the text does not name
            String described = addressees.described(text);
            if (described != null) {
                named = List.of(new Order.Addressee(Order.DESCRIBED, "", described));
            }
        }
        String speed = reading.speed() == SpeedClass.NONE ? "" : reading.speed().thai();
        return new Order(due, thai, english, speed, named, informationOnly, reminder, remindsOf,
                reminder || informationOnly ? null : topicWords(message, named), days, measured);
    }

    /**
     * The words of an order that the group's earlier orders did not mostly use: "ผักตบชวา" tells the
     * water-weed order from the others, "จิตอาสา", which every order of a volunteer group has, does not; nor the
     * words of the districts and people it names.
     */
    private java.util.Set<String> topicWords(ChatMessage message, List<Order.Addressee> named) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>(dev.rabiap.engine.rule.Attribution.words(message.text(), true));
        words.removeAll(placeWords());
        // those it calls are not what it is about: "ปลัดฯ อรทัย อ.กุดบาก" calls the deputy whose "ผู้ประสานงาน ปลัดอรทัย" in
        // an answer to another order does not make that answer about this one
        named.stream().filter(a -> a.unit().equals("person") || a.unit().equals("district")).map(Order.Addressee::as).distinct()
                .forEach(as -> words.removeAll(dev.rabiap.engine.rule.Attribution.words(as)));
        int[] orders = ordersByGroup.computeIfAbsent(message.group(), g -> new int[1]);
        java.util.Map<String, Integer> seen = wordOrders.computeIfAbsent(message.group(), g -> new java.util.HashMap<>());
        java.util.Set<String> topic = new java.util.LinkedHashSet<>();
        for (String word : words) {
            int in = seen.getOrDefault(word, 0);
            // "most": more than half of them; a word half of them used still tells this one from the other half
            if (orders[0] < 2 || in * 2 <= orders[0]) {
                topic.add(word);
            }
        }
        orders[0]++;
        if (seen.size() < 20_000) {
            words.forEach(w -> seen.merge(w, 1, Integer::sum));
        }
        return topic;
    }

    /**
     * The words the roster's district names are segmented into ("โพน", "นา", "แก้ว", "อ.โพน" of
     * โพนนาแก้ว): an order that names the districts it asks is not about them, and a district's answer
     * that names itself does not share a topic with every order naming it. Made on the first order,
     * after the addressee reader.
     */
    private java.util.Set<String> placeWords() {
        if (placeWords == null) {
            java.util.Set<String> words = new java.util.HashSet<>();
            // the districts the addressee reader has already gathered from the roster, not a second pass over it
            for (String district : addressees.districts()) {
                words.addAll(dev.rabiap.engine.rule.Attribution.words(district));
                words.addAll(dev.rabiap.engine.rule.Attribution.words("อ." + district));
                words.addAll(dev.rabiap.engine.rule.Attribution.words("อำเภอ" + district));
            }
            placeWords = words;
        }
        return placeWords;
    }

    private java.util.Set<String> placeWords;

    /**
     * What the reader remembers of one group's orders (how many, and in how many each word stood), for
     * a runner that keeps it outside the engine between two posts; null when it has read none.
     */
    java.util.Map<String, Integer> groupWords(String group) {
        int[] orders = ordersByGroup.get(group);
        if (orders == null) {
            return null;
        }
        java.util.Map<String, Integer> words = new java.util.TreeMap<>(wordOrders.getOrDefault(group, java.util.Map.of()));
        words.put("", orders[0]);
        return words;
    }

    /** Restores what {@link #groupWords} returned; the empty word holds the count of orders. */
    void restoreGroupWords(String group, java.util.Map<String, Integer> words) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>(words);
        Integer orders = seen.remove("");
        ordersByGroup.put(group, new int[] {orders == null ? 0 : orders});
        wordOrders.put(group, seen);
    }

    List<dev.rabiap.engine.AuditSummary.DeadlineProblem> problems() {
        return List.copyOf(problems);
    }
}
