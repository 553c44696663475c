package dev.rabiap.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The message kinds a classifier assigns (domain.md), with their Thai names. */
public final class Kinds {
    private static final Map<String, String> THAI = new LinkedHashMap<>();

    static {
        THAI.put("order", "ข้อสั่งการ");
        THAI.put("report", "รายงาน");
        THAI.put("incident", "แจ้งเหตุ");
        THAI.put("acknowledgement", "การตอบรับทราบ");
        THAI.put("question", "คำถาม");
        THAI.put("pr", "ประชาสัมพันธ์");
        THAI.put("forward", "ข้อความส่งต่อ");
        THAI.put("chat", "ข้อความทั่วไป");
        THAI.put("system", "เหตุการณ์ระบบ");
    }

    private Kinds() {}

    /** Every kind code. */
    public static Set<String> codes() {
        return THAI.keySet();
    }

    /** Whether the code is a kind. */
    public static boolean isKnown(String code) {
        return THAI.containsKey(code);
    }

    /** The Thai name of a kind. */
    public static String thai(String code) {
        return THAI.getOrDefault(code, code);
    }
}
