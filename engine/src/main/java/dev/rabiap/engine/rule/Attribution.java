package dev.rabiap.engine.rule;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which of a party's open duties an answer answers. A district with several orders pending does
 * not answer all of them with one report: a report about the water-weed sites answers the order
 * about water-weed sites. The obligation rules ask, for a duty and an answer:
 * <ol>
 *   <li>an answer answers every order it is about: the order it replies to, and any order it shares
 *       at least {@value #TOPIC} words with, and at least half as many as with the order it shares
 *       most with (one report may cover two orders, even as a reply to one of them), and each order a
 *       numbered item of it answers ({@link #itemAnswers});</li>
 *   <li>an answer about no order answers one: the one it shares most words with; a post of photos, or
 *       a text sent with photos, prefers an order that asked for photos; among equals, the latest order
 *       (people answer the request in front of them).</li>
 * </ol>
 * Words are those of the segmented Thai text, less particles, function words and the words every
 * order of such groups uses (รายงาน, อำเภอ, จิตอาสา…). Stateless and thread-safe.
 */
public final class Attribution {
    /** How many words an answer must share with an order to be about it. */
    public static final int TOPIC = 3;
    /**
     * How many words of its own make an answer about something of its own: "ที่กุสุมาลย์ ประปาหมู่บ้านริมหนองหารเริ่มไหลไม่พอแล้ว
     * ครับ สูบน้ำดิบขึ้นไม่ได้…", sharing no word with the order for the Chakri Day plan in front of it, is no answer to it; a
     * bare "วาริชภูมิ ๕๘ คนค่ะ" still answers the order in front of it.
     */
    static final int OWN_TOPIC = 6;
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.forLanguageTag("th")));
    private static final Set<String> COMMON = Set.copyOf(java.util.List.of("ขอ", "ให้", "ที่", "และ", "ใน", "การ", "ของ", "ครับ", "ค่ะ", "คะ", "นะ", "ได้", "แล้ว",
            "จะ", "เป็น", "มี", "ไม่", "ว่า", "ซึ่ง", "เพื่อ", "ตาม", "โดย", "กับ", "จาก", "ถึง", "ทุก", "อำเภอ", "จังหวัด", "รายงาน", "ส่ง",
            "ภายใน", "วัน", "วันที่", "เวลา", "น", "ศอ", "จอส", "จว", "สน", "อ", "ต", "ม", "ทราบ", "ดำเนินการ", "ดำเนิน", "ผล", "เรียน", "ท่าน",
            "ผอ", "นอภ", "ปลัด", "จิตอาสา", "พระราชทาน", "กิจกรรม", "ศูนย์", "อำนวยการ", "ข้อสั่งการ", "สั่งการ", "ด้วย", "นี้", "นั้น",
            "ดังกล่าว", "พิจารณา", "กัน", "หรือ", "แต่", "ไป", "มา", "อยู่", "คน", "ราย", "จำนวน", "พื้นที่", "ภาพ", "ภาพถ่าย", "รูป", "ตามที่", "เรียบร้อย",
            "ด่วน", "ที่สุด", "ครั้ง", "กลุ่ม", "ผม", "ดิฉัน", "เรา", "ทั้ง", "ทาง", "ใช้", "เพิ่ม", "เติม", "ต่อ", "หนึ่ง", "ขอให้", "แจ้ง",
            "ประสาน", "งาน", "ประจำ", "ปี", "เดือน", "พ.ย", "ธ.ค", "ต.ค", "ชม", "ชั่วโมง", "โปรด", "กรุณา", "ทั้งหมด", "ผู้", "ความ", "เรื่อง",
            "จิต", "อาสา", "พระ", "ราช", "ข้อ", "สั่ง", "ชื่อ", "แบบ", "แนบ", "ไฟล์", "จึง", "ช่วง", "เข้า", "ร่วม", "ค่า", "ครับผม", "ค่ะท่าน",
            "ครับท่าน", "ท่านผู้ว่า", "ประชาชน", "ช่วย", "เหลือ", "ตาม", "นำ", "จัด", "ทำ", "เพื่อน", "แห่ง", "หมู่", "บ้าน", "ตำบล", "ตั้ง",
            "เริ่ม",
            // the titles of people's names ("นายสมัย ภูมิลา", "สมเด็จพระนางเจ้าฯ", "นายอำเภอ"): no topic of their own
            "นาย", "นาง", "นางสาว"));
    /** A form's or document's code: letters, a dot and a number ("จอส.๓", "ทร.14", "บช.2"). */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("([\\p{L}\\p{M}]{2,8})\\.\\s?([0-9๐-๙]{1,3})(?![0-9๐-๙./])");
    /**
     * Month abbreviations ("ม.ค", "ธค"): a date, not a code, and no word of a topic either (a report of
     * 13 ม.ค. is not about the order dated 9 ม.ค. for that).
     */

    /**
     * A day and its month, however the month is written ("๑๓ ต.ค.", "13 ตุลาคม", "๑๓ ตค"): the day an order is about
     * and the answers that name it share it ("ยอดจิตอาสา ๑๓ ต.ค. ๒๑๐ คน" answers the call for the 13 October activity).
     */
    private static final java.util.regex.Pattern DAY_MONTH = java.util.regex.Pattern.compile(
            "(?<![0-9๐-๙])([0-9๐-๙]{1,2})\\s?(" + dev.rabiap.engine.thai.DeadlineReader.monthRegex() + ")");
    /** The months' abbreviations without their dots, which are no word of a topic. */
    private static final Set<String> MONTHS = Set.of("มค", "กพ", "มีค", "เมย", "พค", "มิย", "กค", "สค", "กย", "ตค", "พย", "ธค");
    /** How a day and month is kept among the words: "@13/10". */
    private static final String DATE_MARK = "@";
    /**
     * Abbreviations that answers write and orders spell out, as the word the order uses: "กุดบาก 11 รร.
     * / 150 คน" answers the order about schools (โรงเรียน), not the later one about flood points. Also
     * found inside a run of abbreviations the segmenter keeps whole ("จนท.ผญบ.").
     */
    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("รร", "โรงเรียน"), java.util.Map.entry("รพ", "โรงพยาบาล"), java.util.Map.entry("จนท", "เจ้าหน้าที่"),
            java.util.Map.entry("ผญบ", "ผู้ใหญ่บ้าน"), java.util.Map.entry("กม", "กิโลเมตร"), java.util.Map.entry("ผวจ", "ผู้ว่าราชการจังหวัด"),
            java.util.Map.entry("สอ", "สถานีอนามัย"), java.util.Map.entry("ทต", "เทศบาลตำบล"));
    /**
     * Words the segmenter keeps whole that an answer writes short: "ปีงบประมาณ" of an order is the "ปีงบ ๖๘" of an answer,
     * which the segmenter cuts into ปี and งบ.
     */
    private static final java.util.Map<String, String> SAME_WORD = java.util.Map.of("ปีงบประมาณ", "งบ");
    /** A Thai telephone number, mobile or fixed ("088-065-9056", "08-6666-0502", "042 711 234", "๐๘๑๗๗๔๒๒๑๐"). */
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile(
            "(?<![0-9๐-๙])[0๐][0-9๐-๙]{1,2}[-\\s]?[0-9๐-๙]{3,4}[-\\s]?[0-9๐-๙]{3,4}(?![0-9๐-๙])");
    /** A person written with a title ("นางวัชรี", "นาย อำนาจ", "น.ส.กัลยา"), not a district chief (นายอำเภอ) or a mayor (นายก). */
    private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile(
            "(?:นาย(?!อำเภอ|ก)|นางสาว|นาง(?!าน)|น\\.ส\\.|ว่าที่\\s?ร\\.?\\s?ต\\.?)\\s?[ก-ฮ]");
    /**
     * A number of people given or asked for: "บ้านม่วง 55 คน ครับ" answers "รายงานจำนวนจิตอาสา … เป็นจำนวนคน",
     * though it shares none of its words.
     */
    private static final java.util.regex.Pattern HEADCOUNT = java.util.regex.Pattern.compile(
            "[0-9๐-๙]\\s*คน|จำนวน[^\\n]{0,40}?คน|กี่\\s*คน");
    /** An order's asking for a number of people (see {@link #words(String, boolean)}). */
    private static final java.util.regex.Pattern HEADCOUNT_ASKED = java.util.regex.Pattern.compile(
            "จำนวน[^\\n]{0,40}?คน|กี่\\s*คน");
    /** The word a text that gives or asks for a number of people is given. */
    private static final String HEADCOUNT_WORD = "จำนวนคน";
    /**
     * A place given: "วานรนิวาส : จุดทำกิจกรรม วัดศรีสุมังค์ / จิตอาสา 57 คน" answers the order asking
     * for each district's plan "(สถานที่ / จำนวนจิตอาสา / ประธาน)", though it shares none of its words.
     * A number of points ("ขุดลอกแล้ว 4 จุด") is no place.
     */
    private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile(
            "(?:^|[\\s/(:]|จัดที่)(?:ณ|จุดทำ|จุดจัด|วัด|โรงเรียน|บริเวณ|ลาน|สวนสาธารณะ|สนาม|ศาลา|หอประชุม|อ่างเก็บน้ำ|หนองน้ำ|ริม)");
    /** The word a text that gives or asks for a place is given. */
    private static final String PLACE_WORD = "สถานที่";
    /** The word a text that gives or asks for a telephone number is given. */
    private static final String PHONE_WORD = "โทรศัพท์";
    /** The word a text that names a person or asks for names is given. */
    private static final String NAME_WORD = "ชื่อ";
    /** How a code is kept among the words, apart from them. */
    private static final String CODE_MARK = "#";
    /**
     * Whether an order asks for photos: it says ภาพ, รูป or photo, other than of its own pictures
     * ("รายละเอียดตามภาพที่แนบ", "ดังรูป": the letter it sent as photos).
     */
    private static boolean asksForPhotos(String text) {
        if (text == null) {
            return false;
        }
        String asked = OWN_PICTURES.matcher(text).replaceAll(" ");
        return asked.contains("ภาพ") || asked.contains("รูป") || asked.contains("photo");
    }

    /** Whether an order asks for photos, read once for the post ({@link Post#reads}). */
    private static boolean asksForPhotos(Post order) {
        return order.reads(ASKS_FOR_PHOTOS);
    }

    private static final java.util.function.Predicate<Post> ASKS_FOR_PHOTOS = order -> asksForPhotos(order.getText());

    /** An order's words about the pictures it sends itself: ตามภาพ(ที่แนบ), ดังรูป, ตามตัวอย่างในภาพ, ดังรายละเอียดในรูป. */
    private static final java.util.regex.Pattern OWN_PICTURES = java.util.regex.Pattern.compile(
            "(?:ตาม|ดัง)\\s*(?:ตัวอย่าง|รายละเอียด|แบบ|ที่แสดง)?\\s*(?:ใน|ตาม)?\\s*(?:ภาพ|รูป)(?:\\s*ที่\\s*แนบ(?:มา|ไว้)?|แนบ)?");

    private Attribution() {}

    /** Whether the answer is, or comes with, photos or videos ("ภาพกิจกรรม อ.สว่างแดนดิน ครับ" and three photos). */
    static boolean carriesPhotos(Post answer) {
        return answer.getKind().equals(dev.rabiap.engine.Kinds.MEDIA)
                || carries(answer, dev.rabiap.engine.spi.MessageType.IMAGE, dev.rabiap.engine.spi.MessageType.VIDEO);
    }

    /** Photos or videos sent alone, no file among them and no text of the sender's. */
    static boolean photosAlone(Post answer) {
        return answer.getKind().equals(dev.rabiap.engine.Kinds.MEDIA) && !carries(answer, dev.rabiap.engine.spi.MessageType.FILE);
    }

    /** Whether one of the answer's parts is of one of these types. */
    private static boolean carries(Post answer, dev.rabiap.engine.spi.MessageType... types) {
        for (var part : answer.getParts()) {
            for (var type : types) {
                if (part.type() == type) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an order asks for a plan (แผน) and for no results (ผล). */
    public static boolean asksOnlyForAPlan(String text) {
        return text != null && text.contains("แผน") && !RESULTS.matcher(text).find();
    }

    /** Whether an order asks for a plan and for no results, read once for the post ({@link Post#reads}). */
    static boolean asksOnlyForAPlan(Post order) {
        return order.reads(ASKS_ONLY_FOR_A_PLAN);
    }

    private static final java.util.function.Predicate<Post> ASKS_ONLY_FOR_A_PLAN = order -> asksOnlyForAPlan(order.getText());

    /** Whether a post reports results (รายงานผล, ผลการ…, ผลกิจกรรม) and says nothing of a plan. */
    static boolean givesResults(String text) {
        return text != null && RESULTS.matcher(text).find() && !text.contains("แผน");
    }

    /** Whether a post reports results and says nothing of a plan, read once for the post ({@link Post#reads}). */
    static boolean givesResults(Post answer) {
        return answer.reads(GIVES_RESULTS);
    }

    private static final java.util.function.Predicate<Post> GIVES_RESULTS = answer -> givesResults(answer.getText());

    /**
     * Whether a post says, in its opening (after a salutation's or an apology's line), that it is a plan: "อ.สว่างแดนดิน รายงานแผนกิจกรรม
     * ๑๒ ส.ค. ค่ะ…", "ส่องดาว ส่งแผน ๑๒ ส.ค. ค่ะ", "เรียน ศอ.จอส.จว.สน. / อำเภออากาศอำนวย ขอรายงานแผนกิจกรรม…", or a
     * schedule ("กำหนดการเยี่ยม… รอบถัดไป… คือวันพุธที่ ๒๕"; not "ตามกำหนดการ", the plan a report followed), or a plan of
     * work on a file ("แผนปฏิบัติการจิตอาสา… ประจำเดือนมีนาคม").
     */
    static boolean givesAPlan(String text) {
        return text != null && GIVES_A_PLAN.matcher(text).lookingAt();
    }

    /** Whether a post says it is a plan, read once for the post ({@link Post#reads}). */
    static boolean givesAPlan(Post answer) {
        return answer.reads(GIVES_A_PLAN_READ);
    }

    private static final java.util.function.Predicate<Post> GIVES_A_PLAN_READ = answer -> givesAPlan(answer.getText());

    private static final java.util.regex.Pattern GIVES_A_PLAN = java.util.regex.Pattern.compile(
            "(?:[^\\p{L}\\p{N}]*(?:เรียน|ถึง|กราบเรียน|ขออภัย|ขอโทษ)[^\\n]*\\n)?[^\\n]{0,40}?(?:(?:รายงาน|ส่ง|ขอส่ง|นำส่ง)\\s*แผน|แผน\\s*(?:การ\\s*)?(?:จัด\\s*)?กิจกรรม|แผน\\s*(?:ปฏิบัติ|งาน)|(?<!ตาม)กำหนดการ)");

    /** Results, as orders ask for them and answers give them: รายงานผล, ผลการ…, ผลกิจกรรม, ผลการดำเนินงาน. */
    private static final java.util.regex.Pattern RESULTS = java.util.regex.Pattern.compile("รายงานผล|(?<!แ)ผลการ|(?<!แ)ผลกิจกรรม|(?<!แ)ผลงาน|สรุปผล");

    /**
     * A meeting: the subject of an answer ("ภาพการประชุมประจำเดือน…"), never of an order, which names the meeting its
     * results are for ("เพื่อจัดทำสรุปเสนอท่านผู้ว่าฯ ในการประชุมหัวหน้าส่วนราชการ").
     */
    private static final String MEETING = "ประชุม";
    /**
     * Subjects an order or an answer can be about, each with the words that name it. Two texts that each name a subject
     * and share none are about different things: "รายงานสถานการณ์ไฟป่า… พบจุดความร้อน ๓ จุด" is no answer to the order for
     * the volunteers who cleaned the canals, nor "ภาพการประชุมประจำเดือนกำนันผู้ใหญ่บ้าน" with its photos, nor "รายงานผลการ
     * อบรมจิตอาสา… ๖๐ คน". Only subjects that volunteer and district work is about, each named by words that say
     * nothing else; a text naming none of them is left to the words it shares ({@link #mayPay}). A word a subject
     * shares with another (พ่นหมอกควัน against dengue, หมอกควัน of fires) is listed under both, so that texts on either
     * never read as on different subjects.
     */
    private static final String[][] SUBJECTS = {
            {"ทำความสะอาด", "ขุดลอก", "ลอกคลอง", "ลอกห้วย", "ลอกท่อ", "เก็บขยะ", "ขยะ", "ผักตบ", "วัชพืช", "ตัดหญ้า", "ถางหญ้า", "big cleaning",
                    "บิ๊กคลีนนิ่ง", "พัฒนาวัด"},
            {"ไฟป่า", "จุดความร้อน", "hotspot", "หมอกควัน", "pm2.5", "pm 2.5", "ฝุ่นละออง", "การเผา", "ห้ามเผา", "งดเผา", "แนวกันไฟ", "ดับไฟ", "ไฟไหม้", "เพลิงไหม้", "อัคคีภัย"},
            {"อบรม", "หลักสูตร", "สัมมนา", "ซ้อมแผน", "ฝึกซ้อม"},
            {MEETING},
            {"ไข้เลือดออก", "ลูกน้ำ", "ยุงลาย", "ยุง", "ทรายอะเบท", "พ่นหมอกควัน", "หมอกควัน"},
            {"น้ำท่วม", "อุทกภัย", "น้ำป่า", "กระสอบทราย", "น้ำหลาก"},
            {"พายุ", "วาตภัย", "ลมกระโชก", "หลังคา", "ซ่อมบ้าน", "ซ่อมแซมบ้าน", "บ้านเรือนเสียหาย", "บ้านเสียหาย"},
            {"ภัยแล้ง", "แล้ง", "ขาดแคลนน้ำ", "แจกน้ำ", "รถน้ำ", "น้ำอุปโภค", "น้ำบริโภค"},
            // a tree named by its kind: "ปลูกต้นรวงผึ้ง ๙๙ ต้น", "ปลูกต้นยางนา"
            {"ปลูกต้นไม้", "ปลูกป่า", "กล้าไม้", "ต้นไม้", "ปลูกหญ้าแฝก", "ปลูกต้น"},
            {"ยาเสพติด", "ยาบ้า"},
            // a road mended: "ภาพจิตอาสาซ่อมถนนลูกรังเข้าบ้านนาม่อง เมื่อวานครับ" is no visit to the bedridden; not ถนน alone, the
            // place of many other things
            {"ซ่อมถนน", "ซ่อมแซมถนน", "ถนนลูกรัง", "ลงลูกรัง", "หลุมบ่อ", "ซ่อมทาง", "ถมถนน"},
            {"หน้ากาก", "ฝุ่น", "pm2.5", "pm 2.5", "pm2", "n95"},
            {"ผู้สูงอายุ", "ติดเตียง", "ผู้ป่วย", "คัดกรอง", "เบี้ยยังชีพ", "ผู้พิการ"},
            {"เลือกตั้ง"},
            {"บริจาคโลหิต", "บริจาคเลือด", "โลหิต"},
            {"เบิกจ่าย", "งบประมาณ"},
            {"ภัยหนาว", "กันหนาว", "ผ้าห่ม", "อากาศหนาว"},
            // rain measured: "ปริมาณน้ำฝนที่สถานีกุดบากเมื่อคืนวัดได้ ๘๕ มม." is no count of the storm's damage
            {"ปริมาณน้ำฝน", "ปริมาณฝน", "ฝนสะสม"},
            // the place set for a royal day: the portrait, the flags, the arch, the table of offerings; not the
            // เฉลิมพระเกียรติ that names the occasion of any volunteer work
            {"พระบรมฉายาลักษณ์", "พระฉายาลักษณ์", "ธงชาติ", "ธงพระปรมาภิไธย", "ประดับธง", "พานพุ่ม", "โต๊ะหมู่บูชา", "ซุ้มเฉลิมพระเกียรติ",
                    "ซุ้มถวายพระพร", "ลงนามถวายพระพร"},
    };

    /** An order that asks how many: "สำรวจ… จำนวนจิตอาสาที่พร้อม… เรือ เครื่องสูบน้ำ", "ยอดผู้สมัคร", "กี่คน". */
    private static final java.util.regex.Pattern ASKS_HOW_MANY = java.util.regex.Pattern.compile("จำนวน|ยอด|กี่\\s*\\S");
    /**
     * What an answer gives a count with: a figure, a number in words before what it counts ("ห้าสิบคน", "สองคัน"; not
     * the ร้อย of เรียบร้อย), or none ("ไม่มี", "ไม่พบ", "ปกติ").
     */
    private static final java.util.regex.Pattern GIVES_A_COUNT = java.util.regex.Pattern.compile(
            "[0-9๐-๙]|ไม่มี|ไม่พบ|ศูนย์|ปกติ|(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)(?:สิบ|ร้อย|พัน|หมื่น)?\\s*"
                    + "(?:คน|ราย|หลัง|ลำ|เครื่อง|คัน|แห่ง|จุด|ตัว|ชุด|ถุง|ใบ|ผืน|ครัวเรือน|หมู่บ้าน|ตำบล|ครั้ง|ทีม)");

    private static final java.util.function.Predicate<Post> ASKS_HOW_MANY_READ = order -> ASKS_HOW_MANY.matcher(order.getText()).find();
    private static final java.util.function.Predicate<Post> GIVES_A_COUNT_READ = answer -> GIVES_A_COUNT.matcher(answer.getText()).find();

    /**
     * A text alone, with no figure, to an order that asks how many: "รับทราบครับ น้ำสงครามเริ่มเข้าพื้นที่ ต.ท่าก้อน
     * แล้วครับ", replying to the order for the number of volunteers, boats and pumps, is not the count it asks for.
     */

    static boolean givesNoCount(Post answer, Obligation duty) {
        String asked = duty.getOrder().getText();
        String text = answer.getText();
        if (asked == null || text == null || !duty.getOrder().reads(ASKS_HOW_MANY_READ) || answer.reads(GIVES_A_COUNT_READ)) {
            return false;
        }
        // nor are photos of the work as it goes on, with a caption that counts nothing ("บรรยากาศ กุสุมาลย์ เช้านี้ครับ",
        // "ภูพานพร้อมแล้วครับ จิตอาสามากันเยอะมาก"), the results an order asked for with their count and its photos; photos
        // sent as the results, "ภาพกิจกรรมวันพ่อ อ.พรรณาฯ ค่ะ รายละเอียดตามมาค่ะ", stay an answer as they were
        return textAlone(answer) || RESULTS.matcher(asked).find() && IN_PROGRESS.matcher(text).find() && carriesPhotos(answer)
                && !carries(answer, dev.rabiap.engine.spi.MessageType.FILE) && !repliesTo(answer, duty);
    }

    /** Words of work going on, not done: the scene (บรรยากาศ), now (ขณะนี้, กำลัง…), ready or begun (พร้อมแล้ว, เริ่มแล้ว). */
    private static final java.util.regex.Pattern IN_PROGRESS = java.util.regex.Pattern.compile(
            "บรรยากาศ|ขณะนี้|กำลัง(?!ใจ|พล|คน)|พร้อมแล้ว|เริ่มแล้ว|เริ่มกิจกรรม|ทยอยมา");

    /** Whether the answer is a text with no photo, file or sticker of its post. */
    private static boolean textAlone(Post answer) {
        return answer.getText() != null && answer.getParts().size() == 1 && answer.getMessage().type() == dev.rabiap.engine.spi.MessageType.TEXT;
    }

    /** What the office will send, and when: "ขอส่งภาพกิจกรรมช่วงบ่ายนะคะ", "ได้ครบแล้วจะรีบรายงานนะคะ". */
    private static final java.util.regex.Pattern PROMISE = java.util.regex.Pattern.compile(
            "ส่ง\\S{0,30}?\\s*(?:ช่วง|ตอน)?\\s*(?:บ่าย|เย็น|ค่ำ|พรุ่งนี้)\\S{0,6}\\s*นะ|จะ\\s*(?:รีบ|เร่ง|ทยอย)?\\s*(?:ส่ง|รายงาน)");
    /**
     * An answer that says its results are still to come: "ยืนยันว่าอำเภอได้รับผ้าห่มครบ ๓๕๐ ผืน… ตอนนี้กำลังทยอยมอบ ผลจะรายงาน
     * ตามมาค่ะ": its figure is what was received, not the results asked for.
     */
    private static final java.util.regex.Pattern RESULTS_TO_COME = java.util.regex.Pattern.compile(
            "ผล\\S{0,12}?\\s*จะ\\s*(?:รีบ|เร่ง|ทยอย)?\\s*(?:รายงาน|ส่ง|แจ้ง)");
    /** An answer still waiting for what it is to send: "ยังรอยอดจาก ต.นาม่วง อีก ๑ ตำบล". */
    private static final java.util.regex.Pattern WAITING = java.util.regex.Pattern.compile("ยังรอ");

    /**
     * A text alone that promises the answer rather than gives it: "วานรนิวาสขอส่งภาพกิจกรรมช่วงบ่ายนะคะ ตอนนี้อยู่ในพื้นที่ค่ะ"
     * with no figure, or "กุดบากยังรอยอดจาก ต.นาม่วง อีก ๑ ตำบลค่ะ ได้ครบแล้วจะรีบรายงานนะคะ" still waiting for it. A report with
     * figures that promises more ("…๕ หลัง จะรายงานเพิ่มเติม"), or one that says it reports before it promises ("คำตากล้า
     * รายงานค่ะ ผ้าห่ม…ยังไม่ได้รับ (๐ ราย) … จะรายงานอีกครั้งเมื่อได้รับค่ะ"), still answers; one that says its results are to
     * come ({@link #RESULTS_TO_COME}) does not.
     */
    static boolean onlyPromises(Post answer) {
        return answer.reads(ONLY_PROMISES);
    }

    private static final java.util.function.Predicate<Post> ONLY_PROMISES = Attribution::onlyPromisesRead;

    private static boolean onlyPromisesRead(Post answer) {
        if (!textAlone(answer)) {
            return false;
        }
        String text = answer.getText();
        java.util.regex.Matcher promise = PROMISE.matcher(text);
        return promise.find() && !text.substring(0, promise.start()).contains("รายงาน")
                && (!FIGURE.matcher(text).find() || WAITING.matcher(text).find() || RESULTS_TO_COME.matcher(text).find());
    }

    /** What is still to come: "จะจัด…", "จะมอบ…", "คาดว่าจะ…", "สัปดาห์หน้า", "รอบต่อไป", "รอบถัดไป". */
    private static final java.util.regex.Pattern TO_COME = java.util.regex.Pattern.compile(
            "จะ\\s*(?:จัด|ดำเนินการ|ออก|ลง|เริ่ม|เข้าร่วม|ซ่อม|ทำ|มอบ|แจก)|คาดว่าจะ|กำหนด(?:การ)?\\s*จัด|(?:สัปดาห์|อาทิตย์|เดือน)\\s*หน้า|(?:รอบ|ครั้ง)\\s*(?:ต่อไป|หน้า|ถัดไป)");
    /** An offer of people for what is to come: "เต่างอยส่งได้ 10 คนครับ", "ไปช่วยได้ ๕ คน". */
    private static final java.util.regex.Pattern OFFER = java.util.regex.Pattern.compile(
            "(?:ส่ง|ไป|มา)\\s*(?:ช่วย\\s*)?ได้\\s*(?:อีก\\s*)?[0-9๐-๙]+\\s*(?:คน|นาย)");
    /** An order that asks what will be: "อำเภอที่จะส่งจิตอาสามาช่วย… แจ้งจำนวน", "ส่งได้กี่คน". */
    private static final java.util.regex.Pattern ASKS_WHAT_WILL_BE = java.util.regex.Pattern.compile(
            "ที่\\s*จะ\\s*(?:ส่ง|มา|ไป|เข้าร่วม|ร่วม)|(?:ส่ง|ไป|มา)\\s*(?:ช่วย\\s*)?ได้");
    /** What is done: "ซ่อมแล้ว ๕ หลัง", "เสร็จ", "เรียบร้อย", "ได้ดำเนินการ", "ผลการ…", "รายงานผล", "สรุป", "รวม…". */
    private static final java.util.regex.Pattern DONE = java.util.regex.Pattern.compile(
            "แล้ว|เสร็จ|เรียบร้อย|ได้\\s*(?:ดำเนินการ|จัด|ซ่อม|ทำ|ออก|ลง)|ผลการ|รายงานผล|สรุป|รวม|ทั้งหมด");

    /**
     * A text alone that tells only what is still to come, to an order that does not itself ask about what is to come:
     * "วันเสาร์ที่ ๒๑ นี้ อ.กุดบากจะจัดจิตอาสาซ่อมบ้านผู้ยากไร้รอบสองที่ ต.กุดบาก คาดว่าจะซ่อมได้ ๓ หลังครับ" is a plan, not
     * the results asked for; its figures are what it expects. Nor is an offer of people ("เต่างอยส่งได้ 10 คนครับ", to a
     * district's call for helpers on Saturday) the drowning-risk count asked before it. Nothing in it is done (แล้ว,
     * เสร็จ, ได้ดำเนินการ, ผลการ…). An order that speaks of what is to come ("แจ้งวันที่จะดำเนินการ…", "แผน", "อำเภอที่จะส่ง
     * จิตอาสา…", "ส่งได้กี่คน") is answered by a plan or an offer.
     */
    static boolean onlyTellsWhatIsToCome(Post answer, Post order) {
        return !order.reads(ASKS_WHAT_IS_TO_COME) && answer.reads(TELLS_ONLY_WHAT_IS_TO_COME);
    }

    private static final java.util.function.Predicate<Post> ASKS_WHAT_IS_TO_COME = order -> {
        String asked = order.getText();
        return asked == null || asked.contains("แผน") || TO_COME.matcher(asked).find() || ASKS_WHAT_WILL_BE.matcher(asked).find();
    };

    private static final java.util.function.Predicate<Post> TELLS_ONLY_WHAT_IS_TO_COME = answer -> {
        String text = answer.getText();
        return textAlone(answer) && (TO_COME.matcher(text).find() || OFFER.matcher(text).find()) && !DONE.matcher(text).find();
    };

    /** How many days before its order a day an answer reports must be for it to be another order's ({@link #reportsAnEarlierDay}). */
    private static final int EARLIER_DAYS = 14;

    /**
     * Whether the answer reports on a day well before the order, in a month the order does not name: "กุดบากส่งภาพกิจกรรม
     * ๑๒ สิงหาคม (ย้อนหลัง)", posted a month after that day under the order for the budget's figures, is the late answer to
     * an order of August. A day after the order (a plan's) is not one; each day is taken in the year nearest the order.
     */
    static boolean reportsAnEarlierDay(Post answer, Obligation duty) {
        Post order = duty.getOrder();
        java.time.LocalDate posted = order.getTime().toLocalDate();
        for (String word : answer.getWords()) {
            if (!word.startsWith(DATE_MARK)) {
                continue;
            }
            int slash = word.indexOf('/');
            int day = Integer.parseInt(word.substring(DATE_MARK.length(), slash));
            int month = Integer.parseInt(word.substring(slash + 1));
            java.time.LocalDate date;
            try {
                date = java.time.LocalDate.of(posted.getYear(), month, day);
            } catch (java.time.DateTimeException e) {
                continue;
            }
            // the year that puts the day nearest the order: "๑๐ ม.ค." in late November is the coming January
            for (java.time.LocalDate other : new java.time.LocalDate[] {date.minusYears(1), date.plusYears(1)}) {
                if (Math.abs(other.toEpochDay() - posted.toEpochDay()) < Math.abs(date.toEpochDay() - posted.toEpochDay())) {
                    date = other;
                }
            }
            if (date.isAfter(posted.minusDays(EARLIER_DAYS))) {
                continue;
            }
            if (!monthsNamed(order.getText()).contains(month)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern MONTH_NAME = java.util.regex.Pattern.compile(dev.rabiap.engine.thai.DeadlineReader.monthRegex());

    /** The months a text names, with a day or alone ("ประจำเดือนมีนาคม ๒๕๖๙"). */
    private static Set<Integer> monthsNamed(String text) {
        Set<Integer> months = new java.util.HashSet<>();
        if (text != null) {
            java.util.regex.Matcher name = MONTH_NAME.matcher(text);
            while (name.find()) {
                months.add(dev.rabiap.engine.thai.DeadlineReader.month(name.group()));
            }
        }
        return months;
    }

    /** A meeting that is no subject: an excuse ("ติดประชุมอำเภอค่ะ"), a time ("หลังประชุม"), a room. */
    private static final java.util.regex.Pattern NOT_A_MEETING = java.util.regex.Pattern.compile("(?:ติด|หลัง|ก่อน|ห้อง|เลิก)\\s*ประชุม");

    /** The subjects ({@link #SUBJECTS}, by their first word) a text names. */
    /** A phrase that excuses being late or away: "ขออภัยที่ล่าช้า", "เพิ่งกลับจากพื้นที่น้ำท่วมค่ะ", "ติดภารกิจ…". */
    private static final java.util.regex.Pattern EXCUSE = java.util.regex.Pattern.compile("(?<=^|\\s)(?:ขออภัย|ขอโทษ|เพิ่งกลับ(?:มา)?จาก|ติดภารกิจ)\\S*");

    /**
     * An answer's text without the phrases that excuse it: "วานรนิวาส ๒ จุด จิตอาสา ๓๕ คน ค่ะ ขออภัยที่ล่าช้า เพิ่งกลับจาก
     * พื้นที่น้ำท่วมค่ะ" reports the clean-up it was asked for, not the flood it was late for. After the line's figures the
     * rest of the line from the excuse on goes too ("บ้านม่วง ๖ จุดค่ะ ขออภัยช้า ทีมงานไปช่วยพายุ"); before them, the excusing
     * word alone.
     */
    static String withoutExcuses(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher excuse = EXCUSE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (excuse.find()) {
            if (excuse.start() < from) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', excuse.start()) + 1;
            out.append(text, from, excuse.start()).append(' ');
            if (FIGURE.matcher(text).region(lineStart, excuse.start()).find()) {
                // the figures first, then why they are late: "บ้านม่วง ๖ จุดค่ะ ขออภัยช้า ทีมงานไปช่วยพายุ" reports the flag points
                // it was asked for, not the storm; the rest of the line is the excuse
                int lineEnd = text.indexOf('\n', excuse.end());
                from = lineEnd < 0 ? text.length() : lineEnd;
            } else {
                from = excuse.end();
            }
        }
        return out.append(text, Math.min(from, text.length()), text.length()).toString();
    }

    /** Whether a text with no figure opens, after a name or a greeting, by excusing itself: "ส่องดาวครับ ขอโทษครับ…". */
    static boolean onlyExcuses(String text) {
        java.util.regex.Matcher excuse = EXCUSE.matcher(text);
        return excuse.find() && excuse.start() <= 30 && text.lastIndexOf('\n', excuse.start()) < 0 && !FIGURE.matcher(text).find();
    }

    /** Whether the answer excuses itself ({@link #EXCUSE}): "ขออภัยที่ล่าช้า", "ติดภารกิจ…". */
    private static boolean excused(Post answer) {
        return answer.getText() != null && EXCUSE.matcher(answer.getText()).find();
    }

    static Set<String> subjects(String text) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        String lower = NOT_A_MEETING.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        Set<String> named = null;
        for (String[] subject : SUBJECTS) {
            for (String word : subject) {
                if (lower.contains(word)) {
                    if (named == null) {
                        named = new java.util.HashSet<>();
                    }
                    named.add(subject[0]);
                    break;
                }
            }
        }
        return named == null ? Set.of() : named;
    }

    /**
     * Whether the answer names a subject ({@link #SUBJECTS}) and the order names others only, the answer not replying to
     * the order nor sharing {@value #TOPIC} of its words; never a plan (แผน) sent to an order that asks for one.
     */
    static boolean onAnotherSubject(Post answer, Obligation duty) {
        Set<String> answerSubjects = answer.getSubjects();
        if (answerSubjects.isEmpty()) {
            return false;
        }
        String asked = duty.getOrder().getText();
        if (asked != null && asked.contains("แผน") && answer.getText() != null && answer.getText().contains("แผน")) {
            // a plan answers the call for plans whatever its activity: "โคกศรีสุพรรณ แผน ๒๖ มิ.ย. จิตอาสาพัฒนาวัด…" is the
            // district's plan for the anti-drug day the order named
            return false;
        }
        Set<String> orderSubjects = duty.getOrder().getSubjects();
        boolean orderHasOne = false;
        for (String subject : orderSubjects) {
            if (!subject.equals(MEETING)) {
                if (answerSubjects.contains(subject)) {
                    return false;
                }
                orderHasOne = true;
            }
        }
        if (!orderHasOne) {
            return false;
        }
        return !repliesTo(answer, duty) && !answersByItem(answer, duty) && score(answer, duty) < TOPIC;
    }

    /**
     * Whether the answer, back in the group of the order and not saying it reports, has a topic of its own
     * ({@value #OWN_TOPIC} words or more) where the order has words to share: then, sharing none with it, it is about
     * something else. Not so for what is passed on to another group (a packet of publicity forwarded to the citizens'
     * group says what the packet says, not what the order that sent it said), nor for a follow, a join or a form with
     * no text.
     */
    private static boolean aboutSomethingElse(Post answer, Obligation duty) {
        Post order = duty.getOrder();
        return order.getGroup().equals(answer.getGroup()) && !order.getAllWords().isEmpty() && ownWords(answer) >= OWN_TOPIC
                && (answer.getText() == null || !SAYS_IT_REPORTS.matcher(answer.getText()).find()) && !givesTheContactsAsked(answer, order);
    }

    /**
     * Whether the answer gives people with their phone numbers where the order asked for names or contacts: "พังโคน : ปลัดนพดล
     * สิงห์คำ 08-6666-0502 / สุริยันต์ พลราช 08-6666-0503 ครับ" to "แจ้งรายชื่อผู้ประสานงาน… (ชื่อ-สกุล ตำแหน่ง เบอร์โทร…)": the
     * names are what it gives, not a topic of its own.
     */
    private static boolean givesTheContactsAsked(Post answer, Post order) {
        return answer.getText() != null && order.getText() != null && CONTACTS_ASKED.matcher(order.getText()).find()
                && PHONE.matcher(answer.getText()).find();
    }

    /** Whether the answer gives a phone number and no other figure. */
    private static boolean givesOnlyAContact(Post answer) {
        String text = answer.getText();
        return text != null && PHONE.matcher(text).find() && !FIGURE.matcher(PHONE.matcher(text).replaceAll(" ")).find();
    }

    private static final java.util.regex.Pattern CONTACTS_ASKED = java.util.regex.Pattern.compile("ชื่อ|เบอร์|โทร|ผู้ประสานงาน|ผู้รับผิดชอบ");

    /**
     * An answer that says it is one ("รายงานผลกิจกรรมจิตอาสา อำเภอพรรณานิคม ทำความสะอาด…", "ขอส่งแผน…") answers an order in
     * front of it, whatever else it says.
     */
    private static final java.util.regex.Pattern SAYS_IT_REPORTS = java.util.regex.Pattern.compile(
            "รายงาน|ขอส่ง|ส่ง\\s*(?:ข้อมูล|ผล|แผน|ภาพ|รูป|ยอด|รายชื่อ|แบบ)");

    /**
     * The answer's words of its own: not what it gives (a place, a name, a number of people…) nor the days and codes it names,
     * nor the words of its text in Latin letters, which no Thai order shares ("Here is the rota ครับ อ.เมือง 4 points × 3
     * shifts", a deputy's English, is not about something else than the call for rotas).
     */
    private static int ownWords(Post answer) {
        int own = 0;
        String text = null;
        for (String word : answer.getWords()) {
            if (inLatin(word) && answer.getText() != null) {
                if (text == null) {
                    text = answer.getText().toLowerCase(java.util.Locale.ROOT);
                }
                if (text.contains(word)) {
                    continue;
                }
            }
            if (!word.startsWith(DATE_MARK) && !word.startsWith(CODE_MARK) && !word.equals(PLACE_WORD) && !word.equals(PHONE_WORD)
                    && !word.equals(NAME_WORD) && !word.equals(HEADCOUNT_WORD)) {
                own++;
            }
        }
        return own;
    }

    /** Whether a word is written in Latin letters ("rota", "shifts", "volunteers"). */
    private static boolean inLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /**
     * An answer that says it went another way, with nothing of it in the group: "เต่างอยส่งทางอีเมลแล้วนะคะ" is no report
     * in the group the order asked for one in.
     */
    private static final java.util.regex.Pattern ELSEWHERE = java.util.regex.Pattern.compile(
            "ส่ง\\S{0,40}?\\s*(?:ทาง|ไปทาง|ผ่าน|เข้า)\\s*(?:อีเมล|อีเมล์|เมล|e-?mail|ไลน์ส่วนตัว|แชทส่วนตัว|ส่วนตัว|ระบบ|ไปรษณีย์|แฟกซ์|fax|google|กูเกิล)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A figure in an answer. */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[0-9๐-๙]");

    static boolean sentElsewhere(Post answer) {
        return answer.reads(SENT_ELSEWHERE);
    }

    private static final java.util.function.Predicate<Post> SENT_ELSEWHERE = Attribution::sentElsewhereRead;

    private static boolean sentElsewhereRead(Post answer) {
        String text = answer.getText();
        return text != null && answer.getParts().size() == 1 && ELSEWHERE.matcher(text).find() && !FIGURE.matcher(text).find();
    }

    /**
     * An answer that adds to or corrects one sent before ("ภาพ Big Cleaning Day เจริญศิลป์ค่ะ (ส่งเพิ่ม)", "ขออภัยครับ
     * แก้ไขจำนวนจิตอาสาเป็น ๒๕๐ คน", "แก้ไขครับ หมู่บ้านขาดน้ำ ๑๔ หมู่บ้าน"), or is its next part (a file and "ส่วนที่ ๒ ค่ะ"
     * after the first part of a form): it goes with the answer it adds to, and
     * pays no duty of its own; unless the order itself asks for more (เพิ่มเติม) or the answer replies to it.
     */
    private static final java.util.regex.Pattern ADDS_TO = java.util.regex.Pattern.compile(
            "ส่งเพิ่ม|\\(\\s*เพิ่มเติม\\s*\\)|^[^\\n]{0,30}?ส่วนที่\\s*(?:[2-9๒-๙]|สอง|สาม)|\\(\\s*ต่อ\\s*\\)|ขอแก้|แก้ไข\\S{0,16}?\\s*เป็น|แก้เป็น|ขอส่งใหม่|ส่งใหม่แทน|^[^\\p{L}\\p{N}]*แก้ไข");

    private static final java.util.function.Predicate<Post> ADDS_TO_READ = answer -> ADDS_TO.matcher(answer.getText()).find();

    static boolean addsTo(Post answer, Obligation duty) {
        String text = answer.getText();
        String asked = duty.getOrder().getText();
        return text != null && answer.reads(ADDS_TO_READ) && !repliesTo(answer, duty) && (asked == null || !asked.contains("เพิ่มเติม"));
    }

    /** Whether the answer replies to this duty's order, or to a reminder that replied to it ({@link Post#getReplyOrder()}). */
    public static boolean repliesTo(Post answer, Obligation duty) {
        String replyTo = answer.getMessage().replyTo();
        if (replyTo == null) {
            return false;
        }
        return duty.getOrder().hasPart(replyTo) || duty.getOrder().hasPart(answer.getReplyOrder());
    }

    /** Whether one of the answer's numbered items answers this duty's order ({@link Post#getItemOrders()}). */
    static boolean answersByItem(Post answer, Obligation duty) {
        return answer.getItemOrders().contains(duty.getOrder().getMessage().id());
    }

    /**
     * The order a numbered item of an answer ("๒) ส่งรายชื่อผู้ประสานงานจิตอาสาตำบลตามไฟล์แนบ") answers: the one
     * among {@code orders} whose words ({@link Post#getWords()}) it shares most with, at least {@code least},
     * when no other shares as many; else null. An item is short: the one word ชื่อ it shares with "ขอให้ทุกอำเภอส่ง
     * รายชื่อผู้ประสานงานจิตอาสาระดับตำบล ตามแบบฟอร์มแนบ" and with no other order in front of it tells which
     * order it answers, where the whole answer's many words about water would outweigh it.
     */
    public static Post itemAnswers(String item, java.util.List<Post> orders, int least) {
        Set<String> itemWords = words(item);
        Post best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Post order : orders) {
            int score = shared(itemWords, order.getWords(), null);
            if (score > bestScore) {
                best = order;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie || bestScore < least ? null : best;
    }

    /**
     * Whether the answer is about this duty's order: a reply to it, or sharing {@value #TOPIC} words
     * with it and at least half as many as with the order in front of it that it shares most with
     * ({@link Post#getTopicBest()}). Two orders of a week on the cold share ผ้าห่ม and กันหนาว; a
     * district's survey of the vulnerable that shares sixteen words with the survey order and those
     * three with the blanket order is about the survey, not both.
     */
    public static boolean topical(Post answer, Obligation duty) {
        if (repliesTo(answer, duty) || answersByItem(answer, duty)) {
            return true;
        }
        if (withoutTheNamesAsked(answer, duty)) {
            return false;
        }
        int score = score(answer, duty);
        return score >= TOPIC && 2 * score >= answer.getTopicBest();
    }

    /** A bracketed aside of an answer: "(อ.นิคมฯ)". */
    private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile("\\([^()]*\\)");

    /** The text without its bracketed asides ("(ระยะทาง / พื้นที่ / จำนวนต้นไม้)"); null stays null. */
    static String withoutAsides(String text) {
        return text == null || text.indexOf('(') < 0 ? text : ASIDE.matcher(text).replaceAll(" ");
    }
    /** A letter of any script. */
    private static final java.util.regex.Pattern LETTER = java.util.regex.Pattern.compile("\\p{L}");

    /** Whether the answer's text is figures alone, but for a bracketed aside naming the district: "11 / ๑๓๐ / ๑๑๙ (อ.เมืองสกลฯ)". */
    static boolean figuresAlone(Post answer) {
        return answer.reads(FIGURES_ALONE);
    }

    private static final java.util.function.Predicate<Post> FIGURES_ALONE = Attribution::figuresAloneRead;

    private static boolean figuresAloneRead(Post answer) {
        String text = answer.getText();
        if (text == null || !FIGURE.matcher(text).find()) {
            return false;
        }
        return !LETTER.matcher(withoutAsides(text)).find();
    }

    /**
     * Whether the order asks for names ("ส่งรายชื่อหัวหน้าจุดแต่ละโรงเรียน พร้อมเบอร์โทร") and the answer, its text alone,
     * gives none: "สว่างแดนดิน จุดหน้าโรงเรียน ๒๒ จุด จิตอาสา ๖๖ คน" shares the points and the schools with the call for
     * the points' heads, but answers the count asked before it.
     */
    private static boolean withoutTheNamesAsked(Post answer, Obligation duty) {
        String asked = duty.getOrder().getText();
        return asked != null && asked.contains(NAME_WORD) && answer.getParts().size() == 1 && !answer.getWords().contains(NAME_WORD);
    }

    /**
     * Whether the answer may pay this duty at all: when it is about no order in front of it, or shares
     * a word with the duty's order (any of its words, {@link Post#getAllWords()}: the group's common
     * ones too, so that the third road-repair order of a group still shares ซ่อมแซม and ถนน with a
     * report on road repair), or replies to it, or brings photos the order asked for. A district's
     * "ขอส่งข้อมูลเพิ่มเติม… ไข้เลือดออก", about the dengue order it already answered, does not pay the
     * scholarship order that is the latest still open and has none of its words; "ภาพกิจกรรมจิตอาสา …
     * (แจกน้ำ/รณรงค์งดเผา/ปลูกต้นไม้)" with its photos pays the order that asked for the week's photos,
     * though its words are those of the orders that asked for the work. A report of results
     * ("รายงานผลกิจกรรม…") pays no order that asked only for a plan ("รายงานแผนการจัดกิจกรรม…"), unless it
     * replies to it: the results of the day are not the plan asked for before it; nor does an answer that says it is a
     * plan ({@link #givesAPlan}) pay an order that asked for none, nor results an order that asked only for names; a plan
     * ("กุสุมาลย์ แผนกิจกรรม: ลอกคูคลอง… จิตอาสา ๙๐ คน", "แผน: ทำความสะอาดริมลำน้ำ…") about no other order pays the order
     * that asked only for a plan ("รายงานแผนการจัดกิจกรรม…"), though the segmenter cuts แผนการ whole. Nor
     * does an answer that went
     * another way ({@link #sentElsewhere}), that adds to one sent before ({@link #addsTo}), photos sent alone where
     * the row takes them only for an order asking for photos, or an answer about something of its own
     * ({@link #aboutSomethingElse}), or one on another subject than the order's ({@link #onAnotherSubject}).
     */
    public static boolean mayPay(Post answer, Obligation duty) {
        String asked = duty.getOrder().getText();
        if (asksOnlyForAPlan(duty.getOrder()) && givesResults(answer) && !repliesTo(answer, duty)) {
            return false;
        }
        // and a plan pays no order that asked for none: the plan of the day's activities, blood donation among them, is not
        // the count of donors asked for after it
        if (givesAPlan(answer) && asked != null && !asked.contains("แผน") && !repliesTo(answer, duty) && !answersByItem(answer, duty)) {
            return false;
        }
        // nor do results pay an order that asked only for names ("ส่องดาวส่งผลกิจกรรม ๓ มิ.ย." is not the list of trainees)
        if (givesResults(answer) && asked != null && asked.contains("รายชื่อ") && !RESULTS.matcher(asked).find()
                && !repliesTo(answer, duty)) {
            return false;
        }
        // nor do figures alone ("15 / 84 / 83", "12 / 671 / ๑๓๑ (อ.นิคมฯ)") pay an order that asked for names
        if (figuresAlone(answer) && withoutTheNamesAsked(answer, duty) && !repliesTo(answer, duty)) {
            return false;
        }
        // nor does a phone number with a name ("วานรฯ 089-4417260 ปลัดอภิสิทธิ์ครับ", to a peer's call for boat coordinators)
        // pay an order that asked for no contact and that it is not about
        if (givesOnlyAContact(answer) && !CONTACTS_ASKED.matcher(asked == null ? "" : asked).find() && !topical(answer, duty)) {
            return false;
        }
        if (onAnotherSubject(answer, duty) || givesNoCount(answer, duty) || onlyPromises(answer) || onlyTellsWhatIsToCome(answer, duty.getOrder())) {
            return false;
        }
        if (reportsAnEarlierDay(answer, duty) && !repliesTo(answer, duty) && score(answer, duty) < TOPIC) {
            return false;
        }
        if (sentElsewhere(answer) || addsTo(answer, duty)) {
            return false;
        }
        if (duty.getPolicy().isPhotosOnlyWhenAsked() && photosAlone(answer) && !asksForPhotos(duty.getOrder())
                && !repliesTo(answer, duty)) {
            return false;
        }
        if (duty.isDescribed() && !topical(answer, duty) && !(carries(answer, dev.rabiap.engine.spi.MessageType.IMAGE,
                dev.rabiap.engine.spi.MessageType.VIDEO) && asksForPhotos(duty.getOrder())) && !terseDaily(answer, duty)) {
            // a duty of an order that describes whom it asks is paid by an answer about it (a reply, or words of its
            // order), or by photos it asked for (photos or videos, not a file): not by whatever report the party sends next
            return false;
        }
        return answer.getTopicBest() < TOPIC && !aboutSomethingElse(answer, duty) || answer.wordsSharedWith(duty.getOrder()) > 0
                || repliesTo(answer, duty) || carriesPhotos(answer) && asksForPhotos(duty.getOrder())
                || answer.getTopicBest() < TOPIC && asksOnlyForAPlan(duty.getOrder()) && answer.getText() != null && answer.getText().contains("แผน");
    }

    /**
     * Whether the answer is a day's report to an order asking for one every day, told as such reports are told by their
     * second day: the figures in two of the order's words and no more ("ส่องดาว ๑๐ มี.ค. ๗ เที่ยว ๔๒,๐๐๐ ลิตร" to the order
     * for "(จำนวนเที่ยวรถ/ลิตร/ครัวเรือน) … ทุกวันก่อน ๑๐.๐๐ น."), and about no other order.
     */
    private static boolean terseDaily(Post answer, Obligation duty) {
        return duty.getDay() > 0 && !duty.getOrder().getOrder().isMeasured() && score(answer, duty) >= TOPIC - 1 && answer.getTopicBest() <= score(answer, duty);
    }

    /**
     * Whether closing this duty with the answer must keep the answer from closing others: an answer
     * about no order (neither a reply to it nor sharing {@value #TOPIC} words with it) answers one.
     */
    public static boolean exclusive(Post answer, Obligation duty) {
        return !topical(answer, duty);
    }

    /**
     * Whether {@code other}, another open duty of the same party, takes the answer before
     * {@code mine}: never when the answer is about mine (replies to it or shares {@value #TOPIC}
     * words with it); else when the answer replies to other's order, or other is a better match
     * (more shared words, figures for as many items as the order numbers, a photo request for photos or no photo request
     * for words alone, an order that named the party, more words shared counting the group's common ones, a later order). A file alone goes to an order that asked for a form back;
     * a file with a text of the sender's is read by its text ("ส่งรายชื่อจิตอาสา… ตามไฟล์" answers the
     * call for the list, not the one for a plan on a form).
     */
    public static boolean before(Post answer, Obligation other, Obligation mine) {
        if (other.getOrderSeq() == mine.getOrderSeq() && mine.getOrder().getOrder().isMeasured()) {
            // the measures of one order are answered in the order of their deadlines: the first report pays the first
            return other.getDay() < mine.getDay();
        }
        if (answer.getText() != null && answer.getText().contains("//") && answersByItem(answer, other) && answersByItem(answer, mine)) {
            // an answer set out in parts pays each order a part answers ("… แผนงาน ลอกราง… ๘๐ คน // เต็นท์ ๔ หลัง…"); the items of
            // a numbered answer still go where the rest of this weighing sends them (a plan's "๑. วัดโพธิ์ชัย…" is no answer to
            // the other order held at that temple)
            return false;
        }
        if (givesAPlan(answer) && asksOnlyForAPlan(other.getOrder()) != asksOnlyForAPlan(mine.getOrder())
                && !repliesTo(answer, mine) && !repliesTo(answer, other)) {
            // a plan goes to the order that asked for a plan, not to one asking for the results of the plans it recalls
            // ("ตามที่อำเภอได้รายงานแผนกิจกรรม… นั้น เมื่อดำเนินกิจกรรมแล้ว ขอให้รายงานผล…"), whatever words it shares with that one
            return asksOnlyForAPlan(other.getOrder());
        }
        if (topical(answer, mine)) {
            if (lateForOnlyMine(answer, other, mine) && !repliesTo(answer, mine) && !answersByItem(answer, mine)
                    && topical(answer, other) && score(answer, other) > score(answer, mine) && noSubjectOnlyOf(answer, mine, other)
                    && !excused(answer)) {
                // about both, late for mine and in time for the other, which it says more of, and naming no subject of mine's
                // that the other lacks: "บ้านม่วง ทำความสะอาดวัดและที่ว่าการอำเภอหลังงานบุญ ๒ จุด จิตอาสา ๒๔ คน" with its photos
                // answers the day's order for the temple clean-up, not the flood order of two days before that also listed
                // cleaning houses after the water went down. One that names both orders' subjects ("ซ่อมแซมบ้าน ๙ หลัง… และ
                // แจกจ่ายน้ำอุปโภค ๕ หมู่บ้าน… ขออภัยที่ล่าช้า") answers both, the storm's order late; one that excuses itself
                // ("…ซ่อมแซมบ้าน ๓๐ หลัง ครับ ขออภัยล่าช้าครับ") knows it is late, and is the late answer it says it is.
                return true;
            }
            // about both, words with no photo go to the order that asked for no photos when they say more of it: the
            // survey's "จิตอาสาภัยพิบัติ 102 คน… เรือ 6 ลำ เครื่องสูบน้ำ 8 เครื่อง กระสอบทราย…" answers the survey of
            // volunteers, boats and pumps, not the order for photos of the flood work that shares กระสอบทราย with it
            return !repliesTo(answer, mine) && !answersByItem(answer, mine) && asksForPhotos(mine.getOrder())
                    && !asksForPhotos(other.getOrder()) && !carriesPhotos(answer) && topical(answer, other)
                    && score(answer, other) > score(answer, mine);
        }
        if (repliesTo(answer, other) || withoutTheNamesAsked(answer, mine) && topical(answer, other)) {
            // figures without the names mine asks for go to the order they are about
            return true;
        }
        int mineScore = score(answer, mine);
        int otherScore = score(answer, other);
        if (otherScore != mineScore) {
            return otherScore > mineScore;
        }
        boolean otherItems = figuresForItems(answer, other);
        if (otherItems != figuresForItems(answer, mine)) {
            // "12 / 671 / ๑๓๑" answers the order that asked three numbered things ("(๑) อุณหภูมิต่ำสุด (๒) จำนวนผู้สูงอายุ…
            // (๓) การช่วยเหลือ…"), not a later order for a checklist
            return otherItems;
        }
        if (carries(answer, dev.rabiap.engine.spi.MessageType.FILE) && (answer.getKind().equals(dev.rabiap.engine.Kinds.MEDIA)
                || answer.reads(BARE_CAPTION_READ))) {
            boolean otherForm = asksForForm(other.getOrder().getText());
            if (otherForm != asksForForm(mine.getOrder().getText())) {
                // a file with no word of the sender's, or a caption that only says it is sent ("ส่งค่ะ"), goes to the order that asked for a form
                // back ("ตามแบบฟอร์มที่แนบ แล้วส่งกลับ", "กรอกแบบรายงาน… ส่งเป็นไฟล์ Excel"),
                // before one that asked for photos: a year's plan sent on its form answers the call for plans, not for the flood work's photos
                return otherForm;
            }
        }
        boolean otherPhotos = asksForPhotos(other.getOrder());
        boolean minePhotos = asksForPhotos(mine.getOrder());
        if (otherPhotos != minePhotos) {
            // photos go to the order that asked for photos; words alone ("วาริชภูมิ ๕๘ คนค่ะ") to the one that did not
            return carriesPhotos(answer) == otherPhotos;
        }
        if (other.isDescribed() != mine.isDescribed()) {
            // an order that describes whom it asks ("ศอ.จอส.อำเภอที่พบผู้ป่วยไข้เลือดออกเพิ่มขึ้น…") may not be the party's at
            // all: an answer that tells the two apart no better goes to the duty whose order named the party or asked every party
            return mine.isDescribed();
        }
        boolean otherNamed = !other.getNamedAs().isEmpty();
        if (otherNamed != !mine.getNamedAs().isEmpty()) {
            // the order that named the party ("เรียน นอภ.วาริชภูมิ นอภ.อากาศอำนวย … ขอให้รายงาน…") before one to everyone
            return otherNamed;
        }
        int otherAll = answer.wordsSharedWith(other.getOrder());
        int mineAll = answer.wordsSharedWith(mine.getOrder());
        if (otherAll != mineAll) {
            // told apart by no word of a topic, the answer goes to the order it shares more words with, the group's common ones
            // too: in the week of Loy Krathong กระทง is a word of most orders, yet "นิคมน้ำอูน ออก ๒๕ คน ไม่มีเหตุ กระทง ๒๐๐ ใบ"
            // answers the call for the night's results, not the cold-relief teams' order posted after it
            return otherAll > mineAll;
        }
        return other.getOrderSeq() > mine.getOrderSeq();
    }

    /** A numbered item of an order: "(๑)", "๒)", "3." at a line's start. */
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("\\(\\s*([0-9๐-๙])\\s*\\)|(?:^|\\n)\\s*([0-9๐-๙])\\s*[.)]");

    /** How many items an order numbers one after another from the first: "(๑) … (๒) … (๓) …" is three; none is 0. */
    public static int numberedItems(String text) {
        if (text == null) {
            return 0;
        }
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        java.util.regex.Matcher item = ITEM.matcher(text);
        while (item.find()) {
            String digit = item.group(1) != null ? item.group(1) : item.group(2);
            numbers.add(Character.digit(digit.charAt(0), 10)); // Thai digits too: '๓' is 3
        }
        int n = 0;
        while (numbers.contains(n + 1)) {
            n++;
        }
        return n;
    }

    /** Between an answer's figures: a slash with a space beside it (not the slash of a date, "12/10") or a bar. */
    private static final java.util.regex.Pattern FIGURES_APART = java.util.regex.Pattern.compile("\\s+/\\s*|\\s*/\\s+|\\|");

    private static final java.util.function.Predicate<Post> FIGURES_APART_READ = answer -> FIGURES_APART.matcher(answer.getText()).find();

    /**
     * Whether the answer gives a figure for each of the two or more items the duty's order numbers, one part after another:
     * "12 / 671 / ๑๓๑", "พังโคน ๑๕ องศา / ๔๔๗ ราย / ช่วยเหลือแล้ว ๘๓ ราย" to "(๑) อุณหภูมิต่ำสุด (๒) จำนวนผู้สูงอายุ… (๓) การช่วยเหลือ…".
     */

    static boolean figuresForItems(Post answer, Obligation duty) {
        String text = answer.getText();
        // the answer's parts first: most answers have none, and then the order's text need not be read
        if (text == null || !answer.reads(FIGURES_APART_READ)) {
            return false;
        }
        int items = numberedItems(duty.getOrder().getText());
        String[] parts = FIGURES_APART.split(ASIDE.matcher(text).replaceAll("").strip());
        if (items < 2 || parts.length != items) {
            return false;
        }
        for (String part : parts) {
            if (!FIGURE.matcher(part).find()) {
                return false;
            }
        }
        return true;
    }

    /** Whether every subject ({@link #SUBJECTS}) the answer shares with mine's order is one of the other's order too. */
    private static boolean noSubjectOnlyOf(Post answer, Obligation mine, Obligation other) {
        Set<String> others = other.getOrder().getSubjects();
        for (String subject : answer.getSubjects()) {
            if (mine.getOrder().getSubjects().contains(subject) && !others.contains(subject)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the answer comes after mine's deadline and by the other's. */
    private static boolean lateForOnlyMine(Post answer, Obligation other, Obligation mine) {
        return answer.getMillis() > mine.getDeadlineMillis() && answer.getMillis() <= other.getDeadlineMillis();
    }

    /** A caption that says only that something is sent: "ส่งค่ะ", "ส่งครับ 🙏", "ไฟล์ครับ", "แนบค่ะ". */
    private static final java.util.regex.Pattern BARE_CAPTION = java.util.regex.Pattern.compile(
            "[^\\p{L}\\p{N}]*(?:(?:ขอ|นำ)?ส่ง|ไฟล์|แนบ)(?:ไฟล์|แล้ว|ครับ|ค่ะ|คะ|ค่า|นะ|จ้า|เด้อ|ผม|[^\\p{L}\\p{N}])*");
    private static final java.util.function.Predicate<Post> BARE_CAPTION_READ = answer -> answer.getText() != null
            && BARE_CAPTION.matcher(answer.getText()).matches();

    /** Whether an order asks for a form or a file: แบบฟอร์ม, ตามแบบ…, ไฟล์, excel. */
    static boolean asksForForm(String text) {
        return text != null && FORM_ASKED.matcher(text).find();
    }

    private static final java.util.regex.Pattern FORM_ASKED = java.util.regex.Pattern.compile(
            "แบบฟอร์ม|ฟอร์ม|ตามแบบ|แบบรายงาน|ไฟล์|excel|xlsx|pdf", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * How many words the answer shares with the duty's order. A form's or document's code such as
     * "แบบ จอส.๓" names what is asked on its own and counts as {@value #TOPIC}.
     */
    public static int score(Post answer, Obligation duty) {
        return scoreOrder(answer, duty.getOrder());
    }

    /** {@link #score} against an order. */
    static int scoreOrder(Post answer, Post order) {
        return answer.scoreAgainst(order, Attribution::shared);
    }

    /**
     * The words the answer shares with the order (a form's code written as it stands, "จอส.3"), and
     * what they weigh: a word 1, a code {@value #TOPIC}.
     */
    public static Shared sharedWords(Post answer, Post order) {
        java.util.List<String> words = new java.util.ArrayList<>();
        int weight = shared(answer.getWords(), order.getWords(), words) + listOfNames(answer, order);
        // a person's name and telephone number both shared, given where both are asked for ("พรรณานิคม: นางจิราภรณ์ … โทร
        // 087-…" after "ขอให้ส่งชื่อ-สกุล ตำแหน่ง เบอร์โทรศัพท์ ผู้ประสานงาน…"), make a post read alone as chat the answer
        if (words.contains(NAME_WORD) && words.contains(PHONE_WORD)) {
            weight = Math.max(weight, TOPIC);
        }
        return new Shared(java.util.List.copyOf(words), weight);
    }

    /**
     * What the words weigh that {@code words} shares with {@code orderWords} (a word 1, a code {@value #TOPIC}), each
     * added to {@code into} as written ("จอส.3") when it is not null.
     */
    private static int shared(Set<String> words, Set<String> orderWords, java.util.List<String> into) {
        int weight = 0;
        for (String word : words) {
            if (orderWords.contains(word)) {
                boolean code = word.startsWith(CODE_MARK);
                weight += code ? TOPIC : 1;
                if (into != null) {
                    into.add(code ? word.substring(CODE_MARK.length()) : word);
                }
            }
        }
        return weight;
    }

    /** Words that set a deadline, not far before a date on the same line: "ภายในวันที่ ๒๐ พ.ค.", "ภายใน ๑๖.๓๐ น. วันนี้ (๑๘ พ.ค.)". */
    private static final java.util.regex.Pattern DEADLINE_LEAD = java.util.regex.Pattern.compile("ภายใน|ก่อน|ไม่เกิน|หมดเขต|ส่งได้ถึง");

    /** Whether the date at {@code at} of an order's text is its deadline, which answers do not name as what they are about. */
    private static boolean isDeadline(String text, int at) {
        return DEADLINE_LEAD.matcher(dev.rabiap.engine.thai.ThaiText.beforeOnLine(text, at, 40)).find();
    }

    /** Words an answer shares with an order, and their weight against {@value #TOPIC}. */
    public record Shared(java.util.List<String> words, int weight) {}

    private static int shared(Post answer, Post order) {
        return shared(answer.getWords(), order.getWords(), null) + listOfNames(answer, order);
    }

    /**
     * One more for a list of names sent where one is asked: "พรรณานิคมส่งรายชื่อจิตอาสาค่ะ" with its file answers the call
     * for the list of volunteers for the ceremony, not the later order for the count of blood donors that its file's
     * "๒๐ คน" shares a head count with.
     */
    private static int listOfNames(Post answer, Post order) {
        return answer.getText() != null && order.getText() != null && SENDS_NAMES.matcher(answer.getText()).find()
                && order.getText().contains("รายชื่อ") ? 1 : 0;
    }

    /** An answer that says it sends the list ("ส่งรายชื่อ…"); not one asking for the form again ("ขอแบบฟอร์มรายชื่ออีกครั้ง"). */
    private static final java.util.regex.Pattern SENDS_NAMES = java.util.regex.Pattern.compile("(?:ส่ง|แนบ)\\s*รายชื่อ");

    /**
     * Whether {@link #CODE} can match the text: only where a dot is followed by a digit, or by one
     * white space (as {@code \s} takes it) and a digit. Most texts have none, and the pattern,
     * tried at every position, cost as much as the segmentation.
     */
    static boolean mayHoldCode(String text) {
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            int next = dot + 1;
            if (next < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(next)) >= 0) {
                next++;
            }
            if (next < text.length() && isCodeDigit(text.charAt(next))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCodeDigit(char c) {
        return c >= '0' && c <= '9' || c >= '\u0E50' && c <= '\u0E59';
    }

    /**
     * The word without the digits written onto its ends: the segmenter keeps Thai digits with the
     * letters before them, and "พิการ๑๒" in a district's figures is the order's พิการ.
     */
    private static String withoutDigits(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && isCodeDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && isCodeDigit(word.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == word.length() ? word : word.substring(start, end).strip();
    }

    /** The words of a text that can tell one order from another. */
    public static Set<String> words(String raw) {
        return words(raw, false);
    }

    /**
     * The same for an order ({@code order} true): an order asks for a number of people when it says
     * จำนวน…คน or กี่คน, not when it sets a quota ("ตำบลละ ๑ คน", "จุดละไม่น้อยกว่า ๕ คน"), which an
     * answer's "๒๔ คน" does not answer.
     */
    public static Set<String> words(String raw, boolean order) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        BreakIterator words = WORDS.get();
        words.setText(text);
        Set<String> out = new LinkedHashSet<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = withoutDigits(text.substring(start, end).strip());
            if (word.indexOf('.') >= 0) {
                for (String part : word.split("\\.")) {
                    String full = ABBREVIATIONS.get(part.strip());
                    if (full != null) {
                        out.add(full);
                    }
                }
            }
            String full = ABBREVIATIONS.get(word);
            if (full != null) {
                word = full;
            }
            word = SAME_WORD.getOrDefault(word, word);
            if (word.length() < 2 || COMMON.contains(word) || !Character.isLetter(word.codePointAt(0)) || MONTHS.contains(word.replace(".", ""))) {
                continue;
            }
            out.add(word);
        }
        // what an order asks for and an answer gives, though neither says it in the other's words: a list of
        // coordinators "(ชื่อ-สกุล ตำแหน่ง เบอร์โทรศัพท์)" is answered by "นางวัชรี ศรีหาวงศ์ … โทร 088-065-9056"
        if (text.contains("โทร") || text.contains("เบอร์") || PHONE.matcher(text).find()) {
            out.add(PHONE_WORD);
        }
        // an answer's "ผู้ประสานงาน: อนุวัฒน์ เพียรดี …" names a person though without a title, and so does one giving a
        // telephone number, whoever's it is ("๓. ปลัดธวัชชัย ชาวดร ๐๘๗-๐๐๐-๕๕๔๐")
        if (text.contains("ชื่อ") || PERSON.matcher(text).find()
                || !order && (text.contains("ผู้ประสานงาน") || text.contains("ผู้รับผิดชอบ") || PHONE.matcher(text).find())) {
            out.add(NAME_WORD);
        }
        if ((order ? HEADCOUNT_ASKED : HEADCOUNT).matcher(text).find()) {
            out.add(HEADCOUNT_WORD);
        }
        if (text.contains(PLACE_WORD) || !order && PLACE.matcher(text).find()) {
            out.add(PLACE_WORD);
        }
        java.util.regex.Matcher date = DAY_MONTH.matcher(text);
        while (date.find()) {
            int month = dev.rabiap.engine.thai.DeadlineReader.month(date.group(2));
            int day = Integer.parseInt(dev.rabiap.engine.thai.ThaiText.asciiDigits(date.group(1)));
            if (month > 0 && day >= 1 && day <= 31 && !(order && isDeadline(text, date.start()))) {
                out.add(DATE_MARK + day + "/" + month);
            }
        }
                if (mayHoldCode(text)) {
            java.util.regex.Matcher code = CODE.matcher(text);
            while (code.find()) {
                if (MONTHS.contains(code.group(1))) {
                    continue;
                }
                out.add(CODE_MARK + code.group(1) + "." + dev.rabiap.engine.thai.ThaiText.asciiDigits(code.group(2)));
            }
        }
        return Set.copyOf(out);
    }
}
