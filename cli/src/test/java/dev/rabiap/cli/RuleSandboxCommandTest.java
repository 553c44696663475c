package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule code that leaves the sandbox is refused by check and by every load, and a rule that loops
 * stops the audit, both with the exit code for bad rules (3) and the file, line and rule named.
 */
final class RuleSandboxCommandTest {
    private static final String ESCAPE = String.join("\n",
            "package dev.rabiap.rules.extra;",
            "import dev.rabiap.engine.rule.Post;",
            "rule \"runs a program\" @id(\"extra.exec\")",
            "when",
            "    $post : Post()",
            "then",
            "    String site = \"https://example.org\"; Runtime.getRuntime().exec( \"touch /tmp/rabiap-escape\" );",
            "end");
    private static final String LOOP = String.join("\n",
            "package dev.rabiap.rules.extra;",
            "import dev.rabiap.engine.rule.Post;",
            "declare Counter value : long end",
            "rule \"starts counting\" @id(\"extra.start\") when Post() not Counter() then insert( new Counter( 0 ) ); end",
            "rule \"counts for ever\" @id(\"extra.count\")",
            "when",
            "    $counter : Counter( value >= 0 )",
            "then",
            "    modify( $counter ) { setValue( $counter.getValue() + 1 ) }",
            "end");
    private static final String ROSTER = """
            person_id,full_name,display_names,role,agency,district,line_user_id,email
            p2,นางสาวพรทิพย์ วงศ์ใหญ่,ปค.จ.สน.,provincial_admin_staff,ที่ทำการปกครองจังหวัดสกลนคร,,,
            """;
    private static final String MESSAGE = "{\"id\":\"m1\",\"group\":\"ข้อสั่งการ ปค.สน.\",\"time\":\"%s\",\"sender\":\"ปค.จ.สน.\",\"type\":\"text\",\"text\":\"ทราบ\"}";

    private static Path rules(Path dir, String drl) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("rules"));
        for (RuleFile file : RuleSet.bundled("sakon-nakhon").files()) {
            if (!file.isDrl()) {
                Files.writeString(folder.resolve(file.name()), file.content());
            }
        }
        Files.writeString(folder.resolve("extra.drl"), drl);
        return folder;
    }

    @Test
    void check_refusesACallOutOfTheSandbox_withFileLineAndCall(@TempDir Path dir) throws Exception {
        Path folder = rules(dir, ESCAPE);
        CommandLineTest.Run run = CommandLineTest.run("check", "--rules", folder.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(folder.resolve("extra.drl")
                + ":7: rule 'runs a program' calls java.lang.Runtime.exec(String): not allowed in rule code")
                .contains("rabiap: rule set rules refused: 2 problem(s)");
    }

    @Test
    void audit_refusesTheSameRules_beforeReadingAnything(@TempDir Path dir) throws Exception {
        Path folder = rules(dir, ESCAPE);
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
        Path log = Files.writeString(dir.resolve("log.jsonl"), MESSAGE.formatted("2025-11-21T09:00:00+07:00") + "\n");
        CommandLineTest.Run run = CommandLineTest.run("audit", "--rules", folder.toString(), "--roster", roster.toString(), log.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(folder.resolve("extra.drl") + ":7: rule 'runs a program' calls java.lang.Runtime.getRuntime()");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void audit_stopsARuleThatLoops_withItsName(@TempDir Path dir) throws Exception {
        Path folder = rules(dir, LOOP);
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
        Path log = Files.writeString(dir.resolve("log.jsonl"), MESSAGE.formatted("2025-11-21T09:00:00+07:00") + "\n");
        CommandLineTest.Run run = CommandLineTest.run("audit", "--rules", folder.toString(), "--roster", roster.toString(), log.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).containsPattern("rabiap: rule 'counts for ever' \\(extra.count\\) fired 10,000 times on one batch of 1 message after the batch's limit of [0-9,]+ firings: a loop\\?");
    }

    @Test
    void audit_aTimeTheEngineCannotComputeWith_exits3_namingFileAndLine(@TempDir Path dir) throws Exception {
        Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
        Path log = Files.writeString(dir.resolve("log.jsonl"), MESSAGE.formatted("2025-11-21T09:00:00+07:00") + "\n"
                + MESSAGE.formatted("+999999999-11-21T09:00:00+07:00").replace("m1", "m2") + "\n");
        CommandLineTest.Run run = CommandLineTest.run("audit", "--roster", roster.toString(), log.toString());
        assertThat(run.code()).isEqualTo(3);
        // the reader refuses it before the engine sees it (the engine refuses it too, for programs that feed it directly)
        assertThat(run.err()).contains(log + ":2 (m2)").contains("a time outside the log's plausible range");
    }
}
