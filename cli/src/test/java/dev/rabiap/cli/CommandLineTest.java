package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as an auditor uses it: exit codes and the messages that name file and line. */
final class CommandLineTest {
    private static final String ROSTER = """
            person_id,full_name,display_names,role,agency,district,line_user_id,email
            p1,นายสมชาย ใจดี,นอภ.เมืองสกลนคร,district_chief,ที่ว่าการอำเภอเมืองสกลนคร,เมืองสกลนคร,,
            p2,นางสาวพรทิพย์ วงศ์ใหญ่,ปค.จ.สน.,provincial_admin_staff,ที่ทำการปกครองจังหวัดสกลนคร,,,
            """;
    private static final String ORDER = "{\"id\":\"m1\",\"group\":\"ข้อสั่งการ ปค.สน.\",\"time\":\"2025-11-21T09:00:00\",\"sender\":\"ปค.จ.สน.\",\"type\":\"text\",\"text\":\"ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ ขอให้อำเภอถือปฏิบัติ\"}";
    private static final String ACK = "{\"id\":\"m2\",\"group\":\"ข้อสั่งการ ปค.สน.\",\"time\":\"2025-11-21T09:05:00+07:00\",\"sender\":\"นอภ.เมืองสกลนคร\",\"type\":\"sticker\"}";

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
                Clock.fixed(Instant.parse("2025-11-29T02:00:00Z"), ZoneId.of("Asia/Bangkok")));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void audit_withFindings_exits1_andPrintsThaiAndEnglish(@TempDir Path dir) throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
        Path log = Files.writeString(dir.resolve("log.jsonl"), ORDER + "\n" + ACK + "\n");
        Run run = run("audit", "--roster", roster.toString(), log.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("[SKN-2P] high posting — ข้อสั่งการ ปค.สน. — " + log + ":2 (m2) — 2025-11-21 09:05")
                .contains("นอภ.เมืองสกลนคร (นายอำเภอ) ส่งการตอบรับทราบในกลุ่ม ข้อสั่งการ ปค.สน.")
                .contains("messages read: 2").contains("SKN-2P: 1");
    }

    @Test
    void audit_clean_exits0(@TempDir Path dir) throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
        Path log = Files.writeString(dir.resolve("log.jsonl"), ORDER + "\n");
        assertThat(run("audit", "--roster", roster.toString(), log.toString()).code()).isZero();
    }

    @Test
    void audit_jsonlLineThatIsNotJson_exits3_namingFileAndLine(@TempDir Path dir) throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
        Path log = Files.writeString(dir.resolve("log.jsonl"), ORDER + "\n\nnot json at all\n" + ACK + "\n");
        Run run = run("audit", "--roster", roster.toString(), log.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(log + ":3: not valid JSON");
    }

    @Test
    void audit_keepGoing_countsTheBadLine_andGoesOn(@TempDir Path dir) throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
        Path log = Files.writeString(dir.resolve("log.jsonl"), ORDER + "\nnot json\n" + ACK + "\n");
        Run run = run("audit", "--keep-going", "--format", "jsonl", "--roster", roster.toString(), log.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines().toList()).hasSize(1).first().asString()
                .startsWith("{\"rule\":\"SKN-2P\",\"kind\":\"posting\",\"group\":\"ข้อสั่งการ ปค.สน.\",\"personId\":\"p1\",\"actor\":\"นอภ.เมืองสกลนคร\",\"file\":\"" + log + "\",\"line\":3,\"messageId\":\"m2\",\"time\":\"2025-11-21T09:05:00+07:00\",\"severity\":\"high\",\"th\":");
        assertThat(run.err()).contains("records skipped: 1").contains("1 × malformed: not valid JSON (e.g. " + log + ":2)");
    }

    @Test
    void audit_csvReport_hasHeaderRowsAndSummary(@TempDir Path dir) throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
        Path log = Files.writeString(dir.resolve("log.csv"), "\uFEFFid,group,time,sender,type,text\r\n"
                + "m1,ข้อสั่งการ ปค.สน.,2025-11-21T09:00:00,ปค.จ.สน.,text,\"ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒\nขอให้อำเภอถือปฏิบัติ\"\r\n"
                + "m2,ข้อสั่งการ ปค.สน.,2025-11-21T09:05:00,นอภ.เมืองสกลนคร,text,\"สอบถามครับ, ส่งเมื่อไร\"\r\n");
        Path report = dir.resolve("report.csv");
        Run run = run("audit", "--format", "csv", "--out", report.toString(), "--roster", roster.toString(), log.toString());
        assertThat(run.code()).isEqualTo(1);
        String csv = Files.readString(report);
        assertThat(csv).startsWith("\uFEFFrule,kind,group,personId,actor,file,line,messageId,time,severity,th,en,letter,clause,reading\n"
                + "SKN-2P,posting,ข้อสั่งการ ปค.สน.,p1,นอภ.เมืองสกลนคร," + log + ",4,m2,");
        assertThat(csv).contains("# สรุป / Summary").contains("#   ข้อความที่อ่าน / messages read: 2");
    }

    @Test
    void check_bundledRules_exits0() {
        Run run = run("check");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("rule set sakon-nakhon").contains("OK");
    }

    @Test
    void check_ruleFileWithASyntaxError_exits3_namingFileAndLine(@TempDir Path dir) throws Exception {
        for (String table : new String[] {"catalogue.csv", "groups.csv", "posting.csv", "obligations.csv", "classification.csv", "letters.csv", "letter-skn-23532.txt"}) {
            try (var in = getClass().getClassLoader().getResourceAsStream("rabiap/rulesets/sakon-nakhon/" + table)) {
                Files.write(dir.resolve(table), in.readAllBytes());
            }
        }
        Path drl = Files.writeString(dir.resolve("extra.drl"), """
                package dev.rabiap.rules.extra;
                import dev.rabiap.engine.rule.Post;

                rule "broken" @id("extra.broken")
                when
                    $p : Post( group == "x" kind == "order" )
                then
                end
                """);
        Run run = run("check", "--rules", dir.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(drl + ":6: ");
    }

    @Test
    void check_tableWithAnUnknownRole_exits3_namingFileAndLine(@TempDir Path dir) throws Exception {
        for (String table : new String[] {"catalogue.csv", "groups.csv", "posting.csv", "obligations.csv", "classification.csv", "letters.csv", "letter-skn-23532.txt"}) {
            try (var in = getClass().getClassLoader().getResourceAsStream("rabiap/rulesets/sakon-nakhon/" + table)) {
                Files.write(dir.resolve(table), in.readAllBytes());
            }
        }
        Path groups = dir.resolve("groups.csv");
        Files.writeString(groups, Files.readString(groups).replace("governor|provincial_palad|district_chief|coordinating_deputy", "governor|palad"));
        Run run = run("check", "--rules", dir.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(groups + ":2: unknown role 'palad' in eligible_roles");
    }

    @Test
    void usageErrors_exit2() {
        assertThat(run("audit").code()).isEqualTo(2);
        assertThat(run("audit", "--format", "pdf", "x.jsonl").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void missingInputOrRoster_exit3(@TempDir Path dir) throws Exception {
        Run missing = run("audit", dir.resolve("none.jsonl").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("none.jsonl: no such file or folder");
        Path log = Files.writeString(dir.resolve("log.jsonl"), ORDER + "\n");
        Path roster = Files.writeString(dir.resolve("roster.csv"), "id,name\n");
        Run badRoster = run("audit", "--roster", roster.toString(), log.toString());
        assertThat(badRoster.code()).isEqualTo(3);
        assertThat(badRoster.err()).contains(roster + ":1: the header must be exactly");
    }

    @Test
    void audit_explain_showsTheRuleThePolicyRowAndTheFacts(@TempDir Path dir) throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
        Path log = Files.writeString(dir.resolve("log.jsonl"), ORDER + "\n" + ACK + "\n");
        Run run = run("audit", "--explain", "--format", "jsonl", "--roster", roster.toString(), log.toString());
        assertThat(run.code()).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode finding = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
        List<String> explain = new java.util.ArrayList<>();
        finding.get("explain").forEach(n -> explain.add(n.asText()));
        assertThat(explain).containsExactly(
                "กฎ / rule: posting.not-allowed — \"A message its group's posting policy does not allow\" (dev.rabiap.rules.posting)",
                "แถวนโยบาย / policy row: classpath:rabiap/rulesets/sakon-nakhon/posting.csv:2 — SKN-2P ข้อสั่งการ ปค.สน.:"
                        + " order|forward|media|report|incident|acknowledgement|question|pr|chat only by provincial_admin_staff|provincial_palad",
                "ข้อความ / message: " + log + ":2 (m2) — นอภ.เมืองสกลนคร — การตอบรับทราบ / acknowledgement (classpath:rabiap/base/classification.csv:10 type 'sticker', matched \"sticker\") — \"\"",
                "ผู้ส่ง / sender: นอภ.เมืองสกลนคร → p1 นายสมชาย ใจดี, นายอำเภอ / district_chief, อำเภอเมืองสกลนคร (by name)");
    }
}
