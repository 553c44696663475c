package dev.rabiap.bench;

import static dev.rabiap.bench.LogGenerator.thaiNumber;

import dev.rabiap.engine.Roster;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * The workload of {@link ObligationBenchmark}: what its generator planted, and the generator of its
 * roster, rule sets and log.
 */
final class ObligationWorkload {
    private ObligationWorkload() {}

    /**
     * What the log holds, counted as it was written.
     *
     * @param obligations obligations opened: districts times orders
     * @param late obligations closed by a report after their deadline (one late finding each)
     * @param missing obligations never closed whose deadline passed by the last message (one missing finding each)
     * @param openAtEnd obligations never closed and not yet due at the last message
     * @param maxOpen the most obligations open after any one message, and {@code maxOpenAt} that message
     * @param meanOpen the mean number open after each message of the last 90% of the log
     */
    record Planted(long messages, long bytes, long orders, long reports, long others, int silentPairs, long obligations,
                   long onTime, long late, long missing, long openAtEnd, long maxOpen, long maxOpenAt, double meanOpen) {}

    /** The generator: roster, rule sets and log of the workload. */
    static final class Generator {
        static final int LATE_PERCENT = 2;
        /** The share of the messages that are orders and reports; the pace of time follows from it. */
        private static final double LOAD = 0.6;
        /** A group's next order comes no sooner than this many of its order's deadlines after it. */
        private static final double PERIOD = 1.3;
        private static final ZoneOffset BANGKOK = ZoneOffset.ofHours(7);
        private static final long START = LocalDateTime.of(2025, 10, 1, 7, 30).toEpochSecond(BANGKOK);
        private static final String TRIGGER_ROLES = "provincial_palad|volunteer_center_staff@province";
        private static final String PARTY_ROLES = "volunteer_center_staff@district|deputy_district_chief";

        /** A deadline an order may name; an empty phrase leaves the rule's default of 24 hours. */
        private record Deadline(int hours, String phrase, int weight) {}

        private static final List<Deadline> DEADLINES = List.of(new Deadline(24, "", 40), new Deadline(24, " ภายใน ๒๔ ชม.", 25),
                new Deadline(12, " ภายใน ๑๒ ชั่วโมง", 15), new Deadline(36, " ภายใน ๓๖ ชม.", 10), new Deadline(48, " ภายใน ๔๘ ชั่วโมง", 10));
        private static final String[] ACTIVITIES = {"ทำความสะอาดวัด", "ปลูกต้นไม้ริมทาง", "พัฒนาคูคลองสาธารณะ", "ซ่อมแซมถนนในหมู่บ้าน",
            "บริจาคโลหิต", "ตัดแต่งกิ่งไม้ริมถนน", "เก็บขยะริมหนองหาร", "ทาสีศาลาประชาคม"};
        private static final String[] ACKS = {"🙏", "🙏🙏🙏", "👍", "รับทราบครับ", "รับทราบค่ะ", "รับทราบครับ 🙏"};
        private static final String[] CHAT = {"สวัสดีครับ", "อรุณสวัสดิ์ครับทุกท่าน", "ขอบคุณครับ", "ขอบคุณมากค่ะ", "เดินทางปลอดภัยครับ",
            "ยินดีด้วยครับท่าน"};
        private static final String[] QUESTIONS = {"สอบถามครับ กิจกรรมนี้ใช้งบประมาณจากแหล่งใดครับ", "ส่งทางอีเมลได้ไหมครับ",
            "แบบฟอร์มที่ส่งมาเมื่อวาน มีฉบับแก้ไขไหมครับ", "ต้องแต่งกายชุดใดคะ?"};
        private static final String[] FIRST = {"สมชาย", "สมศักดิ์", "วีระ", "สุรชัย", "ธนากร", "อนุชา", "ณรงค์", "ปิยะ", "วิชัย", "บุญมี",
            "พิทักษ์", "อำนาจ", "สมหญิง", "มาลี", "สุภาพร", "วันเพ็ญ", "กาญจนา", "รัตนา", "พรทิพย์", "ดวงใจ"};
        private static final String[] LAST = {"ศรีสกล", "พิมพ์ทอง", "แก้วมณี", "บุญเรือง", "ใจดี", "สุขเจริญ", "ทองคำ", "ภูผาเงิน", "วงศ์ไชย",
            "อินทร์แก้ว", "จันทร์หอม", "คำภูแก้ว", "ศรีวงศ์", "นาคสวัสดิ์", "ไชยมงคล", "บุตรดี", "มีสุข", "ดวงแก้ว", "ทองดี", "พรหมวงศ์"};

