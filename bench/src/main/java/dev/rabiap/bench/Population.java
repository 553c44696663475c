package dev.rabiap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic roster of Sakon Nakhon: the governor and vice governors, the provincial palad and
 * office, the 18 districts with their chiefs, deputies and volunteer centre staff, heads of
 * agencies, local leaders and clerks. Deterministic for a seed.
 */
final class Population {
    static final List<String> DISTRICTS = List.of("เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ",
            "นิคมน้ำอูน", "วานรนิวาส", "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย",
            "โคกศรีสุพรรณ", "เจริญศิลป์", "โพนนาแก้ว", "ภูพาน");

    /** Display names of people who post but are on no roster (names changed, new members). */
    static final List<String> UNKNOWN_NAMES = List.of("Noi 🌸", "บังเอิญ", "Tik.SNK", "พี่ต้น อบต.", "ต่าย ☘️", "Ball K.",
            "แอ๊ด สน.", "Jum 💐");

    /** Names on no roster that members invite into groups they have nothing to do with. */
    static final List<String> UNKNOWN_INVITEES = List.of("เจ๊หน่อย ขายประกัน", "ร้านค้าออนไลน์ SNK", "Beer 🍺", "น้องฝน", "Mr. Somsak",
            "นายหน้าที่ดิน สกล", "ป้าแดง", "Ton Ton");

