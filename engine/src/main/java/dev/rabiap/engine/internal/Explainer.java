package dev.rabiap.engine.internal;

import dev.rabiap.engine.Explanation;
import dev.rabiap.engine.Kinds;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.Roles;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.rule.EndOfLog;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.Member;
import dev.rabiap.engine.rule.Obligation;
import dev.rabiap.engine.rule.ObligationPolicy;
import dev.rabiap.engine.rule.Post;
import dev.rabiap.engine.rule.PostingPolicy;
import dev.rabiap.engine.thai.ThaiDates;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.Match;

/** Describes the facts a rule matched, for {@code --explain}. */
public final class Explainer {
    private final Classifier classifier;
    private final Roles roles;
    private final Kinds kinds;

    public Explainer(Classifier classifier, Roles roles, Kinds kinds) {
        this.classifier = classifier;
        this.roles = roles;
        this.kinds = kinds;
    }

    /** The explanation of a rule firing. */
    public Explanation explain(Match match) {
        Object id = match.getRule().getMetaData().get("id");
        List<String> lines = new ArrayList<>();
        lines.add("กฎ / rule: " + id + " — \"" + match.getRule().getName() + "\" (" + match.getRule().getPackageName() + ")");
        for (Object fact : match.getObjects()) {
            describe(fact, lines);
        }
        return new Explanation(id == null ? "" : id.toString(), match.getRule().getName(), lines);
    }

    private void describe(Object fact, List<String> lines) {
        if (fact instanceof Post post) {
            Classifier.Decision decision = classifier.classify(Classifier.inputOf(post));
            String why = post.isSystem() ? "system event " + post.getEvent() : decision.why()
                    + (decision.matched().isEmpty() ? "" : ", matched \"" + String.join("\", \"", decision.matched()) + "\"");
            lines.add("ข้อความ / message: " + post.getEvidence() + (post.getPartCount() > 1 ? " (+" + (post.getPartCount() - 1) + " parts)" : "")
                    + " — " + post.getActor() + " — " + kinds.thai(post.getKind()) + " / " + post.getKind()
                    + " (" + why + ") — \"" + abbreviate(post.getText()) + "\"");
            lines.add("ผู้ส่ง / sender: " + person(post.getPerson(), post.getActor(), post.getSender().status().name().toLowerCase(), post.getSender().via()));
        } else if (fact instanceof PostingPolicy policy) {
            lines.add("แถวนโยบาย / policy row: " + policy.getRow() + " — " + policy.getRuleId() + " " + policy.getGroup() + ": "
                    + String.join("|", policy.getKinds()) + " only by " + (policy.getRoles().isEmpty() ? "(nobody)" : policy.getRoles()));
        } else if (fact instanceof GroupPolicy group) {
            lines.add("แถวนโยบาย / policy row: " + group.getRow() + " — " + group.getGroup() + " admits " + group.getEligible()
                    + (group.getStatedMembers() > 0 ? ", stated members " + group.getStatedMembers() : ""));
        } else if (fact instanceof ObligationPolicy policy) {
            lines.add("แถวนโยบาย / policy row: " + policy.getRow() + " — " + policy.getRuleId() + " " + policy.getGroup()
                    + ": parties " + (policy.getUnit() == ObligationPolicy.PartyUnit.SENDER ? "whoever opened it"
                            : policy.getParties().size() + " " + policy.getUnit().name().toLowerCase(java.util.Locale.ROOT) + (policy.getParties().size() == 1 ? "" : " units"))
                    + (policy.isByChannel() ? ", each in its own group" : "") + (policy.isMatchContent() ? ", carrying the order's content" : "")
                    + ", default deadline " + policy.getDefaultDeadlineText());
        } else if (fact instanceof Member member) {
            lines.add("สมาชิก / member: " + person(member.getPerson(), member.getActor(), member.getResolution().status().name().toLowerCase(), member.getResolution().via())
                    + " — since " + member.getEvidence() + (member.getInvitedBy() != null ? ", invited by " + member.getInvitedBy().getActor() + " at " + member.getInvitedBy().getEvidence() : ""));
        } else if (fact instanceof Obligation obligation) {
            lines.add("ภาระ / obligation: " + obligation.getParty() + " owes an answer to " + obligation.getOrder().getEvidence()
                    + " by " + ThaiDates.format(obligation.getDeadline()) + " — policy row " + obligation.getPolicy().getRow());
        } else if (fact instanceof EndOfLog end) {
            lines.add("สิ้นสุดการตรวจ / end of the audit: " + ThaiDates.format(end.getAsOf()));
        } else if (fact instanceof Number number) {
            lines.add("จำนวน / count: " + number);
        }
    }

    private String person(Person person, String seen, String status, String via) {
        if (person == null) {
            return seen + " — " + (status.equals("ambiguous") ? "ชื่อซ้ำหลายคน / ambiguous" : "ไม่มีในทะเบียน / not on the roster");
        }
        return seen + " → " + person.id() + " " + person.fullName() + ", " + roles.thaiList(person.roles()) + " / " + person.rolesText()
                + (person.district().isEmpty() ? "" : ", อำเภอ" + person.district()) + " (by " + via + ")";
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() > 120 ? oneLine.substring(0, 119) + "…" : oneLine;
    }
}
