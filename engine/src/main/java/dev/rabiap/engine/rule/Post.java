package dev.rabiap.engine.rule;

import dev.rabiap.engine.Names;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.Resolution;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageType;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The fact rules see for one post: what one person sent at one go in one group — a text (or a
 * sticker, or a system event) and the photos, videos and files they sent with it — with its
 * classified kind, its sender and (for an invite or removal) its target resolved through the
 * roster. Created by the engine, one per post, and removed from working memory once the rules have
 * seen it. Immutable, hence class reactive: property reactivity would buy nothing, and Drools would
 * warn about every constraint that asks another fact about it, such as
 * {@code $obligation.fulfilledBy( this )}.
 */
@org.kie.api.definition.type.ClassReactive
public final class Post {
    private final long seq;
    private final List<ChatMessage> parts;
    private final ChatMessage message;
    private final String group;
    private final String kind;
    private final Resolution sender;
    private final Resolution target;
    private final Order order;
    private final String actor;
    private final String memberKey;
    private final String targetName;
    private final String targetKey;
    private final boolean answering;
    /** When the post started, in milliseconds since the epoch: rules compare it often. */
    private final long millis;
    /** The time of its latest part, and that instant in nanoseconds since the epoch. */
    private final ZonedDateTime latest;
    private final long latestNanos;
    /** Asked of every post by the rules and the engine, so kept at hand rather than in the message and sender. */
    private final boolean system;
    private final boolean resolved;
    private final int partCount;
    /** {@link Attribution}'s scores of this post against orders, while it is in working memory. */
    private java.util.IdentityHashMap<Post, Integer> scores;
    private ContentKey content;
    private java.util.Set<String> words;

    /** A post of one message. The group name is given as a shared instance: the engine passes one instance per group. */
    public Post(long seq, ChatMessage message, String group, String kind, Resolution sender, Resolution target, ZonedDateTime deadline) {
        this(seq, List.of(message), message, group, kind, sender, target, deadline == null ? Order.NONE : Order.withDeadline(deadline), true);
    }

    /**
     * @param seq the position of the post's first message in the audit, from 1
     * @param parts the messages of the post in the order sent; the first is its evidence
     * @param message the post's main message: its text, or its first part when it has no text
     * @param order what the post says as an order (deadline, addressees, …); {@link Order#NONE} otherwise
     * @param answering whether the post is of a kind some obligation accepts as an answer; the
     *     engine passes false for the rest, so that the obligation rules pass them by cheaply
     */
    public Post(long seq, List<ChatMessage> parts, ChatMessage message, String group, String kind, Resolution sender, Resolution target,
                Order order, boolean answering) {
        this.seq = seq;
        this.parts = List.copyOf(parts);
        this.message = message;
        this.group = group;
        this.kind = kind;
        this.sender = sender;
        this.target = target;
        this.order = order == null ? Order.NONE : order;
        this.actor = Names.clean(message.sender());
        this.memberKey = Member.key(sender, actor);
        this.targetName = message.target() == null ? null : Names.clean(message.target());
        this.targetKey = target == null ? null : Member.key(target, targetName);
        this.answering = answering && sender.resolved();
        this.millis = this.parts.get(0).time().toInstant().toEpochMilli();
        ZonedDateTime last = null;
        long lastNanos = Long.MIN_VALUE;
        for (ChatMessage part : this.parts) {
            long nanos = part.time().toEpochSecond() * 1_000_000_000L + part.time().getNano();
            if (last == null || nanos > lastNanos) {
                last = part.time();
                lastNanos = nanos;
            }
        }
        this.latest = last;
        this.latestNanos = lastNanos;
        this.system = message.type() == MessageType.SYSTEM;
        this.resolved = sender.resolved();
        this.partCount = this.parts.size();
    }

    /** The time of the post's latest part: the first of them when several share it. */
    public ZonedDateTime getLatest() { return latest; }
    /** {@link #getLatest()} in nanoseconds since the epoch, for comparing. */
    public long getLatestNanos() { return latestNanos; }

