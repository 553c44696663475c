package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.Finding;
import dev.rabiap.engine.Kinds;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.Roles;
import dev.rabiap.engine.Source;
import dev.rabiap.engine.thai.ThaiDates;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The global {@code findings} every rule file uses to build what it inserts: it looks the rule id
 * up in the catalogue and fills the explanation. Rule consequences call it and insert the result,
 * nothing else. Immutable and thread-safe.
 */
public final class Findings {
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A time as findings write it, in Thai and in English. */
    private record Written(java.time.ZonedDateTime time, String thai, String english) {}

    /**
     * The audit's as-of time as written, kept for the next finding: the end of an audit may judge
     * 300,000 people missing as of the same time. Shared by concurrent audits; a race only writes it twice.
     */
    private volatile Written lastAsOf;

    private Written asOf(java.time.ZonedDateTime time) {
        Written last = lastAsOf;
        if (last == null || !last.time().equals(time)) {
            last = new Written(time, ThaiDates.format(time), ENGLISH_TIME.format(time));
            lastAsOf = last;
        }
        return last;
    }

    private final Map<String, RuleText> catalogue;
    private final Roles roles;
    private final Kinds kinds;

    /** Findings with the engine's own roles and kinds. */
    public Findings(Map<String, RuleText> catalogue) {
        this(catalogue, Roles.base(), Kinds.base());
    }

    public Findings(Map<String, RuleText> catalogue, Roles roles, Kinds kinds) {
        this.catalogue = Map.copyOf(catalogue);
        this.roles = requireNonNull(roles, "roles is null");
        this.kinds = requireNonNull(kinds, "kinds is null");
    }

    /** A posting finding: the post's sender may not post its kind under the policy row. */
    public Finding posting(PostingPolicy policy, Post post) {
        Map<String, String> values = senderValues(post);
        values.put("allowed", policy.getRoles().isEmpty() ? "nobody" : policy.getRoles().english());
        values.put("allowed_th", policy.getRoles().isEmpty() ? "ไม่มีผู้ใด" : policy.getRoles().thai());
        values.put("carries", policy.getCarries().isEmpty() ? "-" : String.join("|", new java.util.TreeSet<>(policy.getCarries())));
        return build(policy.getRuleId(), policy.getRow(), post, post.getPersonId(), post.getActor(), values);
    }

    /** A membership finding about a member. */
    public Finding member(String ruleId, GroupPolicy policy, Member member) {
        Map<String, String> values = memberValues(member);
        values.put("eligible", policy.getEligible().english());
        values.put("eligible_th", policy.getEligible().thai());
        return build(ruleId, policy.getRow(), member.getGroup(), member.getEvidence(), member.getTime(), member.getSeq(),
                personId(member.getPerson()), member.getActor(), values);
    }

    /**
     * Someone not on the roster in a group with membership rules: joined (by link or QR code), was
     * added, or posted. The finding carries the group's membership rule id; its text says what to do.
     */
    public Finding outsider(String ruleId, GroupPolicy policy, Member member) {
        Map<String, String> values = memberValues(member);
        Post invite = member.getInvitedBy();
        String byThai = invite == null ? "" : " (" + invite.getActor() + " เชิญเข้ากลุ่ม)";
        String byEnglish = invite == null ? "" : " (added by " + invite.getActor() + ")";
        String how = switch (member.getOrigin()) {
            case "join" -> "เข้ากลุ่มเอง (ลิงก์หรือคิวอาร์โค้ด)";
            case "invite" -> "ถูกเชิญเข้ากลุ่ม";
            default -> "ส่งข้อความในกลุ่ม";
        };
        String howEnglish = switch (member.getOrigin()) {
            case "join" -> "joined by link or QR code";
            case "invite" -> "was added";
            default -> "posted";
        };
        RuleText text = catalogue.get(requireNonNull(ruleId, "ruleId is null"));
        if (text == null) {
            throw new IllegalStateException("rule id " + ruleId + " is not in the catalogue");
        }
        String th = member.getActor() + " ไม่มีชื่อในทะเบียนบุคลากร แต่" + how + " " + policy.getGroup() + byThai
                + " ซึ่งรับเฉพาะ" + policy.getEligible().thai() + ": เพิ่มชื่อในทะเบียน หรือนำออกจากกลุ่ม";
        String en = member.getActor() + " is not on the roster but " + howEnglish + " in " + policy.getGroup() + byEnglish
                + ", which admits only " + policy.getEligible().english() + ": add them to the roster or remove them from the group";
        return new Finding(ruleId, text.kind(), member.getGroup(), "", member.getActor(), member.getEvidence(), member.getTime(),
                text.severity(), th, en, member.getSeq(), source(text, policy.getRow()));
    }

