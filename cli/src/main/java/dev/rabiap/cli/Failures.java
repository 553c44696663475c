package dev.rabiap.cli;

import dev.rabiap.engine.PolicyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Turns a failure into a message on stderr and an exit code. */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    Failures(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof PolicyException policy) {
            err.println("rabiap: " + policy.getMessage());
            return switch (policy.code()) {
                case BAD_RULES, BAD_ROSTER, BAD_INPUT -> ExitCodes.BAD_INPUT;
                case BAD_OPTION, BAD_SETUP -> ExitCodes.USAGE;
            };
        }
        if (cause instanceof IOException io) {
            err.println("rabiap: " + io.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        err.println("rabiap: internal error: " + cause);
        cause.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }
}