    /**
     * Whether this post can answer the duties of {@code policy} (its kind and sender), remembered
     * for the last policy asked: an answer is weighed against every open duty of its party, most
     * often all of one policy.
     */
    boolean acceptedBy(ObligationPolicy policy) {
        if (acceptedBy != policy) {
            accepted = policy.accepts(this);
            acceptedBy = policy;
        }
        return accepted;
    }

    private ObligationPolicy acceptedBy;
    private boolean accepted;

    /**
     * How {@code score} scores this post against {@code order}, worked out once per order: an answer
     * is compared with each open duty of its party many times over while the rules decide which it answers.
     */
    int scoreAgainst(Post order, java.util.function.ToIntBiFunction<Post, Post> score) {
        if (scores == null) {
            scores = new java.util.IdentityHashMap<>();
        }
        Integer known = scores.get(order);
        if (known == null) {
            known = score.applyAsInt(this, order);
            scores.put(order, known);
        }
        return known;
    }

    /**
     * What the rules have worked out of this post so far, by what they asked: a reading of {@link Attribution}'s (whether it
     * asks for photos, gives a plan…; the reading, a constant, is its own key) or a duty it may pay or not
     * ({@link ObligationPolicy#fulfilledBy}; the duty is the key).
     */
    private java.util.IdentityHashMap<Object, Boolean> known;

    /**
     * What {@code question} says of this post, worked out once: the rules weigh a post against each open duty of its party,
     * and again for every other duty it might pay first, so a party with many open duties would otherwise have the same
     * readings of the same pair made over and over. A post does not change once the rules see it, nor does a duty (a
     * correction makes a new one). Asked by one thread at a time, as {@link #scoreAgainst} is: the thread that reads a post
     * hands it on to the rules' thread through a queue.
     */
    private boolean remembered(Object question, java.util.function.BooleanSupplier answer) {
        if (known == null) {
            known = new java.util.IdentityHashMap<>();
        }
        Boolean said = known.get(question);
        if (said == null) {
            said = answer.getAsBoolean();
            known.put(question, said);
        }
        return said;
    }

    /** Whether this post may pay {@code duty} by its words, as {@code weigh} says, weighed once per duty. */
    boolean mayPay(Obligation duty, java.util.function.Predicate<Obligation> weigh) {
        return remembered(duty, () -> weigh.test(duty));
    }

    /** What {@code reading}, a constant of {@link Attribution}'s, says of this post, read once. */
    boolean reads(java.util.function.Predicate<Post> reading) {
        return remembered(reading, () -> reading.test(this));
    }

