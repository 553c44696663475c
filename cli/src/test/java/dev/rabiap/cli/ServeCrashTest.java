package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rabiap serve} as its own process, as it runs in production: killed with SIGKILL while
 * requests pour in, then started again, every request it acknowledged has its finding in
 * {@code --out} exactly once (none lost, none doubled); and SIGTERM lets a request in flight finish
 * and exits by the documented code.
 */
final class ServeCrashTest {
    /** Questions sent in all; the kill comes once {@link #KILL_AFTER} were acknowledged. */
    private static final int EVENTS = 400;
    private static final int KILL_AFTER = 120;
    private static final int CLIENTS = 4;

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void killedMidStream_thenStartedAgain_everyAcknowledgedEventHasItsFindingOnce_andSigtermLetsARequestFinish() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        Files.writeString(journal.resolve("groups.csv"), ServeHarness.GROUPS_CSV);
        Path findings = dir.resolve("findings.jsonl");
        List<String> args = ServeHarness.serveArgs(dir, journal, findings);
        long base = System.currentTimeMillis() - 10 * 60_000L;

        Launched first = launch(args);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> sent = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            Thread thread = new Thread(() -> {
                for (int index = next.getAndIncrement(); index < EVENTS && !killed.get(); index = next.getAndIncrement()) {
                    String id = "K" + index;
                    sent.add(id);
                    try {
                        HttpResponse<String> response = ServeHarness.post(first.port(), ServeHarness.question(id, base + index * 100L,
                                ServeHarness.CHIEFS.get(index % 3)), ServeHarness.sign(ServeHarness.question(id, base + index * 100L,
                                ServeHarness.CHIEFS.get(index % 3))));
                        if (response.statusCode() == 200) {
                            acknowledged.add(id);
                        }
                    } catch (IOException e) {
                        return; // the server is gone
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "client-" + client);
            thread.start();
            clients.add(thread);
        }
        ServeHarness.await("acknowledged " + KILL_AFTER, () -> acknowledged.size() >= KILL_AFTER);
        first.process().destroyForcibly();
        killed.set(true);
        assertThat(first.process().waitFor(ServeHarness.WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        for (Thread thread : clients) {
            thread.join(ServeHarness.WAIT.toMillis());
            assertThat(thread.isAlive()).isFalse();
        }
        int acknowledgedAtKill = acknowledged.size();
        long findingsAtKill = lines(findings);
        long journaledAtKill = journalRecords(journal);

        Launched second = launch(args);
        JsonNode afterRestart = ServeHarness.JSON.readTree(ServeHarness.status(second.port(), null).body());
        assertThat(afterRestart.get("pending").asLong()).isZero();

        // SIGTERM while a request is half sent: it is answered 200 and audited, then serve exits 1 (it wrote findings)
        String inFlight = ServeHarness.question("INFLIGHT", base + EVENTS * 100L, ServeHarness.CHIEFS.get(0));
        byte[] body = inFlight.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", second.port())) {
            socket.setSoTimeout((int) ServeHarness.WAIT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Line-Signature: " + ServeHarness.sign(inFlight)
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 50);
            out.flush();
            ServeHarness.await("the request is in flight", () -> inFlightCount(second.port()) >= 1);
            second.process().destroy();
            Thread.sleep(300);
            assertThat(second.process().isAlive()).as("serve waits for the request in flight").isTrue();
            out.write(body, 50, body.length - 50);
            out.flush();
            assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 200 OK");
        }
        assertThat(second.process().waitFor(ServeHarness.WAIT.toSeconds(), TimeUnit.SECONDS)).as(second.err()).isTrue();
        assertThat(second.process().exitValue()).as(second.err()).isEqualTo(ExitCodes.FINDINGS);

        List<JsonNode> written = ServeHarness.readJsonl(findings);
        Map<String, Long> byEvent = written.stream().filter(f -> f.get("rule").asText().equals("SKN-2P"))
                .collect(Collectors.groupingBy(f -> f.get("messageId").asText(), TreeMap::new, Collectors.counting()));
        long lost = acknowledged.stream().filter(id -> !byEvent.containsKey(id)).count();
        long doubled = byEvent.values().stream().filter(count -> count > 1).count();
        Matcher cut = java.util.regex.Pattern.compile("(\\d+) bytes written after the last saved position are cut off").matcher(second.err());
        System.out.printf("kill -9 after %d acknowledged requests (%d sent, %d journaled, %d findings in --out at the kill%s);%n"
                + "  after the restart: %d findings, one per journaled question; acknowledged: %d lost, %d doubled; "
                + "SIGTERM with a request in flight: answered, exit %d%n",
                acknowledgedAtKill, sent.size(), journaledAtKill, findingsAtKill, cut.find() ? ", " + cut.group(1) + " bytes past its saved position" : "",
                written.size(), lost, doubled, second.process().exitValue());
        assertThat(lost).isZero();
        assertThat(doubled).isZero();
        assertThat(byEvent).containsEntry("INFLIGHT", 1L);
        assertThat(written).hasSize(byEvent.size());
        assertThat(byEvent.keySet()).as("only questions that were sent").isSubsetOf(union(sent, Set.of("INFLIGHT")));
        assertThat((long) byEvent.size()).as("each journaled question has its finding").isEqualTo(journalRecords(journal));
    }

    /** Starts {@code rabiap serve} in a JVM of its own and waits until it listens. */
    private Launched launch(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        processes.add(process);
        StringBuffer err = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    err.append(line).append('\n');
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "serve-stderr");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + ServeHarness.WAIT.toNanos();
        while (true) {
            Matcher matcher = ServeHarness.LISTENING.matcher(err);
            if (matcher.find()) {
                return new Launched(process, Integer.parseInt(matcher.group(1)), err);
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("serve did not listen (exit " + (process.isAlive() ? "none" : process.exitValue()) + "): " + err);
            }
            Thread.sleep(20);
        }
    }

    private record Launched(Process process, int port, StringBuffer errors) {
        String err() {
            return errors.toString();
        }
    }

    private static long inFlightCount(int port) {
        try {
            return ServeHarness.JSON.readTree(ServeHarness.status(port, null).body()).get("inFlight").asLong();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        try {
            for (int read = in.read(); read >= 0 && read != '\n'; read = in.read()) {
                line.append((char) read);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer; read so far: " + line, e);
        }
        return line.toString().strip();
    }

    private static long lines(Path file) throws IOException {
        return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count() : 0;
    }

    private static long journalRecords(Path journal) throws IOException {
        long count = 0;
        for (Path file : dev.rabiap.engine.spi.Journal.files(journal)) {
            count += lines(file);
        }
        return count;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
