package dev.rabiap.rules;

import dev.rabiap.engine.Audit;
import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.LedgerEntry;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.SystemEvent;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A log written message by message at given Bangkok times, audited by an engine of any rule set:
 * for rule tests of the seed rule sets (Phrae GCC, Lamphun, MOI) with pseudo time.
 */
final class Log {
    private final PolicyEngine engine;
    private final List<ChatMessage> messages = new ArrayList<>();

    Log(PolicyEngine engine) {
        this.engine = engine;
    }

    /** A text message; its id is {@code m<n>}, n from 1. */
    Log text(String time, String group, String sender, String text) {
        return add(builder(time, group, sender).text(text));
    }

    /** A file message with an attachment name and a caption. */
    Log file(String time, String group, String sender, String attachment, String text) {
        return add(builder(time, group, sender).type(MessageType.FILE).attachmentName(attachment).text(text));
    }

    /** A photo with an attachment name and no text. */
    Log image(String time, String group, String sender, String attachment) {
        return add(builder(time, group, sender).type(MessageType.IMAGE).attachmentName(attachment));
    }

    /** A file with an attachment name and no text. */
    Log file(String time, String group, String sender, String attachment) {
        return add(builder(time, group, sender).type(MessageType.FILE).attachmentName(attachment));
    }

    /** A system event. */
    Log event(String time, String group, String sender, SystemEvent event) {
        return add(builder(time, group, sender).event(event));
    }

    private ChatMessage.Builder builder(String time, String group, String sender) {
        String id = "m" + (messages.size() + 1);
        return ChatMessage.builder().id(id).evidence(new Evidence("log.jsonl", messages.size() + 1, id)).group(group).sender(sender)
                .time(LocalDateTime.parse(time).atZone(ChatMessage.BANGKOK));
    }

    private Log add(ChatMessage.Builder builder) {
        messages.add(builder.build());
        return this;
    }

    Result run() {
        return run(AuditOptions.DEFAULTS.withLedger());
    }

    Result asOf(String time) {
        return run(AuditOptions.DEFAULTS.withLedger().asOf(LocalDateTime.parse(time).atZone(ChatMessage.BANGKOK)));
    }

    Result run(AuditOptions options) {
        List<Finding> findings = new ArrayList<>();
        try (Audit audit = engine.newAudit(findings::add, options)) {
            messages.forEach(audit::accept);
            return new Result(findings, audit.finish());
        }
    }

    record Result(List<Finding> findings, AuditSummary summary) {
        /** {@code RULE cite actor} per finding of the given rules, where cite is the message id or {@code file:line}. */
        List<String> keys(String... rules) {
            List<String> wanted = List.of(rules);
            return findings.stream().filter(f -> wanted.isEmpty() || wanted.contains(f.ruleId()))
                    .map(f -> f.ruleId() + " " + (f.evidence().messageId() != null ? f.evidence().messageId()
                            : f.evidence().source().substring(f.evidence().source().lastIndexOf('/') + 1) + ":" + f.evidence().line())
                            + " " + f.actor())
                    .toList();
        }

        /** {@code RULE order party state} per ledger entry. */
        List<String> ledger() {
            return summary.ledger().stream().map(e -> e.ruleId() + " " + e.order().messageId() + " " + e.party() + " "
                    + e.state().name().toLowerCase() + (e.state() == LedgerEntry.State.LATE ? " " + e.lateBy() : "")).toList();
        }
    }
}
