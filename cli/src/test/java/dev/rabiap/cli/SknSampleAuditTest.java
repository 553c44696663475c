package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rabiap.engine.spi.ChatMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the tests of the Sakon Nakhon samples (the chat log in SamplesAuditTest, the mailbox in MailAuditTest) check
 * alike: {@code rabiap audit --format jsonl} of the sample against the samples' roster at a fixed time exits with
 * findings, exactly the expected ones, and none citing a near miss.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SknSampleAuditTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> expected;
    private final List<String> nearMisses;
    /** The sample's audit, run once before the tests. */
    Audit audit;

    /**
     * @param expected every expected finding, as {@link #key} names it
     * @param nearMisses the message ids of the near misses, which no finding may cite
     */
    SknSampleAuditTest(List<String> expected, List<String> nearMisses) {
        this.expected = expected;
        this.nearMisses = nearMisses;
    }

    /** What an audit gave: its exit code, what it said on stderr, and its findings. */
    record Audit(int exitCode, String stderr, List<JsonNode> findings) {}

    /** Audits {@code input} with {@code roster} as the clock reads {@code now}. */
    static Audit run(Path roster, Path input, String now) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse(now), ChatMessage.BANGKOK);
        int exitCode = Main.execute(new String[] {"audit", "--roster", roster.toString(), "--format", "jsonl", input.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true), clock);
        List<JsonNode> findings = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                findings.add(JSON.readTree(line));
            }
        }
        return new Audit(exitCode, err.toString(), findings);
    }

    /** A finding as the expected lists name it: its rule and message id, and for SKN-5O its actor too. */
    static String key(JsonNode finding) {
        String rule = finding.get("rule").asText();
        String key = rule + " " + finding.get("messageId").asText();
        return rule.equals("SKN-5O") ? key + " " + finding.get("actor").asText() : key;
    }

    /** Audits the sample, with {@link #run}. */
    abstract Audit runAudit() throws IOException;

    @BeforeAll
    void audit() throws IOException {
        audit = runAudit();
    }

    @Test
    void exitsWithFindings() {
        assertThat(audit.exitCode()).as(audit.stderr()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void reportsExactlyTheExpectedFindings() {
        List<String> actual = audit.findings().stream().map(SknSampleAuditTest::key).toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void leavesTheNearMissesAlone() {
        List<String> cited = audit.findings().stream().map(f -> f.get("messageId").asText()).toList();
        assertThat(cited).doesNotContainAnyElementsOf(nearMisses);
    }
}
