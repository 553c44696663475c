package dev.rabiap.cli;

import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.ErrorCode;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.spi.Journal;
import dev.rabiap.engine.spi.Receiver;
import dev.rabiap.engine.spi.ReceiverFactory;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rabiap serve}: a live receiver (by default the LINE webhook) wired to the journal, one live
 * audit and the findings output ({@link LiveServer}). Runs until SIGTERM or Ctrl-C (or, in-process,
 * until the thread running it is interrupted); then the requests in flight finish, what is queued
 * is audited, and it exits 1 when it wrote findings, 0 when it wrote none, 70 when the findings
 * could not be written.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Receives messages live (the LINE webhook), journals every request and audits them as they come.",
                "รับข้อความทันที (webhook ของ LINE) บันทึกทุกคำขอลงสมุดบันทึก และตรวจตามระเบียบทันที"})
final class ServeCommand implements Callable<Integer> {
    /** The receiver used when none is named. */
    static final String DEFAULT_RECEIVER = "line-webhook";

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = "--receiver", paramLabel = "NAME", defaultValue = DEFAULT_RECEIVER,
            description = "The live receiver (default: ${DEFAULT-VALUE}).")
    String receiverName;

    @Option(names = {"-O", "--receiver-option"}, paramLabel = "KEY=VALUE",
            description = "An option of the receiver, such as -O max-body-bytes=65536 (see docs/line.md).")
    Map<String, String> receiverOptions = new LinkedHashMap<>();

    @Option(names = "--channel-secret-file", paramLabel = "FILE",
            description = "A file holding the channel secret (Messaging API channel, Basic settings), for X-Line-Signature.")
    Path channelSecretFile;

    @Option(names = "--journal", paramLabel = "DIR", required = true,
            description = "The journal folder: every accepted request is appended there before it is answered; read back at start.")
    Path journal;

    @Option(names = "--port", paramLabel = "N", description = "The port (default 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default 127.0.0.1; 0.0.0.0 for any).")
    String bind;

    @Option(names = "--groups", paramLabel = "FILE",
            description = "The CSV group_id,group of group names (default: groups.csv in the journal folder, if any).")
    Path groups;

    @Option(names = "--account-name", paramLabel = "NAME",
            description = "The official account's name: the group of follow and unfollow events (default: LINE Official Account).")
    String accountName;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Append the findings (JSONL) to this file, with FILE.position beside it, instead of standard output.")
    Path out;

    @Option(names = "--status-token-file", paramLabel = "FILE",
            description = "A file holding the bearer token GET /status then needs (Authorization: Bearer TOKEN).")
    Path statusTokenFile;

    @Option(names = "--rules-quiet-ms", paramLabel = "MILLIS", defaultValue = "500",
            description = "With --rules: how long the folder must be unchanged before a new version is taken (default: ${DEFAULT-VALUE}).")
    long rulesQuietMillis;

    @Spec
    CommandSpec spec;

    private final Clock clock;
    private final Map<String, ReceiverFactory> receivers;

    @Inject
    ServeCommand(Clock clock, Map<String, ReceiverFactory> receivers) {
        this.clock = clock;
        this.receivers = receivers;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ReceiverFactory factory = receivers.get(receiverName);
        if (factory == null) {
            throw new PolicyException(ErrorCode.BAD_OPTION, "--receiver " + receiverName + ": no such receiver (known: "
                    + String.join(", ", new TreeMap<>(receivers).keySet()) + ")");
        }
        if (rulesQuietMillis < 0) {
            throw new PolicyException(ErrorCode.BAD_OPTION, "--rules-quiet-ms must not be negative");
        }
        String token = statusTokenFile == null ? null : readToken(statusTokenFile);
        Files.createDirectories(journal);
        LiveServer.Host host = new LiveServer.Host(clock, journal, token);
        Receiver receiver;
        try {
            receiver = factory.create(options(), host);
        } catch (IllegalArgumentException e) {
            throw new PolicyException(ErrorCode.BAD_OPTION, "--receiver " + factory.name() + ": " + e.getMessage(), e);
        }
        Duration quiet = Duration.ofMillis(rulesQuietMillis);
        if (rules.rules != null) {
            try {
                RulesWatcher.awaitQuiet(rules.rules, quiet);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCodes.CLEAN;
            }
        }
        PolicyEngine engine = rules.engine(rules.ruleSet(), rules.loadRoster(), clock, err);
        FindingsOutput output = out == null ? FindingsOutput.stream(spec.commandLine().getOut()) : FindingsOutput.open(out, err);
        List<Path> hidden = new ArrayList<>(List.of(journal));
        if (rules.rules != null) {
            hidden.add(rules.rules);
        }
        if (out != null && out.toAbsolutePath().getParent() != null) {
            hidden.add(out.toAbsolutePath().getParent());
        }
        LiveServer server = new LiveServer(engine, receiver, Journal.open(journal, factory.name()), output, host, err, hidden);
        CountDownLatch stopRequested = new CountDownLatch(1);
        Signals signals = Main.standalone() ? Signals.install(stopRequested::countDown) : Signals.NONE;
        RulesWatcher watcher = null;
        RosterWatcher rosterWatcher = null;
        AuditSummary summary;
        try {
            server.start();
            if (server.replayedRequests() > 0) {
                err.println("rabiap: read back " + server.replayedRequests() + " journaled requests from " + journal);
            }
            err.println("rabiap: rule set " + engine.rules().name() + " (version " + engine.rules().version() + "), receiver "
                    + factory.name() + ", journal " + journal);
            if (rules.rules != null) {
                watcher = RulesWatcher.start(rules.rules, quiet, engine::rules, server::reload, server::refused, err);
                err.println("rabiap: watching " + rules.rules + " for rule changes (quiet for " + quiet.toMillis() + " ms before one is taken)");
            }
            if (rules.roster != null) {
                rosterWatcher = RosterWatcher.start(rules.roster, quiet, server::reload, server::refused, err);
                err.println("rabiap: watching " + rules.roster + " for roster changes");
            }
            err.println("rabiap: listening on " + receiver.endpoint());
            err.flush();
            try {
                stopRequested.await();
            } catch (InterruptedException e) {
                // stopped in-process: the same as a signal
            }
        } finally {
            if (watcher != null) {
                watcher.close();
            }
            if (rosterWatcher != null) {
                rosterWatcher.close();
            }
            summary = server.stop();
            signals.restore();
            err.flush();
        }
        if (summary == null || server.failed()) {
            return ExitCodes.INTERNAL;
        }
        return server.findings() > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** The receiver's options: {@code -O} pairs, and the named options when given. */
    private Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>(receiverOptions);
        named(options, "channel-secret-file", channelSecretFile == null ? null : channelSecretFile.toString());
        named(options, "port", port == null ? null : port.toString());
        named(options, "bind", bind);
        named(options, "groups", groups == null ? null : groups.toString());
        named(options, "account-name", accountName);
        return options;
    }

    private static void named(Map<String, String> options, String key, String value) {
        if (value == null) {
            return;
        }
        String before = options.put(key, value);
        if (before != null && !before.equals(value)) {
            throw new PolicyException(ErrorCode.BAD_OPTION, "--" + key + " and -O " + key + "= give two values");
        }
    }

    /** The status token: the file's first line, trimmed. */
    static String readToken(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyException(ErrorCode.BAD_INPUT, file + ": cannot read the status token: " + e.getMessage(), e);
        }
        String token = text.lines().findFirst().orElse("").strip();
        if (token.isEmpty()) {
            throw new PolicyException(ErrorCode.BAD_INPUT, file + ":1: the status token file is empty");
        }
        if (token.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x21 || c > 0x7e)) {
            throw new PolicyException(ErrorCode.BAD_INPUT, file + ":1: a status token is printable ASCII without spaces");
        }
        return token;
    }
}
