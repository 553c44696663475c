package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.Audit;
import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.SystemEvent;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * coverage.drl through the Phrae GCC rule set: GCC-2, everyone required must be in GCC2 by the end;
 * GCC-3, each agency's staff must be in its own GCC3 group (a coverage row per agency).
 */
final class CoverageRulesTest {
    private static final String GCC2 = "GCC2_มท_พร";
    private static final Roster ROSTER = Roster.parse(String.join("\n",
            "person_id,full_name,display_names,role,agency,district,line_user_id,email",
            "h1,นายวีระ ใจซื่อ,เกษตรจังหวัดแพร่,agency_head,สำนักงานเกษตรจังหวัดแพร่,,,",
            "h2,นางพรรณี สุขสม,สาธารณสุขจังหวัดแพร่,agency_head,สำนักงานสาธารณสุขจังหวัดแพร่,,,",
            "d1,นายธนพล แก้วกาศ,นอภ.เมืองแพร่,district_chief,ที่ว่าการอำเภอเมืองแพร่,เมืองแพร่,,",
            "g1,นายสมหมาย ศรีแพร่,ผวจ.แพร่,governor,ศาลากลางจังหวัดแพร่,,,"), "roster.csv");
    private static final PolicyEngine ENGINE = PolicyEngine.builder().rules(RuleSet.bundled("phrae-gcc")).roster(ROSTER).build();

    private static List<String> audit(ChatMessage... messages) {
        List<Finding> findings = new ArrayList<>();
        try (Audit audit = ENGINE.newAudit(findings::add, AuditOptions.DEFAULTS)) {
            for (ChatMessage message : messages) {
                audit.accept(message);
            }
            audit.finish();
        }
        return findings.stream().filter(f -> f.ruleId().equals("GCC-2")).map(f -> f.ruleId() + " " + f.personId()).toList();
    }

    private static ChatMessage message(int n, String sender, SystemEvent event, String text) {
        ChatMessage.Builder builder = ChatMessage.builder().id("c" + n).evidence(Evidence.atLine("t", n)).group(GCC2).sender(sender)
                .time(ZonedDateTime.parse("2018-06-25T09:00:00+07:00").plusMinutes(n));
        return event != null ? builder.event(event).build() : builder.text(text).build();
    }

    @Test
    void requiredPeopleWhoNeverJoinedOrLeft_areMissing_butOneWhoOnlyPosted_isNot() {
        assertThat(audit(
                message(1, "เกษตรจังหวัดแพร่", SystemEvent.JOIN, null),
                message(2, "นอภ.เมืองแพร่", SystemEvent.JOIN, null),
                message(3, "นอภ.เมืองแพร่", SystemEvent.LEAVE, null),
                message(4, "ผวจ.แพร่", SystemEvent.JOIN, null)))
                .containsExactly("GCC-2 d1", "GCC-2 h2");
        assertThat(audit(
                message(1, "เกษตรจังหวัดแพร่", SystemEvent.JOIN, null),
                message(2, "สาธารณสุขจังหวัดแพร่", null, "สอบถามครับ"),
                message(3, "นอภ.เมืองแพร่", SystemEvent.JOIN, null)))
                .isEmpty();
    }

    @Test
    void eachAgencysStaff_mustBeInItsOwnGcc3Group_notAnotherAgencys() {
        Log.Result result = new Log(ForwardingRulesTest.ENGINE)
                .event("2018-06-26T09:00", "GCC3_เกษตรแพร่", "เกษตรจังหวัดแพร่", SystemEvent.JOIN)
                // Public Health's staff member posts in Agriculture's group, not their own
                .text("2018-06-26T09:10", "GCC3_เกษตรแพร่", "ภูมิ สสจ.", "สวัสดีครับ")
                .text("2018-06-26T09:20", "GCC3_สาธารณสุขแพร่", "สาธารณสุขจังหวัดแพร่", "ยินดีต้อนรับทุกท่าน")
                .run();
        assertThat(result.keys("GCC-3")).containsExactly("GCC-3 coverage.csv:3 ดารุณี เกษตร", "GCC-3 coverage.csv:4 ภูมิ สสจ.");
        assertThat(result.summary().coverage()).filteredOn(c -> c.ruleId().equals("GCC-3"))
                .extracting(c -> c.group() + " " + c.unit() + " " + c.present() + "/" + c.required())
                .containsExactly("GCC3_เกษตรแพร่ สำนักงานเกษตรจังหวัดแพร่ 1/2", "GCC3_สาธารณสุขแพร่ สำนักงานสาธารณสุขจังหวัดแพร่ 1/2");
    }

