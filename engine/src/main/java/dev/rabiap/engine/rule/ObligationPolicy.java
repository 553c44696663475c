package dev.rabiap.engine.rule;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.thai.ThaiText;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A row of {@code obligations.csv}: a message of {@code triggerKinds} (or a join or follow event)
 * from {@code triggerRoles} whose text contains {@code triggerPhrase} (a phrase with digits is compared
 * whether the digits are Thai or Arabic and spaced or not), posted in {@code group},
 * obliges each party to answer with a message of {@code fulfilKinds} by the deadline the message
 * names, else the row's default. Immutable.
 *
 * <p>Who the parties are and where they answer:
 * <ul>
 *   <li>{@link PartyUnit#DISTRICT} or {@link PartyUnit#AGENCY}: every district or agency with a
 *       person of {@code partyRoles} on the roster, or, when the row names channels
 *       ({@code channels.csv}), exactly the parties listed there;</li>
 *   <li>{@link PartyUnit#SENDER}: the person whose message or event opened the duty (MOI-2: whoever
 *       follows the account owes a survey answer);</li>
 *   <li>the answer is due in the group of the order, in a named group ({@code answer_in}), or in
 *       each party's own channel (GCC-4: each agency's GCC3 group; LPN-1 and MOI-4: the next
 *       level's group).</li>
 * </ul>
 * With {@code matchContent} the answer must carry the order's content: its text, its attachment or
 * its document number ({@link ContentKey}); that is how a forward is told from any other post.
 */
public final class ObligationPolicy {
    /** Whose duty an obligation is. */
    public enum PartyUnit { DISTRICT, AGENCY, SENDER }

    /** How long a duty waits for a late answer when the table does not say: 30 days. */
    public static final java.time.Duration DEFAULT_LATE_WINDOW = java.time.Duration.ofDays(30);

    private final String ruleId;
    private final String group;
    private final Set<String> triggerKinds;
    private final RoleSet triggerRoles;
    private final String triggerPhrase;
    private final List<String> triggerPhrases;
    /** The trigger phrases written as regular expressions (re:… in the table), found in the text as it is. */
    private final List<com.google.re2j.Pattern> triggerPatterns;
    private final boolean phraseHasDigits;
    private final PartyUnit unit;
    private final RoleSet partyRoles;
    private final Set<String> fulfilKinds;
    private final Function<ZonedDateTime, ZonedDateTime> defaultDeadline;
    private final String defaultDeadlineText;
    private final boolean deadlineFromText;
    private final String answerIn;
    private final Map<String, String> channels;
    private final boolean matchContent;
    private final boolean photosOnlyWhenAsked;
    private final java.time.Duration lateWindow;
    private final List<String> parties;
    private final PolicyRow row;

    private ObligationPolicy(Builder b) {
        this.ruleId = requireNonNull(b.ruleId, "ruleId is null");
        this.group = requireNonNull(b.group, "group is null");
        this.triggerKinds = Set.copyOf(b.triggerKinds);
        this.triggerRoles = requireNonNull(b.triggerRoles, "triggerRoles is null");
        String phrase = b.triggerPhrase == null ? "" : b.triggerPhrase;
        this.phraseHasDigits = phrase.chars().anyMatch(Character::isDigit);
        this.triggerPhrase = phraseHasDigits ? numberForm(phrase) : phrase;
        this.triggerPhrases = java.util.Arrays.stream(triggerPhrase.split("\\|")).map(String::trim).filter(p -> !p.isEmpty()).toList();
        this.triggerPatterns = List.copyOf(b.triggerPatterns);
        this.unit = requireNonNull(b.unit, "unit is null");
        this.partyRoles = requireNonNull(b.partyRoles, "partyRoles is null");
        this.fulfilKinds = Set.copyOf(b.fulfilKinds);
        this.defaultDeadline = requireNonNull(b.defaultDeadline, "defaultDeadline is null");
        this.defaultDeadlineText = b.defaultDeadlineText == null ? "" : b.defaultDeadlineText;
        this.deadlineFromText = b.deadlineFromText;
        this.answerIn = b.answerIn;
        this.channels = Map.copyOf(b.channels);
        this.matchContent = b.matchContent;
        this.photosOnlyWhenAsked = b.photosOnlyWhenAsked;
        this.lateWindow = requireNonNull(b.lateWindow, "lateWindow is null");
        this.parties = List.copyOf(b.parties);
        this.row = b.row;
    }

    public static Builder builder(String ruleId, String group) {
        return new Builder(ruleId, group);
    }

    public String getRuleId() { return ruleId; }
    public String getGroup() { return group; }
    public PartyUnit getUnit() { return unit; }
    public RoleSet getPartyRoles() { return partyRoles; }
    /** The kinds (or events, such as follow) an answer may have; empty means any kind but system. */
    public Set<String> getFulfilKinds() { return fulfilKinds; }
    /** The kinds and event codes that open the duty. */
    public Set<String> getTriggerKinds() { return triggerKinds; }
    /** The default deadline as the table gives it, such as {@code 24h} or a Thai date. */
    public String getDefaultDeadlineText() { return defaultDeadlineText; }
    /** The parties that owe an answer to every order, sorted; empty for {@link PartyUnit#SENDER}. */
    public List<String> getParties() { return parties; }
    /** Whether answers are due in each party's own group. */
    public boolean isByChannel() { return !channels.isEmpty(); }
    public boolean isMatchContent() { return matchContent; }
    /**
     * Whether photos sent alone answer only an order that asks for photos ({@code photos_alone} {@code when_asked}); else
     * they answer any duty a report answers.
     */
    public boolean isPhotosOnlyWhenAsked() { return photosOnlyWhenAsked; }
    /**
     * How long after its deadline an unanswered duty waits for a late answer before it is judged
     * missing and leaves working memory; an answer later than that is not matched to it.
     */
    public java.time.Duration getLateWindow() { return lateWindow; }
    public PolicyRow getRow() { return row; }

    /** Whether the row names who opens it and the person is one of them (a governor, the palad, the centre's officer…). */
    public boolean namesOpener(dev.rabiap.engine.Person person) {
        return !triggerRoles.isEmpty() && person != null && triggerRoles.matches(person);
    }

    /**
     * Whether the post is an order (or event) that opens this obligation: of a trigger kind, from a
     * trigger role, holding one of the trigger phrases ({@code a|b}; a phrase right after a negation
     * such as ไม่ต้อง does not count), and neither for information only (ไม่ต้องรายงาน, เพื่อทราบ) nor a
     * reminder of an earlier order.
     */
    public boolean openedBy(Post post) {
        if (!triggerKinds.contains(post.getKind()) && (post.getEvent() == null || !triggerKinds.contains(post.getEvent()))) {
            return false;
        }
        if (!triggerRoles.isEmpty() && !triggerRoles.matches(post.getPerson())) {
            return false;
        }
        Order order = post.getOrder();
        if (order.informationOnly() || order.reminder()) {
            return false;
        }
        if (triggerPhrases.isEmpty() && triggerPatterns.isEmpty()) {
            return true;
        }
        String text = post.getText();
        if (text == null) {
            return false;
        }
        String form = phraseHasDigits ? numberForm(text) : text;
        for (String phrase : triggerPhrases) {
            int from = 0;
            for (int at = form.indexOf(phrase, from); at >= 0; at = form.indexOf(phrase, from)) {
                if (!negated(form, at) && !inAnotherWord(form, at, phrase) && !sendersOwn(form, at, phrase)) {
                    return true;
                }
                from = at + 1;
            }
        }
        for (com.google.re2j.Pattern pattern : triggerPatterns) {
            com.google.re2j.Matcher found = pattern.matcher(text);
            while (found.find()) {
                if (!negated(text, found.start()) && !sendersOwn(text, found.start(), found.group())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the phrase found at {@code at} is part of another word: ส่ง of รับส่ง (a pick-up, "จัดรถรับส่งจิตอาสา"),
     * ขนส่ง (transport) or ส่งเสริม (to promote).
     */
    private static boolean inAnotherWord(String text, int at, String phrase) {
        if (!phrase.startsWith("ส่ง")) {
            return false;
        }
        String before = text.substring(Math.max(0, at - 3), at);
        return before.endsWith("รับ") || before.endsWith("ขน") || text.startsWith("ส่งเสริม", at);
    }

    /**
     * Whether the phrase found at {@code at} says what the sender will do: "หนังสือแจ้งผลการประชุมจะส่งตามไปครับ", "จะแจ้งให้
     * ทราบอีกครั้ง", "จะส่งให้ทุกอำเภอ": จะ before it, and after it the sending on or the telling the office does.
     */
    private static boolean sendersOwn(String text, int at, String phrase) {
        String before = text.substring(Math.max(0, at - 4), at).replace(" ", "");
        if (!before.endsWith("จะ")) {
            return false;
        }
        String after = text.substring(at + phrase.length(), Math.min(text.length(), at + phrase.length() + 12)).replace(" ", "");
        return SENDERS_OWN.matcher(after).lookingAt();
    }

    /**
     * What follows the sender's own sending or telling: ตามไป, ไปให้, ให้ทุก…, ให้ทราบ, ให้ท่าน, อีกครั้ง, ภายหลัง, or the
     * way it goes ("ระเบียบวาระจะส่งให้ทางอีเมลครับ", under a call to a meeting).
     */
    private static final java.util.regex.Pattern SENDERS_OWN = java.util.regex.Pattern.compile(
            "\\S{0,6}?(?:ตามไป|ตามมา|ไปให้|ให้ทุก|ให้อำเภอ|ให้ทราบ|ให้ท่าน|อีกครั้ง|ภายหลัง)|(?:ให้)?ทาง(?:อีเมล|อีเมล์|e-?mail|ไปรษณีย์)");

    /**
     * Whether the words just before {@code at} negate what follows: "ไม่ต้องรายงาน", "ไม่ต้องส่ง", and the imperative
     * "อย่าส่งต่อ QR ของกลุ่ม" (do not pass on).
     */
    private static boolean negated(String text, int at) {
        String before = text.substring(Math.max(0, at - 12), at).replace(" ", "");
        return before.endsWith("ไม่ต้อง") || before.endsWith("ไม่") || before.endsWith("ไม่จำเป็นต้อง") || before.endsWith("งด")
                || before.endsWith("ไม่ต้องมี") || before.endsWith("อย่า") || before.endsWith("ห้าม");
    }

    /**
     * A letter number may be written with Thai or Arabic digits and with or without spaces
     * ("มท ๐๒๐๖.๒/ว ๕๒๒๑", "มท0206.2/ว5221"): a phrase with digits is compared in this form.
     */
    private static String numberForm(String text) {
        return ThaiText.asciiDigits(text).replaceAll("\\s+", "");
    }

    /**
     * The parties an order obliges: the parties of this row's unit that the order names ("เรียน
     * นอภ.ก นอภ.ข", "ขอให้ อ.ก อ.ข…"), among the row's parties; none when it names only parties of
     * another unit; otherwise every party of the row.
     */
    public List<String> partiesFor(Post order) {
        if (unit == PartyUnit.SENDER) {
            return order.isResolved() ? List.of(order.getPersonId()) : List.of();
        }
        Order said = order.getOrder();
        if (!said.namesParties()) {
            return parties;
        }
        String wanted = unit == PartyUnit.AGENCY ? "agency" : "district";
        java.util.LinkedHashSet<String> named = new java.util.LinkedHashSet<>();
        for (Order.Addressee addressee : said.addressees()) {
            if (addressee.unit().equals(wanted) && parties.contains(addressee.name())) {
                named.add(addressee.name());
            }
        }
        return List.copyOf(named);
    }

    /**
     * The duties an order opens: one for each party it obliges ({@link #partiesFor}), or, when it asks for a report
     * every day over a span and this row takes deadlines from the text, one for each party and day.
     */
    public List<Obligation> dutiesFor(Post order) {
        List<String> owing = partiesFor(order);
        int days = deadlineFromText(order) && order.getOrder().isDaily() ? order.getOrder().daily().size() : 0;
        List<Obligation> duties = new java.util.ArrayList<>(owing.size() * Math.max(1, days));
        for (String party : owing) {
            if (days == 0) {
                duties.add(new Obligation(this, order, party));
            }
            for (int day = 1; day <= days; day++) {
                duties.add(new Obligation(this, order, party, day));
            }
        }
        return duties;
    }

    /**
     * The duties of the order a correction moves the deadline of ({@link Post#getCorrects}), each with the correction's
     * deadline and marked {@link Obligation#isMoving moving}: a duty of the order still open gives way to it
     * (obligation-facts.drl); one already answered or judged stays as it was. None for an order this row did not open,
     * nor for one asking for a report every day (a correction of one day's deadline is not read).
     */
    public List<Obligation> movedBy(Post correction) {
        Post order = correction.getCorrects();
        if (order == null || order.getOrder().isDaily() || !openedBy(order)) {
            return List.of();
        }
        boolean moves = correction.getOrder().deadline() != null;
        List<String> owing = partiesFor(order);
        List<Obligation> moved = new java.util.ArrayList<>(owing.size());
        for (String party : owing) {
            if (correction.getTakesOut().contains(party)) {
                moved.add(new Obligation(this, order, party, 0, correction, true, true));
            } else if (moves) {
                moved.add(new Obligation(this, order, party, 0, correction, true, false));
            }
        }
        // those put in owe from the correction, by its deadline or else the order's
        for (String party : correction.getPutsIn()) {
            if (!owing.contains(party) && parties.contains(party) && answerGroup(order, party) != null) {
                moved.add(new Obligation(this, order, party, 0, correction, false, false));
            }
        }
        return moved;
    }

    /**
     * How the order named a party ("นอภ.พังโคน"), or empty when the party owes as one of the row's parties; for an order
     * that describes whom it asks ({@link Order#describesParties}), {@link dev.rabiap.engine.LedgerEntry#DESCRIBED_AS} and its words.
     */
    public String namedAs(Post order, String party) {
        if (order.getOrder().describesParties()) {
            return dev.rabiap.engine.LedgerEntry.DESCRIBED_AS + order.getOrder().addressees().get(0).as();
        }
        String wanted = unit == PartyUnit.AGENCY ? "agency" : unit == PartyUnit.DISTRICT ? "district" : "person";
        for (Order.Addressee addressee : order.getOrder().addressees()) {
            if (addressee.unit().equals(wanted) && addressee.name().equals(party)) {
                return addressee.as();
            }
        }
        return "";
    }

    /** The group the party's answer is due in. */
    public String answerGroup(Post order, String party) {
        if (!channels.isEmpty()) {
            return channels.get(party);
        }
        return answerIn != null ? answerIn : order.getGroup();
    }

    /**
     * Whether {@code post}, sent after {@code order} opened this row's duties, comes from a district
     * or agency the order obliges, in the group that party answers in, and is of a kind and from a
     * sender that can answer. Not for rows whose answers must carry the order's content (forwards) or
     * whose party is the sender.
     */
    public boolean answerableBy(Post order, Post post) {
        if (matchContent || unit == PartyUnit.SENDER) {
            return false;
        }
        String party = unit == PartyUnit.AGENCY ? post.getAgency() : post.getDistrict();
        return party != null && partiesFor(order).contains(party) && post.getGroup().equals(answerGroup(order, party)) && accepts(post);
    }

    /** When the answer to {@code order} is due. */
    public ZonedDateTime deadline(Post order) {
        if (deadlineFromText(order)) {
            return order.getDeadline();
        }
        return defaultDeadline.apply(order.getTime());
    }

    /** Whether the deadline of {@code order} is the one its text gives (else the row's default). */
    public boolean deadlineFromText(Post order) {
        return deadlineFromText && order.getDeadline() != null;
    }

    /**
     * Whether the post answers {@code obligation}: its kind, its author's role, for a forward its
     * content, and whether it may pay that duty at all ({@link Attribution#mayPay}: an answer about
     * another order pays no order it shares no word with). The group, the party and the time are
     * joined on in the rules.
     */
    public boolean fulfilledBy(Post post, Obligation obligation) {
        return post.acceptedBy(this) && (!matchContent || obligation.getOrder().getContent().matches(post.getContent()))
                && (openedByEvent(obligation) || post.mayPay(obligation, duty -> Attribution.mayPay(post, duty)));
    }

    /**
     * Whether the duty was opened by an event, not by an order's words: a follow of the ministry's account owes the survey
     * (MOI-2). Its answers are weighed against no words, so {@link Attribution} has nothing to weigh: a survey answer pays
     * the one duty its sender's follow opened.
     */
    private static boolean openedByEvent(Obligation obligation) {
        return obligation.getOrder().getEvent() != null;
    }

    /** Whether the post is of a kind and from a sender that can answer this policy's duties: the same for every duty of it. */
    boolean accepts(Post post) {
        boolean kind = fulfilKinds.isEmpty()
                ? !post.isSystem()
                : fulfilKinds.contains(post.getKind()) || (post.getEvent() != null && fulfilKinds.contains(post.getEvent()))
                        // photos or files alone answer where a report is owed: volunteers' photos after an order asking for them
                        || post.getKind().equals(dev.rabiap.engine.Kinds.MEDIA) && fulfilKinds.contains("report");
        if (!kind) {
            return false;
        }
        return partyRoles.isEmpty() || partyRoles.matches(post.getPerson());
    }

    @Override
    public String toString() {
        return "ObligationPolicy[" + ruleId + " " + group + " " + row + "]";
    }

    /** Builds a policy from a table row. */
    public static final class Builder {
        private final String ruleId;
        private final String group;
        private Set<String> triggerKinds = Set.of();
        private RoleSet triggerRoles = RoleSet.parse("");
        private String triggerPhrase = "";
        private List<com.google.re2j.Pattern> triggerPatterns = List.of();
        private PartyUnit unit = PartyUnit.DISTRICT;
        private RoleSet partyRoles = RoleSet.parse("");
        private Set<String> fulfilKinds = Set.of();
        private Function<ZonedDateTime, ZonedDateTime> defaultDeadline;
        private String defaultDeadlineText;
        private boolean deadlineFromText = true;
        private String answerIn;
        private Map<String, String> channels = Map.of();
        private boolean matchContent;
        private boolean photosOnlyWhenAsked;
        private java.time.Duration lateWindow = DEFAULT_LATE_WINDOW;
        private List<String> parties = List.of();
        private PolicyRow row;

        private Builder(String ruleId, String group) {
            this.ruleId = ruleId;
            this.group = group;
        }

        public Builder trigger(Set<String> kinds, RoleSet roles, String phrase) {
            return trigger(kinds, roles, phrase, List.of());
        }

        /**
         * @param phrase the trigger phrases as words, a|b
         * @param patterns trigger phrases as regular expressions: "ขอให้ ๕ อำเภอข้างต้นแจ้ง ๑) วันที่…", which no word says
         */
        public Builder trigger(Set<String> kinds, RoleSet roles, String phrase, List<com.google.re2j.Pattern> patterns) {
            this.triggerKinds = kinds;
            this.triggerRoles = roles;
            this.triggerPhrase = phrase;
            this.triggerPatterns = List.copyOf(patterns);
            return this;
        }

        public Builder parties(PartyUnit unit, RoleSet roles, List<String> parties) {
            this.unit = unit;
            this.partyRoles = roles;
            this.parties = parties;
            return this;
        }

        public Builder fulfilKinds(Set<String> kinds) { this.fulfilKinds = kinds; return this; }

        public Builder defaultDeadline(String text, Function<ZonedDateTime, ZonedDateTime> deadline) {
            this.defaultDeadlineText = text;
            this.defaultDeadline = deadline;
            return this;
        }

        /** Whether a deadline written in the order's text wins over the default (the default: yes). */
        public Builder deadlineFromText(boolean value) { this.deadlineFromText = value; return this; }
        /** The group answers are due in, or null for the order's own group. */
        public Builder answerIn(String value) { this.answerIn = value; return this; }
        /** Each party's own group; the parties are then exactly its keys. */
        public Builder channels(Map<String, String> value) { this.channels = value; return this; }
        public Builder matchContent(boolean value) { this.matchContent = value; return this; }
        /** Whether photos sent alone answer only an order that asks for photos (the default: they answer any). */
        public Builder photosOnlyWhenAsked(boolean value) { this.photosOnlyWhenAsked = value; return this; }
        public Builder lateWindow(java.time.Duration value) { this.lateWindow = value; return this; }
        public Builder row(PolicyRow value) { this.row = value; return this; }

        public ObligationPolicy build() {
            return new ObligationPolicy(this);
        }
    }
}