    /** A finding against whoever invited an unrelated member. */
    public Finding inviter(String ruleId, Member invitee) {
        Post invite = invitee.getInvitedBy();
        Map<String, String> values = memberValues(invitee);
        values.put("inviter", invite.getActor());
        values.put("invitee", invitee.getActor());
        return build(ruleId, null, invite, invite.getPersonId(), invite.getActor(), values);
    }

    /** A finding against an unrelated member who was invited. */
    public Finding invitee(String ruleId, Member invitee) {
        Post invite = invitee.getInvitedBy();
        Map<String, String> values = memberValues(invitee);
        values.put("inviter", invite.getActor());
        values.put("invitee", invitee.getActor());
        return build(ruleId, null, invitee.getGroup(), invitee.getEvidence(), invitee.getTime(), invitee.getSeq(),
                personId(invitee.getPerson()), invitee.getActor(), values);
    }

    /** A group with more members than it may have; cites the member who took it over. */
    public Finding overCapacity(String ruleId, GroupPolicy policy, Member last, long count) {
        Map<String, String> values = memberValues(last);
        values.put("count", Long.toString(count));
        values.put("limit", Integer.toString(policy.getLimit()));
        values.put("stated", policy.getStatedMembers() > 0 ? Integer.toString(policy.getStatedMembers()) : "-");
        return build(ruleId, null, last.getGroup(), last.getEvidence(), last.getTime(), last.getSeq(), personId(last.getPerson()), last.getActor(), values);
    }

    /** A group with more members than a LINE group holds; cites the member who took it over. */
    public Finding overLineLimit(GroupPolicy policy, Member last, long count) {
        Map<String, String> values = memberValues(last);
        values.put("count", Long.toString(count));
        values.put("limit", Integer.toString(policy.getLineLimit()));
        values.put("stated", policy.getStatedMembers() > 0 ? Integer.toString(policy.getStatedMembers()) : "-");
        return build(policy.getLimitRule(), null, last.getGroup(), last.getEvidence(), last.getTime(), last.getSeq(),
                personId(last.getPerson()), last.getActor(), values);
    }

    /**
     * A group or account at or near its limit at the end of the audit (MOI-3: warn near the cap);
     * cites the groups.csv row.
     */
    public Finding nearCapacity(String ruleId, GroupPolicy policy, long count, EndOfLog end) {
        Map<String, String> values = new HashMap<>();
        values.put("count", Long.toString(count));
        values.put("limit", policy.getLimit() == Integer.MAX_VALUE ? "-" : Integer.toString(policy.getLimit()));
        values.put("stated", policy.getStatedMembers() > 0 ? Integer.toString(policy.getStatedMembers()) : "-");
        values.put("as_of", asOf(end.getAsOf()).thai());
        values.put("as_of_en", asOf(end.getAsOf()).english());
        return build(ruleId, null, policy.getGroup(), new dev.rabiap.engine.spi.Evidence(policy.getRow().file(), policy.getRow().line(), null),
                end.getAsOf(), end.getSeq(), "", policy.getGroup(), values);
    }

    /**
     * An agency or district that has named fewer or more people than the registry row allows
     * (LPN-2: exactly one PR coordinator); cites the registry row.
     */
    public Finding registry(RegistryPolicy policy, RegistryPolicy.Unit unit, EndOfLog end) {
        Map<String, String> values = new HashMap<>();
        values.put("party", unit.name());
        values.put("count", Integer.toString(unit.getCount()));
        values.put("min", Integer.toString(policy.getMin()));
        values.put("max", Integer.toString(policy.getMax()));
        values.put("named", unit.named().isEmpty() ? "-" : String.join(", ", unit.named().stream()
                .map(p -> p.fullName() + " (" + p.id() + ")").toList()));
        values.put("as_of", asOf(end.getAsOf()).thai());
        values.put("as_of_en", asOf(end.getAsOf()).english());
        if (policy.getUnit().equals("district")) {
            values.put("district", unit.name());
        } else {
            values.put("agency", unit.name());
        }
        return build(policy.getRuleId(), policy.getRow(), "-", new dev.rabiap.engine.spi.Evidence(policy.getRow().file(), policy.getRow().line(), null),
                end.getAsOf(), end.getSeq(), "", unit.name(), values);
    }

