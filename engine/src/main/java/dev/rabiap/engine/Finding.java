package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.Evidence;
import java.time.ZonedDateTime;
import java.util.Comparator;

/**
 * A rule broken, as the engine reports it. Immutable.
 *
 * @param ruleId the catalogue id, such as {@code SKN-2P}
 * @param kind posting, membership or obligation
 * @param group the group it happened in
 * @param personId the roster id of the person concerned, or empty when not resolved (or for a district)
 * @param actor the name as seen in the message (a display name, or a district for an obligation)
 * @param evidence the message (file and line, or message id) that shows it
 * @param time the time of that message, Asia/Bangkok
 * @param severity how serious
 * @param th the explanation in Thai
 * @param en the explanation in English
 * @param sequence the position in the audit of the message that produced it; findings are ordered by it
 * @param source where the policy row that decided comes from: the letter and its clause, or the
 *        office's reading ({@link Source#NONE} when the row gives none)
 */
public record Finding(String ruleId, FindingKind kind, String group, String personId, String actor,
                      Evidence evidence, ZonedDateTime time, Severity severity, String th, String en,
                      long sequence, Source source) {
    /** The report order: by message, then rule id, then person and actor. */
    public static final Comparator<Finding> ORDER = Comparator.comparingLong(Finding::sequence)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::personId)
            .thenComparing(Finding::actor)
            .thenComparing(Finding::en);

    public Finding {
        requireNonNull(ruleId, "ruleId is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(group, "group is null");
        personId = personId == null ? "" : personId;
        actor = actor == null ? "" : actor;
        requireNonNull(evidence, "evidence is null");
        requireNonNull(time, "time is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(th, "th is null");
        requireNonNull(en, "en is null");
        source = source == null ? Source.NONE : source;
    }

    /** A finding whose row gives no provenance. */
    public Finding(String ruleId, FindingKind kind, String group, String personId, String actor,
                   Evidence evidence, ZonedDateTime time, Severity severity, String th, String en, long sequence) {
        this(ruleId, kind, group, personId, actor, evidence, time, severity, th, en, sequence, Source.NONE);
    }

    /** The same finding with the explanations replaced (masking). */
    public Finding withText(String personId, String actor, String th, String en) {
        return new Finding(ruleId, kind, group, personId, actor, evidence, time, severity, th, en, sequence, source);
    }
}
