package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.RuleSetException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy officer's mistakes are refused with the file and line, and a running engine keeps its rules. */
final class RuleSetErrorsTest {
    private static final RuleSet RULES = RuleSet.bundled("sakon-nakhon");

    private static RuleSetException refused(RuleSet rules) {
        try {
            PolicyEngine.check(rules, Fixtures.ROSTER);
        } catch (RuleSetException e) {
            return e;
        }
        throw new AssertionError("the rule set was accepted");
    }

    @Test
    void drlSyntaxError_namesFileAndLine() {
        String drl = String.join("\n",
                "package dev.rabiap.rules.extra;",            // 1
                "import dev.rabiap.engine.rule.Post;",          // 2
                "",                                             // 3
                "rule \"broken\" @id(\"extra.broken\")",        // 4
                "when",                                         // 5
                "    $p : Post( group == \"x\" kind == \"order\" )", // 6: missing comma
                "then",                                         // 7
                "end");
        RuleSetException e = refused(RULES.with(new RuleFile("rules/extra.drl", "extra.drl", drl)));
        assertThat(e.problems()).extracting(RuleProblem::file, RuleProblem::line).contains(org.assertj.core.groups.Tuple.tuple("rules/extra.drl", 6));
        assertThat(e.getMessage()).startsWith("rules/extra.drl:6: ");
    }

    @Test
    void aRuleOnlyTheClassicCompilerAccepts_isNamedWithItsLine() {
        String drl = String.join("\n",
                "package dev.rabiap.rules.extra;",                                  // 1
                "import dev.rabiap.engine.rule.Obligation;",                         // 2
                "import dev.rabiap.engine.rule.Post;",                               // 3
                "import dev.rabiap.engine.rule.ObligationPolicy.PartyUnit;",         // 4
                "rule \"fine\" @id(\"extra.fine\") when Post( kind == \"order\" ) then end", // 5
                "rule \"by district\" @id(\"extra.district\")",                  // 6
                "when",                                                             // 7
                "    $o : Obligation( unit == PartyUnit.DISTRICT )",                 // 8: unit is reserved
                "then",
                "end",
                "rule \"also fine\" @id(\"extra.also\") when Post( kind == \"report\" ) then end");
        RuleSetException e = refused(RULES.with(new RuleFile("rules/extra.drl", "extra.drl", drl)));
        assertThat(e.problems()).extracting(RuleProblem::toString).singleElement().asString()
                .startsWith("rules/extra.drl:6: rule 'by district': the executable model cannot translate it: ")
                .contains("getName() for a property whose name the executable model reserves, such as unit");
    }

    @Test
    void drlRuleWithoutAnIdOrWithADuplicateId_isRefused() {
        String drl = String.join("\n",
                "package dev.rabiap.rules.extra;",
                "import dev.rabiap.engine.rule.Post;",
                "rule \"no id\" when Post() then end",
                "rule \"dup\" @id(\"posting.not-allowed\") when Post() then end");
        RuleSetException e = refused(RULES.with(new RuleFile("rules/extra.drl", "extra.drl", drl)));
        assertThat(e.getMessage()).contains("rule \"no id\" has no @id").contains("@id posting.not-allowed of").contains("is already used by");
    }

    @Test
    void tableMistakes_nameFileAndLine_allAtOnce() {
        String posting = RULES.file("posting.csv").content()
                .replace("SKN-4P,ผู้บริหารจังหวัด และนายอำเภอ,order,governor|vice_governor", "SKN-4P,ผู้บริหารจังหวัด และนายอำเภอ,order,governer|vice_governor")
                .replace("SKN-6P,หน.ส่วนราชการ-นอภ.สน.,report,,", "SKN-9P,หน.ส่วนราชการ-นอภ.สน.,reprot,,");
        RuleSetException e = refused(RULES.with(new RuleFile("rules/posting.csv", "posting.csv", posting)));
        assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(
                "rules/posting.csv:3: unknown role 'governer' in allowed_roles (known: agency_head, community_development_volunteer_leader, coordinating_deputy,"
                        + " deputy_district_chief, district_chief, governor, kamnan, local_executive, local_palad, pr_coordinator, provincial_admin_staff,"
                        + " provincial_palad, retired, staff, state_enterprise_head, state_enterprise_staff, vice_governor, village_head, volunteer_center_staff)",
                "rules/posting.csv:6: rule SKN-9P is not in catalogue.csv",
                "rules/posting.csv:6: unknown kind 'reprot' in kinds (known: order, report, incident, acknowledgement, question, pr, forward, chat, media, system)");
    }