        /** One person on the roster. */
        private record Person(String id, String fullName, String displayName, String role, String agency, String district) {}

        /** The rule set's post gap (the default, 3 minutes), in seconds. */
        private static final long POST_GAP_SECONDS = 180;

        /** Something due at a message position: a group's order ({@code district < 0}) or a district's report. */
        private record Event(long due, long tie, int group, int district) {}

        private final int groups;
        private final int districts;
        private final int silentPairs;
        private final long seed;
        private final List<String> districtNames = new ArrayList<>();
        private final List<String> groupNames = new ArrayList<>();
        private final List<Person> province = new ArrayList<>();
        private final List<Person[]> reporters = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final int stepSpread;
        private final double slotsPerHour;

        Generator(int groups, int districts, int silentPairs, long seed) {
            this.groups = groups;
            this.districts = districts;
            this.silentPairs = silentPairs;
            this.seed = seed;
            List<String> real = Population.DISTRICTS;
            for (int d = 0; d < districts; d++) {
                districtNames.add(d < real.size() ? real.get(d) : real.get(d % real.size()) + " " + thaiNumber(d / real.size() + 1));
            }
            for (int g = 0; g < groups; g++) {
                groupNames.add("ศอ.จอส. กลุ่ม " + thaiNumber(g + 1));
            }
            province.add(person("provincial_palad", "ปลัดจังหวัดสกลนคร", "ที่ทำการปกครองจังหวัดสกลนคร", ""));
            for (int i = 0; i < 3; i++) {
                province.add(person("volunteer_center_staff", "ศอ.จอส.จว. " + FIRST[i], "ศูนย์อำนวยการโครงการจิตอาสาพระราชทานจังหวัดสกลนคร", ""));
            }
            for (String district : districtNames) {
                reporters.add(new Person[] {
                    person("volunteer_center_staff", "จอส.อ." + district, "ศูนย์อำนวยการโครงการจิตอาสาพระราชทานอำเภอ" + district, district),
                    person("deputy_district_chief", "ปลัดอำเภอ" + district, "ที่ว่าการอำเภอ" + district, district)});
            }
            // Time runs at the pace that lets each group's order come about every `period` messages,
            // with orders and reports `LOAD` of all messages.
            double meanHours = DEADLINES.stream().mapToDouble(d -> d.hours() * d.weight()).sum() / DEADLINES.stream().mapToInt(Deadline::weight).sum();
            double periodMessages = groups * (districts + 1.0) / LOAD;
            double secondsPerMessage = meanHours * 3600 / (periodMessages / PERIOD);
            this.stepSpread = (int) Math.max(1, Math.round(2 * secondsPerMessage - 1));
            this.slotsPerHour = 3600 / meanSecondsPerMessage();
        }

        private Person person(String role, String displayName, String agency, String district) {
            int n = people.size();
            String title = n % FIRST.length >= 12 ? "นาง" : "นาย";
            String full = title + FIRST[n % FIRST.length] + " " + LAST[(n / FIRST.length) % LAST.length]
                    + (n >= FIRST.length * LAST.length ? " " + thaiNumber(n / (FIRST.length * LAST.length) + 1) : "");
            Person p = new Person(String.format(Locale.ROOT, "OBL-%05d", n + 1), full, displayName, role, agency, district);
            people.add(p);
            return p;
        }

