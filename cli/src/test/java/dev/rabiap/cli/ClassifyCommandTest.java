package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rabiap classify}: every post of any input the plugins read, with its kind, the row that
 * gave it (or the labelled examples that did) and the words it matched, as text or one JSON object
 * a line. The kinds asserted were decided by the labelling guide, not read off the output.
 */
final class ClassifyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROSTER = String.join("\n",
            "person_id,full_name,display_names,role,agency,district,line_user_id,email",
            "p1,นายสมชาย ใจดี,นอภ.เมืองสกลนคร,district_chief,ที่ว่าการอำเภอเมืองสกลนคร,เมืองสกลนคร,,somchai@dopa.go.th",
            "p2,นายเอกภพ โสภณ,ปจ.สน.,provincial_palad,ที่ทำการปกครองจังหวัดสกลนคร,,,palad@dopa.go.th") + "\n";

    /** The command as {@link CommandLineTest#run} runs it, on a day after every sample (the mailbox is of December). */
    private static CommandLineTest.Run run(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.execute(args, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true),
                java.time.Clock.fixed(java.time.Instant.parse("2025-12-20T02:00:00Z"), java.time.ZoneId.of("Asia/Bangkok")));
        return new CommandLineTest.Run(code, out.toString(), err.toString());
    }

    private static String message(String id, String sender, String time, String type, String text) {
        return "{\"id\": \"" + id + "\", \"group\": \"ข้อสั่งการ ปจ.สน.\", \"time\": \"2025-11-24T" + time + ":00+07:00\", \"sender\": \"" + sender
                + "\", \"type\": \"" + type + "\", \"text\": \"" + text + "\"}";
    }

    @Test
    void jsonl_givesEachPostItsKindRowAndWords_andAPhotoJoinsTheTextBeforeIt(@TempDir Path dir) throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
        Path log = Files.writeString(dir.resolve("log.jsonl"), String.join("\n",
                message("m1", "ปจ.สน.", "08:00", "text", "ที่ สน ๐๐๑๘.๓/ว ๒๓๖๐๑ ให้อำเภอส่งแผนเผชิญเหตุภายในวันศุกร์"),
                message("m2", "ปจ.สน.", "08:01", "image", ""),
                message("m3", "นอภ.เมืองสกลนคร", "08:30", "text", "รับทราบครับท่าน"),
                message("m4", "นอภ.เมืองสกลนคร", "09:00", "sticker", "")) + "\n");
        CommandLineTest.Run run = run("classify", "--format", "jsonl", "--roster", roster.toString(), log.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<JsonNode> posts = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            posts.add(JSON.readTree(line));
        }
        assertThat(posts).extracting(p -> p.get("messageId").asText() + " " + p.get("kind").asText())
                .containsExactly("m1 order", "m3 acknowledgement", "m4 acknowledgement");
        JsonNode order = posts.get(0);
        assertThat(order.get("file").asText()).isEqualTo(log.toString());
        assertThat(order.get("line").asInt()).isEqualTo(1);
        assertThat(order.get("group").asText()).isEqualTo("ข้อสั่งการ ปจ.สน.");
        assertThat(order.get("sender").asText()).isEqualTo("ปจ.สน.");
        assertThat(order.get("row").asText()).matches("classpath:rabiap/base/classification\\.csv:\\d+");
        assertThat(order.get("matched").toString()).contains("ที่ สน ๐");
        assertThat(order.get("parts").asInt()).as("the photo a minute later is part of the order").isEqualTo(2);
    }

    @Test
    void text_showsTheRowAndTheWords_andKindFiltersPosts(@TempDir Path dir) throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
        Path log = Files.writeString(dir.resolve("log.jsonl"), String.join("\n",
                message("m1", "ปจ.สน.", "08:00", "text", "ขอให้นายอำเภอทุกอำเภอตรวจจุดเสี่ยงน้ำท่วม"),
                message("m2", "นอภ.เมืองสกลนคร", "08:30", "text", "ทราบแล้วครับ")) + "\n");
        CommandLineTest.Run run = run("classify", "--kind", "acknowledgement", "--roster", roster.toString(), log.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains(log + ":2 (m2)").contains("นอภ.เมืองสกลนคร (district_chief)").contains("acknowledgement ←")
                .contains("\"ทราบแล้วครับ\"").doesNotContain("(m1)");
    }

    @Test
    void everyInputFormat_isClassified(@TempDir Path dir) throws Exception {
        Path samples = RepositoryFiles.path("samples");
        // a LINE export, a mailbox, and CSV
        Path csv = Files.writeString(dir.resolve("log.csv"), "id,group,time,sender,type,text\n"
                + "c1,ข้อสั่งการ ปจ.สน.,2025-11-24T08:00:00+07:00,นอภ.เมืองสกลนคร,text,ขอสอบถามครับ ต้องส่งทางอีเมลหรือในกลุ่ม\n");
        for (String input : List.of(samples.resolve("line").resolve("phone-thai.txt").toString(), samples.resolve("mail").resolve("sakon-nakhon.mbox").toString(),
                csv.toString())) {
            CommandLineTest.Run run = run("classify", "--format", "jsonl", "--roster", samples.resolve("roster.csv").toString(), input);
            assertThat(run.code()).as(input + ": " + run.err()).isZero();
            assertThat(run.out().lines().toList()).as(input).isNotEmpty().allSatisfy(line -> {
                JsonNode post = JSON.readTree(line);
                assertThat(post.get("kind").asText()).isNotBlank();
                assertThat(post.get("file").asText()).isEqualTo(input);
            });
        }
        CommandLineTest.Run csvRun = run("classify", "--format", "jsonl", "--roster", samples.resolve("roster.csv").toString(), csv.toString());
        assertThat(JSON.readTree(csvRun.out().lines().findFirst().orElseThrow()).get("kind").asText()).isEqualTo("question");
    }
}