    @Test
    void aPhraseThatIsNoRegularExpression_isRefusedWithItsLine() {
        String posting = RULES.file("posting.csv").content().replace("|re:(?:แล้ว|เรียบร้อย)[^\\n]*[0-9๐-๙]", "|re:(?:แล้ว|เรียบร้อย[^\\n]*[0-9๐-๙]");
        RuleSetException e = refused(RULES.with(new RuleFile("rules/posting.csv", "posting.csv", posting)));
        assertThat(e.getMessage()).contains("rules/posting.csv:6: phrase 're:(?:แล้ว|เรียบร้อย[^\\n]*[0-9๐-๙]' is not a valid regular expression");
    }

    @Test
    void aTriggerPhraseThatIsNoRegularExpression_isRefusedWithItsLine() {
        String obligations = RULES.file("obligations.csv").content().replace("|re:(?:ขอให้|ให้|กรุณา|รบกวน)\\s*", "|re:(?:ขอให้|ให้|กรุณา|รบกวน\\s*");
        RuleSetException e = refused(RULES.with(new RuleFile("rules/obligations.csv", "obligations.csv", obligations)));
        assertThat(e.getMessage()).contains("rules/obligations.csv:2: trigger_phrase 're:(?:ขอให้|ให้|กรุณา|รบกวน\\s*")
                .contains("is not a valid regular expression");
    }

    @Test
    void unknownGroupAndBadDeadline_areRefused() {
        String obligations = RULES.file("obligations.csv").content()
                .replace(",ศอ.จอส.จว.สน.,", ",ศอ.จอส.จว.สกล,").replace(",24h,", ",24 ชม.,").replace(",when_asked", ",ask");
        RuleSetException e = refused(RULES.with(new RuleFile("rules/obligations.csv", "obligations.csv", obligations)));
        assertThat(e.getMessage()).contains("rules/obligations.csv:2: unknown group 'ศอ.จอส.จว.สกล'")
                .contains("rules/obligations.csv:2: default_deadline '24 ชม.' is not a duration such as 24h, 3d or PT36H")
                .contains("rules/obligations.csv:2: photos_alone 'ask' is not one of answer, when_asked (or empty)");
    }

