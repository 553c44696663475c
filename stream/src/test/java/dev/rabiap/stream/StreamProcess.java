package dev.rabiap.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** {@code rabiap stream} in a process of its own, as an operator starts it: its stderr is kept, and it can be killed with SIGKILL. */
final class StreamProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    StreamProcess(String bootstrap, String applicationId, String prefix, String... extra) throws IOException {
        Path state = Files.createTempDirectory("rabiap-state");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "dev.rabiap.cli.Main",
                "stream", "--kafka", bootstrap, "--application-id", applicationId, "--topics", prefix, "--partitions", "3",
                "--state-dir", state.toString(), "--config", "session.timeout.ms=3000", "--config", "heartbeat.interval.ms=1000",
                // a killed instance's open transaction holds up whoever takes over until it times out (10 s by default)
                "--config", "transaction.timeout.ms=4000"));
        command.addAll(List.of(extra));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "stream-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits until the process has printed a line containing {@code text}. */
    boolean awaitLine(String text, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(l -> l.contains(text))) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(100);
        }
        return false;
    }

    String output() {
        return String.join("\n", lines);
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: the process gets no chance to close anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
