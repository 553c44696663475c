package dev.rabiap.rules;

import static dev.rabiap.rules.Fixtures.G1;
import static dev.rabiap.rules.Fixtures.G2;
import static dev.rabiap.rules.Fixtures.G3;
import static dev.rabiap.rules.Fixtures.G4;
import static dev.rabiap.rules.Fixtures.G5;
import static dev.rabiap.rules.Fixtures.G6;
import static dev.rabiap.rules.Fixtures.keys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.Finding;
import dev.rabiap.engine.spi.SystemEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Membership eligibility (groups.csv through membership.drl), invites and capacity. */
final class MembershipRulesTest {
    @Test
    void skn1_ineligibleSender_isReportedOnceNotPerMessage_andAnEligibleOneIsNot() {
        List<Finding> findings = new Fixtures()
                .post(G1, "จอส.เมือง", "สวัสดีครับ")
                .post(G1, "จอส.เมือง", "ฝากข่าวด้วยครับ")
                .post(G1, "ปอ.วิชัย", "สวัสดีครับ")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-1@m1");
        assertThat(findings.get(0).personId()).isEqualTo("vc1");
    }

    @Test
    void skn2_ineligibleJoin_fires_eligibleJoinDoesNot() {
        assertThat(keys(new Fixtures()
                .event(G2, "ปลัดอนันต์", SystemEvent.JOIN, null)
                .event(G2, "ปอ.วิชัย", SystemEvent.JOIN, null)
                .findings())).containsExactly("SKN-2@m1");
    }

    @Test
    void skn3_coordinatingDeputyJoins_fires_chiefDoesNot() {
        assertThat(keys(new Fixtures()
                .event(G3, "ปอ.วิชัย", SystemEvent.JOIN, null)
                .event(G3, "นอภ.เมืองสกลนคร", SystemEvent.JOIN, null)
                .findings())).containsExactly("SKN-3@m1");
    }

    @Test
    void skn4_agencyHeadJoins_fires_viceGovernorDoesNot() {
        assertThat(keys(new Fixtures()
                .event(G4, "เกษตรจังหวัด", SystemEvent.JOIN, null)
                .event(G4, "รองผวจ.ประเสริฐ", SystemEvent.JOIN, null)
                .findings())).containsExactly("SKN-4@m1");
    }

    @Test
    void skn5_agencyHeadJoins_fires_deputyDistrictChiefDoesNot() {
        assertThat(keys(new Fixtures()
                .event(G5, "เกษตรจังหวัด", SystemEvent.JOIN, null)
                .event(G5, "ปลัดอนันต์", SystemEvent.JOIN, null)
                .findings())).containsExactly("SKN-5@m1");
    }

    @Test
    void skn6_clerkInPlaceOfHead_fires_headInPersonDoesNot() {
        List<Finding> findings = new Fixtures()
                .event(G6, "ฝน ธุรการเกษตร", SystemEvent.JOIN, null)
                .event(G6, "เกษตรจังหวัด", SystemEvent.JOIN, null)
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-6@m1");
        assertThat(findings.get(0).en()).contains("must join in person");
    }

    @Test
    void sknAll_invitingAnIneligiblePerson_flagsInviteeAndInviter() {
        List<Finding> findings = new Fixtures()
                .event(G1, "นอภ.เมืองสกลนคร", SystemEvent.INVITE, "ฝน ธุรการเกษตร")
                .findings();
        assertThat(findings).extracting(f -> f.ruleId() + "/" + f.personId())
                .containsExactly("SKN-1/clerk1", "SKN-ALL/chief1", "SKN-ALL/clerk1");
        assertThat(findings.get(1).en()).isEqualTo("นอภ.เมืองสกลนคร invited ฝน ธุรการเกษตร (staff), who is not a relevant person, into นักปกครองสกลนคร; this is strictly forbidden");
    }

    @Test
    void invitingSomeoneNotOnTheRoster_isOneOutsiderFinding_namingTheInviter() {
        List<Finding> findings = new Fixtures()
                .event(G3, "ปจ.สน.", SystemEvent.INVITE, "นอภ.กุสุมาลย์")
                .event(G3, "ปจ.สน.", SystemEvent.INVITE, "เพื่อนบ้าน")
                .findings();
        assertThat(findings).extracting(f -> f.ruleId() + "/" + f.actor() + "@" + f.evidence().messageId())
                .containsExactly("SKN-3/เพื่อนบ้าน@m2");
        assertThat(findings.get(0).en()).isEqualTo("เพื่อนบ้าน is not on the roster but was added in ข้อสั่งการ ปจ.สน. (added by ปจ.สน.),"
                + " which admits only provincial palad and district chief: add them to the roster or remove them from the group");
        assertThat(findings.get(0).th()).isEqualTo("เพื่อนบ้าน ไม่มีชื่อในทะเบียนบุคลากร แต่ถูกเชิญเข้ากลุ่ม ข้อสั่งการ ปจ.สน. (ปจ.สน. เชิญเข้ากลุ่ม)"
                + " ซึ่งรับเฉพาะปลัดจังหวัด และนายอำเภอ: เพิ่มชื่อในทะเบียน หรือนำออกจากกลุ่ม");
    }

