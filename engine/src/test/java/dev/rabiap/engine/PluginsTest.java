package dev.rabiap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import dev.rabiap.engine.spi.PolicyPlugin;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PluginsTest {
    @Test
    void testPluginOnTheClassPath_isDiscoveredAndItsFactoryBound() {
        Injector injector = EngineModule.injector(Clock.systemUTC());
        SourceRegistry registry = injector.getInstance(SourceRegistry.class);
        assertThat(registry.formats()).contains(TestPlugin.FORMAT);
        assertThat(Plugins.load(getClass().getClassLoader())).extracting(PolicyPlugin::name).contains("test");
    }

    @Test
    void noPlugin_failsWithAClearMessage() {
        assertThatThrownBy(() -> Plugins.checked(List.of()))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("no plugin found");
    }

    @Test
    void twoPluginsWithOneName_fail() {
        assertThatThrownBy(() -> Plugins.checked(List.of(new Named("line"), new Named("line"))))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("two plugins are named 'line'");
    }

    @Test
    void pluginsAreSortedByName() {
        assertThat(Plugins.checked(List.of(new Named("line"), new Named("email"), new Named("file"))))
                .extracting(PolicyPlugin::name).containsExactly("email", "file", "line");
    }

    private static final class Named extends AbstractModule implements PolicyPlugin {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }
    }
}
