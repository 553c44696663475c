package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import com.linecorp.bot.webhook.model.CallbackRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Replays webhook journal files ({@link LineJournal}): parses each request body with the SDK's
 * mapper and maps its events through {@link LineWebhookEvents}, which reads every event once, just
 * as the live server does. Reads one line at a time. A line that is not a journal entry (not
 * UTF-8, not JSON, not a webhook request) is a {@link MalformedInputException} naming file and
 * line, after which reading goes on. Not thread-safe.
 */
public final class LineJournalSource implements MessageSource {
    private static final JsonFactory JSON = new JsonFactory();

    private final String description;
    private final Deque<Path> files;
    private final LineWebhookEvents events;
    private final SourceContext context;
    private final Deque<ChatMessage> ready = new ArrayDeque<>();
    private LineExportSource.PhysicalLines reader;
    private String current;
    private long line;
    private long requests;

    private LineJournalSource(String description, List<Path> files, LineWebhookEvents events, SourceContext context) {
        this.description = description;
        this.files = new ArrayDeque<>(files);
        this.events = events;
        this.context = context;
    }

    /**
     * A source over journal files, read in the order given.
     *
     * @param description what reports call it (the folder or file as given)
     * @param files the journal files, oldest first
     * @param events the mapping; a live server passes its own, so that events it has read are not read again
     * @param context where skipped events are counted
     */
    public static LineJournalSource open(String description, List<Path> files, LineWebhookEvents events, SourceContext context) {
        return new LineJournalSource(requireNonNull(description, "description is null"), List.copyOf(files),
                requireNonNull(events, "events is null"), requireNonNull(context, "context is null"));
    }

    @Override
    public ChatMessage next() throws IOException {
        while (ready.isEmpty()) {
            String text = nextLine();
            if (text == null) {
                return null;
            }
            Evidence where = Evidence.atLine(current, line);
            if (reader.problem() != null) {
                throw new MalformedInputException(where, reader.problem());
            }
            if (text.isBlank()) {
                context.skipped(where, "blank line in a webhook journal");
                continue;
            }
            CallbackRequest request;
            try {
                request = LineWebhookEvents.parse(body(text, where).getBytes(StandardCharsets.UTF_8));
            } catch (MalformedInputException e) {
                throw e;
            } catch (IOException e) {
                throw new MalformedInputException(where, "the body is not a LINE webhook request: " + firstLine(e.getMessage()), e);
            }
            requests++;
            ready.addAll(events.map(request, current, line, context).messages());
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
        if (reader != null) {
            reader.close();
            reader = null;
        }
        files.clear();
    }

    private String nextLine() throws IOException {
        while (true) {
            if (reader == null) {
                Path file = files.poll();
                if (file == null) {
                    return null;
                }
                reader = LineExportSource.PhysicalLines.of(file);
                current = file.toString();
                line = 0;
            }
            String text = reader.next();
            if (text != null) {
                line = reader.number();
                return text;
            }
            reader.close();
            reader = null;
        }
    }

    /** The {@code body} string of a journal line. */
    private static String body(String text, Evidence where) throws MalformedInputException {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedInputException(where, "not a journal entry: expected {\"receivedAt\":…,\"body\":…}");
            }
            String body = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("body".equals(name) && value == JsonToken.VALUE_STRING) {
                    body = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            if (body == null) {
                throw new MalformedInputException(where, "not a journal entry: no \"body\" string");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new MalformedInputException(where, "not valid JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (MalformedInputException e) {
            throw e;
        } catch (IOException e) {
            throw new MalformedInputException(where, "not valid JSON: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