    @Test
    void sknAll_invitingARosterPersonTheGroupDoesNotAdmit_flagsInviteeAndInviter_anEligibleInviteDoesNot() {
        List<Finding> findings = new Fixtures()
                .event(G3, "ปจ.สน.", SystemEvent.INVITE, "นอภ.กุสุมาลย์")
                .event(G3, "ปจ.สน.", SystemEvent.INVITE, "ฝน ธุรการเกษตร")
                .findings();
        assertThat(findings).extracting(f -> f.ruleId() + "/" + f.actor() + "@" + f.evidence().messageId())
                .containsExactly("SKN-3/ฝน ธุรการเกษตร@m2", "SKN-ALL/ฝน ธุรการเกษตร@m2", "SKN-ALL/ปจ.สน.@m2");
    }

    @Test
    void anOutsiderIsReportedOncePerGroup_howeverOftenTheyPostLeaveOrComeBack() {
        List<Finding> findings = new Fixtures()
                .event(G3, "คนขายประกัน", SystemEvent.JOIN, null)
                .post(G3, "คนขายประกัน", "สวัสดีค่ะ")
                .event(G3, "คนขายประกัน", SystemEvent.LEAVE, null)
                .event(G3, "คนขายประกัน", SystemEvent.JOIN, null)
                .post(G1, "คนขายประกัน", "สวัสดีค่ะ")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-3@m1", "SKN-1@m5");
        assertThat(findings.get(0).en()).contains("joined by link or QR code");
        assertThat(findings.get(1).en()).contains("is not on the roster but posted in นักปกครองสกลนคร");
    }

    @Test
    void sknCap_moreAdmittedMembersThanTheLetterReported_fires_once_atTheMemberWhoTookItOver() {
        Fixtures log = Fixtures.withMoreChiefs(21);
        for (int i = 1; i <= 21; i++) {
            log.event(G3, "นอภ.ทดสอบ " + i, SystemEvent.JOIN, null);
        }
        log.event(G3, "คนนอก", SystemEvent.JOIN, null);
        List<Finding> findings = log.findings();
        // district chiefs are admitted: the 20th takes the group over the 19 the letter reported; the
        // outsider is a finding of their own and is not counted again
        assertThat(keys(findings)).containsExactly("SKN-CAP@m20", "SKN-3@m22");
        Finding cap = findings.get(0);
        assertThat(cap.severity()).isEqualTo(dev.rabiap.engine.Severity.LOW);
        assertThat(cap.en()).isEqualTo("ข้อสั่งการ ปจ.สน. has at least 20 members, more than the 19 the guideline letter reported (latest: นอภ.ทดสอบ 20);"
                + " check whether people with no part in it have joined");
    }

    @Test
    void sknCap_outsidersAndExcludedMembers_doNotCountAgainstTheLettersNumber() {
        Fixtures log = new Fixtures();
        for (int i = 1; i <= 25; i++) {
            log.event(G3, "สมาชิกใหม่ " + i, SystemEvent.JOIN, null);
        }
        assertThat(keys(log.findings())).hasSize(25).allMatch(k -> k.startsWith("SKN-3@"));
    }

    @Test
    void sknCap_nineteenMembers_orOneWhoLeftAndAnotherJoined_doesNotFire() {
        Fixtures log = Fixtures.withMoreChiefs(20);
        for (int i = 1; i <= 19; i++) {
            log.event(G3, "นอภ.ทดสอบ " + i, SystemEvent.JOIN, null);
        }
        log.event(G3, "นอภ.ทดสอบ 3", SystemEvent.LEAVE, null);
        log.event(G3, "นอภ.ทดสอบ 20", SystemEvent.JOIN, null);
        assertThat(keys(log.findings())).isEmpty();
    }

    /** LINE's own limit: a group holds 500; the 501st member is a finding (SKN-LIMIT), not a letter-count note. */
    @Test
    void sknLimit_moreMembersThanALineGroupHolds_fires_once_at501_butNotAt500() {
        Fixtures log = Fixtures.withMoreChiefs(501);
        for (int i = 1; i <= 500; i++) {
            log.event(G6, "นอภ.ทดสอบ " + i, SystemEvent.JOIN, null);
        }
        assertThat(keys(log.findings())).isEmpty();
        log.event(G6, "นอภ.ทดสอบ 501", SystemEvent.JOIN, null);
        List<Finding> findings = log.findings();
        // หน.ส่วนราชการ-นอภ.สน. states no count: no SKN-CAP, only LINE's limit
        assertThat(keys(findings)).containsExactly("SKN-LIMIT@m501");
        assertThat(findings.get(0).severity()).isEqualTo(dev.rabiap.engine.Severity.HIGH);
        assertThat(findings.get(0).en()).startsWith("หน.ส่วนราชการ-นอภ.สน. has at least 501 members, more than a LINE group holds (500)");
        assertThat(findings.get(0).source().isReading()).isTrue();
        assertThat(findings.get(0).source().letter()).isEmpty();
    }

