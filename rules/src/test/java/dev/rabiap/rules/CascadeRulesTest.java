package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * Cascades, level to level: a forward at one level is the item the next level must forward.
 * LPN-1 (Lamphun): province → districts and agencies → local governments, three working days at
 * each level. MOI-4: the ministry's circular → province by 3 Oct 2561 → districts by 12 Oct 2561.
 */
final class CascadeRulesTest {
    static final String PROVINCE = "ประชาสัมพันธ์ จ.ลำพูน";
    static final String MUEANG = "อำเภอเมืองลำพูน-กำนันผู้ใหญ่บ้าน-อปท.";
    static final String PASANG = "อำเภอป่าซาง-กำนันผู้ใหญ่บ้าน-อปท.";
    static final Roster LAMPHUN = Roster.parse(String.join("\n",
            "person_id,full_name,display_names,role,agency,district,line_user_id,email",
            "lp1,นางสาวชมพูนุท พงศ์สิทธิศักดิ์,ชมพูนุท สนจ.ลพ.,provincial_admin_staff,สำนักงานจังหวัดลำพูน,,,",
            "lp2,นายอำนาจ ดีงาม,นอภ.เมืองลำพูน,district_chief,ที่ว่าการอำเภอเมืองลำพูน,เมืองลำพูน,,",
            "lp3,นายสุเมธ ใจกว้าง,ปลัดสุเมธ ป่าซาง,deputy_district_chief,ที่ว่าการอำเภอป่าซาง,ป่าซาง,,",
            "lp4,นางวรรณา ศรีบุญ,วรรณา บ้านโฮ่ง,pr_coordinator,ที่ว่าการอำเภอบ้านโฮ่ง,บ้านโฮ่ง,,",
            "lp5,นายชาติ ทองเนื้อ,นายกเทศมนตรีเมืองลำพูน,local_executive,เทศบาลเมืองลำพูน,เมืองลำพูน,,",
            "lp6,นางสาวเพ็ญ เหมืองง่า,ปลัด อบต.เหมืองง่า,local_palad,องค์การบริหารส่วนตำบลเหมืองง่า,เมืองลำพูน,,",
            "lp7,นายบุญ ป่าซาง,นายก ทต.ป่าซาง,local_executive,เทศบาลตำบลป่าซาง,ป่าซาง,,"), "roster.csv");
    static final PolicyEngine LAMPHUN_ENGINE = PolicyEngine.builder().rules(RuleSet.bundled("lamphun-pr")).roster(LAMPHUN).build();
    static final String DATA = "ชุดข้อมูลประชาสัมพันธ์ เรื่อง ผลการแก้ไขปัญหาความเดือดร้อนของประชาชน ประจำเดือนกุมภาพันธ์";

    @Test
    void threeWorkingDaysFromWednesday28February_skipTheMakhaBuchaHolidayAndTheWeekend() {
        // Wed 28 Feb 2561 → Thu 1 Mar is วันมาฆบูชา (holidays-2561.csv), Fri 2 Mar is day 1, Mon 5 day 2,
        // Tue 6 day 3: due at the start of Wed 7 Mar. Counting weekends alone it would be due Mon 5 Mar.
        Log.Result result = new Log(LAMPHUN_ENGINE)
                .text("2018-02-28T10:00", PROVINCE, "ชมพูนุท สนจ.ลพ.", DATA)
                .text("2018-03-06T16:00", MUEANG, "นอภ.เมืองลำพูน", "แจ้งเพื่อทราบและประชาสัมพันธ์ต่อ\n" + DATA)
                .text("2018-03-07T09:00", PASANG, "ปลัดสุเมธ ป่าซาง", DATA)
                .text("2018-03-09T17:00", PROVINCE, "ชมพูนุท สนจ.ลพ.", "ขอบคุณครับ")
                .run();
        assertThat(result.ledger()).filteredOn(e -> e.startsWith("LPN-1 m1")).containsExactly(
                "LPN-1 m1 ที่ว่าการอำเภอบ้านโฮ่ง missing",
                "LPN-1 m1 ที่ว่าการอำเภอป่าซาง late PT9H",
                "LPN-1 m1 ที่ว่าการอำเภอเมืองลำพูน on_time",
                "LPN-1 m1 สำนักงานสาธารณสุขจังหวัดลำพูน missing",
                "LPN-1 m1 สำนักงานเกษตรจังหวัดลำพูน missing");
        assertThat(result.summary().ledger().get(0).deadline().toString()).isEqualTo("2018-03-07T00:00+07:00[Asia/Bangkok]");
    }

