package dev.rabiap.cli;

/** The exit codes of every command. */
final class ExitCodes {
    /** Done, no findings. */
    static final int CLEAN = 0;
    /** Done, with findings. */
    static final int FINDINGS = 1;
    /** The command line is wrong. */
    static final int USAGE = 2;
    /** Bad input, bad rule files, or a bad roster: the message names file and line. */
    static final int BAD_INPUT = 3;
    /** A failure of the program itself. */
    static final int INTERNAL = 70;

    private ExitCodes() {}
}
