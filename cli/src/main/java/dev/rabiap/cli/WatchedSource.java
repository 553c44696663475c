package dev.rabiap.cli;

import dev.rabiap.engine.Roster;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageSource;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A message source passed through on its way to the audit: counts the messages for the progress
 * line, keeps the first and last message time for the report, and teaches the masker the names
 * messages show (and the group names, which stay unmasked).
 */
final class WatchedSource implements MessageSource {
    /** What all watched sources of one audit have seen so far. Written by the reading thread. */
    static final class Watch {
        final AtomicLong messages = new AtomicLong();
        private ZonedDateTime first;
        private ZonedDateTime last;

        synchronized void time(ZonedDateTime time) {
            if (first == null || time.isBefore(first)) {
                first = time;
            }
            if (last == null || time.isAfter(last)) {
                last = time;
            }
        }

        /** The earliest message time, or null when nothing was read. */
        synchronized ZonedDateTime first() {
            return first;
        }

        /** The latest message time, or null when nothing was read. */
        synchronized ZonedDateTime last() {
            return last;
        }
    }

    private final MessageSource source;
    private final Watch watch;
    private final Roster roster;
    private final Masker masker;

    WatchedSource(MessageSource source, Watch watch, Roster roster, Masker masker) {
        this.source = source;
        this.watch = watch;
        this.roster = roster;
        this.masker = masker;
    }

    @Override
    public ChatMessage next() throws IOException {
        ChatMessage message = source.next();
        if (message != null) {
            watch.messages.incrementAndGet();
            watch.time(message.time());
            if (masker != null) {
                masker.keep(message.group());
                masker.seen(message.senderId(), message.sender(), roster.resolve(message.senderId(), message.sender()));
                if (message.target() != null) {
                    masker.seen(null, message.target(), roster.resolve(null, message.target()));
                }
            }
        }
        return message;
    }

    @Override
    public String description() {
        return source.description();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
