package dev.rabiap.engine.internal;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.Kinds;
import dev.rabiap.engine.Names;
import dev.rabiap.engine.Resolution;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.rule.Attribution;
import dev.rabiap.engine.rule.ObligationPolicy;
import dev.rabiap.engine.rule.Order;
import dev.rabiap.engine.rule.Post;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The reading pipeline of an audit, before any rule runs: each message gets its position and its
 * sender and target resolved through the roster; messages are joined into posts
 * ({@link PostAssembler}); each post is classified ({@link Classifier}) and, when it may open a duty,
 * its order is read ({@link OrderReader}). Posts come out in the order of their first message.
 * Confined to one thread (the audit's reading thread, or the caller of a live audit).
 */
public final class PostMaker {
    private final PolicyTables.Policy policy;
    private final Roster roster;
    private final Consumer<Post> out;
    private final PostAssembler assembler;
    private final OrderReader orders;
    private final OrderContext context;
    private final Set<String> orderKinds = new HashSet<>();
    private final Set<String> answerKinds = new HashSet<>();
    /** One instance per group name, so that rule indexes compare group names by identity and hash them once. */
    private final Map<String, String> groups = new ConcurrentHashMap<>();
    private final GroupTally unmatched;
    private java.util.function.BiConsumer<Post, Classifier.Decision> observer;
    private long messages;
    private long posts;
    /** Per group: its last question (the message and who asked), which a short answer may be answering. */
    private final Map<String, ChatMessage> lastQuestion = new java.util.HashMap<>();
    /** How many reminders' messages are remembered, with the order each points back to. */
    private static final int REMINDERS = 4096;
    /**
     * The latest reminders that point back to an order (a LINE reply to it, or the order posted
     * again), by the id of each of their messages: an answer that replies to one replies to the order.
     */
    private final Map<String, String> reminderOrders = latest();

    /**
     * Whether each of the latest posts' messages was read as an order, by id: a reply to an order points back to
     * it, a reply to a district's report that names whom it asks is an order of its own ({@link OrderReader}).
     */
    private final Map<String, Boolean> readAsOrder = latest();

    /** A map by message id that keeps the {@value #REMINDERS} latest entries. */
    private static <V> Map<String, V> latest() {
        return new java.util.LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMINDERS;
            }
        };
    }

    /**
     * Display names taken in a rename notice of the log ("นอภ.เต่างอย เปลี่ยนชื่อเป็น ศักดิ์ชัย ✨"), each to the
     * person who took it: the roster has the old name only.
     */
    private final Map<String, Resolution> renamed = new java.util.HashMap<>();

    public PostMaker(PolicyTables.Policy policy, Roster roster, Consumer<Post> out) {
        this.policy = requireNonNull(policy, "policy is null");
        this.roster = requireNonNull(roster, "roster is null");
        this.out = requireNonNull(out, "out is null");
        this.assembler = new PostAssembler(policy.postGap(), this::make);
        this.orders = new OrderReader(policy);
        this.context = new OrderContext(policy.obligations());
        this.unmatched = new GroupTally(policy.groups().stream().map(g -> g.getGroup()).toList());
        for (var group : policy.groups()) {
            groups.put(group.getGroup(), group.getGroup());
        }
        for (ObligationPolicy obligation : policy.obligations()) {
            orderKinds.addAll(obligation.getTriggerKinds());
            if (obligation.getFulfilKinds().isEmpty()) {
                answerKinds.addAll(policy.kinds().codes());
                answerKinds.remove(Kinds.SYSTEM);
            } else {
                answerKinds.addAll(obligation.getFulfilKinds());
                if (obligation.getFulfilKinds().contains("report")) {
                    answerKinds.add(Kinds.MEDIA); // photos or files alone answer a report duty (ObligationPolicy.fulfilledBy)
                }
                if (obligation.getFulfilKinds().stream().anyMatch(k -> !policy.kinds().isKnown(k))) {
                    answerKinds.add(Kinds.SYSTEM); // an event such as follow answers
                }
            }
        }
    }

    /** Also tells {@code observer} of every post with the classifier's decision on it. */
    public PostMaker observing(java.util.function.BiConsumer<Post, Classifier.Decision> observer) {
        this.observer = observer;
        return this;
    }

    /** Takes the next message. */
    public void add(ChatMessage message) {
        long position = ++messages;
        unmatched.count(message);
        assembler.add(incoming(message, position));
    }

    /** Hands on every post whose sender has had {@code gap} to add to it, by {@code millis}. */
    public void advanceTo(long millis) {
        assembler.advanceTo(millis);
    }

    /** Hands on every post held back. */
    public void finish() {
        assembler.finish();
    }

    /** Messages taken so far. */
    public long messages() {
        return messages;
    }

    /** Posts handed on so far. */
    public long posts() {
        return posts;
    }

    /** Messages in groups the rule set does not speak of, by group name, with the closest group it does. */
    public GroupTally unmatched() {
        return unmatched;
    }

    /** Orders whose deadline text could not be used, with file and line. */
    public java.util.List<dev.rabiap.engine.AuditSummary.DeadlineProblem> deadlineProblems() {
        return orders.problems();
    }

    /**
     * What a group's order reader remembers (see {@link OrderReader}), for a runner that keeps it
     * outside the engine between two posts of the group; null when the group has had no order.
     */
    public java.util.Map<String, Integer> groupWords(String group) {
        return orders.groupWords(group);
    }

    /** Restores what {@link #groupWords} gave; an empty map forgets the group's orders. */
    public void restoreGroupWords(String group, java.util.Map<String, Integer> words) {
        orders.restoreGroupWords(group, words);
    }

    /**
     * What the reader keeps in front of a group's members between posts (the orders in front of them,
     * {@link OrderContext}, and the last question asked), for a runner that keeps it outside the
     * engine: a partitioned run stores it with the group and puts it back ({@link #restoreContext})
     * before the group's next post, whichever thread or process reads it.
     */
    public record GroupContext(List<Post> orders, ChatMessage question) {
        public GroupContext {
            orders = List.copyOf(orders);
        }
    }

    /** The context kept for a group; orders whose answers are due in another group are not in it. */
    public GroupContext context(String group) {
        return new GroupContext(context.kept(group), lastQuestion.get(group));
    }

    /** Puts back what {@link #context} returned for a group. */
    public void restoreContext(String group, GroupContext kept) {
        context.restore(group, kept.orders());
        if (kept.question() == null) {
            lastQuestion.remove(group);
        } else {
            lastQuestion.put(group, kept.question());
        }
    }

    /** One message with its position, sender and target resolved, as {@link #add} passes it to the assembler. */
    public PostAssembler.Incoming incoming(ChatMessage message, long position) {
        Resolution sender = resolve(message.senderId(), message.sender());
        Resolution target = message.target() == null ? null : resolve(null, message.target());
        if (message.event() == dev.rabiap.engine.spi.SystemEvent.RENAME && message.target() != null && sender.resolved()
                && !message.target().equals(message.sender())) {
            renamed.put(message.target(), new Resolution(Resolution.Status.RESOLVED, sender.person(), List.of(), "rename"));
        }
        String senderKey = sender.resolved() ? sender.person().id()
                : message.senderId() != null && !message.senderId().isEmpty() ? "@" + message.senderId()
                : "?" + Names.normalise(message.sender());
        return new PostAssembler.Incoming(position, message, sender, target, senderKey);
    }

    /** A sender or target as the roster resolves them, or, when it knows no one by the name, as a rename in the log made it. */
    private Resolution resolve(String senderId, String displayName) {
        Resolution resolution = roster.resolve(senderId, displayName);
        if (resolution.status() == Resolution.Status.UNKNOWN && displayName != null && !renamed.isEmpty()) {
            Resolution taken = renamed.get(displayName);
            if (taken != null) {
                return taken;
            }
        }
        return resolution;
    }

    private void make(PostAssembler.Assembled assembled) {
        out.accept(post(assembled));
    }

    /**
     * The question of another member of the group that a post sent within {@link #ANSWER_WINDOW} of it
     * may be answering, or null.
     */
    private ChatMessage questionAnswered(ChatMessage message) {
        ChatMessage question = lastQuestion.get(message.group());
        if (question == null || question.time() == null || message.time() == null
                || java.util.Objects.equals(question.sender(), message.sender())) {
            return null;
        }
        java.time.Duration since = java.time.Duration.between(question.time(), message.time());
        return since.isNegative() || since.compareTo(ANSWER_WINDOW) > 0 ? null : question;
    }

    /** How long after a member's question an order-like post may be its answer. */
    static final java.time.Duration ANSWER_WINDOW = java.time.Duration.ofMinutes(30);

    /**
     * The main message with the captions of the post's other parts after its text, one to a line: a
     * caption among the photos after a text says what the post says ("หน้า ๒ ข้อ ๓ : ให้อำเภอรายงาน…
     * ภายในวันที่ ๑๘ กันยายน" under a page of the letter is the order's deadline). The main message
     * itself when no other part has a caption.
     */
    private static ChatMessage withCaptions(ChatMessage main, PostAssembler.Assembled assembled) {
        StringBuilder text = null;
        for (int i = 0; i < assembled.parts().size(); i++) {
            ChatMessage part = assembled.parts().get(i).message();
            if (i != assembled.main() && Classifier.hasCaption(part.text())) {
                if (text == null) {
                    text = new StringBuilder(main.text());
                }
                text.append('\n').append(part.text().strip());
            }
        }
        return text == null ? main : new ChatMessage(main.id(), main.evidence(), main.group(), main.sender(), main.senderId(),
                main.time(), main.type(), text.toString(), main.replyTo(), main.event(), main.target(), main.attachmentName());
    }

    /**
     * What a post correcting an order says ({@link #correction}): its reading (a deadline, or none; it points back to
     * the order it corrects), that order, and the districts it takes out of it and puts into it.
     */
    private record Correction(Order order, Post corrects, java.util.Set<String> out, java.util.Set<String> in) {
        String reason() {
            boolean districts = !out.isEmpty() || !in.isEmpty();
            return "corrects the " + (order.deadline() != null ? districts ? "deadline and the districts" : "deadline" : "districts")
                    + " of the order " + corrects.getEvidence();
        }
    }

    /**
     * The correction a post makes to an order kept in front of its group, or null: "✏️ แก้ไขครับ กำหนดรายงานผล Big Cleaning
     * Day ขอเลื่อนเป็น ภายในวันพฤหัสบดีที่ ๕ พ.ย. ๖๙ เวลา ๑๒.๐๐ น." (a deadline moved) or "🔺แก้ไขครับ🔺 ข้อสั่งการเมื่อ ๑๕.๑๐ น.
     * ขอตัด อ.บ้านม่วง ออก… และเพิ่ม อ.นิคมน้ำอูน แทนครับ" (districts taken out and put in), from one who gives the group its
     * orders; {@code reading} is the post's order when it was read as one. The order it corrects keeps its duties, due at
     * the new deadline, owed by whom the correction leaves (obligation-facts.drl).
     */
    private Correction correction(Post post, ChatMessage message, Resolution sender, Order reading) {
        String text = message.text();
        boolean movesDeadline = OrderContext.correctsADeadline(text);
        if (!(movesDeadline || OrderContext.saysItCorrects(text)) || !sender.resolved() || !context.hasOrdersFor(post.getGroup())
                || !opensDuties(message.group(), sender.person())) {
            return null;
        }
        List<java.util.Set<String>> change = policy.addressees().get().listChange(text);
        boolean changesList = OrderContext.saysItCorrects(text) && !(change.get(0).isEmpty() && change.get(1).isEmpty());
        Order read = Order.NONE;
        if (movesDeadline) {
            read = reading != null ? reading : orders.read(message, sender, null, null, null, List.of());
            String cued = read.deadline() == null ? OrderContext.cueMovedDeadline(text) : text;
            if (!cued.equals(text)) {
                // "ขอเลื่อนเป็นวันจันทร์ที่ ๒๔ พ.ย. ๖๘ เวลา ๑๒.๐๐ น.": the time a deadline is moved to is the new deadline
                read = orders.read(new ChatMessage(message.id(), message.evidence(), message.group(), message.sender(), message.senderId(),
                        message.time(), message.type(), cued, message.replyTo(), message.event(), message.target(), message.attachmentName()),
                        sender, null, null, null, List.of());
            }
        }
        Post corrects = read.deadline() != null ? context.corrected(post, message.replyTo(), read.deadline()) : null;
        if (corrects == null && changesList) {
            read = Order.NONE;
            corrects = context.corrected(post, message.replyTo(), null);
        }
        if (corrects == null || read.deadline() == null && !changesList) {
            return null;
        }
        return new Correction(read.pointingBackTo(corrects.getMessage().id()), corrects,
                changesList ? change.get(0) : java.util.Set.of(), changesList ? change.get(1) : java.util.Set.of());
    }

    /** A question ("กุดบาก ส่งรายงานหรือยังครับ"): asking whether it was sent is not telling to send. */
    private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile("[?？]|หรือยัง|รึยัง|หรือไม่|ไหม|มั้ย|หรือเปล่า");

    /** Whether one of the group's obligation rows names who opens it and the person is one of them. */
    private boolean opensDuties(String group, dev.rabiap.engine.Person person) {
        for (ObligationPolicy obligation : policy.obligations()) {
            if (obligation.getGroup().equals(group) && obligation.getTriggerKinds().contains(Kinds.ORDER) && obligation.namesOpener(person)) {
                return true;
            }
        }
        return false;
    }

    /** Classifies an assembled post and, when it may open a duty, reads its order. */
    public Post post(PostAssembler.Assembled assembled) {
        PostAssembler.Incoming main = assembled.mainPart();
        PostAssembler.Incoming first = assembled.first();
        List<ChatMessage> parts = new ArrayList<>(assembled.parts().size());
        List<MessageType> others = new ArrayList<>();
        for (int i = 0; i < assembled.parts().size(); i++) {
            ChatMessage part = assembled.parts().get(i).message();
            parts.add(part);
            if (i != assembled.main()) {
                others.add(part.type());
            }
        }
        ChatMessage message = withCaptions(main.message(), assembled);
        Classifier.Decision decision = policy.classifier().classify(
                new Classifier.Input(message.text(), message.type(), others, main.sender().person()));
        String kind = decision.kind();
        if (!kind.equals(Kinds.ORDER) && !kind.equals("question") && orderKinds.contains(Kinds.ORDER) && message.text() != null
                && main.sender().resolved() && !ASKS.matcher(message.text()).find() && opensDuties(message.group(), main.sender().person())
                && policy.addressees().get().callsDistrictsToAct(message.text())) {
            // "ภูพาน กุดบาก เต่างอย โคกศรีสุพรรณ ส่งภาพจิตอาสาเปิดทางน้ำ ในกลุ่มนี้ครับ" from the palad: districts called, then told
            decision = new Classifier.Decision(Kinds.ORDER, null, List.of(), "names districts and tells them what to do, from one who gives the group its orders");
            kind = Kinds.ORDER;
        }
        boolean isOrder = orderKinds.contains(kind);
        Order order = isOrder
                ? orders.read(message, main.sender(), questionAnswered(message), context.sameText(message.group(), message.text()),
                        message.replyTo() == null ? null : readAsOrder.get(message.replyTo()), context.kept(message.group()))
                : Order.NONE;
        parts.forEach(part -> readAsOrder.put(part.id(), isOrder));
        if (kind.equals("question")) {
            lastQuestion.put(message.group(), message);
        }
        String group = groups.computeIfAbsent(message.group(), g -> g);
        posts++;
        // "ขออภัยค่ะ … ภาพหายจากเครื่อง กำลังขอจากตำบลใหม่" is sorry for what it cannot send yet, and "เมื่อกี้ส่งผิด
        // กลุ่มครับ" speaks of a report sent elsewhere: neither is an answer
        boolean answering = answerKinds.contains(kind) && !OrderContext.apologisesForNotYet(message.text())
                && !OrderContext.saysWrongGroup(message.text());
        Post post = new Post(first.position(), parts, message, group, kind, main.sender(), main.target(), order, answering);
        if (order.reminder() && order.remindsOf() != null) {
            parts.forEach(part -> reminderOrders.put(part.id(), order.remindsOf()));
        }
        boolean incident = kind.equals(Kinds.INCIDENT) && !FIRST_NOTICE.matcher(message.text() == null ? "" : message.text()).find();
        // an acknowledgement that names people ("นิคมน้ำอูน: ปลัดปกรณ์ ดวงแก้ว / น.ส.วิภาดา สุขเจริญ") in reply to a call for names
        boolean namesInReply = kind.equals("acknowledgement") && message.replyTo() != null && OrderContext.namesPeople(message.text());
        if ((kind.equals(Kinds.CHAT) || incident || namesInReply) && answerKinds.contains(Kinds.REPORT) && main.sender().resolved()
                && context.hasOrdersFor(group)) {
            // read after the order in front of it: a district's figures with none of a report's words answer the order; and
            // what an order asked for, told in an incident's words ("เส้นทางถูกตัดขาด อ.นิคมน้ำอูน / - สน.๓๐๐๒ กม.๕๙ น้ำท่วมสูง…
            // ทางเลี่ยง…" after "ขอให้ทุกอำเภอรายงานเส้นทางที่ถูกตัดขาด/น้ำท่วมสูง… และทางเลี่ยง"), is the report asked for, not a
            // first notice (decision 9), when it says twice as much of the order as a topic takes; a post that opens with the
            // alarm or says at what time it happened ("แจ้งเหตุครับ เมื่อเวลา ๒๒.๑๐ น. เกิดพายุฤดูร้อน…", a second storm after the
            // storm order) is the first notice it says it is
            Post asReport = new Post(first.position(), parts, message, group, Kinds.REPORT, main.sender(), main.target(), order, true);
            OrderContext.Answer answer = namesInReply ? context.namesInReply(asReport) : context.answered(asReport);
            if (answer != null && (!incident || answer.shared().weight() >= 2 * Attribution.TOPIC)) {
                post = asReport;
                decision = new Classifier.Decision(Kinds.REPORT, null, answer.shared().words(), answer.reason());
            }
        }
        Correction correction = correction(post, message, main.sender(), isOrder ? order : null);
        if (correction != null) {
            post = new Post(first.position(), parts, message, group, Kinds.ORDER, main.sender(), main.target(), correction.order(), false);
            post.carryCorrection(correction.corrects(), correction.out(), correction.in());
            decision = new Classifier.Decision(Kinds.ORDER, null, List.of(), correction.reason());
            String orderId = correction.corrects().getMessage().id();
            parts.forEach(part -> reminderOrders.put(part.id(), orderId));
        }
        if (post.isAnswering() && message.replyTo() != null) {
            post.carryReplyOrder(reminderOrders.get(message.replyTo()));
        }
        sentFor(post, message);
        if (post.isAnswering() && context.hasOrdersFor(group)) {
            // weighed against the orders of its party's open duties when the rules close one (Attribution): the
            // text is segmented, and weighed against the orders in front of it, here on the reading thread
            // rather than on the rules' thread; where no order is in front (a survey answer owed by its sender)
            // the words are made only if the rules ever ask for them
            post.getWords();
            context.weigh(post);
        }
        if (orderKinds.contains(kind)) {
            context.remember(post);
        }
        if (observer != null) {
            observer.accept(post, decision);
        }
        return post;
    }

    /** A first notice: it opens with the alarm ("แจ้งเหตุ", "เหตุด่วน", "ด่วน") or says at what time it happened ("เมื่อเวลา ๒๒.๑๐ น."). */
    private static final java.util.regex.Pattern FIRST_NOTICE = java.util.regex.Pattern.compile(
            "^[^\\p{L}\\p{N}]*(?:แจ้งเหตุ|เหตุด่วน|ด่วน)|เวลา\\s*(?:ประมาณ\\s*)?[0-9๐-๙]{1,2}[.:][0-9๐-๙]{2}\\s*น");

    /**
     * Says that it is sent for a district: "ขออนุญาตส่งแทน อ.ภูพาน", "ฝากส่งแทน อ.ภูพาน", "รายงานแทนอำเภอภูพาน", or that what it
     * passes on is another district's ("ช่วยส่งต่อครับ ผลสำรวจของ อ.ภูพาน บ้านเสียหาย ๘ หลัง… (ปลัดพงษ์ฝากมา…)").
     */
    private static final java.util.regex.Pattern SENT_FOR = java.util.regex.Pattern.compile(
            "(?:ส่ง|รายงาน)\\S{0,12}?\\s*แทน\\s*|(?:ผล\\S{0,12}?|ข้อมูล|ยอด)\\s*ของ\\s*(?=อ\\.|อำเภอ)");
    /** Says it passes on what another sent: ส่งต่อ, ฝาก… (another district's results named in a report of one's own do not). */
    private static final java.util.regex.Pattern PASSES_ON = java.util.regex.Pattern.compile("ส่งต่อ|ฝาก");
    /** How long after "ส่งแทน อ.ภูพาน" the same sender's posts in the group are still sent for ภูพาน. */
    private static final java.time.Duration SENT_FOR_WINDOW = java.time.Duration.ofMinutes(10);
    /** By group and sender: the district the sender's last post said it was sent for, and when. */
    private final Map<String, Map.Entry<String, java.time.ZonedDateTime>> sendingFor = latest();

    /**
     * A district's post that says it is sent for another district ("ขออนุญาตส่งแทน อ.ภูพาน ครับ เนื่องจากสัญญาณขัดข้อง"), and
     * the same sender's posts in the group in the ten minutes after it (the results it announced), speak for that district.
     */
    private void sentFor(Post post, ChatMessage message) {
        if (!post.isResolved() || post.getPerson().district().isEmpty() || !context.hasOrdersFor(post.getGroup())) {
            return;
        }
        String key = post.getGroup() + "\u0000" + post.getPersonId();
        String text = message.text();
        java.util.regex.Matcher says = text == null ? null : SENT_FOR.matcher(text);
        if (says != null && says.find() && (says.group().contains("แทน") || PASSES_ON.matcher(text).find())) {
            String district = policy.addressees().get().districtAt(text, says.end());
            if (district != null && !district.equals(post.getPerson().district())) {
                sendingFor.put(key, Map.entry(district, message.time()));
                post.carryForDistrict(district);
                return;
            }
        }
        Map.Entry<String, java.time.ZonedDateTime> earlier = sendingFor.get(key);
        if (earlier != null && !message.time().isAfter(earlier.getValue().plus(SENT_FOR_WINDOW))) {
            post.carryForDistrict(earlier.getKey());
        }
    }
}
