package dev.rabiap.engine.spi;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** What the host gives a live {@link Receiver}: the clock, its folder, and the host's status. */
public interface ReceiverContext {
    /** The clock: when a record was received. Zone: Asia/Bangkok. */
    Clock clock();

    /**
     * The folder where the host journals this receiver's records; a receiver may read files of its
     * own there (the LINE receiver's table of group names).
     */
    Path folder();

    /**
     * The host's status document (JSON), for a receiver that answers status requests: empty when
     * {@code authorization} (the request's {@code Authorization} header, or null) does not allow it.
     * The document names no absolute path.
     */
    Optional<String> status(String authorization);
}
