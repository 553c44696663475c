package dev.rabiap.bench;

import dev.rabiap.bench.Population.Person;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic JSONL log of the six Sakon Nakhon groups straight to disk, one message at a
 * time: orders with circular numbers and deadlines, district reports with photos, acknowledgements,
 * questions, public relations, chat, incidents, forwards, and joins, invites, leaves and removals.
 * About 5% of the messages break a posting rule and about 2% are membership events that break a
 * membership rule (an ineligible person joins or is invited, or an unknown name is invited); every
 * such guest leaves or is removed again later. Time only increases. Deterministic for a seed.
 */
final class LogGenerator {
    static final String G1 = "นักปกครองสกลนคร";
    static final String G2 = "ข้อสั่งการ ปค.สน.";
    static final String G3 = "ข้อสั่งการ ปจ.สน.";
    static final String G4 = "ผู้บริหารจังหวัด และนายอำเภอ";
    static final String G5 = "ศอ.จอส.จว.สน.";
    static final String G6 = "หน.ส่วนราชการ-นอภ.สน.";

    /** Share of messages that break a posting rule. */
    static final double POSTING_VIOLATIONS = 0.05;
    /** Share of messages that are membership events breaking a membership rule. */
    static final double MEMBERSHIP_VIOLATIONS = 0.02;
    /** Share of messages that are ordinary membership changes (a member leaves, later rejoins). */
    private static final double CHURN = 0.005;

