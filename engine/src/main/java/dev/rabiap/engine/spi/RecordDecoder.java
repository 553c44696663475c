package dev.rabiap.engine.spi;

import java.util.List;

/**
 * Turns the records of one live receiver into messages, the same way for a record just received and
 * for one read back from the journal. A decoder may remember what it has read (a webhook event id,
 * to read an event delivered twice once), so one decoder reads one stream of records, in order, on
 * one thread; a host that reads the journal again from the start takes a new decoder.
 */
@FunctionalInterface
public interface RecordDecoder {
    /**
     * What one record held.
     *
     * @param messages the messages, in order
     * @param events the events (or items) the record held
     * @param redeliveries events left out because they were read before (a sender delivering again)
     * @param skipped other events left out, each reported to the context with why
     */
    record Decoded(List<ChatMessage> messages, int events, int redeliveries, int skipped) {
        public Decoded {
            messages = List.copyOf(messages);
        }
    }

    /**
     * Decodes one record.
     *
     * @param record the record
     * @param where where the record is kept (journal file and line): every message's evidence names it
     * @param context where left-out events are counted, and the clock
     * @throws MalformedInputException when the record cannot be read; the decoder stays usable
     */
    Decoded decode(ReceivedRecord record, Evidence where, SourceContext context) throws MalformedInputException;
}
