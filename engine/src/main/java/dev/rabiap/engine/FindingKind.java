package dev.rabiap.engine;

import java.util.Locale;

/** The kind of rule a finding comes from (domain.md: P, M, O). */
public enum FindingKind {
    POSTING, MEMBERSHIP, OBLIGATION;

    /** The lower-case code used in reports: {@code posting}, {@code membership}, {@code obligation}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
