package dev.rabiap.engine;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.PolicyPlugin;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import java.util.Map;
import java.util.Set;

/** A plugin on the test class path, listed in META-INF/services, to show discovery. */
public final class TestPlugin extends AbstractModule implements PolicyPlugin {
    static final String FORMAT = "test-empty";

    @Override
    public String name() {
        return "test";
    }

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, MessageSourceFactory.class).addBinding(FORMAT).to(EmptyFactory.class);
    }

    /** Opens sources that hold no message. */
    public static final class EmptyFactory implements MessageSourceFactory {
        @Override
        public String name() {
            return FORMAT;
        }

        @Override
        public Set<String> optionNames() {
            return Set.of("group");
        }

        @Override
        public boolean accepts(SourceInput input) {
            return input.location().endsWith(".empty");
        }

        @Override
        public MessageSource open(SourceInput input, Map<String, String> options, SourceContext context) {
            return new MessageSource() {
                @Override
                public ChatMessage next() {
                    return null;
                }

                @Override
                public String description() {
                    return input.location();
                }

                @Override
                public void close() {}
            };
        }
    }
}