    /**
     * A rule salience that fires activations of earlier messages first, for rules whose outcome
     * depends on which message of a batch comes first (who made someone a member).
     */
    public int getEarliestFirst() { return seq >= Integer.MAX_VALUE / 2 ? Integer.MIN_VALUE + 2 : (int) (-2 * seq); }
    /**
     * A salience just above {@link #getEarliestFirst()} of the same post, and below that of every
     * earlier post: for a rule that must see the post before the rules that act on it (an answer is
     * matched to its duties before they close).
     */
    public int getJustBefore() { return getEarliestFirst() + 1; }
    /** The position of the post's first message in the audit, from 1. */
    public long getSeq() { return seq; }
    /** The post's main message: its text message, or its first part when it has none. */
    public ChatMessage getMessage() { return message; }
    /** Every message of the post, in the order sent. */
    public List<ChatMessage> getParts() { return parts; }
    /** Whether one of the post's messages has this id (a reply to any of them is a reply to the post). */
    public boolean hasPart(String messageId) {
        if (messageId != null) {
            for (ChatMessage part : parts) {
                if (messageId.equals(part.id())) {
                    return true;
                }
            }
        }
        return false;
    }
    /** How many messages the post is made of. */
    public int getPartCount() { return partCount; }
    public String getGroup() { return group; }
    /** The classified kind: order, report, incident, acknowledgement, question, pr, forward, chat, media or system. */
    public String getKind() { return kind; }
    /** The main message's type code: text, image, sticker, file, video, audio or system. */
    public String getType() { return message.type().code(); }
    public boolean isSystem() { return system; }
    /** The system event code, or null for an ordinary post. */
    public String getEvent() { return message.event() == null ? null : message.event().code(); }
    public String getText() { return message.text(); }
    /** Where the post starts: its first message. */
    public Evidence getEvidence() { return parts.get(0).evidence(); }
    /** When the post started: its first message's time. */
    public ZonedDateTime getTime() { return parts.get(0).time(); }
    /** Milliseconds since the epoch, for comparisons in rules. */
    public long getMillis() { return millis; }
    /** The display name as seen, cleaned of invisible characters. */
    public String getActor() { return actor; }
    public Resolution getSender() { return sender; }
    public boolean isResolved() { return resolved; }
    public boolean isAmbiguous() { return sender.status() == Resolution.Status.AMBIGUOUS; }
    /** Neither resolved nor ambiguous: nobody on the roster has this name or id. */
    public boolean isUnknown() { return sender.status() == Resolution.Status.UNKNOWN; }
    /**
     * An outsider: the audit's roster was searched for this sender, who has a name, and fits nobody on it
     * (see {@link Resolution#notOnRoster}), so they hold none of its roles.
     */
    public boolean isOutsider() { return sender.notOnRoster() && !actor.isEmpty(); }
    /** The resolved person, or null. */
    public Person getPerson() { return sender.person(); }
    /** The roster id, or null when not resolved. */
    public String getPersonId() { return sender.resolved() ? sender.person().id() : null; }
    /** The main role code, or null when not resolved. */
    public String getRole() { return sender.resolved() ? sender.person().role() : null; }
    /**
     * The district the post speaks for: the person's, or the one it says it is sent for ({@link #carryForDistrict});
     * null when not resolved.
     */
    public String getDistrict() { return !sender.resolved() ? null : forDistrict != null ? forDistrict : sender.person().district(); }

    /**
     * Sets the district this post is sent for, when that is not its sender's: a deputy's "ขออนุญาตส่งแทน อ.ภูพาน ครับ" and
     * the results after it answer for ภูพาน, not for the deputy's own district. Called by the reading thread before the
     * post is inserted, and on another step of a partitioned run.
     */
    public void carryForDistrict(String district) {
        forDistrict = district;
    }

    /** The district the post says it is sent for, when not its sender's; else null. */
    public String getForDistrict() { return forDistrict; }

    private String forDistrict;
    /** A key for membership: the roster id, or the normalised name for someone not resolved. */
    public String getMemberKey() { return memberKey; }
    /** The target of an invite or removal resolved through the roster, or null. */
    public Resolution getTargetResolution() { return target; }
    /** The target's display name, cleaned, or null. */
    public String getTargetName() { return targetName; }
    /** A membership key for the target, or null when there is no target. */
    public String getTargetKey() { return targetKey; }
    /** Whether the post is resolved and of a kind some obligation accepts as an answer. */
    public boolean isAnswering() { return answering; }
    /** The content a forward of this post would carry (its text and every attachment's name); computed on first use. */
    public ContentKey getContent() {
        if (content == null) {
            List<String> attachments = new ArrayList<>();
            for (ChatMessage part : parts) {
                if (part.attachmentName() != null) {
                    attachments.add(part.attachmentName());
                }
            }
            content = ContentKey.ofParts(message.text(), attachments);
        }
        return content;
    }

    /**
     * Weighs this answer against the orders in front of it, those whose duties its party may owe in its
     * group: how many words it shares with each ({@link Attribution}), kept for the rules, and the most
     * it shares with any, against which {@link Attribution#topical} judges whether it is about an
     * order. Called by the reading thread before the post is inserted.
     */
    public void weighAgainst(java.util.Collection<Post> orders) {
        for (Post order : orders) {
            topicBest = Math.max(topicBest, Attribution.scoreOrder(this, order));
        }
    }

