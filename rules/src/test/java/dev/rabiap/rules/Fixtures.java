package dev.rabiap.rules;

import dev.rabiap.engine.Audit;
import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.SystemEvent;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** A small Sakon Nakhon roster, message builders and an audit runner for rule tests. */
final class Fixtures {
    static final String G1 = "นักปกครองสกลนคร";
    static final String G2 = "ข้อสั่งการ ปค.สน.";
    static final String G3 = "ข้อสั่งการ ปจ.สน.";
    static final String G4 = "ผู้บริหารจังหวัด และนายอำเภอ";
    static final String G5 = "ศอ.จอส.จว.สน.";
    static final String G6 = "หน.ส่วนราชการ-นอภ.สน.";

    static final String ROSTER_CSV = String.join("\n",
            "person_id,full_name,display_names,role,agency,district,line_user_id,email",
            "gov,นายวิทยา ศรีสกล,ผวจ.สน.,governor,ศาลากลางจังหวัดสกลนคร,,,",
            "vgov,นายประเสริฐ ทองคำ,รองผวจ.ประเสริฐ,vice_governor,ศาลากลางจังหวัดสกลนคร,,,",
            "palad,นายเอกภพ โสภณ,ปจ.สน.,provincial_palad,ที่ทำการปกครองจังหวัดสกลนคร,,,",
            "office,นางสาวพรทิพย์ วงศ์ใหญ่,ปค.จ.สน.,provincial_admin_staff,ที่ทำการปกครองจังหวัดสกลนคร,,,",
            "vcp,นายสุรชัย จิตอาสา,ศอ.จอส.จว.สน.,volunteer_center_staff,ศอ.จอส.จังหวัดสกลนคร,,,",
            "chief1,นายสมชาย ใจดี,นอภ.เมืองสกลนคร,district_chief,ที่ว่าการอำเภอเมืองสกลนคร,เมืองสกลนคร,,",
            "chief2,นายบุญมี แก้วกล้า,นอภ.กุสุมาลย์,district_chief,ที่ว่าการอำเภอกุสุมาลย์,กุสุมาลย์,,",
            "coord1,ว่าที่ร.ต.วิชัย พรหมมา,ปอ.วิชัย,coordinating_deputy,ที่ว่าการอำเภอเมืองสกลนคร,เมืองสกลนคร,,",
            "deputy1,นายอนันต์ สายทอง,ปลัดอนันต์,deputy_district_chief,ที่ว่าการอำเภอเมืองสกลนคร,เมืองสกลนคร,,",
            "vc1,นางสาวมาลี ศรีสุข,จอส.เมือง,volunteer_center_staff,ศอ.จอส.อำเภอเมืองสกลนคร,เมืองสกลนคร,,",
            "vc2,นางจันทร์เพ็ญ ดวงดี,จอส.กุสุมาลย์,volunteer_center_staff,ศอ.จอส.อำเภอกุสุมาลย์,กุสุมาลย์,,",
            "head1,นายธนากร เกษตรดี,เกษตรจังหวัด,agency_head,สำนักงานเกษตรจังหวัดสกลนคร,,,",
            "clerk1,นางสาวน้ำฝน ใจงาม,ฝน ธุรการเกษตร,staff,สำนักงานเกษตรจังหวัดสกลนคร,,,");
    static final Roster ROSTER = Roster.parse(ROSTER_CSV, "fixtures-roster.csv");

    private static final PolicyEngine ENGINE = PolicyEngine.builder().rules(RuleSet.bundled("sakon-nakhon")).roster(ROSTER).build();
    static final ZonedDateTime START = ZonedDateTime.parse("2025-11-21T08:00:00+07:00");

    private final PolicyEngine engine;
    private final List<ChatMessage> messages = new ArrayList<>();
    private ZonedDateTime clock = START;

    Fixtures() {
        this(ENGINE);
    }

    private Fixtures(PolicyEngine engine) {
        this.engine = engine;
    }

    /** A log judged against the roster above and {@code chiefs} more district chiefs, "นอภ.ทดสอบ 1" to "นอภ.ทดสอบ n". */
    static Fixtures withMoreChiefs(int chiefs) {
        String[] rows = new String[chiefs];
        for (int i = 1; i <= chiefs; i++) {
            rows[i - 1] = "extra" + i + ",นายทดสอบ " + i + ",นอภ.ทดสอบ " + i + ",district_chief,ที่ว่าการอำเภอทดสอบ" + i + ",ทดสอบ" + i + ",,";
        }
        return withPeople(rows);
    }