    private static final List<String> FIRST = List.of("สมชาย", "สมศักดิ์", "ประยุทธ", "วีระ", "สุรชัย", "ธนากร", "อนุชา", "ชัยวัฒน์",
            "ณรงค์", "ปิยะ", "สุทธิพงษ์", "กิตติศักดิ์", "วิชัย", "ไพโรจน์", "บุญมี", "ทองใบ", "เกรียงไกร", "พิทักษ์", "อำนาจ",
            "ศักดิ์ชัย", "ยุทธนา", "ธีรพงษ์", "จักรพันธ์", "ชาญวิทย์", "สมหญิง", "มาลี", "สุภาพร", "วันเพ็ญ", "กาญจนา",
            "รัตนา", "พรทิพย์", "นิภาพร", "จันทร์เพ็ญ", "อรุณี", "ศิริพร", "ปราณี", "อุไรวรรณ", "ละเอียด", "บัวผัน", "ดวงใจ");
    private static final List<String> LAST = List.of("ศรีสกล", "พิมพ์ทอง", "แก้วมณี", "บุญเรือง", "ใจดี", "สุขเจริญ", "ทองคำ",
            "ภูผาเงิน", "วงศ์ไชย", "อินทร์แก้ว", "จันทร์หอม", "คำภูแก้ว", "ศรีวงศ์", "พันธ์โยธี", "นาคสวัสดิ์", "ไชยมงคล",
            "อุ่นเรือน", "บุตรดี", "มีสุข", "ดวงแก้ว", "หอมจันทร์", "แสนทวีสุข", "ผิวขำ", "ทองดี", "พรหมวงศ์", "ธรรมวงศ์",
            "สุริยวงศ์", "ศรีบุญเรือง", "โคตรพันธ์", "ประทุมวงศ์", "ภูมิพันธ์", "ชมภูพาน", "นามวงศ์", "วิเศษศักดิ์",
            "ไตรยสุทธิ์", "บุญประคม", "สีหาราช", "พลราชม", "คำมูล", "จำปาทอง");
    private static final List<String> AGENCIES = List.of("สำนักงานสาธารณสุขจังหวัด", "สำนักงานเกษตรจังหวัด", "สำนักงานพัฒนาชุมชนจังหวัด",
            "สำนักงานท้องถิ่นจังหวัด", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด", "สำนักงานประชาสัมพันธ์จังหวัด",
            "สำนักงานศึกษาธิการจังหวัด", "สำนักงานแรงงานจังหวัด", "สำนักงานพาณิชย์จังหวัด", "สำนักงานคลังจังหวัด",
            "สำนักงานที่ดินจังหวัด", "สำนักงานโยธาธิการและผังเมืองจังหวัด", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด",
            "สำนักงานพระพุทธศาสนาจังหวัด", "สำนักงานวัฒนธรรมจังหวัด", "สำนักงานการท่องเที่ยวและกีฬาจังหวัด",
            "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด", "สำนักงานปศุสัตว์จังหวัด", "สำนักงานประมงจังหวัด",
            "สำนักงานสหกรณ์จังหวัด", "สำนักงานขนส่งจังหวัด", "สำนักงานสรรพากรพื้นที่", "สำนักงานสถิติจังหวัด",
            "สำนักงานยุติธรรมจังหวัด", "สำนักงานคุมประพฤติจังหวัด", "ตำรวจภูธรจังหวัด", "เรือนจำจังหวัด",
            "สำนักงานชลประทาน", "สำนักงานพลังงานจังหวัด", "สำนักงานอุตสาหกรรมจังหวัด", "สำนักงานจัดหางานจังหวัด",
            "สำนักงานประกันสังคมจังหวัด", "สำนักงานปฏิรูปที่ดินจังหวัด", "สำนักงานพัฒนาที่ดิน", "สำนักงานตรวจบัญชีสหกรณ์",
            "สำนักงานส่งเสริมการเรียนรู้จังหวัด", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา เขต 1",
            "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา เขต 2", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา เขต 3",
            "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา", "โรงพยาบาลศูนย์สกลนคร", "ศูนย์ดำรงธรรมจังหวัด", "สำนักงานบังคับคดีจังหวัด",
            "สำนักงานทางหลวงชนบทจังหวัด", "แขวงทางหลวงสกลนคร");
    private static final List<String> ENTERPRISES = List.of("การไฟฟ้าส่วนภูมิภาคจังหวัด", "การประปาส่วนภูมิภาค", "บริษัท ไปรษณีย์ไทย จำกัด",
            "บริษัท ทีโอที จำกัด", "ธนาคารออมสิน", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", "ธนาคารกรุงไทย", "องค์การตลาด");

    /** One person of the roster, with the names they appear under. */
    record Person(String id, String fullName, String displayName, String plainName, String role, String agency,
                  String district, String lineUserId, String email) {
        boolean atProvince() {
            return district.isEmpty();
        }
    }

    private final List<Person> people = new ArrayList<>();
    private final Map<String, List<Person>> byRole = new LinkedHashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private final List<String[]> nameCombos = new ArrayList<>();
    private final Random random;
    private int nextName;

    Population(long seed) {
        this.random = new Random(seed);
        for (String first : FIRST) {
            for (String last : LAST) {
                nameCombos.add(new String[] {first, last});
            }
        }
        java.util.Collections.shuffle(nameCombos, random);
        build();
    }

    private void build() {
        add("governor", "ผวจ.สกลนคร", "ศาลากลางจังหวัดสกลนคร", "");
        for (int i = 0; i < 3; i++) {
            add("vice_governor", "รอง ผวจ.สน. %s", "ศาลากลางจังหวัดสกลนคร", "");
        }
        add("provincial_palad", "ปลัดจังหวัดสกลนคร", "ที่ทำการปกครองจังหวัดสกลนคร", "");
        for (int i = 0; i < 12; i++) {
            add("provincial_admin_staff", "%s ปค.สน.", "ที่ทำการปกครองจังหวัดสกลนคร", "");
        }
        for (int i = 0; i < 4; i++) {
            add("volunteer_center_staff", "%s ศอ.จอส.จว.", "ศูนย์อำนวยการโครงการจิตอาสาพระราชทานจังหวัดสกลนคร", "");
        }
        for (String district : DISTRICTS) {
            String office = "ที่ว่าการอำเภอ" + district;
            add("district_chief", "นอภ." + district, office, district);
            add("coordinating_deputy", "ปลัดประสาน " + district, office, district);
            for (int i = 0; i < 4; i++) {
                add("deputy_district_chief", "ปลัด%s " + district, office, district);
            }
            for (int i = 0; i < 2; i++) {
                add("volunteer_center_staff", "จอส." + district + " %s", "ศูนย์อำนวยการโครงการจิตอาสาพระราชทานอำเภอ" + district, district);
            }
            for (int i = 0; i < 3; i++) {
                add("staff", "%s อ." + district, office, district);
            }
        }
        for (String agency : AGENCIES) {
            add("agency_head", "หน.%s", agency + (agency.endsWith("จังหวัด") ? "สกลนคร" : ""), "");
        }
        for (String enterprise : ENTERPRISES) {
            add("state_enterprise_head", "%s " + shortName(enterprise), enterprise, "");
        }
        for (int i = 0; i < 10; i++) {
            add("staff", "%s ศาลากลาง", "สำนักงานจังหวัดสกลนคร", "");
        }
        for (int i = 0; i < 80; i++) {
            String district = DISTRICTS.get(i % DISTRICTS.size());
            add("local_executive", "นายก%s", "องค์การบริหารส่วนตำบลในอำเภอ" + district, district);
        }
        for (int i = 0; i < 40; i++) {
            String district = DISTRICTS.get(i % DISTRICTS.size());
            add("local_palad", "ปลัด อบต.%s", "องค์การบริหารส่วนตำบลในอำเภอ" + district, district);
        }
        for (int i = 0; i < 40; i++) {
            String district = DISTRICTS.get(i % DISTRICTS.size());
            add("kamnan", "กำนัน%s", "ที่ว่าการอำเภอ" + district, district);
        }
        for (int i = 0; i < 30; i++) {
            String district = DISTRICTS.get(i % DISTRICTS.size());
            add("village_head", "ผญบ.%s", "ที่ว่าการอำเภอ" + district, district);
        }
        for (int i = 0; i < 12; i++) {
            add("pr_coordinator", "%s PR", "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร", "");
        }
        for (int i = 0; i < 15; i++) {
            add("retired", "%s (เกษียณ)", "", "");
        }
    }

    private static String shortName(String organisation) {
        return organisation.replace("บริษัท ", "").replace(" จำกัด", "").replace("จังหวัด", "");
    }

    private void add(String role, String displayPattern, String agency, String district) {
        String[] name = nameCombos.get(nextName++);
        String first = name[0];
        String last = name[1];
        String plain = first + " " + last;
        String display = displayPattern.contains("%s") ? String.format(Locale.ROOT, displayPattern, first) : displayPattern;
        if (!usedNames.add(display)) {
            display = display + " " + last;
            usedNames.add(display);
        }
        usedNames.add(plain);
        boolean female = FIRST.indexOf(first) >= 24;
        String title = female ? (random.nextBoolean() ? "นาง" : "นางสาว") : (random.nextInt(10) == 0 ? "ว่าที่ร้อยตรี" : "นาย");
        String id = String.format(Locale.ROOT, "SKN-%04d", people.size() + 1);
        String lineUserId = random.nextInt(10) == 0 ? "" : lineUserId();
        String email = role.equals("agency_head") || role.equals("state_enterprise_head")
                ? String.format(Locale.ROOT, "head%03d@sakonnakhon.go.th", people.size() + 1) : "";
        Person person = new Person(id, title + plain, display, plain, role, agency, district, lineUserId, email);
        people.add(person);
        byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(person);
    }

    private String lineUserId() {
        StringBuilder out = new StringBuilder(33).append('U');
        for (int i = 0; i < 32; i++) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }

    List<Person> people() {
        return people;
    }

    /** The people holding a role, optionally only at province level ({@code true}) or district level ({@code false}). */
    List<Person> withRole(String role, Boolean atProvince) {
        List<Person> all = byRole.getOrDefault(role, List.of());
        if (atProvince == null) {
            return all;
        }
        return all.stream().filter(p -> p.atProvince() == atProvince).toList();
    }

    /** The people holding any of the roles. */
    List<Person> withRoles(String... roles) {
        List<Person> out = new ArrayList<>();
        for (String role : roles) {
            out.addAll(withRole(role, null));
        }
        return List.copyOf(out);
    }

    /** Writes the roster CSV the engine loads. */
    void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("person_id,full_name,display_names,role,agency,district,line_user_id,email\n");
            for (Person p : people) {
                out.write(String.join(",", csv(p.id()), csv(p.fullName()), csv(p.displayName() + "|" + p.plainName()), csv(p.role()),
                        csv(p.agency()), csv(p.district()), csv(p.lineUserId()), csv(p.email())));
                out.write('\n');
            }
        }
    }

    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
