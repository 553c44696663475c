package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provenance at the command line: check refuses a row without it and lists readings; explain prints a rule's sources; HTML lists them. */
final class ProvenanceCommandTest {
    private static Path copyOfSakonNakhon(Path dir) throws Exception {
        for (String file : new String[] {"catalogue.csv", "groups.csv", "posting.csv", "obligations.csv", "classification.csv", "letters.csv",
                "letter-skn-23532.txt"}) {
            try (var in = ProvenanceCommandTest.class.getClassLoader().getResourceAsStream("rabiap/rulesets/sakon-nakhon/" + file)) {
                Files.write(dir.resolve(file), in.readAllBytes());
            }
        }
        return dir;
    }

    @Test
    void check_refusesARowWithoutProvenance_namingFileLineAndRule(@TempDir Path dir) throws Exception {
        Path posting = copyOfSakonNakhon(dir).resolve("posting.csv");
        Files.writeString(posting, Files.readString(posting) + "SKN-6P,หน.ส่วนราชการ-นอภ.สน.,forward,,ห้ามส่งต่อ\n");
        CommandLineTest.Run run = CommandLineTest.run("check", "--rules", dir.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(posting + ":8: no provenance (SKN-6P): name the letter and quote its clause")
                .contains("refused: 1 row(s) without provenance");
    }

    @Test
    void check_listsTheReadings_andExplainsEveryRuleOnRequest() {
        CommandLineTest.Run run = CommandLineTest.run("check", "--ruleset", "sakon-nakhon", "--provenance");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("ตามการตีความของสำนักงาน / readings of the office: 17 row(s)")
                .contains("sakon-nakhon/posting.csv:3 SKN-4P: หนังสือบอกว่ากลุ่มนี้รับข้อสั่งการจาก")
                .contains("sakon-nakhon/posting.csv:6 — หน.ส่วนราชการ-นอภ.สน.: report only by nobody")
                .contains("sakon-nakhon/posting.csv:6 SKN-6P: การแจ้งข้อมูลข่าวสารให้สมาชิกทราบ")
                .contains(", unless it says แจ้งแผน|ภาพบรรยากาศ")
                .contains("ตามถ้อยคำของหนังสือ ไม่มีการตีความเพิ่ม / the letter's words, read as they stand")
                .contains("skn: ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๘")
                .contains("หัวหนังสือพิมพ์ว่า ที่ทำการปกครองจังหวัดสงขลา");
    }

    @Test
    void explain_printsWhatTheLetterSaysAndWhatTheOfficeReads() {
        CommandLineTest.Run run = CommandLineTest.run("explain", "--ruleset", "phrae-gcc", "GCC-1");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("GCC-1\n")
                .contains("หนังสือ / letter: ที่ พร ๐๐๑๗.๓/ว๑๗๙๓ ลงวันที่ ๒๕ มิถุนายน ๒๕๖๑ เรื่อง เน้นย้ำแนวทางการสื่อสารงานของรัฐบาล")
                .contains("หนังสือว่า / the letter says: \"ขอความร่วมมือส่วนราชการและหน่วยงานใช้ช่องทางกลุ่มไลน์ GCC2_มท_พร สำหรับรับข้อมูล")
                .contains("ตามการตีความของสำนักงาน / the office reads: ประโยคท้ายข้อ ๑");
        CommandLineTest.Run unknown = CommandLineTest.run("explain", "--ruleset", "phrae-gcc", "GCC-9");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no row of rule set phrae-gcc names GCC-9");
    }

    @Test
    void htmlReport_quotesTheLetterPerFinding_andListsTheSources(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        Path samples = RepositoryFiles.path("samples");
        CommandLineTest.Run run = CommandLineTest.run("audit", "--roster", samples.resolve("roster.csv").toString(), "--format", "html",
                "--out", html.toString(), samples.resolve("sakon-nakhon.jsonl").toString());
        assertThat(run.code()).isEqualTo(1);
        String page = Files.readString(html);
        assertThat(page).contains("<section id=\"sources\"><h2>ที่มา <span lang=\"en\">/ Sources</span></h2>")
                .contains("<h3>ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๘")
                .contains("<blockquote class=\"source\"><p class=\"letter\">ตามหนังสือ")
                .contains("<p class=\"reading\"><b>ตามการตีความของสำนักงาน</b>")
                .contains("ตามการตีความของสำนักงาน ไม่อ้างหนังสือ");
    }
}
