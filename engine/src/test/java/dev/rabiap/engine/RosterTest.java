package dev.rabiap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class RosterTest {
    private static final String HEADER = "person_id,full_name,display_names,role,agency,district,line_user_id,email\n";
    private static final Roster ROSTER = Roster.parse(HEADER
            + "p1,นายสมชาย ใจดี,นอภ.เมืองสกลนคร|ชาย 🌾,district_chief,ที่ว่าการอำเภอเมืองสกลนคร,เมืองสกลนคร,U0123456789abcdef0123456789abcdef,somchai@dopa.go.th\n"
            + "p2,นางสาวมาลี ศรีสุข,มาลี,volunteer_center_staff,ศอ.จอส.อำเภอกุสุมาลย์,กุสุมาลย์,,\n"
            + "p3,นางมาลี ทองดี,มาลี,staff,สำนักงานจังหวัด,,,\n"
            + "p4,ว่าที่ร.ต.วิชัย พรหมมา,ว่าที่ร.ต.วิชัย พรหมมา,coordinating_deputy,ที่ว่าการอำเภอกุดบาก,กุดบาก,,\n", "roster.csv");

    @Test
    void resolvesByUserIdBeforeName() {
        Resolution r = ROSTER.resolve("U0123456789abcdef0123456789abcdef", "someone else");
        assertThat(r.person().id()).isEqualTo("p1");
        assertThat(r.via()).isEqualTo("user-id");
    }

    @Test
    void resolvesByEmailIgnoringCase() {
        assertThat(ROSTER.resolve("Somchai@DOPA.go.th", "").person().id()).isEqualTo("p1");
    }

    @Test
    void resolvesExactDisplayNameWithIsolatesAndEmoji() {
        Resolution r = ROSTER.resolve(null, "\u2068ชาย 🌾\u2069");
        assertThat(r.person().id()).isEqualTo("p1");
        assertThat(r.via()).isEqualTo("name");
    }

    @Test
    void resolvesNormalisedNameWithoutTitleOrSpaces() {
        Resolution r = ROSTER.resolve(null, "  วิชัย  พรหมมา ");
        assertThat(r.person().id()).isEqualTo("p4");
        assertThat(r.via()).isEqualTo("normalised-name");
        assertThat(ROSTER.resolve(null, "นายสมชาย  ใจดี").person().id()).isEqualTo("p1");
    }

    @Test
    void sharedDisplayName_isAmbiguousNotGuessed() {
        Resolution r = ROSTER.resolve(null, "มาลี");
        assertThat(r.status()).isEqualTo(Resolution.Status.AMBIGUOUS);
        assertThat(r.person()).isNull();
        assertThat(r.candidates()).extracting(Person::id).containsExactly("p2", "p3");
    }

    @Test
    void unknownName_isUnknown() {
        assertThat(ROSTER.resolve(null, "คนแปลกหน้า").status()).isEqualTo(Resolution.Status.UNKNOWN);
        assertThat(ROSTER.resolve("Uffff", "").status()).isEqualTo(Resolution.Status.UNKNOWN);
    }

    @Test
    void personLevel_followsDistrict() {
        assertThat(ROSTER.byId("p2").level()).isEqualTo("district");
        assertThat(ROSTER.byId("p3").level()).isEqualTo("province");
    }

    @Test
    void wrongHeader_namesFileAndLine() {
        assertThatThrownBy(() -> Roster.parse("id,name\n", "bad.csv"))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("bad.csv:1: the header must be exactly person_id,full_name");
    }

    @Test
    void duplicateIdsLineIdsAndEmails_nameBothLines() {
        assertThatThrownBy(() -> Roster.parse(HEADER
                + "p1,นายก ข,ก,district_chief,,,U1,a@x.th\n"
                + "p2,นายค ง,ค,staff,,,U1,\n"
                + "p3,นายจ ฉ,จ,staff,,,,A@X.th\n"
                + "p1,นายช ซ,ช,staff,,,,\n", "r.csv"))
                .isInstanceOf(PolicyException.class)
                .satisfies(e -> assertThat(((PolicyException) e).code()).isEqualTo(ErrorCode.BAD_ROSTER))
                .hasMessageContaining("r.csv:3: line_user_id U1 is already given on line 2")
                .hasMessageContaining("r.csv:4: email a@x.th is already given on line 2")
                .hasMessageContaining("r.csv:5: person_id p1 is already used on line 2");
    }

    @Test
    void unknownRole_isNamedWithItsLineAgainstTheRoleTable() {
        Roster roster = Roster.parse(HEADER + "p1,นายก ข,ก,district_chief,,,,\n" + "p2,นายค ง,ค,district_chef,,,,\n", "r.csv");
        assertThat(roster.unknownRoles(Roles.base())).singleElement().hasToString(
                "r.csv:3: unknown role 'district_chef' of p2 (known: " + String.join(", ", Roles.base().codes())
                        + "; a rule set may add roles in its roles.csv)");
    }

    @Test
    void aPersonMayHoldTwoRoles_theFirstIsTheMainOne() {
        Roster roster = Roster.parse(HEADER + "p1,นายก ข,ก,coordinating_deputy|volunteer_center_staff,อ.ก,ก,,\n", "r.csv");
        Person person = roster.byId("p1");
        assertThat(person.roles()).containsExactly("coordinating_deputy", "volunteer_center_staff");
        assertThat(person.role()).isEqualTo("coordinating_deputy");
        assertThat(Roles.base().isA("coordinating_deputy", "deputy_district_chief")).isTrue();
        assertThat(Roles.base().isA("deputy_district_chief", "coordinating_deputy")).isFalse();
        assertThat(dev.rabiap.engine.rule.RoleSet.parse("deputy_district_chief").matches(person)).isTrue();
        assertThat(dev.rabiap.engine.rule.RoleSet.parse("volunteer_center_staff@district").matches(person)).isTrue();
        assertThat(dev.rabiap.engine.rule.RoleSet.parse("volunteer_center_staff@province").matches(person)).isFalse();
    }

    @Test
    void bomAndQuotedMultiLineCells_areRead() {
        Roster roster = Roster.parse("\uFEFF" + HEADER + "p9,\"นายเอ\nบี\",\"เอ|บี, ซี\",staff,,,,\n", "r.csv");
        assertThat(roster.byId("p9").displayNames()).containsExactly("เอ", "บี, ซี");
    }

    @Test
    void aLargeRoster_searchedNameByNameBeforeItsIndex_resolvesAsTheIndexDoes() {
        // 25,000 people (a roster this large is searched for its first senders): four of them are the small roster's
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append("p1,นายสมชาย ใจดี,นอภ.เมืองสกลนคร|ชาย 🌾,district_chief,ที่ว่าการอำเภอเมืองสกลนคร,เมืองสกลนคร,,\n")
                .append("p2,นางสาวมาลี ศรีสุข,มาลี,volunteer_center_staff,ศอ.จอส.อำเภอกุสุมาลย์,กุสุมาลย์,,\n")
                .append("p3,นางมาลี ทองดี,มาลี,staff,สำนักงานจังหวัด,,,\n")
                .append("p4,ว่าที่ร.ต.วิชัย พรหมมา,ว่าที่ร.ต.วิชัย พรหมมา,coordinating_deputy,ที่ว่าการอำเภอกุดบาก,กุดบาก,,\n");
        for (int i = 5; i <= 25_000; i++) {
            csv.append("x").append(i).append(",นายผู้ช่วย คนที่").append(i).append(",ผช.").append(i).append(",staff,สำนักงานจังหวัด,,,\n");
        }
        String[] asked = {"\u2068ชาย 🌾\u2069", "  วิชัย  พรหมมา ", "นายสมชาย  ใจดี", "มาลี", "คนแปลกหน้า", "ผช.77", "ผู้ช่วย คนที่24999", "MALEE", "สมชายใจดี"};
        Roster searched = Roster.parse(csv.toString(), "big.csv");
        Roster indexed = Roster.parse(csv.toString(), "big.csv");
        for (int i = 0; i < 20; i++) {
            indexed.resolve(null, "ใครก็ไม่รู้ " + i); // past the names a large roster is searched for one by one
        }
        for (String name : asked) {
            assertThat(searched.resolve(null, name)).as(name).isEqualTo(indexed.resolve(null, name));
        }
        assertThat(searched.resolve(null, "  วิชัย  พรหมมา ").person().id()).isEqualTo("p4");
        assertThat(searched.resolve(null, "นายสมชาย  ใจดี").via()).isEqualTo("name"); // its full name, once cleaned
        assertThat(searched.resolve(null, "สมชายใจดี").via()).isEqualTo("normalised-name");
        assertThat(searched.resolve(null, "มาลี").candidates()).extracting(Person::id).containsExactly("p2", "p3");
        assertThat(searched.resolve(null, "ผู้ช่วย คนที่24999").person().id()).isEqualTo("x24999");
        assertThat(searched.resolve(null, "คนแปลกหน้า").status()).isEqualTo(Resolution.Status.UNKNOWN);
    }
}