    private static final ZoneOffset BANGKOK = ZoneOffset.ofHours(7);
    private static final long START = LocalDateTime.of(2025, 10, 1, 7, 30).toEpochSecond(BANGKOK);
    private static final String[] MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
        "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    private static final String[] MONTHS_SHORT = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
        "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final String[] SUBJECTS = {"การป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน", "การเตรียมความพร้อมรับมืออุทกภัย",
        "การรักษาความปลอดภัยช่วงเทศกาลปีใหม่", "การสำรวจข้อมูลผู้ประสบภัยหนาว", "การจัดกิจกรรมวันท้องถิ่นไทย",
        "การประชุมกรมการจังหวัดประจำเดือน", "การป้องกันและปราบปรามยาเสพติดในพื้นที่", "การรับเรื่องร้องเรียนผ่านศูนย์ดำรงธรรม",
        "การจัดระเบียบสังคมและสถานบริการ", "การตรวจสอบข้อเท็จจริงตามหนังสือร้องเรียน", "การเลือกตั้งผู้ใหญ่บ้านแทนตำแหน่งที่ว่าง",
        "การดำเนินการตามนโยบายแก้ไขปัญหาหนี้สินภาคประชาชน"};
    private static final String[] ACTIVITIES = {"ทำความสะอาดวัด", "ปลูกต้นไม้ริมทาง", "พัฒนาคูคลองสาธารณะ", "ซ่อมแซมถนนในหมู่บ้าน",
        "บริจาคโลหิต", "ตัดแต่งกิ่งไม้ริมถนน", "เก็บขยะริมหนองหาร", "ทาสีศาลาประชาคม"};
    private static final String[] INCIDENTS = {"ไฟไหม้บ้านเรือนราษฎร", "น้ำท่วมฉับพลันถนนเข้าหมู่บ้าน", "อุบัติเหตุรถชนบนทางหลวง ๒๒",
        "พายุลมแรงพัดหลังคาบ้านเสียหาย", "ไฟป่าลุกลามเขตอุทยาน", "ต้นไม้ล้มขวางถนน"};
    private static final String[] QUESTIONS = {"สอบถามครับ การประชุมพรุ่งนี้ใช้ห้องประชุมใดครับ", "ประชุมกรมการจังหวัดเลื่อนไปวันไหนครับ?",
        "แบบฟอร์มที่ส่งมาเมื่อวาน มีฉบับแก้ไขไหมครับ", "สอบถามค่ะ ต้องแต่งกายชุดใดค่ะ", "ส่งทางอีเมลได้ไหมครับ",
        "ท่านผู้ว่าฯ จะลงพื้นที่กี่โมงครับ?"};
    private static final String[] CHAT = {"สวัสดีครับ", "อรุณสวัสดิ์ครับทุกท่าน", "ขอบคุณครับ", "ขอบคุณมากค่ะ", "ยินดีด้วยครับท่าน",
        "เดินทางปลอดภัยครับ", "สุขสันต์วันเกิดครับท่าน", "ขอแสดงความยินดีกับท่านนายอำเภอครับ"};
    private static final String[] ACKS = {"🙏", "🙏🙏🙏", "👍", "รับทราบครับ", "รับทราบค่ะ", "รับทราบครับ 🙏", "ทราบครับ"};
    private static final String[] PR = {"ประชาสัมพันธ์ งานเทศกาลแห่ปราสาทผึ้ง", "ผลงานเด่นประจำเดือน โครงการบำบัดทุกข์ บำรุงสุข",
        "อินโฟกราฟิก สถานการณ์ภัยแล้ง", "ประชาสัมพันธ์ รับสมัครจิตอาสาพระราชทาน", "ผลงานการแก้ไขปัญหาหนี้นอกระบบ"};
    private static final String[] FILES = {"หนังสือสั่งการ.pdf", "แบบรายงานผล.xlsx", "คำสั่งจังหวัด.pdf", "สรุปผลการประชุม.docx"};

    /** What was written, with the violations put in on purpose. */
    record Stats(long messages, long bytes, long postingViolations, long membershipViolations, long systemEvents,
                 long unknownSenderPosts, long orders) {}

    private enum Kind { ORDER, REPORT, ACK, QUESTION, CHAT, INCIDENT, PR, FORWARD }

    /** One way of posting in a group: a kind, who may send it, how often. */
    private record Template(Kind kind, List<Person> senders, int weight, boolean unknownSender) {}

    /** A group: its members, who may be invited or join against its rules, and its posting templates. */
    private final class Group {
        final String name;
        final int weight;
        final List<Person> members;
        final List<Person> guests;
        final List<Template> compliant = new ArrayList<>();
        final List<Template> violating = new ArrayList<>();
        final Set<String> guestsIn = new HashSet<>();
        final Set<String> membersOut = new HashSet<>();
        String lastOrderId;

        Group(String name, int weight, List<Person> members, List<Person> guests) {
            this.name = name;
            this.weight = weight;
            this.members = members;
            this.guests = guests;
        }

        Group ok(Kind kind, List<Person> senders, int weight) {
            compliant.add(new Template(kind, senders, weight, false));
            return this;
        }

        Group okUnknown(Kind kind, int weight) {
            compliant.add(new Template(kind, List.of(), weight, true));
            return this;
        }

        Group bad(Kind kind, List<Person> senders, int weight) {
            violating.add(new Template(kind, senders, weight, false));
            return this;
        }
    }

    /** A membership change due later: a guest leaves or is removed, a member rejoins. */
    private record Pending(long due, long order, Group group, String event, Person sender, String target, String release,
                           boolean rejoin) {}

    private final Population population;
    private final Random random;
    private final List<Group> groups = new ArrayList<>();
    private final int totalWeight;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            (a, b) -> a.due() != b.due() ? Long.compare(a.due(), b.due()) : Long.compare(a.order(), b.order()));
    private final double[] districtWeights;
    private final StringBuilder line = new StringBuilder(512);
    private long time = START;
    private long seq;
    private long pendingOrder;
    private long postingViolations;
    private long membershipViolations;
    private long systemEvents;
    private long unknownSenderPosts;
    private long orders;

    LogGenerator(Population population, long seed) {
        this.population = population;
        this.random = new Random(seed ^ 0x5A17L);
        Population p = population;
        List<Person> governor = p.withRole("governor", null);
        List<Person> vice = p.withRole("vice_governor", null);
        List<Person> governors = concat(governor, vice);
        List<Person> palad = p.withRole("provincial_palad", null);
        List<Person> chiefs = p.withRole("district_chief", null);
        List<Person> coordinating = p.withRole("coordinating_deputy", null);
        List<Person> deputies = p.withRole("deputy_district_chief", null);
        List<Person> office = p.withRole("provincial_admin_staff", null);
        List<Person> volunteersProvince = p.withRole("volunteer_center_staff", true);
        List<Person> volunteersDistrict = p.withRole("volunteer_center_staff", false);
        List<Person> heads = p.withRole("agency_head", null);
        List<Person> chiefsAndCoordinating = concat(chiefs, coordinating);

        Group g1 = new Group(G1, 27, concat(governor, palad, chiefs, coordinating), p.withRoles("deputy_district_chief", "staff", "volunteer_center_staff"));
        g1.ok(Kind.ORDER, concat(governor, palad), 6).ok(Kind.REPORT, chiefsAndCoordinating, 30).ok(Kind.ACK, g1.members, 25)
                .ok(Kind.QUESTION, g1.members, 8).ok(Kind.CHAT, g1.members, 12).ok(Kind.INCIDENT, chiefsAndCoordinating, 8)
                .ok(Kind.PR, chiefsAndCoordinating, 5).okUnknown(Kind.ACK, 1).okUnknown(Kind.CHAT, 1)
                .bad(Kind.ORDER, chiefsAndCoordinating, 70).bad(Kind.REPORT, palad, 5);

        Group g2 = new Group(G2, 8, concat(palad, chiefs, coordinating, office), p.withRoles("deputy_district_chief", "volunteer_center_staff", "local_palad"));
        g2.ok(Kind.ORDER, office, 60).ok(Kind.ORDER, palad, 10).ok(Kind.FORWARD, office, 30)
                .bad(Kind.ACK, chiefsAndCoordinating, 60).bad(Kind.QUESTION, chiefsAndCoordinating, 20).bad(Kind.REPORT, coordinating, 20);

        Group g3 = new Group(G3, 5, concat(palad, chiefs), p.withRoles("coordinating_deputy", "provincial_admin_staff", "deputy_district_chief"));
        g3.ok(Kind.ORDER, palad, 20).ok(Kind.PR, palad, 5).ok(Kind.FORWARD, palad, 15).ok(Kind.QUESTION, chiefs, 12).ok(Kind.CHAT, chiefs, 8)
                .bad(Kind.ACK, chiefs, 70).bad(Kind.REPORT, chiefs, 30);

        Group g4 = new Group(G4, 10, concat(governors, palad, chiefs), p.withRoles("coordinating_deputy", "agency_head", "pr_coordinator"));
        g4.ok(Kind.ORDER, governors, 10).ok(Kind.INCIDENT, chiefs, 20).ok(Kind.REPORT, chiefs, 15).ok(Kind.ACK, g4.members, 30)
                .ok(Kind.QUESTION, g4.members, 5).ok(Kind.CHAT, g4.members, 5).okUnknown(Kind.ACK, 1)
                .bad(Kind.PR, chiefs, 50).bad(Kind.FORWARD, g4.members, 30).bad(Kind.ORDER, concat(palad, chiefs), 20);

        List<Person> districtVolunteerRoles = concat(volunteersDistrict, deputies, chiefs);
        Group g5 = new Group(G5, 33, concat(palad, chiefs, deputies, p.withRole("volunteer_center_staff", null)),
                p.withRoles("local_executive", "kamnan", "village_head", "staff"));
        g5.ok(Kind.ORDER, concat(palad, volunteersProvince), 6).ok(Kind.REPORT, districtVolunteerRoles, 55).ok(Kind.ACK, g5.members, 25)
                .ok(Kind.QUESTION, g5.members, 5).ok(Kind.CHAT, g5.members, 3).ok(Kind.PR, volunteersProvince, 3)
                .bad(Kind.REPORT, volunteersProvince, 40).bad(Kind.ORDER, concat(volunteersDistrict, deputies), 60);

        Group g6 = new Group(G6, 17, concat(governors, heads, chiefs), p.withRoles("staff", "deputy_district_chief", "state_enterprise_head", "retired"));
        g6.ok(Kind.ORDER, governors, 8).ok(Kind.PR, governors, 5).ok(Kind.FORWARD, governors, 5).ok(Kind.ACK, concat(heads, chiefs), 40)
                .ok(Kind.QUESTION, concat(heads, chiefs), 8).ok(Kind.CHAT, g6.members, 7).ok(Kind.INCIDENT, concat(heads, chiefs), 10)
                .okUnknown(Kind.CHAT, 1)
                .bad(Kind.REPORT, concat(heads, chiefs), 70).bad(Kind.PR, heads, 30);

        groups.addAll(List.of(g1, g2, g3, g4, g5, g6));
        totalWeight = groups.stream().mapToInt(g -> g.weight).sum();
        districtWeights = new double[Population.DISTRICTS.size()];
        for (int i = 0; i < districtWeights.length; i++) {
            String district = Population.DISTRICTS.get(i);
            districtWeights[i] = district.equals("ส่องดาว") ? 0.05 : district.equals("เต่างอย") || district.equals("ภูพาน") ? 0.3 : 1.0;
        }
    }

    @SafeVarargs
    private static List<Person> concat(List<Person>... lists) {
        List<Person> out = new ArrayList<>();
        for (List<Person> list : lists) {
            out.addAll(list);
        }
        return List.copyOf(out);
    }

    /** Writes {@code messages} messages to {@code file}. */
    Stats write(Path file, long messages) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = 0; i < messages; i++) {
                advanceTime();
                seq = i + 1;
                Pending due = pending.peek();
                if (due != null && due.due() <= i) {
                    pending.poll();
                    pendingEvent(due);
                } else {
                    double r = random.nextDouble();
                    if (r < MEMBERSHIP_VIOLATIONS && membershipViolation(pickGroup())) {
                        membershipViolations++;
                    } else if (r >= MEMBERSHIP_VIOLATIONS && r < MEMBERSHIP_VIOLATIONS + CHURN) {
                        memberLeaves(pickGroup());
                    } else {
                        post(pickGroup());
                    }
                }
                out.append(line).append('\n');
            }
        }
        return new Stats(messages, Files.size(file), postingViolations, membershipViolations, systemEvents, unknownSenderPosts, orders);
    }

    private void advanceTime() {
        time += 1 + random.nextInt(40);
        long secondOfDay = Math.floorMod(time + BANGKOK.getTotalSeconds(), 86_400L);
        if (secondOfDay >= 21 * 3600) {
            time += 86_400 - secondOfDay + 6 * 3600 + 1800 + random.nextInt(1800);
        }
    }

    private Group pickGroup() {
        int r = random.nextInt(totalWeight);
        for (Group group : groups) {
            r -= group.weight;
            if (r < 0) {
                return group;
            }
        }
        throw new IllegalStateException();
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static <T> T pick(Random random, T[] array) {
        return array[random.nextInt(array.length)];
    }

    private Template pickTemplate(List<Template> templates) {
        int total = 0;
        for (Template t : templates) {
            total += t.weight();
        }
        int r = random.nextInt(total);
        for (Template t : templates) {
            r -= t.weight();
            if (r < 0) {
                return t;
            }
        }
        throw new IllegalStateException();
    }

    // --- posts ---

    private void post(Group group) {
        boolean violation = random.nextDouble() < POSTING_VIOLATIONS / (1 - MEMBERSHIP_VIOLATIONS * 2 - CHURN * 2);
        Template template = pickTemplate(violation ? group.violating : group.compliant);
        if (violation) {
            postingViolations++;
        }
        if (template.unknownSender()) {
            unknownSenderPosts++;
            String name = pick(random, Population.UNKNOWN_NAMES);
            text(group, template.kind(), null, name, null);
            return;
        }
        Person sender = template.kind() == Kind.REPORT && group.name.equals(G5) ? districtWeighted(template.senders())
                : pick(random, template.senders());
        text(group, template.kind(), sender, senderName(sender), senderId(sender));
    }

    private Person districtWeighted(List<Person> senders) {
        while (true) {
            Person p = pick(random, senders);
            int district = Population.DISTRICTS.indexOf(p.district());
            if (district < 0 || random.nextDouble() < districtWeights[district]) {
                return p;
            }
        }
    }

    private String senderName(Person person) {
        int r = random.nextInt(100);
        if (r < 80) {
            return person.displayName();
        }
        if (r < 90) {
            return person.plainName();
        }
        if (r < 95) {
            return person.fullName();
        }
        return "\u2068" + person.displayName() + "\u2069";
    }

    private String senderId(Person person) {
        return !person.lineUserId().isEmpty() && random.nextInt(10) < 3 ? person.lineUserId() : null;
    }

    private void text(Group group, Kind kind, Person sender, String name, String senderId) {
        String district = sender != null && !sender.district().isEmpty() ? sender.district() : pick(random, Population.DISTRICTS);
        switch (kind) {
            case ORDER -> {
                orders++;
                start(group, name, senderId, "text");
                field("text", group.name.equals(G5) ? volunteerOrder() : order());
                group.lastOrderId = "m" + seq;
            }
            case REPORT -> {
                int r = random.nextInt(100);
                if (r < 35) {
                    start(group, name, senderId, "image");
                    if (r < 25) {
                        field("text", "ภาพกิจกรรม" + pick(random, ACTIVITIES) + " อำเภอ" + district);
                    }
                } else {
                    start(group, name, senderId, "text");
                    field("text", report(district));
                }
            }
            case ACK -> {
                if (random.nextInt(4) == 0) {
                    start(group, name, senderId, "sticker");
                } else {
                    start(group, name, senderId, "text");
                    field("text", random.nextInt(6) == 0 && sender != null && !sender.district().isEmpty()
                            ? "อำเภอ" + district + " รับทราบครับ" : pick(random, ACKS));
                }
                if (group.lastOrderId != null && random.nextBoolean()) {
                    field("replyTo", group.lastOrderId);
                }
            }
            case QUESTION -> {
                start(group, name, senderId, "text");
                field("text", pick(random, QUESTIONS));
            }
            case CHAT -> {
                start(group, name, senderId, "text");
                field("text", pick(random, CHAT));
            }
            case INCIDENT -> {
                start(group, name, senderId, "text");
                field("text", (random.nextBoolean() ? "เหตุด่วน " : "แจ้งเหตุ") + pick(random, INCIDENTS) + " ต.บ้านโพน อ." + district
                        + " เจ้าหน้าที่อยู่ระหว่างเข้าพื้นที่");
            }
            case PR -> {
                start(group, name, senderId, "text");
                field("text", pick(random, PR));
            }
            case FORWARD -> {
                if (random.nextBoolean()) {
                    start(group, name, senderId, "file");
                    field("attachment", pick(random, FILES));
                } else {
                    start(group, name, senderId, "text");
                    field("text", "Fwd: " + pick(random, SUBJECTS));
                }
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        end();
    }

    private String order() {
        LocalDateTime now = LocalDateTime.ofEpochSecond(time, 0, BANGKOK);
        String subject = pick(random, SUBJECTS);
        return switch (random.nextInt(3)) {
            case 0 -> "ด่วนที่สุด ที่ มท ๐๓๐๙." + thaiNumber(1 + random.nextInt(5)) + "/ว " + thaiNumber(1000 + random.nextInt(9000)) + " ลงวันที่ "
                    + thaiNumber(now.getDayOfMonth()) + " " + MONTHS[now.getMonthValue() - 1] + " " + thaiNumber(now.getYear() + 543) + " เรื่อง "
                    + subject + " ขอให้อำเภอดำเนินการและรายงานผล" + deadline(now);
            case 1 -> "ข้อสั่งการผู้ว่าราชการจังหวัดสกลนคร เรื่อง " + subject + " ขอให้นายอำเภอทุกอำเภอกำชับเจ้าหน้าที่ในพื้นที่" + deadline(now);
            default -> "ที่ สน ๐๐๑๗." + thaiNumber(1 + random.nextInt(4)) + "/ว " + thaiNumber(100 + random.nextInt(900)) + " แจ้งอำเภอทุกอำเภอทราบและถือปฏิบัติ เรื่อง "
                    + subject;
        };
    }

    private String volunteerOrder() {
        LocalDateTime now = LocalDateTime.ofEpochSecond(time, 0, BANGKOK);
        String activity = pick(random, ACTIVITIES);
        if (random.nextInt(3) == 0) {
            return "ศอ.จอส.จว.สน. ขอให้ ศอ.จอส.อำเภอทุกอำเภอ เตรียมจิตอาสาร่วมกิจกรรม" + activity + deadline(now);
        }
        return "ศอ.จอส.จว.สน. ขอให้ ศอ.จอส.อำเภอทุกอำเภอ ดำเนินกิจกรรมจิตอาสา" + activity + " และรายงานผลพร้อมภาพถ่าย" + deadline(now);
    }

    private String deadline(LocalDateTime now) {
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> " ภายใน ๒๔ ชม.";
            case 3 -> " ภายใน ๔๘ ชั่วโมง";
            case 4 -> " ภายใน " + thaiNumber(2 + random.nextInt(5)) + " วัน";
            case 5 -> " ภายในวันนี้";
            case 6 -> {
                LocalDateTime due = now.plusDays(2 + random.nextInt(5));
                yield " ภายในวันที่ " + thaiNumber(due.getDayOfMonth()) + " " + MONTHS_SHORT[due.getMonthValue() - 1] + " " + thaiNumber((due.getYear() + 543) % 100);
            }
            default -> "";
        };
    }

    private String report(String district) {
        String activity = pick(random, ACTIVITIES);
        return switch (random.nextInt(3)) {
            case 0 -> "รายงานผลการปฏิบัติงาน อำเภอ" + district + " กิจกรรม" + activity + " มีจิตอาสาเข้าร่วม " + thaiNumber(20 + random.nextInt(300)) + " คน";
            case 1 -> "อำเภอ" + district + " ขอรายงานผลการดำเนินงานกิจกรรม" + activity + " เรียบร้อยแล้ว";
            default -> "ผลการปฏิบัติงานจิตอาสา อำเภอ" + district + " " + activity;
        };
    }

    // --- membership ---

    private boolean membershipViolation(Group group) {
        int r = random.nextInt(100);
        List<Person> free = new ArrayList<>();
        for (Person guest : group.guests) {
            if (!group.guestsIn.contains(guest.id())) {
                free.add(guest);
            }
        }
        if (r < 85 && !free.isEmpty()) {
            Person guest = pick(random, free);
            group.guestsIn.add(guest.id());
            long later = seq + 20 + random.nextInt(2000);
            if (r < 60) {
                system(group, senderName(guest), senderId(guest), "join", null);
                schedule(new Pending(later, 0, group, "leave", guest, null, guest.id(), false));
            } else {
                Person inviter = pick(random, group.members);
                system(group, senderName(inviter), senderId(inviter), "invite", guest.displayName());
                schedule(new Pending(later, 0, group, "remove", pick(random, group.members), guest.displayName(), guest.id(), false));
            }
            return true;
        }
        List<String> freeNames = new ArrayList<>();
        for (String name : Population.UNKNOWN_INVITEES) {
            if (!group.guestsIn.contains(name)) {
                freeNames.add(name);
            }
        }
        if (freeNames.isEmpty()) {
            return false;
        }
        String name = pick(random, freeNames);
        group.guestsIn.add(name);
        Person inviter = pick(random, group.members);
        system(group, senderName(inviter), senderId(inviter), "invite", name);
        schedule(new Pending(seq + 20 + random.nextInt(2000), 0, group, "remove", pick(random, group.members), name, name, false));
        return true;
    }

    private void memberLeaves(Group group) {
        Person member = pick(random, group.members);
        if (group.membersOut.contains(member.id())) {
            post(group);
            return;
        }
        group.membersOut.add(member.id());
        system(group, senderName(member), senderId(member), "leave", null);
        schedule(new Pending(seq + 50 + random.nextInt(5000), 0, group, "join", member, null, member.id(), true));
    }

    private void schedule(Pending p) {
        pending.add(new Pending(p.due(), pendingOrder++, p.group(), p.event(), p.sender(), p.target(), p.release(), p.rejoin()));
    }

    private void pendingEvent(Pending p) {
        Group group = p.group();
        system(group, senderName(p.sender()), senderId(p.sender()), p.event(), p.target());
        if (p.rejoin()) {
            group.membersOut.remove(p.release());
        } else {
            group.guestsIn.remove(p.release());
        }
    }

    private void system(Group group, String sender, String senderId, String event, String target) {
        systemEvents++;
        start(group, sender, senderId, "system");
        field("event", event);
        if (target != null) {
            field("target", target);
        }
        end();
    }

    // --- JSON ---

    private void start(Group group, String sender, String senderId, String type) {
        line.setLength(0);
        line.append("{\"id\":\"m").append(seq).append('"');
        field("group", group.name);
        line.append(",\"time\":\"");
        appendTime(line, time);
        line.append('"');
        field("sender", sender);
        if (senderId != null) {
            field("senderId", senderId);
        }
        field("type", type);
    }

    private void field(String name, String value) {
        line.append(",\"").append(name).append("\":\"");
        escape(line, value);
        line.append('"');
    }

    private void end() {
        line.append('}');
    }

    private static void appendTime(StringBuilder out, long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, BANGKOK);
        out.append(t.getYear()).append('-');
        two(out, t.getMonthValue()).append('-');
        two(out, t.getDayOfMonth()).append('T');
        two(out, t.getHour()).append(':');
        two(out, t.getMinute()).append(':');
        two(out, t.getSecond()).append("+07:00");
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** The population the log speaks of. */
    Population population() {
        return population;
    }

    /** A number in Thai digits. */
    static String thaiNumber(long number) {
        return dev.rabiap.engine.thai.ThaiText.thaiDigits(Long.toString(number));
    }
}
