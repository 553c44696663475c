package dev.rabiap.bench;

import dev.rabiap.engine.Roster;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Random;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The workload of the ministry's @มหาดไทย account at full size, for the {@code moi-mahadthai} rule
 * set: a roster of every MOI person of 76 provinces and the account's follow log and survey answers,
 * in the shapes of {@code samples/moi/}. Writes, to {@code --dir}:
 * <ul>
 *   <li>{@code roster.csv}: {@code --people} people (default 300,000): per province a governor, three
 *       vice governors, a publicity officer (MOI-5), the palad and provincial staff; per district
 *       (878 in all) its chief and deputies; kamnan, village heads, local executives and palads,
 *       office staff, volunteer-centre officers and agency heads; and retirees, whom MOI-1 does not
 *       require. Everyone but the retirees has a LINE user id;</li>
 *   <li>{@code followers.jsonl}: follow events on @มหาดไทย from 16 Sep 2018 over 30 days, by most
 *       of the people, and some unfollows later;</li>
 *   <li>{@code answers.survey.csv}: the survey export, one answer by most followers, most within
 *       the 7 days MOI-2 gives and some after; follows and answers together make {@code --messages}
 *       messages (default 527,000);</li>
 *   <li>{@code circular.jsonl}: the ministry's circular in its group, two messages: with it alone,
 *       an audit is the roster's MOI-1 coverage and little else.</li>
 * </ul>
 * Deterministic for a seed.
 *
 * <pre>
 * java -cp 'bench/target/rabiap-bench.jar:bench/target/lib/*' dev.rabiap.bench.MoiWorkload [--people N] [--messages N] [--dir DIR] [--seed S]
 * </pre>
 *
 * Exit status: 0 when written, 2 for a usage error or a failure.
 */
public final class MoiWorkload {
    static final String ACCOUNT = "@มหาดไทย";
    static final String SURVEY = "แบบสำรวจ";
    /** The audit's as-of: after every answer is due. */
    static final String AS_OF = "2018-10-30T17:00";
    private static final LocalDateTime START = LocalDateTime.of(2018, 9, 16, 8, 0);
    private static final int PROVINCES = 76;
    private static final int DISTRICTS = 878;
    private static final String[] FIRST = {"สมชาย", "สมศักดิ์", "วีระ", "สุรชัย", "ธนากร", "อนุชา", "ณรงค์", "ปิยะ", "วิชัย", "บุญมี",
        "พิทักษ์", "อำนาจ", "สมหญิง", "มาลี", "สุภาพร", "วันเพ็ญ", "กาญจนา", "รัตนา", "พรทิพย์", "ดวงใจ", "ประยุทธ", "สุเทพ", "อรุณี",
        "จิราพร", "ชัยวัฒน์", "ไพโรจน์", "บัวผัน", "นงนุช", "เกษม", "ลำดวน"};
    private static final String[] LAST = {"ศรีสกล", "พิมพ์ทอง", "แก้วมณี", "บุญเรือง", "ใจดี", "สุขเจริญ", "ทองคำ", "ภูผาเงิน", "วงศ์ไชย",
        "อินทร์แก้ว", "จันทร์หอม", "คำภูแก้ว", "ศรีวงศ์", "นาคสวัสดิ์", "ไชยมงคล", "บุตรดี", "มีสุข", "ดวงแก้ว", "ทองดี", "พรหมวงศ์",
        "ปัญญา", "อินต๊ะ", "ธรรมวงศ์", "มูลเมือง", "เรือนคำ", "ศรีวิชัย", "แก้วมา", "ปัญโญ", "ยาวิชัย", "เทพวงศ์", "ขันแก้ว", "ตาคำ"};

    /** One person: the roster's columns. */
    record Person(String id, String fullName, String displayName, String role, String agency, String district, String lineId) {}

    /** What was written. */
    record Written(int people, int required, long follows, long unfollows, long answers, long lateAnswers) {
        long messages() {
            return follows + unfollows + answers;
        }
    }

    private final Random random;
    private final List<Person> people = new ArrayList<>();
    private int required;

    MoiWorkload(long seed) {
        this.random = new Random(seed ^ 0x4D4F49L);
    }

    /** The command line. */
    @Command(name = "MoiWorkload", description = "Writes the MOI account's workload at full size: roster.csv, followers.jsonl, answers.survey.csv and circular.jsonl.")
    static final class Cli extends BenchCommand {
        @Option(names = "--people", paramLabel = "N", converter = CommonArgs.Count.class, description = "people on the roster, 1,000 or more")
        long people = 300_000;

        Cli() {
            super(new CommonArgs().messages(527_000, "follow, unfollow and survey-answer messages in all").dir("rabiap-bench-moi", "where the files go")
                    .seed(2561, "the generator's seed"), System.out);
        }

        @Override
        public Integer call() throws IOException {
            long messages = common.messages();
            if (people < 1000) {
                throw common.usage("--people must be 1,000 or more");
            }
            write(common.dir(), (int) people, messages, common.seed(), out);
            return 0;
        }
    }

