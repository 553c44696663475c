package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The sample roster and log in {@code samples/} give exactly the findings listed in {@code samples/EXPECTED.md}. */
final class SamplesAuditTest extends SknSampleAuditTest {
    /** Rule and message id of every expected finding; for SKN-5O also the district. */
    private static final List<String> EXPECTED = List.of(
            "SKN-2P m0032",
            "SKN-2P m0034",
            "SKN-1 m0040",
            "SKN-6 m0043",
            "SKN-6P m0069",
            "SKN-1 m0072",
            "SKN-1 m0087",
            "SKN-5P m0089",
            "SKN-2P m0139",
            "SKN-4P m0142",
            "SKN-6P m0145",
            "SKN-6 m0151",
            "SKN-2 m0152",
            "SKN-5O m0155 ภูพาน",
            "SKN-4 m0157",
            "SKN-2P m0186",
            "SKN-5 m0226",
            "SKN-6 m0232",
            "SKN-5O m0267 โพนนาแก้ว",
            "SKN-3 m0298",
            "SKN-ALL m0298",
            "SKN-ALL m0298",
            "SKN-CAP m0359",
            "SKN-5O m0189 นิคมน้ำอูน",
            "SKN-5O m0279 นิคมน้ำอูน",
            "SKN-5O m0279 เจริญศิลป์");

    /** Messages that look close to a violation but break no rule. */
    private static final List<String> NEAR_MISSES = List.of(
            "m0027", "m0028", "m0219",
            "m0049", "m0058", "m0076", "m0105", "m0129", "m0148", "m0088", "m0138",
            "m0004", "m0021", "m0062",
            "m0029", "m0030", "m0081", "m0127", "m0177", "m0194", "m0285",
            "m0052", "m0053", "m0054", "m0141", "m0144",
            "m0002", "m0003", "m0005", "m0006", "m0007", "m0008", "m0009", "m0010", "m0011", "m0012",
            "m0013", "m0014", "m0015", "m0016", "m0017", "m0018", "m0019", "m0020",
            "m0106", "m0132", "m0259", "m0235", "m0156", "m0307", "m0325",
            "m0035", "m0100", "m0133", "m0193", "m0190", "m0218",
            "m0073", "m0098", "m0099");

    SamplesAuditTest() {
        super(EXPECTED, NEAR_MISSES);
    }

    @Override
    Audit runAudit() throws IOException {
        Path samples = samplesFolder();
        return run(samples.resolve("roster.csv"), samples.resolve("sakon-nakhon.jsonl"), "2025-11-29T02:00:00Z");
    }

    @Test
    void coversEveryRuleOfTheCatalogue() throws IOException {
        Set<String> reported = new TreeSet<>();
        audit.findings().forEach(f -> reported.add(f.get("rule").asText()));
        // but LINE's own limit, which needs a group of 501 (rules/scenarios/sakon-nakhon/08-line-limit and MembershipRulesTest)
        assertThat(catalogueRuleIds()).isNotEmpty().filteredOn(id -> !id.equals("SKN-LIMIT"))
                .allSatisfy(id -> assertThat(reported).contains(id));
    }

    @Test
    void chargesBothTheInviteeAndTheInviter() {
        // a roster person not admitted: the invitee and the inviter; someone on no roster: an outsider, naming who added them
        assertThat(actors("SKN-ALL", "m0298")).containsExactlyInAnyOrder("ปลัดอาวุโส เมืองสกลนคร", "นอภ.เมืองสกลนคร");
        assertThat(actors("SKN-ALL", "m0151")).isEmpty();
        assertThat(actors("SKN-6", "m0151")).containsExactly("หน่อย พาณิชย์ สน.");
        assertThat(audit.findings().stream().filter(f -> f.get("messageId").asText().equals("m0151")).findFirst().orElseThrow().get("th").asText())
                .contains("พณจ.สน. ปกรณ์");
        assertThat(actors("SKN-CAP", "m0359")).containsExactly("นอภ.วิรัช (อากาศอำนวย)");
    }

    @Test
    void summaryNamesTheUnknownSenderAndTheAmbiguousName() {
        assertThat(audit.stderr())
                .contains("ปลัดบอย ภูพาน ×2")
                .contains("ปลัดเอก ×2")
                .contains("findings: 26")
                .contains("obligations not yet due: 12")
                .doesNotContain("ปราณี");
    }

    private List<String> actors(String rule, String messageId) {
        return audit.findings().stream()
                .filter(f -> f.get("rule").asText().equals(rule) && f.get("messageId").asText().equals(messageId))
                .map(f -> f.get("actor").asText())
                .toList();
    }

    private static Set<String> catalogueRuleIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (InputStream in = SamplesAuditTest.class.getClassLoader().getResourceAsStream("rabiap/rulesets/sakon-nakhon/catalogue.csv")) {
            assertThat(in).as("the bundled catalogue").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("SKN-")) {
                    ids.add(line.substring(0, line.indexOf(',')));
                }
            }
        }
        return ids;
    }

    private static Path samplesFolder() {
        return RepositoryFiles.path("samples/roster.csv").getParent();
    }
}