    /** GCC-2 names the อบจ. head and the town's mayor, not every local executive. */
    @Test
    void gcc2RequiresTheHeadsTheLetterNames_notEveryLocalExecutive() {
        Roster roster = Roster.parse(String.join("\n",
                "person_id,full_name,display_names,role,agency,district,line_user_id,email",
                "p1,นายอนุวัตร วงศ์วรรณ,นายก อบจ.แพร่,pao_president,องค์การบริหารส่วนจังหวัดแพร่,,,",
                "m1,นายกิตติ ศรีเมือง,นายกเทศมนตรีเมืองแพร่,town_mayor,เทศบาลเมืองแพร่,เมืองแพร่,,",
                "t1,นายบุญทวี ป่าแมต,นายก อบต.ป่าแมต,local_executive,องค์การบริหารส่วนตำบลป่าแมต,เมืองแพร่,,"), "roster.csv");
        PolicyEngine engine = PolicyEngine.builder().rules(RuleSet.bundled("phrae-gcc")).roster(roster).build();
        Log.Result result = new Log(engine)
                .event("2018-06-25T09:00", GCC2, "นายกเทศมนตรีเมืองแพร่", SystemEvent.JOIN)
                .run();
        // the อบจ. head never joined: a finding; the อบต. head is not one the letter addresses
        assertThat(result.keys("GCC-2")).containsExactly("GCC-2 coverage.csv:2 นายก อบจ.แพร่");
    }

    /** GCC-3G: an agency whose GCC3 group never appears in the log has not created it; one finding, not one per person. */
    @Test
    void anAgencysGcc3GroupNobodyIsIn_isOneFindingForTheAgency_notOnePerPerson() {
        Roster roster = Roster.parse(String.join("\n",
                "person_id,full_name,display_names,role,agency,district,line_user_id,email",
                "h1,นายวีระ ใจซื่อ,เกษตรจังหวัดแพร่,agency_head,สำนักงานเกษตรจังหวัดแพร่,,,",
                "c1,นางสาวดารุณี ทองดี,ดารุณี เกษตร,staff,สำนักงานเกษตรจังหวัดแพร่,,,",
                "h3,นายพิทักษ์ ชุมชนดี,พัฒนาการจังหวัดแพร่,agency_head,สำนักงานพัฒนาชุมชนจังหวัดแพร่,,,",
                "c3,นางสาวอัมพร ชุมชนเข้มแข็ง,อัมพร พช.แพร่,staff,สำนักงานพัฒนาชุมชนจังหวัดแพร่,,,"), "roster.csv");
        PolicyEngine engine = PolicyEngine.builder().rules(RuleSet.bundled("phrae-gcc")).roster(roster).build();
        Log.Result result = new Log(engine)
                // Agriculture created its group and its head is in it; its clerk is not (GCC-3, near miss for GCC-3G)
                .event("2018-06-26T09:00", "GCC3_เกษตรแพร่", "เกษตรจังหวัดแพร่", SystemEvent.JOIN)
                .run();
        // Community Development's group never appears; the other agencies of the rule set have nobody on this roster
        assertThat(result.keys("GCC-3", "GCC-3G")).containsExactly(
                "GCC-3 coverage.csv:3 ดารุณี เกษตร",
                "GCC-3G coverage.csv:9 สำนักงานพัฒนาชุมชนจังหวัดแพร่");
        assertThat(result.summary().coverage()).filteredOn(c -> c.ruleId().equals("GCC-3"))
                .extracting(c -> c.group() + " " + c.present() + "/" + c.required())
                .containsExactly("GCC3_เกษตรแพร่ 1/2", "GCC3_พัฒนาชุมชนแพร่ 0/2");
    }
}
