package dev.rabiap.engine.internal;

import dev.rabiap.engine.Names;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.rule.Order;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whom an order names: the districts, agencies and people of its salutation ("เรียน นอภ.ก
 * นอภ.ข"), or of the words right after its directive ("ขอให้ อ.ก อ.ข และ อ.ค …", "ให้อำเภอ ก, ข
 * และ ค …"), matched against the roster's districts, agencies and display names. District names
 * may come with อ. / อำเภอ / นอภ. / นายอำเภอ / ศอ.จอส.อ. / จอส. / ปลัดอำเภอ in front, with or without
 * spaces, and cut short with ฯ ("พรรณาฯ"); agencies by their name as the roster writes it, by it
 * without สำนักงาน and the province, or by a common abbreviation (สสจ., พมจ., ปภ.…). "ทุกอำเภอ",
 * "ทุกส่วนราชการ" and the like name everyone. Names elsewhere in the text (a report cited, a
 * place) are not addressees. Immutable and thread-safe.
 */
final class Addressees {
    /** A speed class that may open an order before its salutation or call: "ด่วน เรียน …", "ด่วน! อ.พรรณาฯ …", "ด่วน‼️ เรียน …". */
    private static final String SPEED = "(?:(?:ด่วนที่สุด|ด่วนมาก|ด่วน)[^\\p{L}\\p{N}\\n]*)?";
    /** Common abbreviations of provincial agencies, and the words of the agency name they stand for. */
    private static final Map<String, String> AGENCY_ABBREVIATIONS = Map.ofEntries(
            Map.entry("สสจ", "สาธารณสุขจังหวัด"), Map.entry("พมจ", "พัฒนาสังคมและความมั่นคงของมนุษย์"),
            Map.entry("ปภ", "ป้องกันและบรรเทาสาธารณภัย"), Map.entry("ทสจ", "ทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด"),
            Map.entry("พช", "พัฒนาชุมชน"), Map.entry("พชจ", "พัฒนาชุมชนจังหวัด"), Map.entry("ศธจ", "ศึกษาธิการจังหวัด"),
            Map.entry("กษจ", "เกษตรจังหวัด"), Map.entry("สนง.เกษตร", "เกษตรจังหวัด"), Map.entry("ปศจ", "ปศุสัตว์จังหวัด"),
            Map.entry("สถจ", "ส่งเสริมการปกครองท้องถิ่นจังหวัด"), Map.entry("ท้องถิ่นจังหวัด", "ส่งเสริมการปกครองท้องถิ่นจังหวัด"),
            Map.entry("อบจ", "องค์การบริหารส่วนจังหวัด"), Map.entry("ปชส", "ประชาสัมพันธ์จังหวัด"), Map.entry("พณจ", "พาณิชย์จังหวัด"),
            Map.entry("แรงงานจังหวัด", "แรงงานจังหวัด"), Map.entry("คลังจังหวัด", "คลังจังหวัด"), Map.entry("ธนารักษ์", "ธนารักษ์"),
            Map.entry("สรรพากร", "สรรพากร"), Map.entry("ขนส่ง", "ขนส่ง"), Map.entry("ปกครองจังหวัด", "ปกครองจังหวัด"),
            Map.entry("ปค.จ", "ปกครองจังหวัด"), Map.entry("สนจ", "สำนักงานจังหวัด"), Map.entry("ยธจ", "ยุติธรรมจังหวัด"),
            Map.entry("วธจ", "วัฒนธรรมจังหวัด"), Map.entry("กฟภ", "การไฟฟ้าส่วนภูมิภาค"), Map.entry("กปภ", "การประปาส่วนภูมิภาค"),
            Map.entry("ชป", "ชลประทาน"), Map.entry("ทล", "ทางหลวง"), Map.entry("ทช", "ทางหลวงชนบท"));
    /**
     * Words before a district name that say it is a district, the longest first; two of them too ("ปลัดอำเภอ อ.วานรนิวาส"),
     * and after ท่าน ("ฝากท่านนายอำเภอบ้านม่วง"); the deputy in charge of something of a district ("ปลัดอำเภอผู้รับผิดชอบงาน
     * จิตอาสาของ อ.วานรนิวาส").
     */
    private static final Pattern DISTRICT_PREFIX = Pattern.compile(
            "(?:(?:ท่าน)?(?:ผอ\\.?\\s*(?=ศอ|จอส))?(?:ศอ\\.?\\s*จอส\\.?\\s*(?:อ\\.|อำเภอ)?|จอส\\.?\\s*(?:อ\\.)?|ที่ว่าการอำเภอ|ปลัดอำเภอ(?:\\s*ประสานงาน)?(?:\\s*ผู้รับผิดชอบ\\S{0,24}?ของ|\\s*ของ)?|ปลัด|นายอำเภอ|นอภ\\.?|อำเภอ|ปอ\\.|อ\\.)\\s*){1,2}");
    /** Everyone of a unit: "ทุกอำเภอ", "นายอำเภอทุกอำเภอ", "ทุกส่วนราชการ". */
    private static final Pattern EVERYONE = Pattern.compile(
            "ทุก\\s*(?:อำเภอ|ส่วนราชการ|หน่วยงาน|แห่ง|ศูนย์|ศอ\\.?\\s*จอส\\.?\\s*อ)|ส่วนราชการ\\S{0,12}ทุกส่วน|หัวหน้าส่วนราชการ(?:ส่วน|ระดับ|ประจำ)?\\s*(?:ภูมิภาค|จังหวัด)");
    /** Districts described, then which they are: "อำเภอในแนวเทือกเขาภูพาน คือ …" (not a colon or a bracket, as {@link #DESCRIBED} takes). */
    private static final String DESCRIBED_THEN_WHICH =
            "(?:ศอ\\.?\\s*จอส\\.?\\s*(?:อ\\.|อำเภอ)?\\s*|นอภ\\.?\\s*|นายอำเภอ\\s*)?(?:[0-9๐-๙]{1,2}\\s*)?อำเภอ[^\\n()]{0,100}?\\s(?:คือ|ได้แก่|ประกอบด้วย)\\s";
    /**
     * Words that open a list of addressees: a salutation (after a speed class on its line too: "ด่วน เรียน นอภ.ก"), an
     * opening that calls a district's officer ("ท่านนายอำเภอเมืองฯ ครับ …"), a directive, or ได้แก่ ("อำเภอที่มีจุดความร้อน
     * … ได้แก่ อ.ภูพาน ๗ จุด อ.ส่องดาว ๔ จุด … ขอให้ ศอ.จอส.อำเภอ … รายงานผล"), a numbered or bulleted line that opens
     * with a district ("๑. อ.อากาศอำนวย", the list an order says is attached; "- อ.เต่างอย", the list after "ขอให้อำเภอ
     * ต่อไปนี้…"), or a line that lists districts after a colon ("อำเภอ: เมืองสกลนคร / กุสุมาลย์ / …", an order posted
     * again each day).
     */
    private static final Pattern OPENER = Pattern.compile(
            "(?:^|\\n)\\s*" + SPEED + "(?:เรียน|ถึง|กราบเรียน)\\s*|^[^\\p{L}\\p{N}]*ท่าน(?=\\s*(?:นายอำเภอ|นอภ|ปลัด))|ขอให้\\s*|ขอ(?=\\s*(?:ท่าน|คุณ|ปลัด|นอภ|นายอำเภอ|จอส))|(?:^|[\\s:.)\\]])ให้\\s*|ขอความร่วมมือ\\s*|มอบหมาย(?:ให้)?\\s*|มอบ(?:ให้)?\\s*|กรุณา\\s*|รบกวน(?:ทาง)?\\s*|เฉพาะ\\s*|ขอเชิญ\\s*|ขอเน้นย้ำ\\s*|ฝาก\\s*|แจ้ง\\s*|ได้แก่\\s*|(?:^|\\n)\\s*(?:[0-9๐-๙]{1,2}\\s*[.)]|[-–•*])\\s*(?=อ\\.|อำเภอ)"
                    // a line that lists the districts after a colon: "อำเภอ: เมืองสกลนคร / กุสุมาลย์ / …"
                    + "|(?:^|\\n)\\s*(?=อำเภอ[^\\n:()]{0,30}:)"
                    // a line that describes districts and lists them in brackets: "อำเภอที่มีพื้นที่เสี่ยงดินโคลนถล่มตามแนวเทือกเขาภูพาน
                    // ⛰️🌧️ (ภูพาน กุดบาก เต่างอย โคกศรีสุพรรณ)", then what they are asked on the next line
                    + "|(?:^|\\n)\\s*(?=อำเภอ(?:ที่|ซึ่ง|ใน|ริม|ตาม)[^\\n()]{0,100}\\()"
                    // a line that describes districts and then says which they are: "อำเภอในแนวเทือกเขาภูพาน คือ ภูพาน กุดบาก
                    // ส่องดาว ให้จัด…", "อำเภอที่ยังมีครัวเรือนที่ยังไม่ได้รับเงิน… คือ นิคมน้ำอูน วาริชภูมิ พังโคน"
                    + "|(?:^|\\n)\\s*(?=" + DESCRIBED_THEN_WHICH + ")"
                    // the line under a salutation that describes them: "เรียน นายอำเภอที่มีพื้นที่ติดหนองหาร\\nคือ อ.เมืองสกลนคร…"
                    + "|(?<=\\n)\\s*(?:คือ|ได้แก่|ประกอบด้วย)\\s*");
    /** A name after a post's closing particle, the last thing in it: "…ด้วยนะครับ ปลัดตั้ม", "…ค่ะ ท่านนายอำเภอกุดบาก 🙏". */
    private static final Pattern CLOSING_CALL = Pattern.compile(
            "(?:ครับ|ค่ะ|คะ|จ้า|จ้ะ)(?:ผม)?\\s+(?<name>[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}.\\s]{1,40}?)[^\\p{L}\\p{M}\\p{N}]*$");
    /** Thanks opening a post, before the name of whom it thanks. */
    private static final Pattern THANKS = Pattern.compile("^[^\\p{L}\\p{N}]*ขอบ(?:คุณ|ใจ)(?:มาก)?\\s*(?:ท่าน|คุณ)?\\s*");
    /** Words that leave some out of everyone: "ทุกอำเภอ ยกเว้น อ.เมืองสกลนคร", "(เว้น อ.เมืองฯ)". */
    private static final Pattern EXCEPT = Pattern.compile("(?:ยกเว้น|เว้นแต่|นอกจาก|เว้น)\\s*");
    /**
     * The one an order turns to only to leave out: "สำหรับ อ.เมืองสกลนคร จังหวัดจัดจุดบริการร่วมที่ศาลากลางแล้ว ไม่ต้องดำเนินการ",
     * "ส่วน อ.ภูพาน ไม่ต้องรายงาน" (ไม่ต้อง later on the same line).
     */
    private static final Pattern LEFT_OUT = Pattern.compile("(?:สำหรับ|ส่วน)\\s*(?=อ\\.|อำเภอ|ศอ\\.|นอภ\\.)");
    private static final Pattern NEED_NOT = Pattern.compile("ไม่\\s*(?:จำเป็น\\s*)?ต้อง");
    /** Words that open a list of some among everyone: "โดยเฉพาะ อ.ก อ.ข", "ได้แก่ อ.ก อ.ข". */
    private static final Pattern NAMING = Pattern.compile("(?:ได้แก่|(?:โดย)?เฉพาะ)\\s*");
    /** Words that ask for a report. */
    private static final Pattern ASKS_REPORT = Pattern.compile("รายงาน|ส่ง\\s*(?:ข้อมูล|ผล|ภาพ|แบบ|รายชื่อ|ยอด)|แจ้งผล");
    /** A directive to report right after a list: "… อ.เมืองสกลนคร ขอให้รายงานจำนวนจุดความร้อน…". */
    private static final Pattern DIRECTS_REPORT = Pattern.compile(
            "[\\s,]*(?:ขอให้|ให้|กรุณา|โปรด)\\s*\\S{0,12}?\\s*(?:รายงาน|ส่ง\\s*(?:ข้อมูล|ผล|ภาพ|แบบ|รายชื่อ|ยอด)|แจ้งผล)");
    /** A count after a district in a list: "๗ จุด", "(๒ ราย)", "15 หมู่บ้าน", "๕๐๐ ผืน": a number and the word it counts. */
    private static final Pattern COUNT = Pattern.compile(
            "\\(?[0-9๐-๙][0-9๐-๙,.]*\\s*(?:จุด|ราย|คน|แห่ง|ครั้ง|หมู่บ้าน|ตำบล|ครัวเรือน|หลัง|ไร่|ตัน|ลำ|คัน|[\\u0E01-\\u0E2E\\u0E40-\\u0E44][\\u0E01-\\u0E4E]{0,7})?\\)?");
    /** The number a count or a numbered line starts with: "๑. กุสุมาลย์" numbers a district, it does not count one. */
    private static final Pattern NUMBER = Pattern.compile("\\(?[0-9๐-๙][0-9๐-๙,.]*\\)?\\s*");
    /** Between two addressees: spaces, commas, slashes, dashes ("กุดบาก-ภูพาน"), brackets, a mention's @, and และ, กับ… */
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s,/、@&\\-–()]*(?:และ|กับ|รวมทั้ง|หรือ)?[\\s,/、@&\\-–()]*");
    /**
     * Units described, then listed: "อำเภอที่ประกาศเขตภัยหนาว (อ.กุดบาก อ.ภูพาน …)", "๕ อำเภอติดเทือกเขาภูพาน คือ กุดบาก
     * ภูพาน …", "อำเภอเป้าหมาย: กุดบาก …", "ศอ.จอส.อำเภอ ๓ อำเภอ (กุดบาก-ภูพาน-ส่องดาว)", "๓ อำเภอนำร่อง ประกอบด้วย …",
     * "อำเภอที่ได้รับผลกระทบ ได้แก่ กุสุมาลย์ …", "ศอ.จอส.อ. ที่ค่าฝุ่นเกินมาตรฐาน… ได้แก่ วาริชภูมิ สว่างแดนดิน…". The list after the
     * mark may name districts bare.
     */
    private static final Pattern DESCRIBED = Pattern.compile(
            "(?:(?:ศอ\\.?\\s*จอส\\.?\\s*(?:อ\\.|อำเภอ)?\\s*|นอภ\\.?\\s*|นายอำเภอ\\s*)?(?:[0-9๐-๙]{1,2}\\s*)?(?:อำเภอ|หน่วยงาน|ส่วนราชการ)|ศอ\\.?\\s*จอส\\.?\\s*อ\\.)[^\\n()]{0,100}?(?:\\(|:|\\sคือ|ดังนี้|ดังต่อไปนี้|\\s?ประกอบด้วย|\\s?ได้แก่)\\s*");

    private final List<String> districts;
    private final Map<String, String> districtNames = new LinkedHashMap<>();
    private final Map<String, String> agencyKeys;
    private final Map<String, Person> people;
    /** The first word of a display name of several words ("ปลัดราช" of "ปลัดราช ภูพาน"), where it is one person's only. */
    private final Map<String, Person> firstWords = new java.util.HashMap<>();
    /** The given name of an official's full name ("อนันต์" of "นายอนันต์ ทิพย์โยธา"), where it is one person's only. */
    private final Map<String, Person> givenNames = new java.util.HashMap<>();
    private final Roster roster;

    /**
     * A roster's addressees, made once for all the audits and live checks of an engine, on the first order one of them
     * reads: 300,000 people take about a second to read, which a live check of each message cannot pay each time.
     */
    static final class Shared {
        private final Roster roster;
        private volatile Addressees made;

        Shared(Roster roster) {
            this.roster = roster;
        }

        /** A roster this large has its addressees made on a thread of their own, from when an audit starts. */
        static final int BESIDE = 20_000;
        private boolean started;

        /**
         * Starts making the addressees on a thread of their own, once, when the roster is large: over the @มหาดไทย
         * roster (300,000 people) they take about two seconds, which then pass while the log's first senders are looked
         * up, instead of after them on the reading thread's first order. A check, which reads no order, makes none. A smaller
         * roster's are made when first needed, in a few milliseconds.
         */
        synchronized void start() {
            if (started || made != null || roster.people().size() < BESIDE) {
                return;
            }
            started = true;
            Thread making = new Thread(this::get, "rabiap-addressees");
            making.setDaemon(true);
            making.start();
        }

        Addressees get() {
            Addressees addressees = made;
            if (addressees == null) {
                synchronized (this) {
                    addressees = made;
                    if (addressees == null) {
                        addressees = new Addressees(roster);
                        made = addressees;
                    }
                }
            }
            return addressees;
        }
    }

    /** The roster's districts, each once, as the roster writes them. */
    java.util.Collection<String> districts() {
        return java.util.Collections.unmodifiableCollection(districtNames.values());
    }

    /** The roster's agencies, each once, as the roster writes them (several keys may name one). */
    private java.util.Collection<String> agencies() {
        return new LinkedHashSet<>(agencyKeys.values());
    }

    Addressees(Roster roster) {
        Set<String> districtNames = new LinkedHashSet<>();
        Map<String, String> agencies = new LinkedHashMap<>();
        Map<String, Person> names = new java.util.HashMap<>(roster.people().size() * 2);
        // a province's 300,000 people share a few thousand districts and agencies: each is read once
        Set<String> districtsSeen = new java.util.HashSet<>();
        Set<String> agenciesSeen = new java.util.HashSet<>();
        // names two people have: never taken for either, however many more have them
        Set<String> ambiguous = new java.util.HashSet<>();
        Set<String> ambiguousFirst = new java.util.HashSet<>();
        Set<String> ambiguousGiven = new java.util.HashSet<>();
        this.roster = roster;
        for (Person person : roster.people()) {
            if (!person.district().isEmpty() && districtsSeen.add(person.district())) {
                districtNames.add(compact(person.district()));
                this.districtNames.putIfAbsent(compact(person.district()), person.district());
            }
            if (!person.agency().isEmpty() && agenciesSeen.add(person.agency())) {
                String agency = person.agency();
                agencies.putIfAbsent(compact(agency), agency);
                String shorter = withoutPrefix(withoutPrefix(compact(agency), "สำนักงาน"), "ที่ทำการ");
                if (shorter.length() >= 4) {
                    agencies.putIfAbsent(shorter, agency);
                }
            }
            if (!person.district().isEmpty() || !person.agency().isEmpty()) {
                // "ขอให้นายสุเมธ รัตนพันธ์ ตรวจสอบ…": an official called by the full name, with or without the title
                for (String key : List.of(compact(Names.clean(person.fullName())), Names.normalise(person.fullName()))) {
                    if (key.length() >= 6) {
                        unique(names, ambiguous, key, person);
                    }
                }
                String given = Names.withoutTitles(person.fullName());
                int space = given.indexOf(' ');
                if (space >= 4) {
                    unique(givenNames, ambiguousGiven, compact(given.substring(0, space)), person);
                }
            }
            for (String name : person.displayNames()) {
                String cleaned = Names.clean(name);
                // "ลุงบุญธรรม (บำนาญ)" is called "ลุงบุญธรรม": the name before a bracketed note too
                int bracket = cleaned.indexOf('(');
                for (String form : bracket > 0 ? List.of(cleaned, cleaned.substring(0, bracket)) : List.of(cleaned)) {
                    String key = compact(form);
                    if (key.length() >= 3) {
                        unique(names, ambiguous, key, person);
                    }
                }
                // "ฝากปลัดราชด้วยนะครับ" calls "ปลัดราช ภูพาน" by the first word of his name, when no one else's starts so
                int space = cleaned.indexOf(' ');
                if (space > 0) {
                    String first = compact(cleaned.substring(0, space));
                    if (first.length() >= 5) {
                        unique(firstWords, ambiguousFirst, first, person);
                    }
                }
            }
        }
        firstWords.keySet().removeAll(names.keySet());
        this.districts = districtNames.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.agencyKeys = agencies;
        this.people = names;
    }

    /**
     * Keeps {@code person} under {@code key} while no one else has it; a key two people have is dropped and stays
     * dropped (a third "สมชาย" is no more one person than the second).
     */
    private static void unique(Map<String, Person> map, Set<String> ambiguous, String key, Person person) {
        if (ambiguous.contains(key)) {
            return;
        }
        Person known = map.putIfAbsent(key, person);
        if (known != null && !known.equals(person)) {
            map.remove(key);
            ambiguous.add(key);
        }
    }

    /** The parties an order's text names, in the order named; empty when it names none or names everyone. */
    List<Order.Addressee> read(String raw) {
        String text = withoutCopies(Normalizer.normalize(raw, Normalizer.Form.NFC));
        List<Order.Addressee> named = new ArrayList<>();
        Matcher opener = OPENER.matcher(text);
        int from = 0;
        while (from < text.length() && opener.find(from)) {
            int at = opener.end();
            boolean salutation = opener.group().contains("เรียน") || opener.group().contains("ถึง");
            int end = salutation ? lineEnd(text, at) : Math.min(text.length(), at + 160);
            readList(text, at, end, salutation, describesDistricts(text, opener), named);
            from = Math.max(opener.end(), opener.start() + 1);
        }
        // "ขอบคุณ อ.ส่องดาว และ อ.กุสุมาลย์ ที่ส่งข้อมูลครบ… \nส่วน อ.พรรณานิคม รบกวนส่งภาพเพิ่มเติม…": a line that turns to
        // some ("ส่วน") and asks them calls them; the line before thanked others
        named.addAll(turnedTo(text));
        // "เรียน นายอำเภอ\nอ.เมืองสกลนคร\nอ.โพนนาแก้ว\n…\nด้วยระดับน้ำ… ขอให้…": the districts on lines of their own
        named.addAll(listedOnLines(text));
        if (named.isEmpty()) {
            readFirstLine(text, named);
        }
        if (named.isEmpty()) {
            readList(text, 0, Math.min(text.length(), 160), false, named);
        }
        if (named.isEmpty()) {
            // "ภูพาน กุดบาก เต่างอย โคกศรีสุพรรณ ส่งภาพจิตอาสาเปิดทางน้ำ ในกลุ่มนี้ครับ": bare names, then what they are told
            named.addAll(calledToAct(text));
        }
        if (named.isEmpty()) {
            named.addAll(namedBefore(text));
        }
        if (named.isEmpty()) {
            // "ขอให้ส่งตัวเลขจิตอาสา… ด้วยนะครับ ปลัดตั้ม": a name after the closing particle calls that one; the whole rest of
            // the post must be the name
            Matcher close = CLOSING_CALL.matcher(text);
            if (close.find()) {
                Order.Addressee called = agencyOrPerson(text, close.start("name"), close.end("name"));
                if (called != null && compact(called.as()).length() == compact(close.group("name")).length()) {
                    add(called, named);
                }
            }
        }
        // "ขอบคุณลุงบุญธรรมครับ … ฝากส่งทางสำนักงานจังหวัด": a post that opens by thanking someone by
        // name speaks to that person
        Matcher thanks = THANKS.matcher(text);
        if (thanks.find()) {
            Order.Addressee person = agencyOrPerson(text, thanks.end(), Math.min(text.length(), thanks.end() + 60));
            if (person != null && person.unit().equals("person")) {
                add(person, named);
            }
        }
        readMentions(text, named);
        return dedupe(named);
    }

    /**
     * Those an order's first line calls before its request on the next ("ปลัดฯ ณัฐวุฒิ อ.ภูพาน และปลัดฯ อรทัย อ.กุดบาก",
     * "ปลัดอำเภอเต่างอย ปลัดอำเภอโคกศรีสุพรรณ", "วานรนิวาส อากาศอำนวย สว่างแดนดิน"): a short line that opens with an
     * officer, a district's centre or a district, asks nothing itself, and names districts or people. A line of bare names
     * must be nothing else; a line that opens with an officer may hold their names too.
     */
    private void readFirstLine(String text, List<Order.Addressee> named) {
        int end = lineEnd(text, 0);
        boolean calls = CALLS.matcher(text).lookingAt();
        if (calls) {
            // "ปลัดฯ ผู้รับผิดชอบงาน จอส. อ.โพนนาแก้ว และ อ.เจริญศิลป์ รบกวนส่งรูป…": the call ends where its request starts
            Matcher request = REQUEST.matcher(text).region(0, end);
            if (request.find()) {
                end = request.start();
            }
        }
        if (end >= text.length() || end > FIRST_LINE || text.substring(end).isBlank()) {
            return;
        }
        String line = text.substring(0, end);
        List<Order.Addressee> called = new ArrayList<>();
        if (calls) {
            readList(text, 0, end, true, false, called);
        } else {
            int stopped = readList(text, 0, end, false, true, called);
            if (!line.substring(Math.min(stopped, end)).isBlank()) {
                return;
            }
        }
        // the line's words but the names it calls ("สว่างแดนดิน" holds ว่า)
        String rest = line;
        for (Order.Addressee addressee : called) {
            rest = rest.replace(addressee.as(), " ");
        }
        if (!LINE_ASKS.matcher(rest).find() && called.stream().anyMatch(a -> a.unit().equals("district") || a.unit().equals("person"))) {
            // each named as the whole call, names the roster does not hold too ("ปลัดฯ อรทัย"): none of it is what the order is about
            String call = line.strip();
            called.forEach(a -> named.add(new Order.Addressee(a.unit(), a.name(), call)));
        }
    }

    /** Where a salutation's line sends a copy for information: "(สำเนาแจ้ง อ.ก เพื่อทราบ)", "สำเนาถึง…", "cc". */
    private static final Pattern COPY = Pattern.compile("\\((?=[^)\\n]*(?:สำเนา|เพื่อทราบ))|สำเนา|(?<![A-Za-z])(?:cc|CC|Cc)(?![A-Za-z])");

    /**
     * The text with the copies a salutation's line sends for information blanked out ("เรียน ผอ.ศอ.จอส.อ.เมืองสกลนคร
     * (สำเนาแจ้ง อ.กุสุมาลย์ เพื่อทราบ)"): those it copies are not asked anything. Positions stay where they were.
     */
    private static String withoutCopies(String text) {
        Matcher salutation = SALUTATION_LINE.matcher(text);
        StringBuilder out = null;
        while (salutation.find()) {
            int end = lineEnd(text, salutation.end());
            Matcher copy = COPY.matcher(text).region(salutation.end(), end);
            if (copy.find()) {
                int close = text.charAt(copy.start()) == '(' ? text.indexOf(')', copy.start()) : -1;
                int to = close < 0 || close > end ? end : close + 1;
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int i = copy.start(); i < to; i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static final Pattern SALUTATION_LINE = Pattern.compile("(?:^|\\n)[^\\p{L}\\p{N}\\n]*(?:เรียน|ถึง|กราบเรียน)");

    /**
     * A line that turns from those just spoken of to others: "ส่วน อ.พรรณานิคม รบกวน…", "ส่วนของ นอภ.ภูพาน ขอให้…", "ในส่วนของ
     * อ.นิคมน้ำอูน ซึ่งจะจัด… ขอให้…", "สำหรับ อ.พังโคน ซึ่งเป็นสถานที่จัดงาน ขอให้รายงาน…".
     */
    private static final Pattern TURNS_TO = Pattern.compile(
            "(?:^|\\n)[^\\p{L}\\p{N}\\n]*(?:(?:ใน)?ส่วน(?:ของ)?|สำหรับ)\\s*(?=อ\\.|อำเภอ|นอภ|นายอำเภอ|ศอ|จอส|ท่าน|ปลัด)");
    /** The request after the districts a line turns to, after a clause of why them ("ซึ่งเป็นสถานที่จัดงาน") if any. */
    private static final Pattern TURN_REQUEST = Pattern.compile("[\\s,]*(?:ซึ่ง[^\\n]{0,80}?)?(?:รบกวน|ขอให้|ช่วย|กรุณา|ฝาก|ขอ)");

    /** The districts (and others) of the lines that turn to them and ask them something ({@link #TURNS_TO}). */
    private List<Order.Addressee> turnedTo(String text) {
        List<Order.Addressee> named = new ArrayList<>();
        Matcher turn = TURNS_TO.matcher(text);
        while (turn.find()) {
            List<Order.Addressee> called = new ArrayList<>();
            int stopped = readList(text, turn.end(), lineEnd(text, turn.end()), false, called);
            if (TURN_REQUEST.matcher(text).region(stopped, lineEnd(text, turn.end())).lookingAt()) {
                named.addAll(called);
            }
        }
        return named;
    }

    /**
     * A line that holds one district and nothing else: "อ.เมืองสกลนคร", "- อำเภอกุดบาก", "นอภ.ภูพาน", "ศอ.จอส.อ.เต่างอย", the
     * list an order sets out under its salutation ("เรียน ศอ.จอส.อำเภอ ดังต่อไปนี้").
     */
    private static final Pattern LIST_LINE = Pattern.compile(
            "(?m)^[^\\p{L}\\p{N}\\n]*(?:[0-9๐-๙]{1,2}\\s*[.)]\\s*)?(?=อ\\.|อำเภอ|นอภ|นายอำเภอ|ศอ|จอส|ปลัดอำเภอ)");

    /**
     * The districts of the lines that hold one district each and nothing else ({@link #LIST_LINE}); bare names too ("เรียน
     * นอภ. / นิคมน้ำอูน / พรรณานิคม / …") on the lines right after a salutation's line or after such a line.
     */
    private List<Order.Addressee> listedOnLines(String text) {
        List<Order.Addressee> named = new ArrayList<>();
        boolean afterCall = false;
        int at = 0;
        while (at < text.length()) {
            int end = lineEnd(text, at);
            Order.Addressee alone = aloneOnLine(text, at, end, afterCall);
            if (alone != null) {
                named.add(alone);
                afterCall = true;
            } else {
                afterCall = SALUTATION_LINE.matcher(text).region(at, end).lookingAt();
            }
            at = end + 1;
        }
        return named;
    }

    /** The district a line holds and nothing else, with its prefix or, when {@code bare}, without; else null. */
    private Order.Addressee aloneOnLine(String text, int at, int end, boolean bare) {
        Matcher line = LIST_LINE.matcher(text).region(at, end);
        boolean prefixed = line.lookingAt();
        int name;
        if (prefixed) {
            Matcher prefix = DISTRICT_PREFIX.matcher(text).region(line.end(), end);
            if (!prefix.lookingAt()) {
                return null;
            }
            name = prefix.end();
        } else if (bare) {
            name = firstLetterOrDigit(text, at, end);
            Matcher number = NUMBER.matcher(text).region(name, end);
            if (number.lookingAt()) {
                name = number.end();
            }
        } else {
            return null;
        }
        String district = district(text, name, end);
        if (district == null) {
            return null;
        }
        int after = name + districtLength(text, name, end, district);
        if (!text.substring(after, end).replaceAll("[^\\p{L}\\p{N}]", "").isEmpty()) {
            return null;
        }
        int from = prefixed ? line.end() : at;
        return new Order.Addressee("district", originalDistrict(district), text.substring(from, after).strip());
    }

    /**
     * Where an order says whom it asks: its salutation ("เรียน", "ถึง", after a speed class) or its first directive
     * ("ขอให้", "ให้", "กรุณา", "รบกวน", "ขอความร่วมมือ").
     */
    private static final Pattern ASKS_WHOM = Pattern.compile(
            "(?:^|\\n)[^\\p{L}\\p{N}\\n]*" + SPEED + "(?:เรียน|ถึง)|ขอให้|(?:^|[\\s:.)\\]])ให้|กรุณา|รบกวน|ขอความร่วมมือ");
    /**
     * Districts described, not named: "ศอ.จอส.อำเภอที่ได้รับความเสียหายจากพายุ…", "อำเภอที่พบผู้ป่วยไข้เลือดออกเพิ่มขึ้น…",
     * "นายอำเภอซึ่งมีพื้นที่ติดลำน้ำสงคราม…", "ทุกอำเภอที่มีจุดความร้อน…"; not "ที่ว่าการอำเภอ", nor the courtesy "ที่เคารพ".
     */
    private static final Pattern DESCRIBES = Pattern.compile(
            "\\s*(?:ท่าน)?\\s*(?:ผอ\\.?\\s*)?(?:ทุก\\s*)?(?:ศอ\\.?\\s*จอส\\.?\\s*(?:อ\\.|อำเภอ)?|นายอำเภอ|นอภ\\.?|อำเภอ|ปลัดอำเภอ)"
                    + "\\s*(?:ทุก\\s*อำเภอ\\s*)?(?:ที่|ซึ่ง)(?!ว่าการ|เคารพ|นับถือ|รัก)[^\\n]{2,}");

    /**
     * Whichever districts something holds for, anywhere in the order: "…หลายพื้นที่ครับ อำเภอใดมีบ้านเรือนเสียหาย ขอให้ ศอ.จอส.อำเภอ
     * รายงาน… ถ้าไม่มีความเสียหายไม่ต้องรายงาน", "อำเภอไหนได้รับผลกระทบ แจ้งด้วย"; up to where it asks. Not "อำเภอใดยังไม่ส่ง…":
     * those still owing are every district that has not answered.
     */
    private static final Pattern WHICHEVER = Pattern.compile(
            "(?<=^|[\\s,])(?:ศอ\\.?\\s*จอส\\.?\\s*)?(?:อำเภอ|อ\\.)\\s*(?:ใด|ไหน)(?!\\s*(?:ยัง|บ้าง))[^\\n]{2,60}?(?=\\s*(?:ขอให้|ให้|กรุณา|รบกวน|ช่วย|ส่ง|รายงาน|แจ้ง)|\\n|$)");

    /** Districts described by what they have not yet done: "อำเภอที่ยังไม่ได้…". */
    private static final Pattern NOT_YET = Pattern.compile("^\\s*\\S{0,30}?(?:ที่|ซึ่ง)\\s*ยัง\\s*ไม่");

    /**
     * The words by which an order describes the districts it asks without naming them ({@link #DESCRIBES}), opening the
     * post or right after where it says whom it asks ({@link #ASKS_WHOM}, the first such place only: "ขอให้ทุกอำเภอรายงาน… สำหรับอำเภอที่ไม่มี
     * ให้รายงานว่าไม่มี" asks every district); null when it does not. The caller asks only when the order names no one.
     */
    String described(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        // a post that opens with them, in plain speech: "อำเภอที่ได้ผ้าห่มรอบแรกไปเมื่อวาน ช่วยส่งรูปตอนแจก… ขอพรุ่งนี้ก่อนบ่ายสองค่ะ"
        // (not "อำเภอที่ยังไม่ได้จัดกิจกรรม… ขอให้ดำเนินการ…": those still owing it are every district that has not answered)
        Matcher describes = DESCRIBES.matcher(text);
        if (!describes.lookingAt() || NOT_YET.matcher(describes.group()).find()) {
            Matcher asks = ASKS_WHOM.matcher(text);
            boolean asked = asks.find();
            if (asked) {
                describes.region(asks.end(), text.length());
            }
            if (!asked || !describes.lookingAt()) {
                Matcher whichever = WHICHEVER.matcher(text);
                return whichever.find() && (!asked || whichever.start() < asks.start()) ? whichever.group().strip() : null;
            }
        }
        String words = describes.group().strip();
        return words.length() > 80 ? words.substring(0, 80).strip() + "…" : words;
    }

    /**
     * A post that opens by calling one person, a title and a name before a polite particle: "ปลัดต้นครับ …", "คุณจิราพร
     * คะ …", "พี่เอก ครับ …", "ท่านนายอำเภอเต่างอยครับ …".
     */
    private static final Pattern VOCATIVE = Pattern.compile(
            "^[^\\p{L}\\p{N}@]*@?(?<name>(?:ท่าน|คุณ|ปลัด|นอภ\\.?|นายอำเภอ|พี่|น้อง|ผอ\\.?|จ่า)\\S{1,24}?)\\s*(?:ครับ|ค่ะ|คะ|จ้า|จ้ะ)(?:ผม)?(?:\\s|$)");

    /** The titles before a name in a call ({@link #VOCATIVE}), and the spaces and dots between them. */
    private static final Pattern TITLES = Pattern.compile("ท่าน|คุณ|ปลัดอำเภอ|ปลัด|นอภ\\.?|นายอำเภอ|พี่|น้อง|ผอ\\.?|จ่า|[\\s.]");
    /** Words that call many, not one: "ทุกท่าน", "ทั้งหลาย", "พี่ๆ", "นายอำเภอทุกอำเภอ". */
    private static final Pattern MANY = Pattern.compile("ทุก|ทั้ง|ๆ|หลาย|อำเภอ|จังหวัด");

    /**
     * Whom a post calls when it opens by calling one person ({@link #VOCATIVE}): that person, with their district and agency,
     * when the roster holds one person by that name; an empty list when it holds none or several ("ปลัดต้น", two deputies'
     * name); null when the post does not open so, or the name is a district's ("ท่านนายอำเภอเต่างอยครับ", read as the
     * district by {@link #read}).
     */
    List<Order.Addressee> calledByName(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        Matcher vocative = VOCATIVE.matcher(text);
        if (!vocative.find()) {
            return null;
        }
        int start = vocative.start("name");
        int end = vocative.end("name");
        // a name, not only a title ("ท่านนายอำเภอครับ") nor many ("ท่านนายอำเภอทุกท่านครับ", "พี่ๆ ครับ"): those speak to the group
        String name = TITLES.matcher(text.substring(start, end)).replaceAll("");
        if (name.length() < 2 || MANY.matcher(name).find()) {
            return null;
        }
        Matcher prefix = DISTRICT_PREFIX.matcher(text).region(start, end);
        if (prefix.lookingAt() && district(text, prefix.end(), end) != null) {
            return null;
        }
        List<Order.Addressee> called = new ArrayList<>();
        Order.Addressee person = agencyOrPerson(text, start, end);
        if (person != null && person.unit().equals("person")) {
            add(person, called);
        }
        return called;
    }

    /** What a call of districts tells them right after their names: "ส่ง…", "รายงาน…", "แจ้ง…", "ขอ…", "ช่วย…", "รบกวน…". */
    private static final Pattern TELLS = Pattern.compile("[\\s,]*(?:ส่ง|รายงาน|แจ้ง|ขอ(?!บ)|ช่วย|รบกวน|กรุณา|ให้)");

    /**
     * Whether the post opens by naming districts, bare or with อ., อำเภอ…, and tells them right after to send or report:
     * "ภูพาน กุดบาก เต่างอย โคกศรีสุพรรณ ส่งภาพจิตอาสาเปิดทางน้ำ ในกลุ่มนี้ครับ", "อ.ส่องดาว อ.กุดบาก รายงานด่วน". From one who
     * gives the group its orders, such a post is an order, however the classifier's table and examples read it.
     */
    boolean callsDistrictsToAct(String raw) {
        return !calledToAct(Normalizer.normalize(raw, Normalizer.Form.NFC)).isEmpty();
    }

    /** Where the first letter or digit from {@code at} is (marks, spaces and emoji before a name skipped); {@code end} when none. */
    private static int firstLetterOrDigit(String text, int at, int end) {
        int i = at;
        while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The districts a post opens by naming, when it tells them right after what to do ({@link #callsDistrictsToAct}); else none. */
    private List<Order.Addressee> calledToAct(String text) {
        int start = firstLetterOrDigit(text, 0, text.length());
        List<Order.Addressee> called = new ArrayList<>();
        int end = Math.min(text.length(), start + 160);
        int stopped = readList(text, start, end, false, true, called);
        boolean districts = !called.isEmpty() && called.stream().allMatch(a -> a.unit().equals("district"));
        return districts && TELLS.matcher(text).region(stopped, text.length()).lookingAt() ? called : List.of();
    }

    /** How long a first line that calls its addressees may be. */
    private static final int FIRST_LINE = 120;
    /** A first line that opens by calling an officer or a district's centre. */
    private static final Pattern CALLS = Pattern.compile(
            "^[^\\p{L}\\p{N}@]*" + SPEED + "(?:@|ท่าน|ปลัด|นอภ|นายอำเภอ|ศอ\\.?\\s*จอส|จอส|อ\\.|อำเภอ)");
    /** How an official is addressed before the full name, as compacted: "ท่าน", "คุณ", "ท่านนายอำเภอ", "นอภ", "ปลัด". */
    private static final Pattern HONORIFIC = Pattern.compile("(?:ท่าน|คุณ)?(?:นายอำเภอ|นอภ|ปลัดอำเภอ|ปลัด)?");
    /** Where a call's request starts on its line: "รบกวน", "ขอให้", "ช่วย", "กรุณา", "ฝาก", "ขอ…". */
    private static final Pattern REQUEST = Pattern.compile("รบกวน|ขอให้|ช่วย|กรุณา|ฝาก|ขอ(?!ง)");
    /** A first line that asks or tells something itself, so that the names in it are not a call: "อำเภอเมืองรายงานว่า…". */
    private static final Pattern LINE_ASKS = Pattern.compile(
            // not the ขอ of ของ: "ปลัดอำเภอผู้ประสานงานจิตอาสาของ อ.กุสุมาลย์ และ อ.ส่องดาว" only calls
            "ขอ(?!ง)|ให้|รายงาน|แจ้ง|ว่า(?!การ)|เมื่อ|ตาม|เรื่อง|กรณี|เนื่องจาก|ส่ง|แล้ว|[?？]");

    /**
     * The people an order mentions with LINE's @ anywhere in it ("ขอความอนุเคราะห์ @ปลัดแบงก์ เมืองสกลฯ และ @รุ่งทิวา
     * จอส.โคกศรีฯ ช่วยส่งภาพ…"), and their districts and agencies: a mention calls the one it names.
     */
    private void readMentions(String text, List<Order.Addressee> named) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int end = Math.min(text.length(), at + 1 + 60);
            Order.Addressee found = agencyOrPerson(text, at + 1, end);
            if (found != null) {
                add(found, named);
                continue;
            }
            // "@ภูพาน", "@อ.ภูพาน", "@โคกศรีฯ": a district mentioned by its name
            Order.Addressee mentioned = mentionedDistrict(text, at, at + 1, end);
            if (mentioned == null) {
                // "@ปลัดวิชัย วานรฯ", a name the roster does not hold: the district the mention ends with
                int word = wordEnd(text, at + 1, end);
                Matcher space = SEPARATOR.matcher(text).region(word, end);
                mentioned = mentionedDistrict(text, at, space.lookingAt() ? space.end() : word, end);
            }
            if (mentioned != null) {
                named.add(mentioned);
            }
        }
    }

    /** The district named at {@code from} (after อ., อำเภอ… or none) of the mention at {@code at}, as the mention writes it; else null. */
    private Order.Addressee mentionedDistrict(String text, int at, int from, int end) {
        Matcher prefix = DISTRICT_PREFIX.matcher(text).region(from, end);
        int name = prefix.lookingAt() ? prefix.end() : from;
        String district = name < end ? district(text, name, end) : null;
        return district == null ? null
                : new Order.Addressee("district", originalDistrict(district), text.substring(at, name + districtLength(text, name, end, district)).strip());
    }

    /** Adds an addressee; a person named stands for their district and their agency too. */
    private void add(Order.Addressee found, List<Order.Addressee> named) {
        named.add(found);
        if (found.unit().equals("person")) {
            Person person = roster.byId(found.name());
            if (!person.district().isEmpty()) {
                named.add(new Order.Addressee("district", person.district(), found.as()));
            }
            if (!person.agency().isEmpty()) {
                named.add(new Order.Addressee("agency", person.agency(), found.as()));
            }
        }
    }

    /**
     * Whether the opener is ได้แก่ after words of its line that describe districts ("อำเภอพื้นที่สูงที่อากาศหนาวจัด ได้แก่ ภูพาน
     * กุดบาก ส่องดาว"): the list after it may name them bare. The description may be as long as {@link #DESCRIBED}'s:
     * "สำหรับอำเภอที่แจ้งความประสงค์จะจัดกิจกรรมปลูกป่าต้นน้ำในเดือนกุมภาพันธ์นี้ ได้แก่ เต่างอย ส่องดาว และเจริญศิลป์".
     */
    private static boolean describesDistricts(String text, Matcher opener) {
        if (!opener.group().startsWith("ได้แก่")) {
            return false;
        }
        return dev.rabiap.engine.thai.ThaiText.beforeOnLine(text, opener.start(), 110).contains("อำเภอ");
    }

    /**
     * "ทั้งสามแห่ง", "ทั้ง ๓ อำเภอ", "สองอำเภอนี้", "๒ อำเภอดังกล่าว", "ขอ ๕ อำเภอข้างต้น รายงาน…": the districts a directive
     * points back to, by their number; with นี้, ดังกล่าว, ข้างต้น or ที่ระบุ, those named last.
     */
    private static final Pattern BACK = Pattern.compile(
            "(?<all>ทั้ง)?\\s*(?<n>สอง|สาม|สี่|ห้า|หก|[2-9๒-๙])\\s*(?:อำเภอ|แห่ง|ศูนย์)"
                    + "(?<these>\\s*(?:นี้|ดังกล่าว|ข้างต้น|ข้างบน|ที่กล่าว\\s*(?:มา|ถึง)|ที่\\s*ระบุ|ตามที่\\s*ระบุ))?");

    /**
     * The districts a directive points back to ("… คือ อำเภอวานรนิวาส, อำเภอคำตากล้า และอำเภอส่องดาว ขอให้ศูนย์จิตอาสาอำเภอ
     * ทั้งสามแห่ง … รายงาน…"): those named with อ. or อำเภอ before it, when they are as many as it says; else none.
     */
    private List<Order.Addressee> namedBefore(String text) {
        Matcher back = BACK.matcher(text);
        boolean found = false;
        while (!found && back.find()) {
            found = back.group("all") != null || back.group("these") != null;
        }
        if (!found) {
            return List.of();
        }
        int count = dev.rabiap.engine.thai.DeadlineReader.number(back.group("n"));
        Map<String, Order.Addressee> named = new LinkedHashMap<>();
        Matcher prefix = DISTRICT_PREFIX.matcher(text).region(0, back.start());
        while (prefix.find()) {
            String district = district(text, prefix.end(), back.start());
            if (district != null) {
                String name = originalDistrict(district);
                named.remove(name);
                named.put(name, new Order.Addressee("district", name, text.substring(prefix.start(),
                        prefix.end() + districtLength(text, prefix.end(), back.start(), district)).strip()));
            }
        }
        List<Order.Addressee> all = List.copyOf(named.values());
        if (back.group("these") != null && all.size() > count) {
            return all.subList(all.size() - count, all.size());
        }
        return all.size() == count ? all : List.of();
    }

    /** Whether the order names everyone of a unit ("ทุกอำเภอ") where it lists addressees. */
    boolean namesEveryone(String raw) {
        Matcher everyone = EVERYONE.matcher(raw);
        while (everyone.find()) {
            // "ช่วยรวบรวมรายงานของทุกอำเภอ", "ข้อมูลจากทุกอำเภอ": what came from everyone, not a call to them
            String before = raw.substring(Math.max(0, everyone.start() - 6), everyone.start()).strip();
            if (!before.endsWith("ของ") && !before.endsWith("จาก")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the order leaves some out of the districts it calls as a body without ทุก: "เรียน ศอ.จอส.อำเภอ (ยกเว้น
     * อ.เมืองสกลนคร และ อ.ภูพาน ซึ่งรายงานในที่ประชุมเมื่อวานแล้ว)", "ถึง นอภ. เว้น อ.กุดบาก": then it asks the others
     * ({@link #narrowed}), not those it names.
     */
    boolean leavesSomeOutOfAll(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        Matcher except = EXCEPT.matcher(text);
        while (except.find()) {
            if (UNIT_BEFORE_EXCEPT.matcher(text.substring(Math.max(0, except.start() - 30), except.start())).find()
                    && districtAt(text, except.end()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The districts called as a body right before ยกเว้น: "ศอ.จอส.อำเภอ (", "นอภ. ", "นายอำเภอ", "อำเภอ". */
    private static final Pattern UNIT_BEFORE_EXCEPT = Pattern.compile(
            "(?:ศอ\\.?\\s*จอส\\.?\\s*(?:อำเภอ|อ\\.)|นอภ\\.?|นายอำเภอ|(?<![ก-๙])อำเภอ|ศูนย์\\S{0,12}อำเภอ)\\s*[(（]?\\s*$");

    /** Words that take districts out of an order: "ขอตัด อ.บ้านม่วง ออก", "ยกเลิก อ.ภูพาน", "ถอน อ.ก ออก". */
    private static final Pattern TAKES_OUT = Pattern.compile("(?:ตัด|ยกเลิก|ถอน|เอา)\\s*(?:ชื่อ\\s*)?(?=อ\\.|อำเภอ|ศอ\\.|นอภ\\.)");
    /** Words that put districts into an order: "เพิ่ม อ.นิคมน้ำอูน แทน", "เพิ่มเติม อำเภอเต่างอย". */
    private static final Pattern PUTS_IN = Pattern.compile("เพิ่ม\\s*(?:เติม\\s*)?(?=อ\\.|อำเภอ|ศอ\\.|นอภ\\.)");

    /**
     * The districts a correction of an order's list takes out of it ({@link #TAKES_OUT}) and puts into it
     * ({@link #PUTS_IN}): "ข้อสั่งการเมื่อ ๑๕.๑๐ น. ขอตัด อ.บ้านม่วง ออก… และเพิ่ม อ.นิคมน้ำอูน แทนครับ" takes บ้านม่วง out
     * and puts นิคมน้ำอูน in. Two empty sets when it names none.
     */
    List<java.util.Set<String>> listChange(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        java.util.Set<String> in = new java.util.LinkedHashSet<>();
        for (Pattern words : List.of(TAKES_OUT, PUTS_IN)) {
            Matcher found = words.matcher(text);
            while (found.find()) {
                List<Order.Addressee> named = new ArrayList<>();
                readList(text, found.end(), Math.min(lineEnd(text, found.end()), found.end() + 80), false, named);
                for (Order.Addressee addressee : named) {
                    if (addressee.unit().equals("district")) {
                        (words == TAKES_OUT ? out : in).add(addressee.name());
                    }
                }
            }
        }
        return List.of(out, in);
    }

    /**
     * Whom an order to everyone asks after all, or empty when it asks everyone:
     * <ul>
     * <li>everyone of a unit but those named after ยกเว้น, เว้นแต่ or นอกจาก ("ขอให้ทุกอำเภอ ยกเว้น
     *     อ.เมืองสกลนคร … รายงาน…"), or turned to only to be told they need not ("ส่วน อ.เมืองสกลนคร … ไม่ต้องดำเนินการ",
     *     {@link #LEFT_OUT}): the roster's other districts (or agencies);</li>
     * <li>those named after ได้แก่ or เฉพาะ when a directive to report follows that list and no report is asked before it
     *     ("ขอให้ทุกแห่งเฝ้าระวังไฟป่า โดยเฉพาะอำเภอที่ติดเทือกเขาภูพาน ได้แก่ อ.ภูพาน อ.กุดบาก …
     *     ขอให้รายงาน…"): all are told to watch, those five to report.</li>
     * </ul>
     */
    List<Order.Addressee> narrowed(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        Matcher except = EXCEPT.matcher(text);
        boolean found = except.find();
        if (!found) {
            Matcher leftOut = LEFT_OUT.matcher(text);
            while (!found && leftOut.find()) {
                int lineEnd = text.indexOf('\n', leftOut.end());
                if (NEED_NOT.matcher(text).region(leftOut.end(), lineEnd < 0 ? text.length() : lineEnd).find()) {
                    except = leftOut;
                    found = true;
                }
            }
        }
        if (found) {
            List<Order.Addressee> left = new ArrayList<>();
            // "ยกเว้นเมืองสกลนครและกุสุมาลย์": the districts left out may be named bare
            int listEnd = readList(text, except.end(), Math.min(text.length(), except.end() + 160), false, true, left);
            // how the order named those it asks: "ทุกอำเภอ ยกเว้น อ.เมืองสกลนคร"
            String as = text.substring(Math.max(everyoneBefore(text, except.start()), except.start() - 40), listEnd).strip();
            for (String unit : List.of("district", "agency")) {
                Set<String> out = new java.util.HashSet<>();
                left.stream().filter(a -> a.unit().equals(unit)).forEach(a -> out.add(a.name()));
                if (!out.isEmpty()) {
                    java.util.Collection<String> all = unit.equals("district") ? districts() : agencies();
                    return all.stream().filter(name -> !out.contains(name)).map(name -> new Order.Addressee(unit, name, as)).toList();
                }
            }
        }
        List<Order.Addressee> asked = askedOfSome(text);
        if (!asked.isEmpty()) {
            return asked;
        }
        // "เรียน นอภ. ทุกอำเภอ / จังหวัดจะเป็นเจ้าภาพ… รายละเอียดจะแจ้งให้ทราบต่อไป / สำหรับ อ.พังโคน ซึ่งเป็นสถานที่จัดงาน ขอให้
        // รายงาน…": everyone is told, the one turned to is asked, when nothing is asked of everyone before that line
        Matcher turn = TURNS_TO.matcher(text);
        if (turn.find() && !ASKS_REPORT.matcher(text).region(0, turn.start()).find()) {
            List<Order.Addressee> turned = turnedTo(text);
            if (!turned.isEmpty()) {
                return dedupe(turned);
            }
        }
        Matcher naming = NAMING.matcher(text);
        for (int from = 0; from < text.length() && naming.find(from); from = naming.end()) {
            List<Order.Addressee> listed = new ArrayList<>();
            int end = readList(text, naming.end(), Math.min(text.length(), naming.end() + 200), false, listed);
            if (listed.stream().noneMatch(a -> a.unit().equals("district") || a.unit().equals("agency"))) {
                continue;
            }
            Matcher everyone = EVERYONE.matcher(text);
            boolean everyoneAfter = everyone.find(end);
            boolean askedOfAll = ASKS_REPORT.matcher(text).region(everyoneBefore(text, naming.start()), naming.start()).find();
            boolean askedOfList = DIRECTS_REPORT.matcher(text).region(end, text.length()).lookingAt();
            if (!everyoneAfter && !askedOfAll && askedOfList) {
                return dedupe(listed);
            }
        }
        return List.of();
    }

    /**
     * The districts an order names everyone before and then asks some of: everyone only in the salutation's line ("เรียน
     * นายอำเภอทุกอำเภอ / … ขอให้อำเภอเมืองสกลนคร และอำเภอโพนนาแก้ว ซึ่งมีพื้นที่ติดหนองหาร สำรวจ… รายงาน… อำเภออื่นทราบ",
     * "เรียน นอภ.ทุกอำเภอ / … ในพื้นที่ อ.วานรนิวาส และ อ.อากาศอำนวย ขอให้ทั้งสองอำเภอรายงาน…"), or only in its account of
     * what was done; and a directive after it naming districts right after it or pointing back to them; else none.
     */
    private List<Order.Addressee> askedOfSome(String text) {
        int first = GREETING.matcher(text).lookingAt() ? lineEnd(text, 0) : 0;
        if (first > 0) {
            if (!EVERYONE.matcher(text).region(0, first).find() || EVERYONE.matcher(text).region(first, text.length()).find()) {
                return List.of();
            }
        } else {
            // "ต่อจากที่ทุกอำเภอรายงานยอด… เข้ามาแล้ว ขอบคุณครับ ครั้งนี้ขอให้ อ.เมืองสกลนคร อ.กุสุมาลย์ … รายงานเพิ่มเติม…":
            // everyone only in the account of what was done, never directed
            Matcher everyone = EVERYONE.matcher(text);
            int last = -1;
            while (everyone.find()) {
                String before = text.substring(Math.max(0, everyone.start() - 15), everyone.start());
                if (DIRECTED.matcher(before).find()) {
                    return List.of();
                }
                last = everyone.end();
            }
            if (last < 0) {
                return List.of();
            }
            first = last;
        }
        List<Order.Addressee> asked = new ArrayList<>();
        Matcher directive = DIRECTIVE.matcher(text).region(first, text.length());
        while (directive.find()) {
            readList(text, directive.end(), Math.min(text.length(), directive.end() + 160), false, asked);
        }
        if (asked.isEmpty()) {
            asked.addAll(namedBefore(text.substring(first)));
        }
        return asked.stream().anyMatch(a -> a.unit().equals("district")) ? dedupe(asked) : List.of();
    }

    /** Words that direct everyone named right after them: "ขอให้ทุกอำเภอ", "ให้ ศอ.จอส.อ. ทุกอำเภอ", "แจ้งทุกอำเภอ", "เรียนทุกท่าน". */
    private static final Pattern DIRECTED = Pattern.compile("ให้|กรุณา|ขอความร่วมมือ|ฝาก|แจ้ง|เรียน|ถึง|มอบหมาย|รบกวน|เชิญ|โปรด|ย้ำ|เน้น");
    /** A salutation opening an order: "เรียน", "ถึง", "กราบเรียน", after a speed class too. */
    private static final Pattern GREETING = Pattern.compile("^[^\\p{L}\\p{N}]*" + SPEED + "(?:เรียน|ถึง|กราบเรียน)");
    /** Words that direct those named right after them: "ขอให้", "ให้", "ขอความร่วมมือ", "กรุณา", "มอบหมาย", "ฝาก". */
    private static final Pattern DIRECTIVE = Pattern.compile("(?:ขอให้|(?<=[\\s:.)\\]])ให้|ขอความร่วมมือ|กรุณา|รบกวน|มอบหมาย(?:ให้)?|ฝาก)\\s*");

    /** Where the last mention of everyone before {@code at} starts (0 when none). */
    private static int everyoneBefore(String text, int at) {
        Matcher everyone = EVERYONE.matcher(text).region(0, at);
        int last = 0;
        while (everyone.find()) {
            last = everyone.start();
        }
        return last;
    }

    /**
     * Reads a run of addressees starting at {@code at}: each a district with its prefix (or, after
     * one, bare), an agency or a person, separated by spaces, commas or และ. A salutation's run goes
     * to the end of its line, skipping words it does not know; a directive's stops at the first.
     * Returns where the run stopped.
     */
    private int readList(String text, int at, int end, boolean salutation, List<Order.Addressee> named) {
        return readList(text, at, end, salutation, false, named);
    }

    /** As above; with {@code bare}, the run may open with a district named without อ. or อำเภอ. */
    private int readList(String text, int at, int end, boolean salutation, boolean bare, List<Order.Addressee> named) {
        int position = at;
        boolean afterDistrictPrefix = bare;
        boolean described = false;
        while (position < end) {
            Matcher separator = SEPARATOR.matcher(text).region(position, end);
            if (separator.lookingAt()) {
                position = separator.end();
            }
            if (position >= end) {
                break;
            }
            Order.Addressee found = null;
            int next = position;
            Matcher prefix = DISTRICT_PREFIX.matcher(text).region(position, end);
            if (prefix.lookingAt()) {
                String district = district(text, prefix.end(), end);
                if (district != null) {
                    int length = districtLength(text, prefix.end(), end, district);
                    found = new Order.Addressee("district", originalDistrict(district), text.substring(position, prefix.end() + length).strip());
                    next = prefix.end() + length;
                    afterDistrictPrefix = true;
                }
            } else if (afterDistrictPrefix) {
                String district = district(text, position, end);
                if (district != null) {
                    int length = districtLength(text, position, end, district);
                    found = new Order.Addressee("district", originalDistrict(district), text.substring(position, position + length).strip());
                    next = position + length;
                }
            }
            if (found == null) {
                found = agencyOrPerson(text, position, end);
                if (found != null) {
                    next = position + found.as().length();
                    afterDistrictPrefix = false;
                }
            }
            if (found == null && !described) {
                Matcher units = DESCRIBED.matcher(text).region(position, end);
                if (units.lookingAt()) {
                    // "อำเภอที่ประกาศเขตภัยหนาว (…": the list after the description, bare district names too
                    described = true;
                    afterDistrictPrefix = true;
                    position = units.end();
                    continue;
                }
            }
            if (found == null) {
                Matcher count = COUNT.matcher(text).region(position, end);
                if (!salutation && afterDistrictPrefix && count.lookingAt()) {
                    // a count after a district named in a list: "อ.ภูพาน ๗ จุด อ.ส่องดาว ๔ จุด"; or a numbered line's number
                    Matcher number = NUMBER.matcher(text).region(position, end);
                    boolean numbersADistrict = number.lookingAt() && district(text, number.end(), end) != null;
                    position = Math.max(numbersADistrict ? number.end() : count.end(), position + 1);
                    continue;
                }
                if (!salutation) {
                    break;
                }
                next = wordEnd(text, position, end);
                // "เรียน นอภ.อำเภอริมลำน้ำสงคราม (อากาศอำนวย …) และริมลำน้ำอูน (พรรณานิคม …)": after a description, bare names still
                afterDistrictPrefix = described;
            } else {
                add(found, named);
            }
            position = Math.max(next, position + 1);
        }
        return position;
    }

    /** The district (as compacted) whose name starts at {@code at}, also cut short with ฯ; the longest. */
    private String district(String text, int at, int end) {
        String rest = compact(text.substring(at, Math.min(end, at + 40)));
        for (String district : districts) {
            if (rest.startsWith(district)) {
                return district;
            }
        }
        int mark = rest.indexOf('ฯ');
        if (mark >= 3) {
            String stem = rest.substring(0, mark);
            String match = null;
            for (String district : districts) {
                if (district.startsWith(stem)) {
                    if (match != null) {
                        return null; // two districts start so: never guess
                    }
                    match = district;
                }
            }
            return match == null ? null : match;
        }
        return null;
    }

    /** How many characters of the text the district's name takes, spaces within it and a ฯ included. */
    private static int districtLength(String text, int at, int end, String district) {
        int matched = 0;
        int position = at;
        while (position < end && matched < district.length()) {
            char c = text.charAt(position);
            if (c == 'ฯ') {
                return position + 1 - at;
            }
            if (!Character.isWhitespace(c)) {
                matched++;
            }
            position++;
        }
        if (position < end && text.charAt(position) == 'ฯ') {
            position++;
        }
        return position - at;
    }

    /** The roster's district the text names at {@code at}, with or without อ., อำเภอ and the like before it; else null. */
    String districtAt(String text, int at) {
        int end = Math.min(text.length(), at + 60);
        Matcher prefix = DISTRICT_PREFIX.matcher(text).region(at, end);
        String district = district(text, prefix.lookingAt() ? prefix.end() : at, end);
        return district == null ? null : originalDistrict(district);
    }

    private String originalDistrict(String compacted) {
        return districtNames.getOrDefault(compacted, compacted);
    }

    /** The longest beginning of {@code text}, of {@code shortest} characters or more, that {@code names} has a value for; null when none. */
    private static String longestBeginning(String text, Map<String, ?> names, int shortest) {
        for (int length = text.length(); length >= shortest; length--) {
            String key = text.substring(0, length);
            if (names.get(key) != null) {
                return key;
            }
        }
        return null;
    }

    private Order.Addressee agencyOrPerson(String text, int at, int end) {
        String window = text.substring(at, Math.min(end, at + 80));
        String rest = compact(window);
        String bestKey = longestBeginning(rest, agencyKeys, 0);
        String bestAgency = bestKey == null ? null : agencyKeys.get(bestKey);
        for (Map.Entry<String, String> abbreviation : AGENCY_ABBREVIATIONS.entrySet()) {
            String key = abbreviation.getKey();
            if (rest.startsWith(key) && (rest.length() == key.length() || !Character.isLetter(rest.charAt(key.length()))
                    || rest.charAt(key.length()) == '.')) {
                String agency = agencyWith(abbreviation.getValue());
                if (agency != null && (bestKey == null || key.length() > bestKey.length())) {
                    bestKey = key;
                    bestAgency = agency;
                }
            }
        }
        // the longest name that starts the text: looked up by each of the text's beginnings, longest
        // first, not by comparing the text with each of 300,000 names
        String personKey = longestBeginning(rest, people, 3);
        Person bestPerson = personKey == null ? null : people.get(personKey);
        if (bestPerson == null && bestKey == null && (personKey = longestBeginning(rest, firstWords, 5)) != null) {
            bestPerson = firstWords.get(personKey);
        }
        if (bestPerson == null && bestKey == null) {
            // "ท่านอนันต์ ทิพย์โยธา", "ท่านนายอำเภอธวัชชัย พรหมสุข": a full name after how it is addressed
            Matcher title = HONORIFIC.matcher(rest);
            if (title.lookingAt() && (personKey = longestBeginning(rest.substring(title.end()), people, 6)) != null) {
                bestPerson = people.get(personKey);
                personKey = rest.substring(0, title.end()) + personKey;
            } else if (title.lookingAt() && title.end() > 0 && (personKey = longestBeginning(rest.substring(title.end()), givenNames, 4)) != null) {
                // "ขอให้ท่านอนันต์ และท่านธวัชชัย ช่วยรายงาน…", "ท่านนายอำเภอกนกวรรณ": the given name alone, after how one is addressed
                bestPerson = givenNames.get(personKey);
                personKey = rest.substring(0, title.end()) + personKey;
            }
        }
        if (bestPerson != null && (bestKey == null || personKey.length() >= bestKey.length())) {
            return new Order.Addressee("person", bestPerson.id(), window.substring(0, originalLength(window, personKey)));
        }
        if (bestKey != null) {
            int length = originalLength(window, bestKey);
            while (length < window.length() && window.charAt(length) == '.') {
                length++;
            }
            return new Order.Addressee("agency", bestAgency, window.substring(0, length));
        }
        return null;
    }

    /** The agency of the roster whose name holds these words, if exactly one does. */
    private String agencyWith(String words) {
        String found = null;
        for (String agency : agencies()) {
            if (compact(agency).contains(words)) {
                if (found != null && !found.equals(agency)) {
                    return null;
                }
                found = agency;
            }
        }
        return found;
    }

    /** How many characters of {@code window} it takes to cover {@code compacted} (spaces and dots of the window skipped). */
    private static int originalLength(String window, String compacted) {
        int matched = 0;
        int position = 0;
        while (position < window.length() && matched < compacted.length()) {
            char c = window.charAt(position);
            if (!Character.isWhitespace(c) && c != '.') {
                matched++;
            }
            position++;
        }
        return position;
    }

    private static int lineEnd(String text, int at) {
        int newline = text.indexOf('\n', at);
        return newline < 0 ? text.length() : newline;
    }

    private static int wordEnd(String text, int at, int end) {
        int position = at;
        while (position < end && !Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        return position;
    }

    /** A name without spaces or dots, for matching whatever spacing it was written with. */
    private static String withoutPrefix(String text, String prefix) {
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '.') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<Order.Addressee> dedupe(List<Order.Addressee> named) {
        Map<String, Order.Addressee> unique = new LinkedHashMap<>();
        for (Order.Addressee addressee : named) {
            unique.putIfAbsent(addressee.unit() + "\u0000" + addressee.name(), addressee);
        }
        return List.copyOf(unique.values());
    }
}