    @Test
    void ruleSetFolder_isReadFromDisk_andAnEditedRowTakesEffect(@TempDir Path dir) throws Exception {
        for (RuleFile file : RULES.files()) {
            if (!file.isDrl()) {
                Files.writeString(dir.resolve(file.name()), file.content());
            }
        }
        Path posting = dir.resolve("posting.csv");
        Files.writeString(posting, Files.readString(posting).replace("SKN-4P,ผู้บริหารจังหวัด และนายอำเภอ,order,governor|vice_governor",
                "SKN-4P,ผู้บริหารจังหวัด และนายอำเภอ,order,governor|vice_governor|district_chief"));
        RuleSet edited = RuleSet.fromDirectory(dir);
        assertThat(edited.version()).isNotEqualTo(RULES.version());
        PolicyEngine engine = PolicyEngine.builder().rules(edited).roster(Fixtures.ROSTER).build();
        java.util.List<dev.rabiap.engine.Finding> findings = new java.util.ArrayList<>();
        try (dev.rabiap.engine.Audit audit = engine.newAudit(findings::add, dev.rabiap.engine.AuditOptions.DEFAULTS)) {
            audit.accept(dev.rabiap.engine.spi.ChatMessage.builder().id("m1").evidence(dev.rabiap.engine.spi.Evidence.atLine("t", 1))
                    .group(Fixtures.G4).sender("นอภ.เมืองสกลนคร").time(Fixtures.START).text("ขอให้ทุกอำเภอดำเนินการ").build());
            audit.finish();
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void reloadWithBrokenRules_keepsTheRulesInForce() {
        PolicyEngine engine = PolicyEngine.builder().rules(RULES).roster(Fixtures.ROSTER).build();
        String before = engine.rules().version();
        RuleSet broken = RULES.with(new RuleFile("rules/groups.csv", "groups.csv", "group\nx\n"));
        assertThatThrownBy(() -> engine.reload(broken)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("rules/groups.csv:1: the header must be");
        assertThat(engine.rules().version()).isEqualTo(before);
    }

    @Test
    void ruleCodeThatReadsTheClockOrCallsSystem_isRefusedWithItsLine_butNotInAComment() {
        String drl = String.join("\n",
                "package dev.rabiap.rules.extra;",
                "import dev.rabiap.engine.rule.Post;",
                "// System.out here is only a comment",
                "rule \"clock\" @id(\"extra.clock\")",
                "when",
                "    $p : Post( millis < java.time.Instant.now().toEpochMilli() )",
                "then",
                "    System.out.println( $p );",
                "end");
        RuleSetException e = refused(RULES.with(new RuleFile("rules/extra.drl", "extra.drl", drl)));
        assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(
                "rules/extra.drl:6: rule 'clock' calls java.time.Instant.now(): not allowed in rule code (time comes from the messages, not the wall clock)",
                "rules/extra.drl:8: rule 'clock' reads java.lang.System.out: not allowed in rule code",
                "rules/extra.drl:8: rule 'clock' calls java.io.PrintStream.println(Object): not allowed in rule code");
    }

    @Test
    void rowsThatCanNeverTakeEffect_areWarnings() {
        String classification = RULES.file("classification.csv").content() + "order,contains,ข้อสั่งการ,\norder,contains,ข้อสั่งการด่วน,\n";
        // a roster with nobody of a district: the volunteer-centre duty has nobody to owe it (with no roster at all, nothing is said of it)
        dev.rabiap.engine.Roster governorOnly = dev.rabiap.engine.Roster.parse(
                "person_id,full_name,display_names,role,agency,district,line_user_id,email\ngov,นายวิทยา ศรีสกล,ผวจ.สน.,governor,ศาลากลางจังหวัดสกลนคร,,,\n", "roster.csv");
        java.util.List<RuleProblem> warnings = PolicyEngine.check(
                RULES.with(new RuleFile("rules/classification.csv", "classification.csv", classification)), governorOnly);
        assertThat(PolicyEngine.check(RULES.with(new RuleFile("rules/classification.csv", "classification.csv", classification)),
                dev.rabiap.engine.Roster.empty())).extracting(RuleProblem::toString).noneMatch(w -> w.contains("can never fire: nobody on the roster"));
        int last = (int) classification.lines().count();
        assertThat(warnings).extracting(RuleProblem::toString).containsExactly(
                "classpath:rabiap/rulesets/sakon-nakhon/obligations.csv:2: rule SKN-5O can never fire: nobody on the roster has a district and one of the party_roles volunteer_center_staff@district|deputy_district_chief|district_chief",
                "rules/classification.csv:" + last + ": this row never decides: the row at rules/classification.csv:" + (last - 1) + " matches every post it matches");
        assertThat(PolicyEngine.check(RULES, Fixtures.ROSTER)).isEmpty();
    }

    @Test
    void misspeltPlaceholder_isRefusedWithItsLine() {
        String catalogue = RULES.file("catalogue.csv").content().replaceFirst("\\{actor\\} \\(\\{role_th\\}\\) อยู่ในกลุ่ม", "{acter} ({role_th}) อยู่ในกลุ่ม");
        RuleSetException e = refused(RULES.with(new RuleFile("rules/catalogue.csv", "catalogue.csv", catalogue)));
        assertThat(e.getMessage()).startsWith("rules/catalogue.csv:2: unknown placeholder {acter} in th (known: actor, role,");
    }

    @Test
    void tableNotInUtf8_isRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("posting.csv"), new byte[] {'r', ',', (byte) 0xA1, '\n'});
        assertThatThrownBy(() -> RuleSet.fromDirectory(dir)).isInstanceOf(dev.rabiap.engine.PolicyException.class)
                .hasMessage(dir.resolve("posting.csv") + ": not UTF-8 text; save it as \"CSV UTF-8\" (Excel) or with the UTF-8 character set (LibreOffice)");
    }

    @Test
    void obligationChannelRegistryAndCapacityMistakes_nameFileAndLine() {
        RuleSet lamphun = RuleSet.bundled("lamphun-pr");
        String obligations = lamphun.file("obligations.csv").content()
                .replace(",agency,channel,content,no,lpn,นำประเด็น", ",agencie,channel,content,no,lpn,นำประเด็น")
                .replace("ภายใน ๓ วันทำการ,,agency,channel", "ภายในเร็ววัน,,agency,channel");
        String channels = lamphun.file("channels.csv").content()
                .replace("LPN-1,ที่ว่าการอำเภอป่าซาง,อำเภอป่าซาง-กำนันผู้ใหญ่บ้าน-อปท.", "LPN-1,ที่ว่าการอำเภอเมืองลำพูน,อำเภอป่าซาง-กำนันผู้ใหญ่บ้าน-อปท.");
        // a letter key letters.csv does not define
        String registry = lamphun.file("registry.csv").content().replace("pr_coordinator,1,1,", "pr_coordinator,2,1,")
                .replace(",lpn,", ",lpm,");
        String groups = lamphun.file("groups.csv").content().replace("pr_coordinator|provincial_admin_staff|staff@province,,,,account",
                "pr_coordinator|provincial_admin_staff|staff@province,,,,acount");
        RuleSetException e = refused(lamphun.with(new RuleFile("rules/obligations.csv", "obligations.csv", obligations))
                .with(new RuleFile("rules/channels.csv", "channels.csv", channels))
                .with(new RuleFile("rules/registry.csv", "registry.csv", registry))
                .with(new RuleFile("rules/groups.csv", "groups.csv", groups)));
        assertThat(e.problems()).extracting(p -> p.file() + ":" + p.line() + ": " + p.message()).containsExactlyInAnyOrder(
                "rules/groups.csv:3: channel 'acount' is not one of group, account (or empty)",
                "rules/channels.csv:3: party 'ที่ว่าการอำเภอเมืองลำพูน' already has a channel for LPN-1 from ประชาสัมพันธ์ จ.ลำพูน: อำเภอเมืองลำพูน-กำนันผู้ใหญ่บ้าน-อปท.",
                "rules/obligations.csv:2: party 'agencie' is not one of district, agency, sender (or empty)",
                "rules/obligations.csv:4: default_deadline 'ภายในเร็ววัน' is not a deadline phrase the engine reads (such as ภายใน ๒๔ ชม., ภายใน ๓ วันทำการ, ภายในวันที่ ๕ ก.ค. ๒๕๖๑)",
                "rules/registry.csv:2: unknown letter 'lpm' (letters.csv defines: lpn)",
                "rules/registry.csv:2: min 2 is more than max 1");
    }

    @Test
    void aClauseTheLettersTextDoesNotHold_orWithoutALetter_isRefused() {
        String posting = RULES.file("posting.csv").content()
                // SKN-4P: the letter says the group receives orders from the governor; it never says "only the governor"
                .replace(",skn,ใช้สื่อสาร รายงานเหตุด่วนเหตุสำคัญ", ",skn,ข้อสั่งการในกลุ่มนี้มาจากผู้ว่าราชการจังหวัดเท่านั้น … ใช้สื่อสาร รายงานเหตุด่วนเหตุสำคัญ")
                // SKN-6P: a clause with no letter named
                .replace("SKN-6P,หน.ส่วนราชการ-นอภ.สน.,report,,๑. งดการส่งรายงาน หรือผลการปฏิบัติงานต่างๆ,skn,", "SKN-6P,หน.ส่วนราชการ-นอภ.สน.,report,,๑. งดการส่งรายงาน หรือผลการปฏิบัติงานต่างๆ,,");
        RuleSetException e = refused(RULES.with(new RuleFile("rules/posting.csv", "posting.csv", posting)));
        assertThat(e.problems()).extracting(p -> p.file() + ":" + p.line() + ": " + p.message()).containsExactly(
                "rules/posting.csv:3: clause not found in the text of letter skn (letter-skn-23532.txt): \"ข้อสั่งการในกลุ่มนี้มาจากผู้ว่าราชการจังหวัดเท่านั้น\"",
                "rules/posting.csv:6: a clause without a letter: name in letter the letters.csv key of the letter it quotes");
    }

    @Test
    void aRowWithoutProvenance_isListedAsUnsourced_andAReadingAsAReading() {
        String posting = RULES.file("posting.csv").content() + "SKN-6P,หน.ส่วนราชการ-นอภ.สน.,forward,,,,,,\n";
        dev.rabiap.engine.Provenance provenance = PolicyEngine.provenance(RULES.with(new RuleFile("rules/posting.csv", "posting.csv", posting)),
                Fixtures.ROSTER);
        assertThat(provenance.unsourced()).extracting(r -> r.at() + " " + r.rules()).containsExactly("rules/posting.csv:8 [SKN-6P]");
        assertThat(provenance.readings()).extracting(r -> r.table() + ":" + r.line()).contains("posting.csv:2", "posting.csv:3", "posting.csv:6", "posting.csv:7")
                .doesNotContain("posting.csv:8");
        assertThat(provenance.letter("skn").reference()).isEqualTo("ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๘");
    }
}
