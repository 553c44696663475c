package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rabiap.engine.ErrorCode;
import dev.rabiap.engine.PolicyException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --kafka} from the command line's own class path, which has no Kafka: a clear refusal. */
final class ServeKafkaOptionTest {
    @TempDir
    Path dir;

    @Test
    void serveKafka_withoutTheStreamModule_isRefusedWithWhatToRun() throws Exception {
        CommandLineTest.Run run = CommandLineTest.run("serve", "--kafka", "127.0.0.1:9092", "--channel-secret-file",
                ServeHarness.secretFile(dir).toString(), "--port", "0");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--kafka needs the rabiap-stream module on the class path").contains("./rabiap serve --kafka");
    }

    @Test
    void theIngressLookup_findsByName_andRefusesWhenThereIsNone() {
        IngressFactory kafka = new IngressFactory() {
            @Override
            public String name() {
                return "kafka";
            }

            @Override
            public Ingress open(Settings settings) {
                throw new UnsupportedOperationException();
            }
        };
        assertThat(IngressFactory.find("kafka", List.of(kafka))).isSameAs(kafka);
        assertThatThrownBy(() -> IngressFactory.find("kafka", List.of()))
                .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_OPTION))
                .hasMessageContaining("rabiap-stream");
    }

    @Test
    void serveWithoutJournalOrKafka_saysWhichIsNeeded() throws Exception {
        CommandLineTest.Run run = CommandLineTest.run("serve", "--channel-secret-file", ServeHarness.secretFile(dir).toString(), "--port", "0");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--journal DIR is required");
    }

    @Test
    void kafkaOnlyOptions_withoutKafka_areRefused() throws Exception {
        CommandLineTest.Run run = CommandLineTest.run("serve", "--journal", dir.resolve("journal").toString(), "--channel-secret-file",
                ServeHarness.secretFile(dir).toString(), "--port", "0", "--transactional-id", "x");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--transactional-id goes with --kafka");
    }
}
