package dev.rabiap.engine;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.google.inject.multibindings.MapBinder;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.PolicyPlugin;
import dev.rabiap.engine.spi.ReceiverFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's Guice module: the clock (Asia/Bangkok), the source registry the plugins fill, and the
 * map of live receivers ({@code Map<String, ReceiverFactory>}) they may add to.
 * {@link #injector} builds the injector with the plugins found on the class path.
 */
public final class EngineModule extends AbstractModule {
    private final Clock clock;

    /** With the system clock in Asia/Bangkok. */
    public EngineModule() {
        this(Clock.system(dev.rabiap.engine.spi.ChatMessage.BANGKOK));
    }

    /** With a given clock (tests, replays). */
    public EngineModule(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(clock);
        MapBinder.newMapBinder(binder(), String.class, MessageSourceFactory.class);
        MapBinder.newMapBinder(binder(), String.class, ReceiverFactory.class);
        bind(SourceRegistry.class);
    }

    /**
     * An injector with this module and the plugins found by {@link java.util.ServiceLoader}.
     *
     * @throws PolicyException when there is no plugin or two share a name
     */
    public static Injector injector(Clock clock) {
        List<com.google.inject.Module> modules = new ArrayList<>();
        modules.add(new EngineModule(clock));
        List<PolicyPlugin> plugins = Plugins.load(Thread.currentThread().getContextClassLoader());
        modules.addAll(plugins);
        return Guice.createInjector(Stage.PRODUCTION, modules);
    }
}