    public static void main(String[] args) {
        System.exit(CommonArgs.execute(new Cli(), args));
    }

    static Written write(Path dir, int people, long messages, long seed, PrintStream out) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(dir);
        MoiWorkload workload = new MoiWorkload(seed);
        workload.roster(people);
        workload.writeRoster(dir.resolve("roster.csv"));
        Written written = workload.writeLogs(dir, messages);
        workload.writeCircular(dir.resolve("circular.jsonl"));
        out.printf(Locale.ROOT, "MOI workload in %s, written in %s:%n", dir, BenchArgs.seconds(System.nanoTime() - start));
        out.printf(Locale.ROOT, "  roster.csv           %,d people, %,d of them required by MOI-1%n", written.people(), written.required());
        out.printf(Locale.ROOT, "  followers.jsonl      %,d follows and %,d unfollows%n", written.follows(), written.unfollows());
        out.printf(Locale.ROOT, "  answers.survey.csv   %,d answers (%,d after the 7 days)%n", written.answers(), written.lateAnswers());
        out.printf(Locale.ROOT, "  messages             %,d; audit as of %s%n", written.messages(), AS_OF);
        return written;
    }

    /** Makes the roster: province and district offices first, local people after, office staff to fill. */
    void roster(int size) {
        int perDistrict = DISTRICTS / PROVINCES;
        int district = 0;
        int extra = size / 30; // volunteer-centre officers, agency heads and retirees
        int target = size - extra;
        for (int p = 1; p <= PROVINCES; p++) {
            String province = "จังหวัดที่ " + p;
            add("governor", "ผวจ." + p, "ศาลากลาง" + province, "", true);
            for (int v = 0; v < 3; v++) {
                add("vice_governor", "รองผวจ." + p, "ศาลากลาง" + province, "", true);
            }
            add("pr_coordinator", "ปชส.จ." + p, "ศาลากลาง" + province, "", true);
            add("provincial_palad", "ปจ." + p, "ที่ทำการปกครอง" + province, "", true);
            for (int s = 0; s < 20; s++) {
                add("provincial_admin_staff", "ปค.จ." + p, "ที่ทำการปกครอง" + province, "", true);
            }
            int districts = p == PROVINCES ? DISTRICTS - district : perDistrict;
            for (int d = 0; d < districts; d++) {
                district++;
                String name = "อำเภอที่ " + district;
                add("district_chief", "นอภ." + district, "ที่ว่าการ" + name, name, true);
                for (int s = 0; s < 6; s++) {
                    add("deputy_district_chief", "ปลัดอำเภอ " + district, "ที่ว่าการ" + name, name, true);
                }
            }
        }
        // per district: kamnan, village heads, local governments
        for (int d = 1; people.size() < target * 6 / 10 && d <= DISTRICTS * 100; d++) {
            int at = (d - 1) % DISTRICTS + 1;
            String name = "อำเภอที่ " + at;
            String tambon = "ตำบลที่ " + d;
            add("kamnan", "กำนัน ต." + d, tambon, name, true);
            for (int v = 0; v < 9; v++) {
                add("village_head", "ผญบ. ม." + (v + 1) + " ต." + d, tambon, name, true);
            }
            add("local_executive", "นายก อบต." + d, "องค์การบริหารส่วน" + tambon, name, true);
            add("local_palad", "ปลัด อบต." + d, "องค์การบริหารส่วน" + tambon, name, true);
        }
        for (int i = 0; people.size() < target; i++) {
            int at = i % DISTRICTS + 1;
            add("staff", "จนท." + (i % 997), "สำนักงานอำเภอที่ " + at, "อำเภอที่ " + at, true);
        }
        for (int i = 0; people.size() < size; i++) {
            int kind = i % 10;
            if (kind < 5) {
                add("volunteer_center_staff", "ศอ.จอส. " + i, "ที่ทำการปกครองจังหวัดที่ " + (i % PROVINCES + 1), "", true);
            } else if (kind < 8) {
                add("agency_head", "หัวหน้าส่วน " + i, "ส่วนราชการที่ " + i, "", true);
            } else {
                add("retired", "อดีตข้าราชการ " + i, "", "", false);
            }
        }
    }

    private void add(String role, String title, String agency, String district, boolean isRequired) {
        int n = people.size();
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String full = (random.nextInt(3) == 0 ? "นาง" : "นาย") + first + " " + last;
        // display names are as varied as people: the title, the first name and a number keep them apart
        String display = title + " " + first + " " + (n + 1);
        String lineId = role.equals("retired") ? "" : String.format(Locale.ROOT, "U%016x%016x", mix(n + 1L), mix(~(n + 1L)));
        people.add(new Person(String.format(Locale.ROOT, "MOI%06d", n + 1), full, display, role, agency, district, lineId));
        if (isRequired) {
            required++;
        }
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    void writeRoster(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", Roster.HEADER));
            w.write('\n');
            for (Person p : people) {
                w.write(String.join(",", p.id(), p.fullName(), p.displayName(), p.role(), p.agency(), p.district(), p.lineId(), ""));
                w.write('\n');
            }
        }
    }

    /** One event of the logs, in time order. */
    private record Event(long minute, int person, int what) {}

    private static final int FOLLOW = 0;
    private static final int UNFOLLOW = 1;
    private static final int ANSWER = 2;

    /**
     * Follows by about 92% of those with a LINE id, answers by most followers, a few unfollows: as
     * many messages in all as asked, the answers filling what the follows leave.
     */
    Written writeLogs(Path dir, long messages) throws IOException {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            if (!people.get(i).lineId().isEmpty()) {
                candidates.add(i);
            }
        }
        java.util.Collections.shuffle(candidates, random);
        long follows = Math.min(candidates.size() * 92L / 100, messages * 52 / 100);
        long unfollows = follows / 100;
        long answers = Math.max(0, Math.min(follows, messages - follows - unfollows));
        PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> a.minute() != b.minute() ? Long.compare(a.minute(), b.minute())
                : a.person() != b.person() ? Integer.compare(a.person(), b.person()) : Integer.compare(a.what(), b.what()));
        long late = 0;
        int span = 30 * 24 * 60;
        for (int i = 0; i < follows; i++) {
            int person = candidates.get(i);
            long at = (long) (Math.pow(random.nextDouble(), 1.6) * span); // more early on, as the circular asked
            events.add(new Event(at, person, FOLLOW));
            if (i < answers) {
                // most answer within the week MOI-2 gives; one in twenty a day or two after it
                boolean isLate = random.nextInt(20) == 0;
                long after = isLate ? 7 * 24 * 60 + 1 + random.nextInt(2 * 24 * 60) : 1 + random.nextInt(7 * 24 * 60 - 1);
                events.add(new Event(at + after, person, ANSWER));
                if (isLate) {
                    late++;
                }
            }
            if (i >= follows - unfollows) {
                events.add(new Event(at + 60 + random.nextInt(10 * 24 * 60), person, UNFOLLOW));
            }
        }
        long followId = 0;
        try (BufferedWriter jsonl = Files.newBufferedWriter(dir.resolve("followers.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter csv = Files.newBufferedWriter(dir.resolve("answers.survey.csv"), StandardCharsets.UTF_8)) {
            csv.write("ประทับเวลา,line_user_id,ชื่อ-สกุล,หน่วยงาน,ตำแหน่ง,ข้อมูลข่าวสารที่ต้องการ,ข้อเสนอแนะ\n");
            while (!events.isEmpty()) {
                Event e = events.poll();
                Person p = people.get(e.person());
                LocalDateTime time = START.plusMinutes(e.minute());
                if (e.what() == ANSWER) {
                    csv.write(String.format(Locale.ROOT, "%d/%d/%d %02d:%02d:00,%s,%s,%s,%s,%s,%n", time.getDayOfMonth(), time.getMonthValue(),
                            time.getYear() + 543, time.getHour(), time.getMinute(), p.lineId(), p.fullName(), p.agency(), p.role(),
                            random.nextBoolean() ? "ข้อสั่งการและหนังสือเวียน" : "ข้อสั่งการและหนังสือเวียน;ผลงานรัฐบาล"));
                } else {
                    followId++;
                    jsonl.write(String.format(Locale.ROOT,
                            "{\"id\": \"f%d\", \"group\": \"%s\", \"time\": \"%s\", \"sender\": \"%s\", \"senderId\": \"%s\", \"type\": \"system\", \"event\": \"%s\"}%n",
                            followId, ACCOUNT, time.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME), p.displayName(), p.lineId(), e.what() == FOLLOW ? "follow" : "unfollow"));
                }
            }
        }
        return new Written(people.size(), required, follows, unfollows, answers, late);
    }

    void writeCircular(Path file) throws IOException {
        Files.writeString(file, """
                {"id": "c01", "group": "มท.-จังหวัด", "time": "2018-09-15T10:00:00", "sender": "สป.มท. กองสารนิเทศ", "type": "text", "text": "ด่วนที่สุด ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑ ลงวันที่ ๑๕ กันยายน ๒๕๖๑ เรื่อง การปฏิบัติการสื่อสารของกระทรวงมหาดไทยผ่านแอปพลิเคชันไลน์แอด “มหาดไทย” ขอให้เน้นย้ำและประชาสัมพันธ์ให้บุคลากรทุกระดับเข้าร่วมเป็นสมาชิก"}
                {"id": "c02", "group": "มท.-จังหวัด", "time": "2018-09-15T10:05:00", "sender": "สป.มท. กองสารนิเทศ", "type": "file", "attachment": "คู่มือการเข้าเป็นสมาชิกไลน์แอด มหาดไทย.pdf"}
                """, StandardCharsets.UTF_8);
    }
}