        /** The mean seconds between two messages. */
        double meanSecondsPerMessage() {
            return (stepSpread + 1) / 2.0;
        }

        void writeRoster(Path file) throws IOException {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(String.join(",", Roster.HEADER) + "\n");
                for (Person p : people) {
                    out.write(String.join(",", p.id(), csv(p.fullName()), csv(p.displayName()), p.role(), csv(p.agency()), csv(p.district()), "", ""));
                    out.write('\n');
                }
            }
        }

        /** Writes a rule set folder: the obligation table only when {@code obligations}. */
        void writeRules(Path folder, boolean obligations) throws IOException {
            Files.createDirectories(folder);
            Files.deleteIfExists(folder.resolve("obligations.csv"));
            write(folder.resolve("catalogue.csv"), "rule,kind,severity,title_th,title_en,th,en\n"
                    + "OBL-M,membership,high,สมาชิกกลุ่ม ศอ.จอส.,Members of a volunteer centre group,"
                    + "\"{actor} ({role_th}) อยู่ในกลุ่ม {group} ซึ่งรับเฉพาะ {eligible_th}\",\"{actor} ({role}) is in {group}, which admits only {eligible}\"\n"
                    + "OBL-P,posting,medium,การโพสต์ในกลุ่ม ศอ.จอส.,Posting in a volunteer centre group,"
                    + "\"{actor} ({role_th}) ส่ง{kind_th}ในกลุ่ม {group} ซึ่งให้ส่งได้เฉพาะ {allowed_th}\",\"{actor} ({role}) posted {kind_en} in {group}, where only {allowed} may\"\n"
                    + "OBL-O,obligation,high,ศอ.จอส.อำเภอต้องรายงานผลตามข้อสั่งการ,District volunteer centres must report after an order,"
                    + "\"อำเภอ{party}: {state_th} ตามข้อสั่งการในกลุ่ม {group} ({order}) กำหนดภายใน {deadline}\","
                    + "\"District {party}: {state_en} to the order in {group} ({order}), due {deadline_en}\"\n");
            StringBuilder groupRows = new StringBuilder("group,members_rule,eligible_roles,stated_members,invite_rule,cap_rule\n");
            StringBuilder postingRows = new StringBuilder("rule,group,kinds,allowed_roles,note\n");
            StringBuilder obligationRows = new StringBuilder("rule,group,trigger_kinds,trigger_roles,trigger_phrase,party_roles,fulfil_kinds,default_deadline,note\n");
            for (String group : groupNames) {
                groupRows.append(group).append(",OBL-M,provincial_palad|volunteer_center_staff|deputy_district_chief,,,\n");
                postingRows.append("OBL-P,").append(group).append(",order,").append(TRIGGER_ROLES).append(",ศอ.จอส.จังหวัดสั่งการ\n");
                postingRows.append("OBL-P,").append(group).append(",report,").append(PARTY_ROLES).append(",ศอ.จอส.อำเภอรายงานผล\n");
                obligationRows.append("OBL-O,").append(group).append(",order,").append(TRIGGER_ROLES).append(",รายงาน,").append(PARTY_ROLES)
                        .append(",report,24h,ศอ.จอส.อำเภอทุกอำเภอต้องรายงานภายในกำหนด\n");
            }
            write(folder.resolve("groups.csv"), groupRows.toString());
            write(folder.resolve("posting.csv"), postingRows.toString());
            if (obligations) {
                write(folder.resolve("obligations.csv"), obligationRows.toString());
            }
            write(folder.resolve("classification.csv"), """
                    kind,match,pattern,note
                    acknowledgement,only,🙏👍👌🙇✅,อีโมจิล้วน
                    acknowledgement,type,sticker,สติกเกอร์
                    report,starts-with,รายงาน,
                    report,starts-with,ขอรายงาน,
                    report,starts-with,ผลการปฏิบัติ,
                    report,regex,"^อำเภอ\\S{0,20}\\s*(ขอ)?รายงาน",อำเภอ… รายงาน
                    order,regex,ที่\\s*(มท|สน)\\s*[๐-๙0-9]{4},เลขที่หนังสือราชการ
                    order,contains,ข้อสั่งการ,
                    order,contains,ขอให้,
                    order,contains,ถือปฏิบัติ,
                    incident,contains,เหตุด่วน,
                    acknowledgement,contains,รับทราบ,
                    question,contains,สอบถาม,
                    question,ends-with,?,
                    question,contains,ไหมครับ,
                    pr,contains,ประชาสัมพันธ์,
                    report,contains,รายงาน,
                    report,type,image,ภาพถ่ายผลการปฏิบัติงาน
                    """);
        }

