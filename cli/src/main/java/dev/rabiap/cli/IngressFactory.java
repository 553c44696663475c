package dev.rabiap.cli;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.ErrorCode;
import dev.rabiap.engine.PolicyException;
import java.io.IOException;
import java.time.Clock;

/**
 * Opens an {@link Ingress}: found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/dev.rabiap.cli.IngressFactory}) as {@link CommandSet}s are, so that
 * {@code rabiap serve --kafka} works when {@code rabiap-stream} is on the class path and the command
 * line itself needs no Kafka.
 */
public interface IngressFactory {
    /** The kind of queue, as {@code serve} names it: {@code kafka}. */
    String name();

    /**
     * Opens the ingress: creates what it needs when absent (topics), reads back what it remembers
     * (the dedupe keys already sent).
     *
     * @throws IOException when the queue cannot be reached
     */
    Ingress open(Settings settings) throws IOException;

    /**
     * How to open an ingress.
     *
     * @param bootstrap the brokers, {@code HOST:PORT[,…]}
     * @param topicPrefix the topics' prefix ({@code rabiap}: {@code rabiap.messages}, …)
     * @param transactionalId the producer's transactional id: one per running {@code serve} process
     * @param clock the clock
     */
    record Settings(String bootstrap, String topicPrefix, String transactionalId, Clock clock) {
        public Settings {
            requireNonNull(bootstrap, "bootstrap is null");
            requireNonNull(topicPrefix, "topicPrefix is null");
            requireNonNull(transactionalId, "transactionalId is null");
            requireNonNull(clock, "clock is null");
        }
    }

    /**
     * The factory of that name among those found.
     *
     * @throws PolicyException (bad option) when there is none, saying which module brings it
     */
    static IngressFactory find(String name, Iterable<IngressFactory> found) {
        for (IngressFactory factory : found) {
            if (factory.name().equals(name)) {
                return factory;
            }
        }
        throw new PolicyException(ErrorCode.BAD_OPTION, "--" + name + " needs the rabiap-stream module on the class path: run"
                + " ./rabiap serve --" + name + " …, which runs stream/target/rabiap-stream.jar (cli/target/rabiap-cli.jar has no Kafka in it)");
    }
}