    @Test
    void aDistrictsForward_obligesItsLocalGovernments_toForwardInTurn() {
        Log.Result result = new Log(LAMPHUN_ENGINE)
                .text("2018-03-12T09:00", PROVINCE, "ชมพูนุท สนจ.ลพ.", DATA)
                .text("2018-03-12T10:00", MUEANG, "นอภ.เมืองลำพูน", DATA)
                .text("2018-03-12T10:30", PASANG, "ปลัดสุเมธ ป่าซาง", DATA)
                // level 2: Mueang's municipality forwards on time; Mueang Nga's palad on Fri 16 at 08:30
                // (Mon 12 → Thu 15 Mar, due at the start of Fri 16); Pa Sang's municipality never does
                .text("2018-03-13T08:00", "เทศบาลเมืองลำพูน-ประชาชน", "นายกเทศมนตรีเมืองลำพูน", DATA)
                .text("2018-03-16T08:30", "อบต.เหมืองง่า-ประชาชน", "ปลัด อบต.เหมืองง่า", DATA)
                // Pa Sang's mayor posts into Mueang Nga's group: not Pa Sang's channel
                .text("2018-03-13T09:00", "อบต.เหมืองง่า-ประชาชน", "นายก ทต.ป่าซาง", DATA)
                .text("2018-03-20T17:00", PROVINCE, "ชมพูนุท สนจ.ลพ.", "ขอบคุณครับ")
                .run();
        assertThat(result.ledger()).filteredOn(e -> !e.startsWith("LPN-1 m1")).containsExactly(
                "LPN-1 m2 องค์การบริหารส่วนตำบลเหมืองง่า late PT8H30M",
                "LPN-1 m2 เทศบาลเมืองลำพูน on_time",
                "LPN-1 m3 เทศบาลตำบลป่าซาง missing");
    }

    static final Roster UTTARADIT = Roster.parse(String.join("\n",
            "person_id,full_name,display_names,role,agency,district,line_user_id,email",
            "u1,นายปกรณ์ ปกครอง,ปค.จ.อุตรดิตถ์,provincial_admin_staff,ที่ทำการปกครองจังหวัดอุตรดิตถ์,,,",
            "u2,นายเมือง ท่าอิฐ,นอภ.เมืองอุตรดิตถ์,district_chief,ที่ว่าการอำเภอเมืองอุตรดิตถ์,เมืองอุตรดิตถ์,,",
            "u3,นายลับ แลดี,ปลัดอำเภอลับแล,deputy_district_chief,ที่ว่าการอำเภอลับแล,ลับแล,,",
            "u4,นายพิชัย ดาบหัก,นอภ.พิชัย,district_chief,ที่ว่าการอำเภอพิชัย,พิชัย,,"), "roster.csv");
    static final PolicyEngine MOI = PolicyEngine.builder().rules(RuleSet.bundled("moi-mahadthai")).roster(UTTARADIT).build();
    static final String CIRCULAR = "ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑ ลงวันที่ ๑๕ กันยายน ๒๕๖๑ เรื่อง ขอความร่วมมือประชาสัมพันธ์ไลน์ @มหาดไทย"
            + " ขอให้จังหวัดแจ้งอำเภอและองค์กรปกครองส่วนท้องถิ่นดำเนินการ ภายใน ๓ วัน";

