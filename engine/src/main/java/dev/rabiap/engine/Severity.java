package dev.rabiap.engine;

import java.util.Locale;

/** How serious a finding is. */
public enum Severity {
    HIGH, MEDIUM, LOW;

    /** The lower-case code used in reports. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
