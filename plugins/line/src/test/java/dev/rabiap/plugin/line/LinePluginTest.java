package dev.rabiap.plugin.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.PolicyPlugin;
import dev.rabiap.engine.spi.Receiver;
import dev.rabiap.engine.spi.ReceiverContext;
import dev.rabiap.engine.spi.ReceiverFactory;
import dev.rabiap.engine.spi.SourceInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LinePluginTest {
    @TempDir
    Path folder;

    @Test
    void serviceLoader_findsThePlugin() {
        List<PolicyPlugin> plugins = ServiceLoader.load(PolicyPlugin.class).stream().map(ServiceLoader.Provider::get).toList();

        assertThat(plugins).filteredOn(plugin -> plugin instanceof LinePlugin).singleElement()
                .extracting(PolicyPlugin::name).isEqualTo("line");
    }

    @Test
    void injector_bindsTheWebhookReceiver_whichACreatesFromAMinimalConfig() throws IOException {
        Injector injector = Guice.createInjector(new LinePlugin());
        Map<String, ReceiverFactory> receivers = injector.getInstance(Key.get(new TypeLiteral<Map<String, ReceiverFactory>>() {}));
        Path secret = Files.writeString(folder.resolve("secret.txt"), "8c570fa6dd201bb328f1c1eac23a96d8\n");

        assertThat(receivers).containsOnlyKeys("line-webhook");
        Receiver receiver = receivers.get("line-webhook").create(Map.of("channel-secret-file", secret.toString()), new ReceiverContext() {
            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }

            @Override
            public Path folder() {
                return folder;
            }

            @Override
            public Optional<String> status(String authorization) {
                return Optional.of("{}");
            }
        });
        assertThat(receiver).isInstanceOf(LineWebhookReceiver.class);
        assertThat(receiver.counts()).containsEntry("accepted", 0L);
        Files.writeString(secret, "\n");
        assertThatThrownBy(() -> receivers.get("line-webhook").create(Map.of("channel-secret-file", secret.toString()), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void injector_bindsTheFactoryThatOpensAMinimalExport() throws IOException {
        Injector injector = Guice.createInjector(new LinePlugin());
        Map<String, MessageSourceFactory> factories = injector.getInstance(Key.get(new TypeLiteral<Map<String, MessageSourceFactory>>() {}));
        Path file = folder.resolve("minimal.txt");
        Files.writeString(file, "Chat history in \"ข้อสั่งการ ปค.สน.\"\n\nMon, 9/1/2025\n08:00\tนายสมชาย ใจดี\tทดสอบ\n", StandardCharsets.UTF_8);

        assertThat(factories).containsOnlyKeys("line-export", "line-journal");
        assertThat(factories.get("line-journal")).isInstanceOf(LineJournalSourceFactory.class);
        MessageSourceFactory factory = factories.get("line-export");
        assertThat(factory).isInstanceOf(LineExportSourceFactory.class);
        assertThat(factory.accepts(new SourceInput(file.toString()))).isTrue();
        try (MessageSource source = factory.open(new SourceInput(file.toString()), Map.of(), new RecordingContext())) {
            ChatMessage message = source.next();
            assertThat(message.sender()).isEqualTo("นายสมชาย ใจดี");
            assertThat(message.text()).isEqualTo("ทดสอบ");
            assertThat(message.group()).isEqualTo("ข้อสั่งการ ปค.สน.");
            assertThat(source.next()).isNull();
        }
    }
}
