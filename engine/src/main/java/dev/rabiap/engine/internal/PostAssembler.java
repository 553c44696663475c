package dev.rabiap.engine.internal;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.Resolution;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageType;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Joins messages into posts, the way officials post: a text and the photos, videos and files its
 * sender sends right after it (or right before it) in the same group, each within {@code gap} of
 * the one before, are one post. Texts and stickers stay posts of their own: a second text starts a
 * new post (but for the list a text says follows it: "ขอให้อำเภอตามบัญชีแนบ…", then the list), and so
 * does a sticker. Other members' messages in between do not break a post (uploads
 * take time, and others reply meanwhile). System events are posts of their own.
 *
 * <p>Posts are handed on in the order of their first message, each once no later message can join
 * it: when a message more than {@code gap} after its last part arrives, when its sender moves on
 * (a new text or sticker), or at {@link #finish()}. What is held back is bounded by the messages of
 * one gap. Not thread-safe.
 */
public final class PostAssembler {
    /** A text that says its list comes apart from it: ตามบัญชีแนบ, ตามรายชื่อด้านล่าง, ดังรายชื่อต่อไปนี้. */
    private static final java.util.regex.Pattern LIST_FOLLOWS = java.util.regex.Pattern.compile(
            "(?:ตาม|ดัง)\\s*(?:บัญชี|รายชื่อ|รายการ)\\s*(?:ที่)?\\s*(?:แนบ|ด้านล่าง|ข้างล่าง|ต่อไปนี้|ถัดไป)");

    /** A text that describes the districts it asks without naming them: "ขอให้อำเภอที่มีพื้นที่ติดลำน้ำสงคราม…". */
    private static final java.util.regex.Pattern DESCRIBES_DISTRICTS = java.util.regex.Pattern.compile(
            "(?:อำเภอ|ศอ\\.?\\s*จอส\\.?\\s*อ\\.?|นายอำเภอ|นอภ\\.?)\\s*(?:ที่|ซึ่ง)(?!\\s*(?:ว่าการ|เคารพ|นับถือ|ยัง\\s*ไม่))");
    /** A text that opens by saying which they are: "อำเภอที่มีพื้นที่ติดลำน้ำสงคราม ได้แก่ อ.บ้านม่วง…", "ได้แก่ …". */
    private static final java.util.regex.Pattern SAYS_WHICH = java.util.regex.Pattern.compile(
            "[^\\p{L}\\p{N}]*(?:(?:อำเภอ|ศอ\\.?\\s*จอส\\.?\\s*อ\\.?|นายอำเภอ|นอภ\\.?)[^\\n]{0,60}?)?(?:ได้แก่|ดังนี้)");

    /** The gap rule sets use unless they set their own. */
    public static final Duration DEFAULT_GAP = Duration.ofMinutes(3);
    /** The most messages one post takes; a longer run of photos starts a new post. */
    static final int MAX_PARTS = 100;

    /**
     * One message with its position in the audit and its sender and target resolved.
     *
     * @param position the 1-based position of the message in the audit
     */
    public record Incoming(long position, ChatMessage message, Resolution sender, Resolution target, String senderKey) {
        public Incoming {
            requireNonNull(message, "message is null");
            requireNonNull(sender, "sender is null");
            requireNonNull(senderKey, "senderKey is null");
        }
    }

    /**
     * A post: its messages in the order sent, and which of them is the main one (its text, or the
     * first when there is none).
     */
    public record Assembled(List<Incoming> parts, int main) {
        public Assembled {
            parts = List.copyOf(parts);
        }

        /** The main message. */
        public Incoming mainPart() {
            return parts.get(main);
        }

        /** The first message. */
        public Incoming first() {
            return parts.get(0);
        }
    }

    private final class Open {
        final List<Incoming> parts = new ArrayList<>();
        final String key;
        int text = -1;
        boolean closed;
        long lastMillis;
        int version;

        Open(String key) {
            this.key = key;
        }

        void add(Incoming incoming) {
            parts.add(incoming);
            lastMillis = Math.max(lastMillis, incoming.message().time().toInstant().toEpochMilli());
            version++;
            if (!closed && isJoinable(incoming.message().type())) {
                expiries.add(new Expiry(lastMillis + gapMillis, this, version));
            }
        }
    }

    private record Expiry(long at, Open open, int version) {}

    private final long gapMillis;
    private final Consumer<Assembled> out;
    private final Map<String, Open> open = new HashMap<>();
    private final ArrayDeque<Open> queue = new ArrayDeque<>();
    private final PriorityQueue<Expiry> expiries = new PriorityQueue<>((a, b) -> Long.compare(a.at(), b.at()));

    public PostAssembler(Duration gap, Consumer<Assembled> out) {
        this.gapMillis = requireNonNull(gap, "gap is null").toMillis();
        this.out = requireNonNull(out, "out is null");
    }

    /** Takes the next message of the log, in time order. */
    public void add(Incoming incoming) {
        ChatMessage message = incoming.message();
        long millis = message.time().toInstant().toEpochMilli();
        advanceTo(millis);
        String key = message.group() + '\u0000' + incoming.senderKey();
        MessageType type = message.type();
        if (type == MessageType.SYSTEM || type == MessageType.STICKER) {
            if (type == MessageType.STICKER) {
                close(open.remove(key));
            }
            Open single = new Open(key);
            single.closed = true;
            single.parts.add(incoming);
            queue.add(single);
        } else if (type == MessageType.TEXT) {
            Open current = open.get(key);
            if (current != null && current.text < 0 && millis - current.lastMillis <= gapMillis && current.parts.size() < MAX_PARTS) {
                current.text = current.parts.size();
                current.add(incoming);
            } else if (current != null && current.text >= 0 && millis - current.lastMillis <= gapMillis && current.parts.size() < MAX_PARTS
                    && listFollows(current.parts.get(current.text).message().text(), message.text())
                    && current.parts.stream().noneMatch(part -> part != current.parts.get(current.text) && part.message().type() == MessageType.TEXT)) {
                // "ขอให้อำเภอตามบัญชีแนบ …", then the list itself a minute later, or an order to "อำเภอที่มีพื้นที่ติดลำน้ำสงคราม",
                // then "อำเภอที่มีพื้นที่ติดลำน้ำสงคราม ได้แก่ อ.บ้านม่วง …": one post, read together (PostMaker); the list once, a
                // third text is a post of its own
                current.add(incoming);
            } else {
                close(open.remove(key));
                Open post = new Open(key);
                post.text = 0;
                post.add(incoming);
                open.put(key, post);
                queue.add(post);
            }
        } else {
            // a photo or file with a caption of its own (a JSONL or CSV log may give one) speaks for
            // itself: it is the text of a post of photos alone, and a post that has a text already
            // ends before it ("ขอบคุณครับ", then a captioned photo of the work done, are two posts);
            // but among the photos that follow a text it is one of them, its caption saying what that
            // photo shows (an order, page 1 of the letter, then page 2 captioned with the clause that
            // sets the deadline), and the post reads it with its text (PostMaker)
            boolean captioned = Classifier.hasCaption(message.text());
            Open current = open.get(key);
            boolean amongPhotos = current != null && current.text >= 0 && current.parts.size() > current.text + 1;
            if (current != null && millis - current.lastMillis <= gapMillis && current.parts.size() < MAX_PARTS
                    && !(captioned && current.text >= 0 && !amongPhotos)) {
                if (captioned && current.text < 0) {
                    current.text = current.parts.size();
                }
                current.add(incoming);
            } else {
                close(open.remove(key));
                Open post = new Open(key);
                if (captioned) {
                    post.text = 0;
                }
                post.add(incoming);
                open.put(key, post);
                queue.add(post);
            }
        }
        drain();
    }

    /**
     * Closes every post whose last part is more than the gap before {@code millis}: for a live
     * audit, with the clock's time, so that a post is not held back once its sender has finished.
     */
    public void advanceTo(long millis) {
        while (!expiries.isEmpty() && expiries.peek().at() < millis) {
            Expiry expiry = expiries.poll();
            Open post = expiry.open();
            if (!post.closed && post.version == expiry.version()) {
                open.remove(post.key, post);
                close(post);
            }
        }
        drain();
    }

    /** Closes every post and hands them all on. */
    public void finish() {
        for (Open post : open.values()) {
            post.closed = true;
        }
        open.clear();
        expiries.clear();
        drain();
    }

    /** How many messages are held back in posts not yet handed on. */
    public int pending() {
        int count = 0;
        for (Open post : queue) {
            count += post.parts.size();
        }
        return count;
    }

    /**
     * The messages of the posts not yet handed on, in the order they came: what a runner that keeps
     * no assembler between two messages stores, and replays into a new one with the next message.
     */
    public List<Incoming> held() {
        List<Incoming> held = new ArrayList<>();
        for (Open post : queue) {
            held.addAll(post.parts);
        }
        held.sort(java.util.Comparator.comparingLong(Incoming::position));
        return held;
    }

    private void close(Open post) {
        if (post != null) {
            post.closed = true;
        }
    }

    private void drain() {
        while (!queue.isEmpty() && queue.peek().closed) {
            Open post = queue.poll();
            out.accept(new Assembled(post.parts, post.text >= 0 ? post.text : 0));
        }
    }

    private static boolean isJoinable(MessageType type) {
        return type != MessageType.SYSTEM && type != MessageType.STICKER;
    }

    /** Whether {@code next}, a text right after {@code text} from its sender, is the list {@code text} says or implies follows. */
    private static boolean listFollows(String text, String next) {
        return LIST_FOLLOWS.matcher(text).find()
                || next != null && DESCRIBES_DISTRICTS.matcher(text).find() && SAYS_WHICH.matcher(next).lookingAt();
    }
}
