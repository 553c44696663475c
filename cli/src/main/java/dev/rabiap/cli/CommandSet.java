package dev.rabiap.cli;

import java.util.List;

/**
 * Commands a module adds to {@code rabiap} when its jar is on the class path, found with
 * {@link java.util.ServiceLoader} (listed in {@code META-INF/services/dev.rabiap.cli.CommandSet}):
 * {@code rabiap-stream} adds {@code stream} and {@code publish}, so the batch command line needs no
 * Kafka on its class path. Command classes are built through the injector, as the built-in ones are.
 */
public interface CommandSet {
    /** The picocli command classes to add. */
    List<Class<?>> commands();
}