    /** A person the group requires who is not a member at the end of the audit; cites the coverage row. */
    public Finding notAMember(CoveragePolicy policy, Person person, EndOfLog end) {
        Map<String, String> values = new HashMap<>();
        String shown = person.displayNames().isEmpty() ? person.fullName() : person.displayNames().get(0);
        values.put("actor", shown);
        values.put("full_name", person.fullName());
        values.put("role", roles.englishList(person.roles()));
        values.put("role_th", roles.thaiList(person.roles()));
        values.put("agency", person.agency().isEmpty() ? "-" : person.agency());
        values.put("district", person.district().isEmpty() ? "-" : person.district());
        values.put("as_of", asOf(end.getAsOf()).thai());
        values.put("as_of_en", asOf(end.getAsOf()).english());
        return build(policy.getRuleId(), policy.getRow(), policy.getGroup(), new dev.rabiap.engine.spi.Evidence(policy.getRow().file(), policy.getRow().line(), null),
                end.getAsOf(), end.getSeq(), person.id(), shown, values);
    }

    /**
     * The people a coverage row requires who are not among the group's member keys at the end of
     * the audit, in roster order; their findings ({@link #notAMember}) are made as the report is written.
     */
    public MissingMembers missingMembers(CoveragePolicy policy, java.util.Collection<?> members, EndOfLog end) {
        return new MissingMembers(this, policy, policy.notAmong(members), end);
    }

    /**
     * A group its coverage row requires in which nobody at all is a member at the end of the audit:
     * the group was never created (or never seen); one finding instead of one per person, citing the
     * coverage row.
     */
    public Finding groupAbsent(CoveragePolicy policy, EndOfLog end) {
        Map<String, String> values = new HashMap<>();
        String unit = policy.getUnit().isEmpty() ? policy.getGroup() : policy.getUnit();
        values.put("party", unit);
        values.put("agency", policy.getUnit().isEmpty() ? "-" : policy.getUnit());
        values.put("count", Integer.toString(policy.getRequired().size()));
        values.put("as_of", ThaiDates.format(end.getAsOf()));
        values.put("as_of_en", ENGLISH_TIME.format(end.getAsOf()));
        return build(policy.getAbsentRule(), policy.getRow(), policy.getGroup(),
                new dev.rabiap.engine.spi.Evidence(policy.getRow().file(), policy.getRow().line(), null),
                end.getAsOf(), end.getSeq(), "", unit, values);
    }

    /** An answer that came after the deadline. */
    public Finding late(Obligation obligation, Post answer) {
        Map<String, String> values = obligationValues(obligation);
        Duration late = Duration.between(obligation.getDeadline(), answer.getTime());
        values.put("late", ThaiDates.formatThai(late));
        values.put("late_en", ThaiDates.formatEnglish(late));
        values.put("answered", ThaiDates.format(answer.getTime()));
        values.put("answered_en", ENGLISH_TIME.format(answer.getTime()));
        values.put("actor", answer.getActor());
        values.put("state_th", "รายงานช้ากว่ากำหนด " + values.get("late") + " (รายงานเมื่อ " + values.get("answered") + ")");
        values.put("state_en", "answered " + values.get("late_en") + " late (at " + values.get("answered_en") + ")");
        values.put("outcome_th", "ช้ากว่ากำหนด " + values.get("late") + " (เมื่อ " + values.get("answered") + ")");
        values.put("outcome_en", values.get("late_en") + " late (at " + values.get("answered_en") + ")");
        return build(obligation.getPolicy().getRuleId(), obligation.getPolicy().getRow(), answer, answer.getPersonId(), obligation.getParty(), values);
    }

    /** No answer by the deadline, at the end of the audit. */
    public Finding missing(Obligation obligation, EndOfLog end) {
        return missing(obligation, end.getAsOf());
    }

