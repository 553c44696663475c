package dev.rabiap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SourceRegistryTest {
    private static final SourceContext CONTEXT = new SourceContext() {
        @Override
        public void skipped(Evidence where, String reason) {}

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }
    };
    private final SourceRegistry registry = new SourceRegistry(Map.of(TestPlugin.FORMAT, new TestPlugin.EmptyFactory()));

    @Test
    void picksTheFactoryThatAcceptsTheInput(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.empty"), "");
        try (MessageSource source = registry.open(new SourceInput(file.toString()), null, Map.of("group", "g"), CONTEXT)) {
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void unknownOption_isRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.empty"), "");
        assertThatThrownBy(() -> registry.open(new SourceInput(file.toString()), null, Map.of("grup", "g"), CONTEXT))
                .isInstanceOf(PolicyException.class).hasMessageContaining("unknown option 'grup'");
    }

    @Test
    void missingFileOrUnreadableFormat_isAClearError(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> registry.open(new SourceInput(dir.resolve("none.empty").toString()), null, Map.of(), CONTEXT))
                .isInstanceOf(PolicyException.class).hasMessageContaining("no such file");
        Path other = Files.writeString(dir.resolve("a.xyz"), "x");
        assertThatThrownBy(() -> registry.open(new SourceInput(other.toString()), null, Map.of(), CONTEXT))
                .isInstanceOf(PolicyException.class).hasMessageContaining("no plugin reads this input");
        assertThatThrownBy(() -> registry.open(new SourceInput(other.toString()), "nope", Map.of(), CONTEXT))
                .isInstanceOf(PolicyException.class).hasMessageContaining("unknown format 'nope'");
    }
}
