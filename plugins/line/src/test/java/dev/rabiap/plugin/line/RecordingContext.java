package dev.rabiap.plugin.line;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.SourceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A {@link SourceContext} that records what a source skips. */
final class RecordingContext implements SourceContext {
    /** One skipped record. */
    record Skipped(Evidence where, String reason) {}

    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Skipped> notes = new ArrayList<>();

    @Override
    public void skipped(Evidence where, String reason) {
        skipped.add(new Skipped(where, reason));
    }

    @Override
    public void noted(Evidence where, String reason) {
        notes.add(new Skipped(where, reason));
    }

    @Override
    public Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-31T00:00:00Z"), ChatMessage.BANGKOK);
    }

    List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    List<Skipped> notes() {
        return List.copyOf(notes);
    }

    List<String> skippedPlaces() {
        return skipped.stream().map(entry -> entry.where().toString()).toList();
    }
}