    /**
     * No answer long after the deadline, judged before the end when the log's time passed the late
     * window (for a daily duty, its day); "as of" is the end of the window, whenever the rules noticed it.
     */
    public Finding missing(Obligation obligation, LogTime time) {
        return missing(obligation, java.time.Instant.ofEpochMilli(obligation.getExpiresMillis()).atZone(obligation.getDeadline().getZone()));
    }

    private Finding missing(Obligation obligation, java.time.ZonedDateTime asOf) {
        Map<String, String> values = obligationValues(obligation);
        values.put("as_of", asOf(asOf).thai());
        values.put("as_of_en", asOf(asOf).english());
        values.put("state_th", "ไม่มีคำตอบ ณ " + values.get("as_of"));
        values.put("state_en", "no answer as of " + values.get("as_of_en"));
        values.put("outcome_th", "ยังไม่ได้ดำเนินการ ณ " + values.get("as_of"));
        values.put("outcome_en", "not done as of " + values.get("as_of_en"));
        Post order = obligation.getOrder();
        return build(obligation.getPolicy().getRuleId(), obligation.getPolicy().getRow(), order.getGroup(), order.getEvidence(), order.getTime(),
                order.getSeq(), "", obligation.getParty(), values);
    }

    private Finding build(String ruleId, PolicyRow row, Post post, String personId, String actor, Map<String, String> values) {
        return build(ruleId, row, post.getGroup(), post.getEvidence(), post.getTime(), post.getSeq(), personId, actor, values);
    }

    /**
     * Where a finding rests: the provenance of the row that decided (a posting, group, coverage,
     * registry or obligation row), else, for findings no single row decides (an invitation, a
     * group over its count) or a row that gives none, that of the rule's catalogue row.
     */
    private static Source source(RuleText text, PolicyRow row) {
        if (row != null && !row.source().isEmpty()) {
            return row.source();
        }
        return text.row() == null ? Source.NONE : text.row().source();
    }

    private Finding build(String ruleId, PolicyRow row, String group, dev.rabiap.engine.spi.Evidence evidence, java.time.ZonedDateTime time,
                          long seq, String personId, String actor, Map<String, String> values) {
        RuleText text = catalogue.get(requireNonNull(ruleId, "ruleId is null"));
        if (text == null) {
            throw new IllegalStateException("rule id " + ruleId + " is not in the catalogue");
        }
        values.putIfAbsent("group", group);
        values.putIfAbsent("actor", actor);
        values.put("rule", ruleId);
        return new Finding(ruleId, text.kind(), group, personId, actor, evidence, time, text.severity(),
                RuleText.fill(text.thai(), values), RuleText.fill(text.english(), values), seq, source(text, row));
    }

    private Map<String, String> senderValues(Post post) {
        Map<String, String> values = new HashMap<>();
        values.put("actor", post.getActor());
        Person person = post.getPerson();
        values.put("role", person == null ? "not on the roster" : roles.englishList(person.roles()));
        values.put("role_th", person == null ? "ไม่มีในทะเบียน" : roles.thaiList(person.roles()));
        values.put("kind", post.getKind());
        values.put("kind_th", kinds.thai(post.getKind()));
        values.put("kind_en", kinds.english(post.getKind()));
        return values;
    }

    private Map<String, String> memberValues(Member member) {
        Map<String, String> values = new HashMap<>();
        Person person = member.getPerson();
        values.put("actor", member.getActor());
        values.put("role", person == null ? "not on the roster" : roles.englishList(person.roles()));
        values.put("role_th", person == null ? "ไม่มีในทะเบียน" : roles.thaiList(person.roles()));
        return values;
    }

    private static Map<String, String> obligationValues(Obligation obligation) {
        Map<String, String> values = new HashMap<>();
        values.put("party", obligation.getParty());
        values.put("deadline", obligation.getDeadlineThai());
        values.put("deadline_en", obligation.getDeadlineEnglish());
        values.put("order", obligation.getOrder().getEvidence().toString());
        values.put("answer_in", obligation.getAnswerGroup());
        values.put("group", obligation.getGroup()); // the order's group, also for a late answer given elsewhere
        return values;
    }

    private static String personId(Person person) {
        return person == null ? "" : person.id();
    }
}
