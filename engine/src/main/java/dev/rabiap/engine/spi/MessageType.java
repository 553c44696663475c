package dev.rabiap.engine.spi;

import java.util.Locale;

/** What a message carries. The lower-case {@link #code()} is the form used in files and rules. */
public enum MessageType {
    TEXT, IMAGE, STICKER, FILE, VIDEO, AUDIO, SYSTEM;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The lower-case code: {@code text}, {@code image}, … */
    public String code() {
        return code;
    }

    /** Parses a code case-insensitively; returns null for an unknown code. */
    public static MessageType fromCode(String code) {
        if (code == null) {
            return null;
        }
        for (MessageType type : values()) {
            if (type.name().equalsIgnoreCase(code.trim())) {
                return type;
            }
        }
        return null;
    }
}
