package dev.rabiap.engine;

/** What kind of error a {@link PolicyException} is; the CLI maps these to exit codes. */
public enum ErrorCode {
    /** A rule file or policy table does not compile or does not validate. */
    BAD_RULES,
    /** The roster cannot be read. */
    BAD_ROSTER,
    /** An input record cannot be read, and the audit was not asked to keep going. */
    BAD_INPUT,
    /** No plugin, two plugins of one name, or no source for an input. */
    BAD_SETUP,
    /** An option the caller gave is unknown or has a bad value. */
    BAD_OPTION
}
