package dev.rabiap.cli;

import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.ErrorCode;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.plugin.line.LineGroupNames;
import dev.rabiap.engine.spi.Journal;
import dev.rabiap.plugin.line.LineJournalSourceFactory;
import dev.rabiap.plugin.line.LineWebhookEvents;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rabiap serve}: receives the LINE Messaging API webhook, keeps every request in a journal
 * and audits the events as they come. Runs until SIGTERM or Ctrl-C (or, in-process, until the
 * thread running it is interrupted); then it finishes the audit and writes the summary.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Receives the LINE webhook, journals every request and audits its events live.",
                "รับ webhook ของ LINE บันทึกทุกคำขอลงสมุดบันทึก และตรวจเหตุการณ์ตามระเบียบทันที"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = "--channel-secret-file", paramLabel = "FILE", required = true,
            description = "A file holding the channel secret (Messaging API channel, Basic settings), for X-Line-Signature.")
    Path channelSecretFile;

    @Option(names = "--journal", paramLabel = "DIR", required = true,
            description = "The journal folder: every accepted request is appended there before it is answered; read back at start.")
    Path journal;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for any).")
    String bind;

    @Option(names = "--groups", paramLabel = "FILE",
            description = "The CSV group_id,group of group names (default: groups.csv in the journal folder, if any).")
    Path groups;

    @Option(names = "--account-name", paramLabel = "NAME", defaultValue = LineWebhookEvents.DEFAULT_ACCOUNT,
            description = "The official account's name: the group of follow and unfollow events (default: ${DEFAULT-VALUE}).")
    String accountName;

    @Option(names = "--out", paramLabel = "FILE", description = "Append the findings (JSONL) to this file instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    @Inject
    ServeCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        byte[] secret = readSecret(channelSecretFile);
        PolicyEngine engine = rules.engine(rules.ruleSet(), rules.loadRoster(), clock, err);
        LineGroupNames names = groupNames();
        LineWebhookEvents events = new LineWebhookEvents(names, accountName);
        InetSocketAddress address = new InetSocketAddress(address(bind), port);
        try (OutputStream stream = out == null ? null
                : Files.newOutputStream(out, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            PrintWriter report = stream == null ? spec.commandLine().getOut()
                    : new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
            LineWebhookServer server = new LineWebhookServer(engine, secret, Journal.open(journal, "line-webhook"), events,
                    () -> new LineWebhookEvents(names, accountName), new ReportWriter.Jsonl(report, err), report, err);
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                server.stop();
                stopped.countDown();
            }, "rabiap-shutdown");
            InetSocketAddress bound = server.start(address);
            Runtime.getRuntime().addShutdownHook(hook);
            if (server.replayedRequests() > 0) {
                err.println("rabiap: read back " + server.replayedRequests() + " journaled requests from " + journal);
            }
            err.println("rabiap: rule set " + engine.rules().name() + " (version " + engine.rules().version() + "), "
                    + names.size() + " group names, journal " + journal);
            if (rules.rules != null) {
                RulesWatcher.start(rules.rules, server::reload, err);
                err.println("rabiap: watching " + rules.rules + " for rule changes");
            }
            err.println("rabiap: listening on http://" + host(bound) + ":" + bound.getPort() + "/webhook");
            err.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                server.stop();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running already; it stops the same server.
                }
            }
            AuditSummary summary = server.stop();
            report.flush();
            return summary != null && summary.findings() > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
        }
    }

    private LineGroupNames groupNames() throws IOException {
        Path file = groups != null ? groups : journal.resolve(LineJournalSourceFactory.GROUPS_FILE);
        if (groups == null && !Files.isRegularFile(file)) {
            return LineGroupNames.none();
        }
        if (!Files.isRegularFile(file)) {
            throw new PolicyException(ErrorCode.BAD_INPUT, file + ": no such group-name file (--groups)");
        }
        try {
            return LineGroupNames.load(file);
        } catch (IOException e) {
            throw new PolicyException(ErrorCode.BAD_INPUT, e.getMessage(), e);
        }
    }

    /** The channel secret: the file's first line, trimmed. */
    static byte[] readSecret(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyException(ErrorCode.BAD_INPUT, file + ": cannot read the channel secret: " + e.getMessage(), e);
        }
        String secret = text.lines().findFirst().orElse("").strip();
        if (secret.isEmpty()) {
            throw new PolicyException(ErrorCode.BAD_INPUT, file + ":1: the channel secret file is empty");
        }
        if (secret.chars().anyMatch(Character::isWhitespace)) {
            throw new PolicyException(ErrorCode.BAD_INPUT, file + ":1: a channel secret has no spaces");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (IOException e) {
            throw new PolicyException(ErrorCode.BAD_OPTION, "--bind " + host + ": " + e.getMessage());
        }
    }

    private static String host(InetSocketAddress address) {
        InetAddress bound = address.getAddress();
        if (bound == null || bound.isAnyLocalAddress()) {
            return "127.0.0.1";
        }
        String text = bound.getHostAddress();
        return text.indexOf(':') >= 0 ? "[" + text + "]" : text;
    }
}
