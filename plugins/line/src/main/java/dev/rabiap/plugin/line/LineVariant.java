package dev.rabiap.plugin.line;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A layout of LINE chat-history export. The variant decides the shape of date lines, the column
 * separator of message lines and how an ambiguous {@code a/b/yyyy} date is read when nothing else
 * in the file settles it.
 */
enum LineVariant {
    /** Phone export, English user interface: {@code Wed, 5/1/2019} or {@code Wed, 10/07/2562 BE}, TAB columns. */
    MOBILE_EN("mobile-en", true, false),
    /** Phone export, Thai user interface: {@code ศ. 28/11/2568} (Buddhist era, day first), TAB columns. */
    MOBILE_TH("mobile-th", true, true),
    /** LINE for PC "Save chat": no header, {@code 2026.08.31 วันจันทร์}, space-separated columns. */
    PC("pc", false, false);

    private final String code;
    private final boolean tabSeparated;
    private final boolean dayFirstByDefault;

    LineVariant(String code, boolean tabSeparated, boolean dayFirstByDefault) {
        this.code = code;
        this.tabSeparated = tabSeparated;
        this.dayFirstByDefault = dayFirstByDefault;
    }

    /** The option value: {@code mobile-en}, {@code mobile-th}, {@code pc}. */
    String code() {
        return code;
    }

    /** True for the phone exports ({@code TIME⇥SENDER⇥TEXT}), false for the PC save ({@code TIME SENDER TEXT}). */
    boolean tabSeparated() {
        return tabSeparated;
    }

    /** Whether an {@code a/b/yyyy} date that the file leaves ambiguous is read as day/month. */
    boolean dayFirstByDefault() {
        return dayFirstByDefault;
    }

    /** The variant with this option value, if any. */
    static Optional<LineVariant> fromCode(String code) {
        return Arrays.stream(values()).filter(variant -> variant.code.equals(code)).findFirst();
    }

    /** The option values, comma-separated, for error messages. */
    static String allowedCodes() {
        return Arrays.stream(values()).map(LineVariant::code).collect(Collectors.joining(", "));
    }
}
