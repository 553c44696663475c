package dev.rabiap.plugin.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class LineWebhookOptionsTest {
    @Test
    void defaults() {
        assertThat(LineWebhookOptions.from(Map.of("channel-secret-file", "secret.txt"))).isEqualTo(new LineWebhookOptions(
                Path.of("secret.txt"), "127.0.0.1", 8080, null, "LINE Official Account", 1 << 20, 10_000, 30_000, 512, 32));
    }

    @Test
    void everyOption() {
        LineWebhookOptions options = LineWebhookOptions.from(Map.of("channel-secret-file", "s", "bind", "0.0.0.0", "port", "0",
                "groups", "g.csv", "account-name", "@มหาดไทย", "max-body-bytes", "4096", "read-timeout-ms", "500",
                "idle-timeout-ms", "700", "max-connections", "20", "max-threads", "12"));
        assertThat(options).isEqualTo(new LineWebhookOptions(Path.of("s"), "0.0.0.0", 0, Path.of("g.csv"), "@มหาดไทย", 4096, 500, 700, 20, 12));
    }

    @Test
    void unknownMissingOrBadOptions_failNamingTheOption() {
        assertThatThrownBy(() -> LineWebhookOptions.from(Map.of())).hasMessageStartingWith("option channel-secret-file is required");
        assertThatThrownBy(() -> LineWebhookOptions.from(Map.of("channel-secret-file", "s", "prot", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown option prot for line-webhook; allowed: account-name, bind,");
        assertThatThrownBy(() -> LineWebhookOptions.from(Map.of("channel-secret-file", "s", "port", "eighty")))
                .hasMessage("option port is not a whole number: eighty");
        assertThatThrownBy(() -> LineWebhookOptions.from(Map.of("channel-secret-file", "s", "port", "70000")))
                .hasMessage("option port must be between 0 and 65535: 70000");
    }
}
