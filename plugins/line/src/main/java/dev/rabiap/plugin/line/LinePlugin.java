package dev.rabiap.plugin.line;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.PolicyPlugin;
import dev.rabiap.engine.spi.ReceiverFactory;

/**
 * The LINE plugin. Binds the source formats {@value LineExportSourceFactory#NAME}
 * ({@link LineExportSourceFactory}, LINE chat-history exports) and
 * {@value LineJournalSourceFactory#NAME} ({@link LineJournalSourceFactory}, webhook journals) in the
 * {@code MapBinder<String, MessageSourceFactory>}, and the live receiver
 * {@value LineWebhookReceiverFactory#NAME} ({@link LineWebhookReceiverFactory}, the Messaging API
 * webhook) in the {@code MapBinder<String, ReceiverFactory>}. Found by {@link java.util.ServiceLoader}.
 */
public final class LinePlugin extends AbstractModule implements PolicyPlugin {
    /** The plugin name. */
    public static final String NAME = "line";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void configure() {
        MapBinder<String, MessageSourceFactory> factories = MapBinder.newMapBinder(binder(), String.class, MessageSourceFactory.class);
        factories.addBinding(LineExportSourceFactory.NAME).to(LineExportSourceFactory.class);
        factories.addBinding(LineJournalSourceFactory.NAME).to(LineJournalSourceFactory.class);
        MapBinder.newMapBinder(binder(), String.class, ReceiverFactory.class)
                .addBinding(LineWebhookReceiverFactory.NAME).to(LineWebhookReceiverFactory.class);
    }
}
