package dev.rabiap.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The role codes of the domain, with their Thai names. */
public final class Roles {
    private static final Map<String, String> THAI = new LinkedHashMap<>();

    static {
        THAI.put("governor", "ผู้ว่าราชการจังหวัด");
        THAI.put("vice_governor", "รองผู้ว่าราชการจังหวัด");
        THAI.put("provincial_palad", "ปลัดจังหวัด");
        THAI.put("provincial_admin_staff", "เจ้าหน้าที่ที่ทำการปกครองจังหวัด");
        THAI.put("district_chief", "นายอำเภอ");
        THAI.put("deputy_district_chief", "ปลัดอำเภอ");
        THAI.put("coordinating_deputy", "ปลัดอำเภอประสานงาน");
        THAI.put("agency_head", "หัวหน้าส่วนราชการ");
        THAI.put("state_enterprise_head", "หัวหน้าหน่วยงานรัฐวิสาหกิจ");
        THAI.put("local_executive", "ผู้บริหารท้องถิ่น");
        THAI.put("local_palad", "ปลัดองค์กรปกครองส่วนท้องถิ่น");
        THAI.put("volunteer_center_staff", "เจ้าหน้าที่จิตอาสาพระราชทาน");
        THAI.put("pr_coordinator", "ผู้ประสานงานประชาสัมพันธ์");
        THAI.put("kamnan", "กำนัน");
        THAI.put("village_head", "ผู้ใหญ่บ้าน");
        THAI.put("staff", "เจ้าหน้าที่");
        THAI.put("retired", "ผู้เกษียณอายุราชการ");
    }

    private Roles() {}

    /** Every known role code. */
    public static Set<String> codes() {
        return THAI.keySet();
    }

    /** Whether {@code code} is a known role code. */
    public static boolean isKnown(String code) {
        return THAI.containsKey(code);
    }

    /** The Thai name of a role, or the code itself when unknown. */
    public static String thai(String code) {
        return code == null ? "?" : THAI.getOrDefault(code, code);
    }
}
