package dev.rabiap.engine.internal;

import dev.rabiap.engine.Kinds;
import dev.rabiap.engine.rule.Attribution;
import dev.rabiap.engine.rule.ObligationPolicy;
import dev.rabiap.engine.rule.Post;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The orders in front of a group's members, for reading a post as they read it. The table and the
 * examples read a post alone; an official reads a district's "อ.เมืองฯ ยอดสมัครใหม่ค่ะ 904 = 31,
 * ภัยพิบัติ = 120, เฉพาะกิจ = 415" after the order "ขอให้รายงานยอดผู้สมัครจิตอาสาพระราชทานรายใหม่ … แยกประเภท
 * ๙๐๔ / ภัยพิบัติ / เฉพาะกิจ" and knows it for the district's report, though it says neither รายงาน nor
 * ส่ง. So a post read as {@code chat} is a {@code report} when all of these hold:
 * <ul>
 *   <li>one of the last {@value #KEPT} orders that opened duties answerable there by a report (an
 *       {@code obligations.csv} row) obliges the sender's district or agency to answer in this group
 *       ({@link ObligationPolicy#answerableBy}), and its sender is someone else;</li>
 *   <li>the post comes after the order and before the duty's deadline and late window are over;</li>
 *   <li>it shares at least {@value Attribution#TOPIC} of the order's words that tell it from the
 *       group's other orders ({@link Attribution}: a form's code counts as many);</li>
 *   <li>it neither promises nor puts off (จะ, เลื่อน, กำลัง, รอ, ยังไม่…): "พรุ่งนี้จะส่งยอดสมัคร
 *       ภัยพิบัติ เฉพาะกิจ นะคะ" is no report yet.</li>
 * </ul>
 * Only {@code chat} is read again: what the table or the examples read as any other kind keeps it.
 * Confined to the reading thread, like {@link PostMaker}.
 */
final class OrderContext {
    /** How many of a group's latest duty-opening orders are kept. */
    static final int KEPT = 16;
    /** Words of a post that promise or put off rather than report (ยังไม่, anywhere in the text, too). */
    private static final Set<String> NOT_YET = Set.of("จะ", "เลื่อน", "กำลัง", "รอ", "ขยาย", "พรุ่งนี้", "พรุ่ง", "ขอเวลา");

    /**
     * An order kept, with one obligation row it opened, when that row's duties stop waiting, and its text as
     * {@link Addressees#compact} leaves it (for {@link #sameText}).
     */
    private record Kept(Post order, ObligationPolicy row, long untilMillis, String compactText) {}

    /** What made a chat a report: the order it answers and the words they share. */
    record Answer(Post order, Attribution.Shared shared) {
        String reason() {
            return "answers the order " + order.getEvidence() + " (shares " + String.join(", ", shared.words()) + ")";
        }
    }

    private final List<ObligationPolicy> rows;
    /** By the group answers are due in: the latest orders, newest first. */
    private final Map<String, ArrayDeque<Kept>> byGroup = new HashMap<>();

    OrderContext(List<ObligationPolicy> obligations) {
        this.rows = obligations.stream()
                .filter(row -> !row.isMatchContent() && row.getUnit() != ObligationPolicy.PartyUnit.SENDER)
                .filter(row -> row.getFulfilKinds().isEmpty() || row.getFulfilKinds().contains(Kinds.REPORT))
                .toList();
    }

    /** Keeps the post if it opens duties of a row whose answers may be reports. */
    void remember(Post post) {
        remember(post, null);
    }

    /**
     * The orders kept in front of a group's members, oldest first, for a runner that keeps them
     * outside the engine between two posts ({@link #restore}).
     */
    List<Post> kept(String group) {
        ArrayDeque<Kept> kept = byGroup.get(group);
        if (kept == null) {
            return List.of();
        }
        List<Post> orders = new java.util.ArrayList<>();
        java.util.Iterator<Kept> oldestFirst = kept.descendingIterator();
        while (oldestFirst.hasNext()) {
            Post order = oldestFirst.next().order();
            if (!orders.contains(order)) {
                orders.add(order);
            }
        }
        return orders;
    }

    /** Puts back the orders {@link #kept} returned for a group, in place of what is kept for it. */
    void restore(String group, List<Post> orders) {
        byGroup.remove(group);
        for (Post order : orders) {
            remember(order, group);
        }
    }

    /** {@link #remember(Post)}, keeping it only in front of {@code only} when that is not null. */
    private void remember(Post post, String only) {
        if (rows.isEmpty() || post.getText() == null || post.getWords().isEmpty()) {
            return;
        }
        String compactText = null;
        for (ObligationPolicy row : rows) {
            if (!row.getGroup().equals(post.getGroup()) || !row.openedBy(post)) {
                continue;
            }
            if (compactText == null) {
                compactText = Addressees.compact(post.getText());
            }
            long until = row.deadline(post).toInstant().toEpochMilli() + row.getLateWindow().toMillis();
            java.util.Set<String> groups = new java.util.LinkedHashSet<>();
            for (String party : row.partiesFor(post)) {
                String group = row.answerGroup(post, party);
                if (group != null) {
                    groups.add(group);
                }
            }
            for (String group : groups) {
                if (only != null && !only.equals(group)) {
                    continue;
                }
                ArrayDeque<Kept> kept = byGroup.computeIfAbsent(group, g -> new ArrayDeque<>());
                kept.addFirst(new Kept(post, row, until, compactText));
                if (kept.size() > KEPT) {
                    kept.removeLast();
                }
            }
        }
    }

    /**
     * The order kept in front of a group's members that has the very text of {@code text} (spaces and
     * dots aside, as {@link Addressees#compact} leaves it), or null: an order posted again word for word
     * the next morning.
     */
    Post sameText(String group, String text) {
        ArrayDeque<Kept> kept = byGroup.get(group);
        if (kept == null || text == null) {
            return null;
        }
        String compact = Addressees.compact(text);
        for (Kept k : kept) {
            if (k.order().getGroup().equals(group) && k.compactText().equals(compact)) {
                return k.order();
            }
        }
        return null;
    }

    /** A moving of something to a new time or day: "ขอเลื่อนเป็น", "ขยายกำหนดส่งแบบ… จากวันพุธ… เป็น", "ขยายถึง". */
    private static final String MOVES = "(?:ขยาย|เลื่อน)[^\\n]{0,60}?(?:เป็น|ออกไป(?:เป็น)?|ถึง)";

    /**
     * Words that correct a deadline: "ขยายเวลา", "เลื่อนกำหนด", "แก้ไขกำหนด", "เปลี่ยนวันส่ง", or a moving of the sending or
     * reporting to a new time ("กำหนดรายงานผล… ขอเลื่อนเป็น ภายในวันพฤหัสบดีที่ ๕ พ.ย.", "กำหนดแจ้งรายชื่อเลื่อนเป็นภายใน…",
     * "ขยายเวลารายงานวัสดุอุปกรณ์… เป็น ๑๖.๐๐ น."). Read only with the sending or reporting named: a meeting moved to
     * another day ("ประชุมกรมการจังหวัดเลื่อนเป็นวันพุธ") moves no deadline of an answer.
     */
    private static final java.util.regex.Pattern CORRECTS = java.util.regex.Pattern.compile(
            "(?:ขยาย|เลื่อน|แก้ไข|เปลี่ยน(?:แปลง)?)\\s*(?:ระยะ\\s*)?(?:เวลา|กำหนด|วัน(?:ที่)?\\s*(?:ส่ง|รายงาน))|" + MOVES);
    private static final java.util.regex.Pattern ANSWER_WORDS = java.util.regex.Pattern.compile("รายงาน|ส่ง|แจ้ง\\s*(?:รายชื่อ|ข้อมูล|ยอด|ผล)|กรอก");
    private static final java.util.regex.Pattern MEETING_MOVED = java.util.regex.Pattern.compile(
            "(?:ประชุม|พิธี|กำหนดการ|การอบรม)[^\\n]{0,40}?(?:เลื่อน|เปลี่ยน|แก้ไข)|(?:เลื่อน|เปลี่ยน)\\s*(?:การ|วัน)?\\s*(?:ประชุม|พิธี|อบรม)");

    /**
     * Where a correction says what a deadline is moved to, when it does not say ภายใน or ก่อน itself: "…เลื่อนเป็น|ขยายถึง",
     * before a day, a time or a weekday named bare (":: ขยายเป็น พฤหัสฯ ๒๓ ก.ค. ๖๙ เวลา ๑๒.๐๐ น.").
     */
    private static final java.util.regex.Pattern MOVED_TO = java.util.regex.Pattern.compile(
            MOVES + "\\s*(?=วัน|[0-9๐-๙]|พรุ่งนี้|เที่ยง|บ่าย|เย็น|ก่อน|ภายใน|จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์|พฤ\\.|ศ\\.)");

    /**
     * The text with ภายใน put after the words that say what a deadline is moved to, when they are followed by a day or a
     * time ("ขอเลื่อนเป็นวันจันทร์ที่ ๒๔ พ.ย." reads as "ขอเลื่อนเป็น ภายในวันจันทร์ที่ ๒๔ พ.ย."); else the text itself.
     */
    static String cueMovedDeadline(String text) {
        java.util.regex.Matcher moved = MOVED_TO.matcher(text);
        if (!moved.find() || text.startsWith("ภายใน", moved.end()) || text.startsWith("ก่อน", moved.end())) {
            return text;
        }
        return text.substring(0, moved.end()) + " ภายใน" + text.substring(moved.end());
    }

    /**
     * A post that says it corrects something: "🔺แก้ไขครับ🔺", "ขอแก้ไข", "แก้ข้อสั่งการ", "ขอเพิ่ม อ.…"; not an order to solve a problem
     * ("ขอให้แก้ไขปัญหาน้ำท่วมขัง…").
     */
    private static final java.util.regex.Pattern SAYS_CORRECTS = java.util.regex.Pattern.compile(
            "(?:แก้ไข|ขอแก้)(?!\\s*(?:ไข)?\\s*(?:ปัญหา|สถานการณ์|เหตุ))|แก้\\s*ข้อ\\s*สั่ง|แก้\\s*หนังสือ"
                    // or that asks to put a district in or take one out: "เพิ่มเติมครับ 📌 การส่งภาพกิจกรรม… ขอเพิ่ม อ.วานรนิวาส อีก ๑ อำเภอ"
                    + "|ขอ\\s*(?:เพิ่ม|ตัด)\\s*(?:เติม\\s*)?(?:อ\\.|อำเภอ)");

    /** Whether the text says it corrects something ({@link #SAYS_CORRECTS}): with districts taken out or put in, an order's list. */
    static boolean saysItCorrects(String text) {
        return text != null && SAYS_CORRECTS.matcher(text).find();
    }

    /** Whether the text says a deadline to send or report is moved ({@link #CORRECTS}). */
    static boolean correctsADeadline(String text) {
        return text != null && CORRECTS.matcher(text).find() && ANSWER_WORDS.matcher(text).find()
                && (!MEETING_MOVED.matcher(text).find() || MOVES_SENDING.matcher(text).find());
    }

    /**
     * Words that move the deadline of the sending or reporting itself, which a meeting moved too does not undo: "…ขอเลื่อน
     * กำหนดส่งเป็น ภายใน ๑๖.๓๐ น. วันพุธที่ ๓๐ ก.ย. ๖๙ นะครับ ท่านผู้ว่าฯ เลื่อนประชุมเป็นช่วงเย็น".
     */
    private static final java.util.regex.Pattern MOVES_SENDING = java.util.regex.Pattern.compile(
            "(?:ขยาย|เลื่อน|แก้ไข|เปลี่ยน)\\s*(?:ระยะ\\s*)?(?:เวลา|กำหนด|วัน)\\s*(?:การ|ที่)?\\s*(?:ส่ง|รายงาน|แจ้ง)");

    /** How long after an order its sender's correction may name no word of it and still be taken as its own. */
    private static final long SAME_SENDER_MILLIS = java.time.Duration.ofHours(2).toMillis();

    /**
     * The order whose deadline {@code correction} moves to {@code due}, or null: of the orders kept in front of its
     * group that are still waited for, opened no daily duties and were due otherwise, the one it replies to, else the
     * one sharing the most words with it (the latest of equals), else its sender's latest order of the last two hours
     * ("✏️ แก้ไขครับ … ขอเลื่อนเป็น…" six minutes after). A deadline already past moves nothing; with no deadline ({@code
     * due} null) the correction changes only whom the order asks.
     */
    Post corrected(Post correction, String replyTo, java.time.ZonedDateTime due) {
        ArrayDeque<Kept> kept = byGroup.get(correction.getGroup());
        if (kept == null || due != null && !due.isAfter(correction.getTime())) {
            return null;
        }
        Post best = null;
        int bestShared = 0;
        Post sendersLatest = null;
        for (Kept k : kept) {
            Post order = k.order();
            if (!order.getGroup().equals(correction.getGroup()) || order.getSeq() >= correction.getSeq() || order.getOrder().isDaily()
                    || k.untilMillis() < correction.getMillis() || due != null && k.row().deadline(order).toInstant().equals(due.toInstant())) {
                continue;
            }
            if (order.hasPart(replyTo)) {
                return order;
            }
            int shared = 0;
            for (String word : correction.getWords()) {
                if (order.getWords().contains(word)) {
                    shared++;
                }
            }
            if (shared > bestShared) {
                best = order;
                bestShared = shared;
            }
            if (sendersLatest == null && java.util.Objects.equals(order.getPersonId(), correction.getPersonId())
                    && correction.getMillis() - order.getMillis() <= SAME_SENDER_MILLIS) {
                sendersLatest = order;
            }
        }
        return best != null ? best : sendersLatest;
    }

    /** Whether an order in front of a group's members is kept: answers there are weighed against it. */
    boolean hasOrdersFor(String group) {
        return byGroup.containsKey(group);
    }

    /**
     * The order a post read as chat answers as a report, or null. {@code asReport} is the same post
     * with the kind {@code report}.
     */
    Answer answered(Post asReport) {
        Answer best = null;
        for (Post order : inFront(asReport)) {
            Attribution.Shared shared = Attribution.sharedWords(asReport, order);
            if (shared.weight() >= Attribution.TOPIC && (best == null || shared.weight() > best.shared().weight())) {
                best = new Answer(order, shared);
            }
        }
        if (best == null) {
            best = namesInReply(asReport);
        }
        if (best == null || putsOff(asReport.getText())) {
            return null;
        }
        return best;
    }

    /** A person named with a title, a first name and a surname: "ปลัดอำนาจ ศรีวงศ์", "น.ส.วิภาดา สุขเจริญ", "นายไชยา ทองสา". */
    private static final java.util.regex.Pattern TITLED_NAME = java.util.regex.Pattern.compile(
            "(?:นางสาว|นาย|นาง|น\\.ส\\.|ปลัด|ว่าที่\\s*ร\\.?\\s*ต\\.?|จ่า|ส\\.อ\\.|ด\\.ต\\.|ร\\.ต\\.|พ\\.ต\\.)\\s?[ก-ฮ][ก-์]+\\s+[ก-ฮ][ก-์]{2,}");
    /** Whether the text names someone with a title, a first name and a surname ({@link #TITLED_NAME}). */
    static boolean namesPeople(String text) {
        return text != null && TITLED_NAME.matcher(text).find();
    }

    /** An order that asks for names: "ขอให้แจ้งรายชื่อผู้เข้าร่วมประชุม อำเภอละ ๒ ท่าน (ชื่อ-ตำแหน่ง-เบอร์โทร)". */
    private static final java.util.regex.Pattern ASKS_NAMES = java.util.regex.Pattern.compile("รายชื่อ|ชื่อ\\s*[-–/]\\s*(?:สกุล|ตำแหน่ง|นามสกุล)");

    /**
     * The order a LINE reply answers with the names it asked for ("นิคมน้ำอูน: ปลัดปกรณ์ ดวงแก้ว / น.ส.วิภาดา สุขเจริญ", in
     * reply to "ขอให้แจ้งรายชื่อผู้เข้าร่วมประชุม อำเภอละ ๒ ท่าน"), though the two share no word; or null.
     */
    Answer namesInReply(Post asReport) {
        String replyTo = asReport.getMessage().replyTo();
        String text = asReport.getText();
        if (replyTo == null || !namesPeople(text)) {
            return null;
        }
        for (Post order : inFront(asReport)) {
            if (order.hasPart(replyTo) && order.getText() != null && ASKS_NAMES.matcher(order.getText()).find()) {
                return new Answer(order, new Attribution.Shared(List.of("รายชื่อ"), Attribution.TOPIC));
            }
        }
        return null;
    }

    /**
     * Weighs an answer against the orders in front of it ({@link Post#weighAgainst}). Not an answer
     * that lists its items ("ขอรายงาน ๒ เรื่อง ๑. … ๒. …"): each item may answer its own order, and
     * one item's few words with one order are not outweighed by another item's many with another.
     */
    void weigh(Post answer) {
        List<Post> orders = inFront(answer);
        if (orders.isEmpty()) {
            return;
        }
        Set<String> byParts = partsAnswer(answer.getText(), orders);
        if (byParts != null) {
            answer.carryItemOrders(byParts);
            return;
        }
        if (listsItems(answer.getText())) {
            boolean severalMatters = SEVERAL_MATTERS.matcher(answer.getText()).find();
            Post numbered = severalMatters ? null : numberedAlike(answer, orders);
            if (numbered != null) {
                // "๑. จิตอาสา ๖๐ คน ๒. ๒๙๐ ครัวเรือน ๓. ปลัดธวัชชัย … ๐๘๗-…" after the one order that numbered three things: its
                // answer item by item, though its second item shares ครัวเรือน with the order for photos before it
                answer.carryItemOrders(Set.of(numbered.getMessage().id()));
                return;
            }
            Set<String> answered = new java.util.HashSet<>();
            int least = severalMatters ? 1 : 2;
            for (String item : items(answer.getText())) {
                Post order = Attribution.itemAnswers(item, orders, least);
                if (order != null) {
                    answered.add(order.getMessage().id());
                }
            }
            if (!answered.isEmpty()) {
                answer.carryItemOrders(answered);
            }
            return;
        }
        answer.weighAgainst(orders);
    }

    /**
     * The orders an answer set out in parts with "//" answers, part by part, when its parts answer two or more of them
     * (each sharing two words with its order and more than with any other): "นิคมน้ำอูน จุดบริการ ๒ จุด ๑๘ คน // อบรม
     * ภัยพิบัติ ๒๕ คน" gives the call for service points its points and the call for trainees its trainees. Null when the
     * parts answer one order or none ("พังโคน :: กิจกรรม… ตัดหญ้า เก็บขยะ // จิตอาสา ๒๐๐ คน" is one answer in two parts),
     * and the answer is weighed whole.
     */
    private static Set<String> partsAnswer(String text, List<Post> orders) {
        if (text == null || orders.size() < 2 || !text.contains("//")) {
            return null;
        }
        String[] parts = PARTS.split(text);
        if (parts.length < 2) {
            return null;
        }
        // the one order in front that asked only for plans, if there is just one
        List<Post> callsForPlans = orders.stream().filter(order -> Attribution.asksOnlyForAPlan(order.getText())).limit(2).toList();
        Post callForPlans = callsForPlans.size() == 1 ? callsForPlans.get(0) : null;
        Set<String> answered = new java.util.HashSet<>();
        for (String part : parts) {
            Post order = Attribution.itemAnswers(part, orders, 2);
            if (order == null && callForPlans != null && part.contains("แผน")) {
                // "กุสุมาลย์ แผนงาน ลอกรางระบายน้ำ… ๘๐ คน": a plan, to the one order in front that asked for plans
                order = callForPlans;
            }
            if (order != null) {
                answered.add(order.getMessage().id());
            }
        }
        return answered.size() >= 2 ? answered : null;
    }

    /** The "//" that sets out an answer's parts; not the one of a link ("https://"). */
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("(?<!:)//");

    /** The one order in front of the answer that numbers as many items as the answer lists (two or more), or null. */
    private static Post numberedAlike(Post answer, List<Post> orders) {
        int listed = items(answer.getText()).size();
        Post alike = null;
        for (Post order : orders) {
            if (Attribution.numberedItems(order.getText()) == listed) {
                if (alike != null) {
                    return null;
                }
                alike = order;
            }
        }
        return listed >= 2 ? alike : null;
    }

    /**
     * An item's number: "๑." "2)" after a space or at a line's start, not a time or a decimal ("12.00"); or its Thai letter
     * in brackets, "(ก)" "(ข)", as answers letter the matters they report.
     */
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])([1-9๑-๙])\\s?[.)](?![0-9๐-๙])|\\(\\s?([กขคง])\\s?\\)", java.util.regex.Pattern.MULTILINE);

    /** Whether the text numbers items 1 and 2 ("๑." and "๒.", "1)" and "2)", "(ก)" and "(ข)"). */
    static boolean listsItems(String text) {
        if (text == null) {
            return false;
        }
        boolean one = false;
        boolean two = false;
        java.util.regex.Matcher item = ITEM.matcher(text);
        while (item.find()) {
            char digit = item.group(1) != null ? item.group(1).charAt(0) : item.group(2).charAt(0);
            one |= digit == '1' || digit == '๑' || digit == 'ก';
            two |= digit == '2' || digit == '๒' || digit == 'ข';
        }
        return one && two;
    }

    /**
     * An answer saying it reports several matters: "รายงาน ๒ เรื่อง", "สองเรื่อง", "ทั้ง ๒ เรื่อง", "ทั้งสองข้อสั่งการ".
     * Its items may each answer an order by one word they share with it ({@link Attribution#itemAnswers});
     * the items of any other numbered answer need two, as an answer's own figures set out as a list ("๓. ผู้รับผิดชอบ
     * นางสมใจ") are not an answer to the order asking for names.
     */
    private static final java.util.regex.Pattern SEVERAL_MATTERS = java.util.regex.Pattern.compile(
            "(?:[2-9๒-๙]|สอง|สาม|สี่|หลาย)\\s*(?:เรื่อง|ประเด็น|ข้อสั่งการ)|ทั้ง\\s*(?:[2-9๒-๙]|สอง|สาม|สี่)");

    /** The numbered items of a text ({@link #listsItems}), each from its number to the next. */
    static List<String> items(String text) {
        List<String> items = new java.util.ArrayList<>();
        java.util.regex.Matcher item = ITEM.matcher(text);
        int start = -1;
        while (item.find()) {
            if (start >= 0) {
                items.add(text.substring(start, item.start()));
            }
            start = item.end();
        }
        if (start >= 0) {
            items.add(text.substring(start));
        }
        return items;
    }

    /**
     * The kept orders the post may answer: its party is obliged to answer them in its group, it comes
     * after them and before their duties stop waiting, and someone else sent them. Newest first.
     */
    private List<Post> inFront(Post answer) {
        ArrayDeque<Kept> kept = byGroup.get(answer.getGroup());
        if (kept == null || !answer.isResolved()) {
            return List.of();
        }
        List<Post> orders = new java.util.ArrayList<>();
        for (Kept order : kept) {
            Post said = order.order();
            if (answer.getMillis() >= said.getMillis() && answer.getMillis() <= order.untilMillis()
                    && !answer.getPersonId().equals(said.getPersonId()) && order.row().answerableBy(said, answer)
                    && !orders.contains(said)) {
                orders.add(said);
            }
        }
        return orders;
    }

    /**
     * Whether a post apologises for what it cannot send yet: it opens with ขออภัย or ขอโทษ and puts off,
     * or says the work is held up and gives no figure ("ขออภัยค่ะ อ.โพนนาแก้ว ภาพกิจกรรมเก็บกระทงหายจากเครื่องค่ะ กำลังขอจาก
     * ตำบลใหม่", "ขออภัยครับ วันนี้ … ทีมงานติดภารกิจครับ"). Such a post answers no duty, whatever its kind.
     */
    static boolean apologisesForNotYet(String text) {
        if (text == null || !APOLOGY.matcher(text).lookingAt()) {
            return false;
        }
        // held up, and giving nothing: "ขออภัยครับ เมื่อวานติดภารกิจอพยพชาวบ้าน…\nส่องดาวรายงานแผนครับ : วันนี้ ๐๘.๐๐ น. … จิตอาสา
        // ๘๐ คน" excuses the answer it goes on to give
        return putsOff(text) || (text.contains("ติดภารกิจ") || text.contains("ไม่ทัน") || MAY_BE_LATE.matcher(text).find())
                && !FIGURE.matcher(text).find();
    }

    /** "อาจรายงานล่าช้าเล็กน้อย", "อาจจะส่งช้าหน่อย": a report that may come late, not the report. */
    private static final java.util.regex.Pattern MAY_BE_LATE = java.util.regex.Pattern.compile("อาจ\\s*(?:จะ)?\\s*\\S{0,12}?(?:ล่าช้า|ช้า)");

    /**
     * Whether a post says that something was posted in the wrong group ("เมื่อกี้ส่งผิดกลุ่มครับ ขออภัยครับ",
     * "ขอโทษครับ … ส่งเข้ากลุ่มแล้ว เมื่อกี้ส่งผิดกลุ่ม"), with no figure of its own: it speaks of the report
     * sent elsewhere or sent again, and answers no duty itself, whatever its kind.
     */
    static boolean saysWrongGroup(String text) {
        return text != null && WRONG_GROUP.matcher(text).find() && !FIGURE.matcher(text).find();
    }

    private static final java.util.regex.Pattern WRONG_GROUP = java.util.regex.Pattern.compile(
            "(?:ส่ง|โพสต์|โพส|แชร์|ลง)\\s*(?:\\S{0,12}?)ผิด\\s*(?:กลุ่ม|ห้อง|ไลน์)|ผิดกลุ่ม");
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[0-9๐-๙]");

    /** A post that opens by apologising. */
    private static final java.util.regex.Pattern APOLOGY = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]*(?:ขออภัย|ขอโทษ)");

    private static boolean putsOff(String text) {
        for (String word : PostText.of(text).words()) {
            if (NOT_YET.contains(word)) {
                return true;
            }
        }
        return text.contains("ยังไม่") || LATER.matcher(text).find();
    }

    /** Asking to send later: "ขอส่งช่วงบ่ายนะครับ", "ขอรายงานพรุ่งนี้". */
    private static final java.util.regex.Pattern LATER = java.util.regex.Pattern.compile(
            "ขอ\\s*(?:ส่ง|รายงาน)\\s*(?:ช่วง|ตอน|ภายใน|ให้|เป็น)?\\s*(?:บ่าย|เย็น|ค่ำ|พรุ่งนี้|วันพรุ่งนี้|ภายหลัง|ทีหลัง|วันจันทร์|วันอังคาร|วันพุธ|วันพฤหัส|วันศุกร์)");
}