    /**
     * Sets what {@link #weighAgainst} found for this post on another step of a partitioned run, which
     * carries the post between steps without the orders in front of it.
     */
    public void carryTopicBest(int best) {
        topicBest = best;
    }

    /** The most words this answer shares with an order in front of it; 0 when not weighed ({@link #weighAgainst}). */
    public int getTopicBest() { return topicBest; }

    private int topicBest;

    /**
     * Sets the order this post answers through a reminder it replies to: a district's "โพนนาแก้ว ๕ หลัง
     * จิตอาสา ๒๒ คน" sent as a LINE reply to "เร่งรัดครับ อำเภอที่ยังไม่ได้ส่งสรุปผล…", itself a reply to
     * the order, replies to that order ({@link Attribution#repliesTo}). Called by the reading thread
     * before the post is inserted, and on another step of a partitioned run.
     */
    public void carryReplyOrder(String orderId) {
        replyOrder = orderId;
    }

    /**
     * Sets the orders the numbered items of this answer answer one by one ("รายงาน ๒ เรื่อง ๑) ผลแจกจ่ายน้ำ …
     * ๒) ส่งรายชื่อผู้ประสานงาน…"), by the id of each order's first message ({@link Attribution#topical}).
     * Called by the reading thread before the post is inserted, and on another step of a partitioned run.
     */
    public void carryItemOrders(java.util.Set<String> orderIds) {
        itemOrders = java.util.Set.copyOf(orderIds);
    }

    /** The ids of the orders this answer's numbered items answer one by one; empty when it numbers none. */
    public java.util.Set<String> getItemOrders() { return itemOrders; }

    private java.util.Set<String> itemOrders = java.util.Set.of();

    /** The id of the order a reminder this post replies to points back to, or null. */
    public String getReplyOrder() { return replyOrder; }

    private String replyOrder;

    /**
     * Sets the order whose deadline this post corrects ("✏️ แก้ไขครับ กำหนดรายงานผล… ขอเลื่อนเป็น ภายในวันพฤหัสบดีที่ ๕ พ.ย.",
     * "ขยายเวลาการรายงานตามข้อสั่งการเมื่อวาน เป็นภายใน ๑๖.๐๐ น."): its duties still open take this post's deadline
     * ({@link ObligationPolicy#movedBy}). Called by the reading thread before the post is inserted.
     */
    public void carryCorrection(Post order) {
        carryCorrection(order, java.util.Set.of(), java.util.Set.of());
    }

    /**
     * As {@link #carryCorrection(Post)}, for a post that also changes whom the order asks ("ขอตัด อ.บ้านม่วง ออก … และ
     * เพิ่ม อ.นิคมน้ำอูน แทน"): the parties it takes out owe no more (if they still owed), those it puts in owe from now.
     */
    public void carryCorrection(Post order, java.util.Set<String> out, java.util.Set<String> in) {
        corrects = order;
        takesOut = java.util.Set.copyOf(out);
        putsIn = java.util.Set.copyOf(in);
    }

    /** The order whose deadline or parties this post corrects, or null ({@link #carryCorrection}). */
    public Post getCorrects() { return corrects; }
    /** The parties a correction takes out of its order ({@link #carryCorrection(Post, java.util.Set, java.util.Set)}). */
    public java.util.Set<String> getTakesOut() { return takesOut; }
    /** The parties a correction puts into its order. */
    public java.util.Set<String> getPutsIn() { return putsIn; }

    private Post corrects;
    private java.util.Set<String> takesOut = java.util.Set.of();
    private java.util.Set<String> putsIn = java.util.Set.of();

    /** The words of the post's text that can tell one order from another ({@link Attribution}); computed on first use. */
    public java.util.Set<String> getWords() {
        if (words == null) {
            words = order.topicWords() != null ? order.topicWords() : Attribution.words(textAndFileNames());
        }
        return words;
    }

