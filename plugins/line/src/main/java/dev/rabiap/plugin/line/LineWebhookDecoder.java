package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import com.linecorp.bot.webhook.model.CallbackRequest;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.ReceivedRecord;
import dev.rabiap.engine.spi.RecordDecoder;
import dev.rabiap.engine.spi.SourceContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes journaled LINE webhook requests: parses each body with the SDK's mapper (the signature was
 * checked when the request came) and maps its events through one {@link LineWebhookEvents}, so each
 * {@code webhookEventId} is read once across all the records it decodes. Not thread-safe.
 */
public final class LineWebhookDecoder implements RecordDecoder {
    private final LineWebhookEvents events;

    /** A decoder mapping through {@code events}, which remembers the event ids read. */
    public LineWebhookDecoder(LineWebhookEvents events) {
        this.events = requireNonNull(events, "events is null");
    }

    @Override
    public Decoded decode(ReceivedRecord record, Evidence where, SourceContext context) throws MalformedInputException {
        requireNonNull(record, "record is null");
        requireNonNull(where, "where is null");
        requireNonNull(context, "context is null");
        CallbackRequest request;
        try {
            request = LineWebhookEvents.parse(record.body().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MalformedInputException(where, "the body is not a LINE webhook request: " + firstLine(e.getMessage()), e);
        }
        LineWebhookEvents.Batch batch = events.map(request, where.source(), where.line(), context);
        return new Decoded(batch.messages(), batch.events(), batch.redeliveries(), batch.skipped());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
