package dev.rabiap.engine.internal;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageSource;
import java.io.IOException;
import java.util.List;

/**
 * Several sources read as one, in time order: each time, the earliest of the sources' next
 * messages (the earlier-listed source on a tie). Each source is still read in its own order, so a
 * source that is not in time order stays as it is; the merge orders sources against each other,
 * which is what lets a follow log, a survey export and a chat export be given in any order. Holds
 * one message per source.
 */
public final class TimeMergedSource implements MessageSource {
    private final List<MessageSource> sources;
    private final ChatMessage[] heads;
    private final boolean[] needed;
    private final boolean[] ended;
    private final long[] counts;

    public TimeMergedSource(List<MessageSource> sources) {
        this.sources = List.copyOf(sources);
        this.heads = new ChatMessage[sources.size()];
        this.needed = new boolean[sources.size()];
        this.ended = new boolean[sources.size()];
        this.counts = new long[sources.size()];
        java.util.Arrays.fill(needed, true);
    }

    /**
     * {@inheritDoc} A record one source cannot read is thrown as it is; the next call reads on
     * from that source.
     */
    @Override
    public ChatMessage next() throws IOException {
        for (int i = 0; i < heads.length; i++) {
            if (needed[i] && !ended[i]) {
                ChatMessage message = sources.get(i).next(); // a MalformedInputException leaves it needed
                needed[i] = false;
                if (message == null) {
                    ended[i] = true;
                } else {
                    heads[i] = message;
                }
            }
        }
        int earliest = -1;
        for (int i = 0; i < heads.length; i++) {
            if (!ended[i] && heads[i] != null && (earliest < 0 || heads[i].time().isBefore(heads[earliest].time()))) {
                earliest = i;
            }
        }
        if (earliest < 0) {
            return null;
        }
        ChatMessage message = heads[earliest];
        heads[earliest] = null;
        needed[earliest] = true;
        counts[earliest]++;
        return message;
    }

    /** The messages read from the source at {@code index} so far. */
    public long count(int index) {
        return counts[index];
    }

    @Override
    public String description() {
        return String.join(" + ", sources.stream().map(MessageSource::description).toList());
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (MessageSource source : sources) {
            try {
                source.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
