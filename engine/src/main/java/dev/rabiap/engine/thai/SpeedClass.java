package dev.rabiap.engine.thai;

import java.util.regex.Pattern;

/**
 * The speed class a Thai official letter carries at its top (ชั้นความเร็ว): ด่วน, ด่วนมาก,
 * ด่วนที่สุด. It says how fast the letter must be handled, not by when the answer is due: a
 * text that carries only a speed class names no deadline.
 */
public enum SpeedClass {
    NONE(""), URGENT("ด่วน"), VERY_URGENT("ด่วนมาก"), MOST_URGENT("ด่วนที่สุด");

    private static final Pattern MOST = Pattern.compile("ด่วน\\s*ที่สุด");
    private static final Pattern VERY = Pattern.compile("ด่วน\\s*มาก");

    private final String thai;

    SpeedClass(String thai) {
        this.thai = thai;
    }

    /** The highest speed class the text names, or {@link #NONE}. */
    public static SpeedClass of(String text) {
        if (text == null || !text.contains("ด่วน")) {
            return NONE;
        }
        if (MOST.matcher(text).find()) {
            return MOST_URGENT;
        }
        if (VERY.matcher(text).find()) {
            return VERY_URGENT;
        }
        return URGENT;
    }

    /** The Thai words, or "" for {@link #NONE}. */
    public String thai() {
        return thai;
    }
}