    /** A log judged against the roster above and these more people, each a line of the roster's CSV. */
    static Fixtures withPeople(String... rows) {
        return new Fixtures(PolicyEngine.builder().rules(RuleSet.bundled("sakon-nakhon"))
                .roster(Roster.parse(ROSTER_CSV + "\n" + String.join("\n", rows), "fixtures-roster.csv")).build());
    }

    /** A log judged against this roster instead of the one above. */
    static Fixtures withRoster(Roster roster) {
        return new Fixtures(PolicyEngine.builder().rules(RuleSet.bundled("sakon-nakhon")).roster(roster).build());
    }

    /** A text message one minute after the previous one. */
    Fixtures post(String group, String sender, String text) {
        return add(group, sender, MessageType.TEXT, text, null, null);
    }

    /** A text one minute after the previous one, sent as a LINE reply to message {@code replyTo}. */
    Fixtures reply(String group, String sender, String text, String replyTo) {
        add(group, sender, MessageType.TEXT, text, null, null);
        ChatMessage m = messages.remove(messages.size() - 1);
        messages.add(new ChatMessage(m.id(), m.evidence(), m.group(), m.sender(), m.senderId(), m.time(), m.type(), m.text(), replyTo,
                m.event(), m.target(), m.attachmentName()));
        return this;
    }

    /** A file sent alone, with its name, one minute after the previous one. */
    Fixtures file(String group, String sender, String name) {
        add(group, sender, MessageType.FILE, "", null, null);
        ChatMessage m = messages.remove(messages.size() - 1);
        messages.add(new ChatMessage(m.id(), m.evidence(), m.group(), m.sender(), m.senderId(), m.time(), m.type(), m.text(), null,
                m.event(), m.target(), name));
        return this;
    }

    /** A media message one minute after the previous one. */
    Fixtures media(String group, String sender, MessageType type) {
        return add(group, sender, type, "", null, null);
    }

    /** A photo, video or file with a caption of its own, one minute after the previous one. */
    Fixtures captioned(String group, String sender, MessageType type, String caption) {
        return add(group, sender, type, caption, null, null);
    }

    /** A system event one minute after the previous one. */
    Fixtures event(String group, String sender, SystemEvent event, String target) {
        return add(group, sender, MessageType.SYSTEM, "", event, target);
    }

    /** Moves the clock on. */
    Fixtures after(java.time.Duration duration) {
        clock = clock.plus(duration);
        return this;
    }

    private Fixtures add(String group, String sender, MessageType type, String text, SystemEvent event, String target) {
        clock = clock.plusMinutes(1);
        String id = "m" + (messages.size() + 1);
        messages.add(new ChatMessage(id, new Evidence("test.jsonl", messages.size() + 1, id), group, sender, null, clock, type, text,
                null, event, target, null));
        return this;
    }

    /** The findings of an audit of the messages so far. */
    List<Finding> findings() {
        return run(AuditOptions.DEFAULTS).findings;
    }

    Result run(AuditOptions options) {
        List<Finding> findings = new ArrayList<>();
        try (Audit audit = engine.newAudit(findings::add, options)) {
            messages.forEach(audit::accept);
            AuditSummary summary = audit.finish();
            return new Result(findings, summary);
        }
    }

    record Result(List<Finding> findings, AuditSummary summary) {}

    /** {@code messageId=kind} for each post of the messages so far, as {@code rabiap classify} reads them. */
    List<String> kinds() {
        java.util.Iterator<ChatMessage> next = messages.iterator();
        List<String> kinds = new ArrayList<>();
        try {
            engine.classify(List.of(new dev.rabiap.engine.spi.MessageSource() {
                @Override
                public ChatMessage next() {
                    return next.hasNext() ? next.next() : null;
                }

                @Override
                public String description() {
                    return "test.jsonl";
                }

                @Override
                public void close() {}
            }), post -> kinds.add(post.evidence().messageId() + "=" + post.kind()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return kinds;
    }

    /** {@code rule@messageId} for each finding, or {@code rule@actor} when asked. */
    static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "@" + f.evidence().messageId()).toList();
    }
}
