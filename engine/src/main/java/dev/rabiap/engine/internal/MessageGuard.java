package dev.rabiap.engine.internal;

import dev.rabiap.engine.ErrorCode;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MalformedInputException;
import java.time.ZonedDateTime;

/**
 * What the engine needs of a message before it enters working memory: a time the rules can
 * compute with. Rules compare times in epoch milliseconds and add deadlines and late windows to
 * them; a year such as +999999999 overflows that arithmetic inside a rule. Whether a time is
 * plausible for the log is the readers' judgement; this only keeps the engine's arithmetic safe,
 * with the record's file and line.
 */
public final class MessageGuard {
    /** The years the engine computes with: ISO's four digits. */
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    private MessageGuard() {}

    /**
     * Returns the message, or refuses it as a malformed record (so that an audit that keeps going
     * counts it).
     */
    public static ChatMessage checked(ChatMessage message) throws MalformedInputException {
        String problem = problem(message);
        if (problem != null) {
            throw new MalformedInputException(message.evidence(), problem);
        }
        return message;
    }

    /** Like {@link #checked}, for callers that feed messages one by one: a {@link PolicyException} (bad input). */
    public static ChatMessage require(ChatMessage message) {
        String problem = problem(message);
        if (problem != null) {
            throw new PolicyException(ErrorCode.BAD_INPUT, message.evidence() + ": " + problem);
        }
        return message;
    }

    private static String problem(ChatMessage message) {
        if (message == null) {
            return null;
        }
        ZonedDateTime time = message.time();
        if (time != null && (time.getYear() < FIRST_YEAR || time.getYear() > LAST_YEAR)) {
            return "time outside the years " + FIRST_YEAR + " to " + LAST_YEAR + " the engine computes with: " + time.toOffsetDateTime();
        }
        return null;
    }
}