        private static void write(Path file, String content) throws IOException {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }

        /** Writes {@code messages} messages to {@code file} and returns what the audit must find in them. */
        Planted writeLog(Path file, long messages) throws IOException {
            return new LogWriter(new Random(seed ^ 0x0B1L)).write(file, messages);
        }

        /** One pass of writing the log, with its books. */
        private final class LogWriter {
            private final Random random;
            private final StringBuilder line = new StringBuilder(512);
            private final PriorityQueue<Event> due = new PriorityQueue<>(
                    (a, b) -> a.due() != b.due() ? Long.compare(a.due(), b.due()) : Long.compare(a.tie(), b.tie()));
            /** From which message on each group-district pair no longer answers (Long.MAX_VALUE: never). */
            private final long[] silentFrom = new long[groups * districts];
            /** The deadlines (epoch seconds) of each pair's open obligations. */
            private final long[][] open = new long[groups * districts][];
            private final int[] openCount = new int[groups * districts];
            private final long[] roundStart = new long[groups];
            private final long[] roundPeriod = new long[groups];
            private final int[] answersDue = new int[groups];
            private final String[] lastOrder = new String[groups];
            /** The activity each group's last order asked for, which its districts' reports are about. */
            private final String[] lastActivity = new String[groups];
            /**
             * Per group and sender, when they last wrote a text and last sent photos alone (epoch
             * seconds): the engine reads photos sent within the post gap after a text of the same
             * sender as part of that text's post, and a text within the gap after photos alone as
             * their text, so the log never lets a report's photos fall into a chat's post.
             */
            private final java.util.Map<String, long[]> lastSent = new java.util.HashMap<>();
            private long ties;
            private long time = START;
            private long position;
            private long orders;
            private long reports;
            private long others;
            private long obligations;
            private long onTime;
            private long late;
            private long openNow;
            private long maxOpen;
            private long maxOpenAt;
            private double openSum;
            private long openSamples;

            LogWriter(Random random) {
                this.random = random;
            }

            Planted write(Path file, long messages) throws IOException {
                Arrays.fill(silentFrom, Long.MAX_VALUE);
                int[] pairs = new int[groups * districts];
                Arrays.setAll(pairs, i -> i);
                for (int i = 0; i < silentPairs; i++) {
                    int j = i + random.nextInt(pairs.length - i);
                    int pair = pairs[j];
                    pairs[j] = pairs[i];
                    pairs[i] = pair;
                    silentFrom[pair] = (long) (random.nextDouble() * messages);
                }
                double meanPeriod = groups * (districts + 1.0) / LOAD;
                for (int g = 0; g < groups; g++) {
                    schedule((long) (g * meanPeriod / groups), g, -1);
                }
                long steady = messages / 10;
                try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
                    for (long i = 0; i < messages; i++) {
                        position = i + 1;
                        time += 1 + random.nextInt(stepSpread);
                        Event next = due.peek();
                        if (next != null && next.due() <= i) {
                            due.poll();
                            if (next.district() < 0) {
                                order(next.group(), i);
                            } else {
                                report(next.group(), next.district(), i);
                            }
                        } else {
                            other();
                        }
                        out.append(line).append('\n');
                        if (openNow > maxOpen) {
                            maxOpen = openNow;
                            maxOpenAt = position;
                        }
                        if (i >= steady) {
                            openSum += openNow;
                            openSamples++;
                        }
                    }
                }
                long missing = 0;
                for (int pair = 0; pair < open.length; pair++) {
                    for (int k = 0; k < openCount[pair]; k++) {
                        if (open[pair][k] <= time) {
                            missing++;
                        }
                    }
                }
                return new Planted(messages, Files.size(file), orders, reports, others, silentPairs, obligations, onTime, late, missing,
                        openNow - missing, maxOpen, maxOpenAt, openSamples == 0 ? 0 : openSum / openSamples);
            }

