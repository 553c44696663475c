package dev.rabiap.plugin.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;

import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.PolicyPlugin;
import dev.rabiap.engine.spi.SourceInput;

final class EmailPluginTest {
    private final EmailTestMails.RecordingContext context = new EmailTestMails.RecordingContext();

    @TempDir
    Path folder;

    private static Map<String, MessageSourceFactory> factories() {
        PolicyPlugin plugin = ServiceLoader.load(PolicyPlugin.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate.name().equals("email"))
                .findFirst()
                .orElseThrow();
        assertThat(plugin).isInstanceOf(EmailPlugin.class);
        Injector injector = Guice.createInjector(plugin);
        return injector.getInstance(Key.get(new TypeLiteral<Map<String, MessageSourceFactory>>() {}));
    }

    @Test
    void serviceLoader_findsThePlugin_andGuiceGivesItsFourFactories() {
        Map<String, MessageSourceFactory> factories = factories();

        assertThat(factories).containsOnlyKeys("mbox", "eml", "maildir", "imap");
        factories.forEach((name, factory) -> assertThat(factory.name()).isEqualTo(name));
        assertThat(factories.get("imap").optionNames())
                .containsExactlyInAnyOrder("password-file", "password-env", "since", "state-file", "group", "address-groups");
        assertThat(factories.get("mbox").optionNames()).containsExactlyInAnyOrder("group", "address-groups");
    }

    @Test
    void open_readsAnEmlThroughTheBoundFactory() throws IOException {
        MessageSourceFactory eml = factories().get("eml");
        try (MessageSource source = eml.open(new SourceInput(EmailTestMails.resourcePath("mail/order.eml").toString()), Map.of(), context)) {
            assertThat(source.next().id()).isEqualTo(EmailTestMails.ORDER_ID);
        }
    }

    @Test
    void open_badOptionValues_throwIllegalArgumentNamingTheOption() {
        Map<String, MessageSourceFactory> factories = factories();
        SourceInput imap = new SourceInput("imaps://audit@mail.moi.go.th/INBOX");
        SourceInput mbox = new SourceInput(EmailTestMails.resourcePath("mbox/broken.mbox").toString());

        assertThatThrownBy(() -> factories.get("imap").open(imap, Map.of("password-env", "PATH", "since", "notadate"), context))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("since");
        assertThatThrownBy(() -> factories.get("mbox").open(mbox, Map.of("group", ""), context))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group");
        assertThatThrownBy(() -> factories.get("maildir").open(new SourceInput(folder.toString()), Map.of("address-groups", "/no/such.csv"), context))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address-groups");
    }

    @Test
    void accepts_noFactoryTakesJsonlCsvOrLineExports() throws IOException {
        Path jsonl = folder.resolve("messages.jsonl");
        Files.writeString(jsonl, "{\"id\":\"1\",\"group\":\"ศอ.จอส.จว.สน.\",\"sender\":\"From: x\",\"text\":\"รับทราบ\"}\n", StandardCharsets.UTF_8);
        Path csv = folder.resolve("messages.csv");
        Files.writeString(csv, "time,group,sender,text\n2025-11-03T09:15:00+07:00,ศอ.จอส.จว.สน.,ppk,รับทราบ\n", StandardCharsets.UTF_8);
        Path line = folder.resolve("[LINE] Chat with ศอ.จอส.จว.สน..txt");
        Files.writeString(line, "[LINE] Chat history in ศอ.จอส.จว.สน.\nSaved on: 11/3/2025, 10:00\n\nMon, 11/3/2025\n09:15\tppk\tFrom now on report daily\n",
                StandardCharsets.UTF_8);
        Path thaiLine = folder.resolve("แชท.txt");
        Files.writeString(thaiLine, "\uFEFF[LINE] ประวัติการแชทใน ศอ.จอส.จว.สน.\nบันทึกเมื่อ: 03/11/2568 10:00\n", StandardCharsets.UTF_8);

        for (MessageSourceFactory factory : factories().values()) {
            for (Path path : new Path[] {jsonl, csv, line, thaiLine}) {
                assertThat(factory.accepts(new SourceInput(path.toString()))).as(factory.name() + " " + path.getFileName()).isFalse();
            }
        }
    }
}
