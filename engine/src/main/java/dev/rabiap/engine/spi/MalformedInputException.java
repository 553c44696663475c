package dev.rabiap.engine.spi;

import static java.util.Objects.requireNonNull;

import java.io.IOException;

/**
 * A record a source cannot read. The message always starts with the evidence ({@code file:line}).
 * A source that throws it stays usable: the next call to {@link MessageSource#next()} goes on after
 * the bad record, so an audit can count it and keep going.
 */
public final class MalformedInputException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Evidence evidence;
    private final String reason;

    public MalformedInputException(Evidence evidence, String reason) {
        this(evidence, reason, null);
    }

    public MalformedInputException(Evidence evidence, String reason, Throwable cause) {
        super(requireNonNull(evidence, "evidence is null") + ": " + requireNonNull(reason, "reason is null"), cause);
        this.evidence = evidence;
        this.reason = reason;
    }

    /** Where the bad record is. */
    public Evidence evidence() {
        return evidence;
    }

    /** What is wrong with it, without the evidence. */
    public String reason() {
        return reason;
    }
}
