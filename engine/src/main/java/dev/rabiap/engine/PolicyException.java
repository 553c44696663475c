package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

/** An error of the engine, with a code. The message names the file and line where there is one. */
public class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    public PolicyException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public PolicyException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireNonNull(code, "code is null");
    }

    /** What kind of error this is. */
    public ErrorCode code() {
        return code;
    }
}