            private void schedule(long at, int group, int district) {
                due.add(new Event(at, ties++, group, district));
            }

            private void order(int g, long i) {
                orders++;
                Deadline deadline = pickDeadline();
                Person sender = random.nextInt(5) == 0 ? province.get(0) : province.get(1 + random.nextInt(province.size() - 1));
                String activity = pick(ACTIVITIES);
                String text = random.nextBoolean()
                        ? "ศอ.จอส.จว.สน. ขอให้ ศอ.จอส.อำเภอทุกอำเภอ ดำเนินกิจกรรมจิตอาสา" + activity + " และรายงานผลพร้อมภาพถ่าย" + deadline.phrase()
                        : "ที่ สน ๐๐๑๗." + thaiNumber(1 + random.nextInt(4)) + "/ว " + thaiNumber(100 + random.nextInt(900))
                                + " ขอให้ ศอ.จอส.อำเภอ เตรียมจิตอาสาร่วมกิจกรรม" + activity + " แล้วรายงานผลให้จังหวัดทราบ" + deadline.phrase();
                start(g, sender, "text");
                field("text", text);
                end();
                lastOrder[g] = "m" + position;
                lastActivity[g] = activity;

                long deadlineAt = time + deadline.hours() * 3600L;
                double deadlineSlots = deadline.hours() * slotsPerHour;
                int answers = 0;
                for (int d = 0; d < districts; d++) {
                    int pair = g * districts + d;
                    add(pair, deadlineAt);
                    if (silentFrom[pair] <= i) {
                        continue;
                    }
                    // Most answer late in the day but in time; a few after the deadline.
                    double share = random.nextInt(100) < LATE_PERCENT ? 1.05 + 0.2 * random.nextDouble()
                            : 0.1 + 0.8 * Math.sqrt(random.nextDouble());
                    schedule(i + Math.max(1, (long) (share * deadlineSlots)), g, d);
                    answers++;
                }
                obligations += districts;
                openNow += districts;
                roundStart[g] = i;
                roundPeriod[g] = (long) (PERIOD * deadlineSlots);
                answersDue[g] = answers;
                if (answers == 0) {
                    schedule(i + roundPeriod[g], g, -1);
                }
            }

            private void add(int pair, long deadline) {
                if (open[pair] == null) {
                    open[pair] = new long[2];
                } else if (openCount[pair] == open[pair].length) {
                    open[pair] = Arrays.copyOf(open[pair], open[pair].length * 2);
                }
                open[pair][openCount[pair]++] = deadline;
            }

