package dev.rabiap.engine.spi;

import java.util.Locale;

/**
 * A membership or moderation event carried by a {@link MessageType#SYSTEM} message. {@code FOLLOW}
 * and {@code UNFOLLOW} come from official accounts; {@code OTHER} is an event that is evidence of
 * activity but not of membership (an album, a note, a call).
 */
public enum SystemEvent {
    JOIN, LEAVE, INVITE, REMOVE, UNSEND, RENAME, FOLLOW, UNFOLLOW, OTHER;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The lower-case code: {@code join}, {@code leave}, … */
    public String code() {
        return code;
    }

    /** Parses a code case-insensitively; returns null for an unknown code. */
    public static SystemEvent fromCode(String code) {
        if (code == null) {
            return null;
        }
        for (SystemEvent event : values()) {
            if (event.name().equalsIgnoreCase(code.trim())) {
                return event;
            }
        }
        return null;
    }
}
