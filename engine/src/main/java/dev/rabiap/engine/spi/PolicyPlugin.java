package dev.rabiap.engine.spi;

import com.google.inject.Module;

/**
 * A plugin: a Guice module found by {@link java.util.ServiceLoader}. List the class in
 * {@code META-INF/services/dev.rabiap.engine.spi.PolicyPlugin}. In {@code configure()} it binds its
 * {@link MessageSourceFactory}s, and the {@link ReceiverFactory}s of any live receivers it has:
 *
 * <pre>{@code
 * MapBinder.newMapBinder(binder(), String.class, MessageSourceFactory.class)
 *     .addBinding("jsonl").to(JsonlSourceFactory.class);
 * MapBinder.newMapBinder(binder(), String.class, ReceiverFactory.class)
 *     .addBinding("line-webhook").to(LineWebhookReceiverFactory.class);
 * }</pre>
 *
 * A module holds no I/O; factories validate their options when they open a source or create a
 * receiver.
 */
public interface PolicyPlugin extends Module {
    /** The plugin's name, unique among the plugins on the class path. */
    String name();
}