    /**
     * The letters set no date for passing the circular on: each level has the office's reading,
     * ภายใน ๗ วัน. The ministry's level keeps it whatever the circular's text says; a district's
     * level takes the date the province's forward names, else the same seven days.
     */
    @Test
    void theCircularCascades_eachLevelWithinSevenDays_notTheDateInTheMinistrysText() {
        Log.Result result = new Log(MOI)
                .text("2018-09-26T10:00", "มท.-จังหวัด", "สำนักงานปลัดกระทรวงมหาดไทย", CIRCULAR)
                // Wed 26 Sep + 7 days: due at the start of Thu 4 Oct ("ภายใน ๓ วัน" in the text does not count)
                .text("2018-10-02T09:00", "ปค.จ.อุตรดิตถ์-อำเภอ", "ปค.จ.อุตรดิตถ์", "ส่งต่อหนังสือ ที่ มท 0206.2/ว 5221 ให้อำเภอดำเนินการ")
                // Tue 2 Oct + 7 days: due at the start of Wed 10 Oct
                .text("2018-10-09T09:00", "อำเภอเมืองอุตรดิตถ์-อปท.", "นอภ.เมืองอุตรดิตถ์", "แจ้ง อปท. ตามหนังสือ มท ๐๒๐๖.๒/ว ๕๒๒๑")
                .text("2018-10-10T10:00", "อำเภอลับแล-อปท.", "ปลัดอำเภอลับแล", "หนังสือที่ มท0206.2/ว5221")
                // Phichai's chief posts something else in his group
                .text("2018-10-09T09:00", "อำเภอพิชัย-อปท.", "นอภ.พิชัย", "ประชุมประจำเดือน ๑๕ ต.ค.")
                .text("2018-10-20T17:00", "ปค.จ.อุตรดิตถ์-อำเภอ", "ปค.จ.อุตรดิตถ์", "ขอบคุณครับ")
                .run();
        assertThat(result.ledger()).containsExactly(
                "MOI-4 m1 ที่ทำการปกครองจังหวัดอุตรดิตถ์ on_time",
                "MOI-4 m2 ที่ว่าการอำเภอพิชัย missing",
                "MOI-4 m2 ที่ว่าการอำเภอลับแล late PT10H",
                "MOI-4 m2 ที่ว่าการอำเภอเมืองอุตรดิตถ์ on_time");
        assertThat(result.keys("MOI-4")).containsExactly("MOI-4 m4 ที่ว่าการอำเภอลับแล", "MOI-4 m2 ที่ว่าการอำเภอพิชัย");
    }

    @Test
    void aDistrictsDeadline_isTheDateTheProvincesForwardNames() {
        Log.Result result = new Log(MOI)
                .text("2018-09-26T10:00", "มท.-จังหวัด", "สำนักงานปลัดกระทรวงมหาดไทย", CIRCULAR)
                .text("2018-10-02T09:00", "ปค.จ.อุตรดิตถ์-อำเภอ", "ปค.จ.อุตรดิตถ์",
                        "ส่งต่อหนังสือ ที่ มท 0206.2/ว 5221 ให้อำเภอแจ้ง อปท. ภายในวันที่ ๑๒ ต.ค. ๒๕๖๑")
                .text("2018-10-12T16:00", "อำเภอลับแล-อปท.", "ปลัดอำเภอลับแล", "หนังสือที่ มท0206.2/ว5221")
                .text("2018-10-13T10:00", "อำเภอเมืองอุตรดิตถ์-อปท.", "นอภ.เมืองอุตรดิตถ์", "แจ้ง อปท. ตามหนังสือ มท ๐๒๐๖.๒/ว ๕๒๒๑")
                .text("2018-10-20T17:00", "ปค.จ.อุตรดิตถ์-อำเภอ", "ปค.จ.อุตรดิตถ์", "ขอบคุณครับ")
                .run();
        assertThat(result.ledger()).filteredOn(e -> e.startsWith("MOI-4 m2")).containsExactly(
                "MOI-4 m2 ที่ว่าการอำเภอพิชัย missing",
                "MOI-4 m2 ที่ว่าการอำเภอลับแล on_time",
                "MOI-4 m2 ที่ว่าการอำเภอเมืองอุตรดิตถ์ late PT10H");
    }
}