            private void report(int g, int d, long i) {
                reports++;
                String district = districtNames.get(d);
                Person sender = reporters.get(d)[random.nextInt(2)];
                // a district reports on the activity its order asked for (a report about another order's activity
                // pays no other order); the draw keeps the seed's sequence of messages as before
                String drawn = pick(ACTIVITIES);
                String activity = lastActivity[g] != null ? lastActivity[g] : drawn;
                int r = random.nextInt(100);
                long[] last = lastSent(g, sender);
                if (r < 35) {
                    start(g, sender, "image");
                    // photos alone right after a text of the sender would be read as that text's
                    // post: those are sent with a caption, which makes a post of its own
                    if (r < 25 || time - last[0] <= POST_GAP_SECONDS) {
                        field("text", "ภาพกิจกรรม" + activity + " อำเภอ" + district);
                    } else {
                        last[1] = time;
                    }
                } else {
                    last[0] = time;
                    start(g, sender, "text");
                    field("text", r < 70 ? "รายงานผลการปฏิบัติงาน อำเภอ" + district + " กิจกรรม" + activity + " มีจิตอาสาเข้าร่วม "
                            + thaiNumber(20 + random.nextInt(300)) + " คน" : "ผลการปฏิบัติงานจิตอาสา อำเภอ" + district + " " + activity);
                }
                if (random.nextInt(4) == 0) {
                    field("replyTo", lastOrder[g]);
                }
                end();
                // A report closes every open obligation of its district in its group.
                int pair = g * districts + d;
                for (int k = 0; k < openCount[pair]; k++) {
                    if (time > open[pair][k]) {
                        late++;
                    } else {
                        onTime++;
                    }
                }
                openNow -= openCount[pair];
                openCount[pair] = 0;
                if (--answersDue[g] == 0) {
                    schedule(Math.max(roundStart[g] + roundPeriod[g], i + 1 + random.nextInt(200)), g, -1);
                }
            }

            private void other() {
                others++;
                int g = random.nextInt(groups);
                Person sender = random.nextInt(100) < 85 ? reporters.get(random.nextInt(districts))[random.nextInt(2)] : pick(province);
                int r = random.nextInt(100);
                long[] last = lastSent(g, sender);
                // a text right after the sender's photos alone would be read as their text: a sticker then
                if (r < 12 || time - last[1] <= POST_GAP_SECONDS) {
                    start(g, sender, "sticker");
                } else {
                    last[0] = time;
                    start(g, sender, "text");
                    field("text", r < 45 ? pick(ACKS) : r < 80 ? pick(CHAT) : pick(QUESTIONS));
                }
                if (r < 45 && lastOrder[g] != null && random.nextBoolean()) {
                    field("replyTo", lastOrder[g]);
                }
                end();
            }

            private long[] lastSent(int group, Person sender) {
                return lastSent.computeIfAbsent(group + "/" + sender.id(), k -> new long[] {Long.MIN_VALUE / 2, Long.MIN_VALUE / 2});
            }

            private Deadline pickDeadline() {
                int r = random.nextInt(DEADLINES.stream().mapToInt(Deadline::weight).sum());
                for (Deadline deadline : DEADLINES) {
                    r -= deadline.weight();
                    if (r < 0) {
                        return deadline;
                    }
                }
                throw new IllegalStateException();
            }

            private <T> T pick(T[] values) {
                return values[random.nextInt(values.length)];
            }

            private <T> T pick(List<T> values) {
                return values.get(random.nextInt(values.size()));
            }

            private void start(int group, Person sender, String type) {
                line.setLength(0);
                line.append("{\"id\":\"m").append(position).append('"');
                field("group", groupNames.get(group));
                line.append(",\"time\":\"");
                LocalDateTime t = LocalDateTime.ofEpochSecond(time, 0, BANGKOK);
                line.append(t.getYear()).append('-');
                two(t.getMonthValue()).append('-');
                two(t.getDayOfMonth()).append('T');
                two(t.getHour()).append(':');
                two(t.getMinute()).append(':');
                two(t.getSecond()).append("+07:00\"");
                field("sender", random.nextInt(10) == 0 ? sender.fullName() : sender.displayName());
                field("type", type);
            }

            private StringBuilder two(int value) {
                return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
            }

            private void field(String name, String value) {
                line.append(",\"").append(name).append("\":\"");
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '"' || c == '\\') {
                        line.append('\\');
                    }
                    line.append(c);
                }
                line.append('"');
            }

            private void end() {
                line.append('}');
            }
        }

        private static String csv(String value) {
            return value.indexOf(',') < 0 && value.indexOf('"') < 0 ? value : '"' + value.replace("\"", "\"\"") + '"';
        }
    }
}
