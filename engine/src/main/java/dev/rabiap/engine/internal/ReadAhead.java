package dev.rabiap.engine.internal;

import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.rule.Post;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Reads a source on a second thread while the audit's thread runs the rules: parsing, resolving
 * senders and classifying ({@link PostMaker}) cost about as much as the rules, so the two overlap.
 * Posts cross to the audit's thread in batches through a short queue, which holds the reading
 * thread back when the rules are slower. What goes wrong on the reading thread (a bad record, a
 * source that cannot be read, even an {@link Error}) crosses too and is thrown on the audit's
 * thread, which would otherwise wait for ever.
 *
 * <p>Owns the audit's {@link PostMaker}: a live audit feeds it on its own thread, and then its posts
 * go straight to the audit; only while a source is read do they go into the reading thread's batch.
 */
public final class ReadAhead {
    private static final Object END = new Object();

    private final AuditOptions options;
    private final Consumer<MalformedInputException> malformed;
    private final Consumer<Post> audit;
    private final PostMaker maker;
    /** Where the maker's posts go: to the audit, or while a source is read, into the reading thread's batch. */
    private volatile Consumer<Post> target;

    /**
     * @param options the batch size, and whether a bad record stops the audit or is only counted
     * @param malformed counts a bad record when the options keep going (called on the reading thread)
     * @param audit takes a post on the audit's thread, when no source is being read
     */
    public ReadAhead(PolicyTables.Policy policy, Roster roster, AuditOptions options, Consumer<MalformedInputException> malformed,
            Consumer<Post> audit) {
        this.options = options;
        this.malformed = malformed;
        this.audit = audit;
        this.target = audit;
        this.maker = new PostMaker(policy, roster, post -> target.accept(post));
        if (!policy.obligations().isEmpty()) {
            policy.addressees().start(); // a large roster's, beside the reading: the first order would wait for them
        }
    }

    /** The audit's post maker, for messages given one at a time and for its counts. */
    public PostMaker maker() {
        return maker;
    }

    /**
     * Reads a whole source. Parsing runs on a second thread while this one hands each batch of
     * posts to {@code batches}; a batch is never empty.
     *
     * @throws MalformedInputException for the first bad record, unless the options keep going
     * @throws IOException when the source cannot be read, or this thread is interrupted
     */
    public void read(MessageSource source, Consumer<List<Post>> batches) throws IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        Thread reader = new Thread(() -> produce(source, queue), "rabiap-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    break;
                }
                if (item instanceof IOException e) {
                    throw e;
                }
                if (item instanceof RuntimeException e) {
                    throw e;
                }
                @SuppressWarnings("unchecked")
                List<Post> batch = (List<Post>) item;
                batches.accept(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + source.description(), e);
        } finally {
            reader.interrupt();
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            target = audit;
        }
    }

    /**
     * Reads on the reading thread: messages become posts ({@link PostMaker}) there, and posts go to the
     * audit's thread in batches. Posts still open when the source ends stay with the maker for the
     * next source or the end of the audit.
     */
    private void produce(MessageSource source, BlockingQueue<Object> queue) {
        int size = Math.min(options.batchSize(), 1024);
        List<List<Post>> batch = new ArrayList<>(1);
        batch.add(new ArrayList<>(size));
        target = post -> batch.get(0).add(post);
        try {
            while (true) {
                ChatMessage message;
                try {
                    message = MessageGuard.checked(source.next());
                } catch (MalformedInputException e) {
                    if (!options.keepGoing()) {
                        if (!batch.get(0).isEmpty()) {
                            queue.put(batch.get(0));
                        }
                        queue.put(e);
                        return;
                    }
                    malformed.accept(e);
                    continue;
                }
                if (message == null) {
                    break;
                }
                maker.add(message);
                if (batch.get(0).size() >= size) {
                    queue.put(batch.get(0));
                    batch.set(0, new ArrayList<>(size));
                }
            }
            if (!batch.get(0).isEmpty()) {
                queue.put(batch.get(0));
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            hand(queue, e);
        } catch (Error e) {
            // an error on the reading thread must reach the audit's thread, or it would wait for ever
            hand(queue, new IllegalStateException("reading failed: " + e, e));
        }
    }

    private static void hand(BlockingQueue<Object> queue, Exception e) {
        try {
            queue.put(e);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