    @Test
    void removedMemberWhoIsInvitedBack_isReportedAgain() {
        List<Finding> findings = new Fixtures()
                .post(G1, "จอส.เมือง", "สวัสดีครับ")
                .event(G1, "ผวจ.สน.", SystemEvent.REMOVE, "จอส.เมือง")
                .post(G1, "จอส.เมือง", "กลับมาแล้วครับ")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-1@m1", "SKN-1@m3");
    }

    @Test
    void findingsDoNotDependOnHowManyMessagesAreInWorkingMemoryAtOnce() {
        Fixtures log = Fixtures.withMoreChiefs(25);
        List<String> expected = new java.util.ArrayList<>();
        int message = 0;
        for (int i = 1; i <= 25; i++) {
            log.event(G3, "นอภ.ทดสอบ " + i, SystemEvent.JOIN, null);
            message++;
            if (i % 5 == 0) {
                log.event(G3, "นอภ.ทดสอบ " + (i - 1), SystemEvent.LEAVE, null);
                log.post(G3, "นอภ.เมืองสกลนคร", "รับทราบครับ"); // an acknowledgement need not be sent there, but may be
                message += 2;
            }
            if (i == 7) {
                log.event(G3, "สมาชิกใหม่", SystemEvent.JOIN, null); // an outsider: a finding, not counted
                expected.add("SKN-3@m" + (++message));
            }
        }
        // 17 admitted members after m29 (20 joined, 4 left, and the chief who acknowledged); m30, m31, m32 make
        // 18, 19, 20: m32 takes the group over its 19.
        expected.add("SKN-CAP@m32");
        log.event(G1, "นอภ.เมืองสกลนคร", SystemEvent.INVITE, "ฝน ธุรการเกษตร");
        log.post(G1, "ฝน ธุรการเกษตร", "สวัสดีค่ะ");
        log.event(G1, "ผวจ.สน.", SystemEvent.REMOVE, "ฝน ธุรการเกษตร");
        log.post(G1, "ฝน ธุรการเกษตร", "ขอกลับเข้ากลุ่มค่ะ");
        expected.addAll(List.of("SKN-1@m37", "SKN-ALL@m37", "SKN-ALL@m37", "SKN-1@m40"));
        List<String> whole = keys(log.run(dev.rabiap.engine.AuditOptions.DEFAULTS).findings());
        assertThat(keys(log.run(dev.rabiap.engine.AuditOptions.DEFAULTS.batchSize(1)).findings())).isEqualTo(whole);
        assertThat(keys(log.run(dev.rabiap.engine.AuditOptions.DEFAULTS.batchSize(3)).findings())).isEqualTo(whole);
        assertThat(whole).isEqualTo(expected);
    }

    @Test
    void unrelatedInviteeWhoThenPosts_isStillAnInvite_citingTheInvite() {
        List<Finding> findings = new Fixtures()
                .event(G3, "ปจ.สน.", SystemEvent.INVITE, "ฝน ธุรการเกษตร")
                .post(G3, "ฝน ธุรการเกษตร", "สวัสดีค่ะ")
                .findings();
        assertThat(findings).extracting(f -> f.ruleId() + "/" + f.actor() + "@" + f.evidence().messageId())
                .containsExactly("SKN-3/ฝน ธุรการเกษตร@m1", "SKN-ALL/ฝน ธุรการเกษตร@m1", "SKN-ALL/ปจ.สน.@m1");
    }

    @Test
    void ineligiblePosterWhoLeavesInTheSameBatch_isReported_andPostingAgainAfterLeaving_isReportedAgain() {
        List<Finding> findings = new Fixtures()
                .post(G1, "จอส.เมือง", "สวัสดีครับ")
                .event(G1, "จอส.เมือง", SystemEvent.LEAVE, null)
                .post(G1, "ปอ.วิชัย", "สวัสดีครับ")
                .event(G1, "จอส.เมือง", SystemEvent.JOIN, null)
                .event(G1, "จอส.เมือง", SystemEvent.LEAVE, null)
                .post(G1, "จอส.เมือง", "ขอโทษครับ เข้าผิดกลุ่ม")
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-1@m1", "SKN-1@m4", "SKN-1@m6");
    }

    @Test
    void aMemberWhoRenamesThemself_isStillThemself_whileANameNoOneTookIsAnOutsider() {
        List<Finding> findings = new Fixtures()
                .event(G4, "นอภ.เมืองสกลนคร", SystemEvent.RENAME, "สมชาย ✨")   // m1: the roster knows only the old name
                .post(G4, "สมชาย ✨", "รับทราบครับท่าน")                          // m2: the same district chief
                .post(G4, "บุญมี ✨", "รับทราบครับ")                              // m3: no one took this name
                .findings();
        assertThat(keys(findings)).containsExactly("SKN-4@m3");
    }
}