    /**
     * An answer's text without its excuses ({@link Attribution#withoutExcuses}); none at all for photos whose caption, with
     * no figure, only says why they come late ("ส่องดาวครับ ขอโทษครับ ลงพื้นที่น้ำท่วมบ้านโพนงามมา เพิ่งได้ส่ง": the photos
     * of the work asked for, not of the flood).
     */
    private String ownText() {
        String text = message.text();
        if (text != null && getKind().equals(dev.rabiap.engine.Kinds.MEDIA) && Attribution.onlyExcuses(text)) {
            return "";
        }
        return Attribution.withoutExcuses(text);
    }

    /**
     * The text with the names of the files sent in the post, each without its extension and with
     * _ and - as spaces: "แบบรายงานชุดจิตอาสาภัยพิบัติ_กุสุมาลย์.xlsx" sent alone says what it answers.
     */
    private String textAndFileNames() {
        // an answer's words are not those of why it is late: "บ้านม่วง ๖ จุดค่ะ ขออภัยช้า ทีมงานไปช่วยพายุ" is not about the storm
        String own = answering && !getKind().equals(dev.rabiap.engine.Kinds.ORDER) ? ownText() : message.text();
        StringBuilder text = new StringBuilder(own == null ? "" : own);
        for (ChatMessage part : parts) {
            String name = part.attachmentName();
            if (name != null && !name.isBlank() && !name.equals(message.text())) {
                int dot = name.lastIndexOf('.');
                text.append('\n').append((dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').replace('-', ' '));
            }
        }
        return text.toString();
    }

    /**
     * All the words of the post's text that {@link Attribution} counts, the group's common ones too:
     * for an order, {@link #getWords()} leaves out the words most of the group's earlier orders used
     * ("ซ่อมแซมถนน" in the third road-repair order of a group), which still make an answer share a
     * word with it. Computed on first use.
     */
    public java.util.Set<String> getAllWords() {
        if (allWords == null) {
            allWords = order.topicWords() != null ? Attribution.words(message.text(), true) : getWords();
        }
        return allWords;
    }

    private java.util.Set<String> allWords;

    /**
     * The subjects the post's text names ({@link Attribution#subjects}); computed on first use. Not those of a bracketed
     * aside of a post that answers nothing: "รายงานผล ดังนี้ … ผลการดำเนินงาน (ระยะทาง / พื้นที่ / จำนวนต้นไม้)" lists what
     * to measure the work by, not the work (the trees of the planting are one of its measures).
     */
    public java.util.Set<String> getSubjects() {
        if (subjects == null) {
            subjects = Attribution.subjects(answering ? ownText() : Attribution.withoutAsides(message.text()));
        }
        return subjects;
    }

    private java.util.Set<String> subjects;

    /**
     * How many words this answer shares with {@code order} ({@link #getAllWords()}), worked out once
     * per order, as {@link #scoreAgainst} is.
     */
    int wordsSharedWith(Post order) {
        if (sharing == null) {
            sharing = new java.util.IdentityHashMap<>();
        }
        Integer known = sharing.get(order);
        if (known == null) {
            java.util.Set<String> orderWords = order.getAllWords();
            int shared = 0;
            for (String word : getWords()) {
                if (orderWords.contains(word)) {
                    shared++;
                }
            }
            known = shared;
            sharing.put(order, known);
        }
        return known;
    }

    private java.util.IdentityHashMap<Post, Integer> sharing;

    /** The agency of the sender, or null when not resolved. */
    public String getAgency() { return sender.resolved() ? sender.person().agency() : null; }
    /** What the post says as an order; {@link Order#NONE} when it is not one or says nothing more. */
    public Order getOrder() { return order; }
    /** The deadline the text names, or null. */
    public ZonedDateTime getDeadline() { return order.deadline(); }

    @Override
    public String toString() {
        return "Post[" + seq + " " + getEvidence() + " " + group + " " + actor + " " + kind + (parts.size() > 1 ? " +" + (parts.size() - 1) : "") + "]";
    }
}
