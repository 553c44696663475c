package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Journal;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Replays webhook journal files ({@link Journal}): each record goes through a
 * {@link LineWebhookDecoder}, which reads every event once, just as the live server does. Reads one
 * record at a time. A line that is no journal record (not UTF-8, not JSON, not a webhook request) is
 * a {@link dev.rabiap.engine.spi.MalformedInputException} naming file and line, after which reading
 * goes on. Not thread-safe.
 */
public final class LineJournalSource implements MessageSource {
    private final String description;
    private final Journal.Reader reader;
    private final LineWebhookDecoder decoder;
    private final SourceContext context;
    private final Deque<ChatMessage> ready = new ArrayDeque<>();
    private long requests;

    private LineJournalSource(String description, List<Path> files, LineWebhookEvents events, SourceContext context) {
        this.description = description;
        this.reader = Journal.reader(files, context);
        this.decoder = new LineWebhookDecoder(events);
        this.context = context;
    }

    /**
     * A source over journal files, read in the order given.
     *
     * @param description what reports call it (the folder or file as given)
     * @param files the journal files, oldest first
     * @param events the mapping, which remembers the event ids read
     * @param context where skipped events are counted
     */
    public static LineJournalSource open(String description, List<Path> files, LineWebhookEvents events, SourceContext context) {
        return new LineJournalSource(requireNonNull(description, "description is null"), List.copyOf(files),
                requireNonNull(events, "events is null"), requireNonNull(context, "context is null"));
    }

    @Override
    public ChatMessage next() throws IOException {
        while (ready.isEmpty()) {
            Journal.Entry entry = reader.next();
            if (entry == null) {
                return null;
            }
            requests++;
            ready.addAll(decoder.decode(entry.record(), entry.evidence(), context).messages());
        }
        return ready.poll();
    }

    /** How many requests were read so far. */
    public long requests() {
        return requests;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
