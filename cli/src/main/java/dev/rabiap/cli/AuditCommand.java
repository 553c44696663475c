package dev.rabiap.cli;

import dev.rabiap.engine.Audit;
import dev.rabiap.engine.AuditOptions;
import dev.rabiap.engine.AuditSummary;
import dev.rabiap.engine.ErrorCode;
import dev.rabiap.engine.Explanation;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.LedgerEntry;
import dev.rabiap.engine.FindingSink;
import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.SourceRegistry;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceInput;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rabiap audit}: audits message logs and writes the findings and a summary. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits message logs against the rules and reports the findings.",
                "ตรวจบันทึกข้อความตามระเบียบ และรายงานสิ่งที่พบ"})
final class AuditCommand implements Callable<Integer> {
    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, jsonl, csv or html (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path out;

    @Option(names = "--keep-going", description = "Count malformed records in the summary and go on, instead of stopping at the first.")
    boolean keepGoing;

    @Option(names = "--as-of", paramLabel = "TIME", description = "Judge missing answers at this ISO-8601 time (no offset: Asia/Bangkok); default: the last message's time.")
    String asOf;

    @Option(names = "--input-format", paramLabel = "NAME", description = "The input format, when it cannot be told from the file (jsonl, csv, line-export, line-journal, mbox, eml, maildir, imap).")
    String inputFormat;

    @Option(names = {"-O", "--source-option"}, paramLabel = "KEY=VALUE", description = "An option for the input's plugin, such as group=NAME.")
    Map<String, String> sourceOptions = new LinkedHashMap<>();

    @Option(names = "--explain", description = "Show, under each finding, the rule that fired, its policy row and the facts it matched (text and jsonl).")
    boolean explain;

    @Option(names = "--ledger", description = "Add the obligation ledger: every party of every order, on time, late, missing or not yet due (after a text report; on stderr for the other formats).")
    boolean ledger;

    @Option(names = "--ledger-out", paramLabel = "FILE", description = "Write the obligation ledger to FILE: .csv, .json, or text.")
    Path ledgerOut;

    @Option(names = "--ledger-only", paramLabel = "STATE", split = ",",
            description = "Keep only these states in the ledger: on-time, late, missing, open, not-judged, withdrawn (e.g. late,missing: who has not answered in time).")
    List<String> ledgerOnly;

    @Option(names = "--mask", description = "Replace the names and ids of people, e-mail addresses, LINE user ids, links with ids, phone and national ID numbers in the report with stable pseudonyms.")
    boolean mask;

    @Option(names = "--mask-key-file", paramLabel = "FILE", description = "The secret key file of --mask's pseudonyms; made on first use, readable by its owner only (default: ~/.config/rabiap/mask.key).")
    Path maskKeyFile;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Message logs: files, folders or URLs.")
    List<String> inputs;

    @Spec
    CommandSpec spec;

    private final SourceRegistry sources;
    private final Clock clock;

    @Inject
    AuditCommand(SourceRegistry sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        AuditOptions options = AuditOptions.DEFAULTS;
        if (keepGoing) {
            options = options.keepingGoing();
        }
        if (asOf != null) {
            options = options.asOf(parseTime(asOf));
        }
        if (explain) {
            options = options.withExplanations();
        }
        java.util.Set<LedgerEntry.State> states = ledgerStates();
        if (ledger || ledgerOut != null) {
            options = options.withLedger();
        }
        RuleSet ruleSet = rules.ruleSet();
        Roster roster = rules.loadRoster();
        PolicyEngine engine = rules.engine(ruleSet, roster, clock, spec.commandLine().getErr());
        try (OutputStream stream = out == null ? null : Files.newOutputStream(out);
             Writer writer = stream == null ? spec.commandLine().getOut() : new Utf8Writer(stream)) {
            // standard output is written a line at a time only to a terminal; to a file or a pipe in
            // blocks, or 300,000 findings would be 300,000 writes (a file's Utf8Writer writes 64 KiB blocks)
            PrintWriter report = stream == null && !Progress.terminal() ? new PrintWriter(new java.io.BufferedWriter(writer, 1 << 16))
                    : writer instanceof PrintWriter p ? p : new PrintWriter(writer);
            ReportContext context = reportContext(ruleSet, roster, stream != null);
            ReportWriter reportWriter = ReportWriter.create(format, report, spec.commandLine().getErr(), context);
            boolean terminal = Progress.terminal();
            try (Progress progress = new Progress(spec.commandLine().getErr(), context.watch().messages::get)) {
                if (terminal) {
                    progress.start();
                }
                reportWriter.start();
                AuditSummary summary;
                FindingSink sink = new FindingSink() {
                    @Override
                    public void accept(Finding finding) {
                        if (stream == null) {
                            progress.clear();
                        }
                        reportWriter.accept(finding);
                    }

                    @Override
                    public void accept(Finding finding, Explanation why) {
                        if (stream == null) {
                            progress.clear();
                        }
                        reportWriter.accept(finding, why);
                    }
                };
                try (Audit audit = engine.newAudit(sink, options)) {
                    // All inputs are opened at once and read as one log in time order, so that an
                    // answer in one file meets the order it answers in another, whatever their order.
                    List<MessageSource> opened = new ArrayList<>();
                    checkOptionsAreTaken();
                    try {
                        for (String input : inputs) {
                            MessageSource source = sources.open(new SourceInput(input), inputFormat, sourceOptions, audit.sourceContext());
                            opened.add(new WatchedSource(source, context.watch(), roster, context.masker()));
                        }
                        audit.read(opened);
                    } finally {
                        for (MessageSource source : opened) {
                            source.close();
                        }
                    }
                    summary = audit.finish();
                }
                progress.close();
                reportWriter.finish(summary);
                if (ledger) {
                    LedgerWriter.text(format == ReportFormat.text ? report : spec.commandLine().getErr(), only(summary.ledger(), states), summary.reminders(), context.masker());
                }
                if (ledgerOut != null) {
                    LedgerWriter.write(ledgerOut, only(summary.ledger(), states), summary.reminders(), context.masker());
                }
                report.flush();
                Integer nothingJudged = nothingJudged(summary);
                if (nothingJudged != null) {
                    return nothingJudged;
                }
                return summary.findings() > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
            } finally {
                reportWriter.close();
                report.flush(); // what was found before a failure is written too
            }
        }
    }

    /**
     * A {@code -O} option that none of the inputs' plugins takes is a usage error, not silently
     * dropped: {@code -O group=…} given with JSONL inputs, whose lines name their groups, would change nothing.
     */
    private void checkOptionsAreTaken() throws IOException {
        java.util.Set<String> taken = new java.util.TreeSet<>();
        for (String input : inputs) {
            taken.addAll(sources.factoryFor(new SourceInput(input), inputFormat).optionNames());
        }
        for (String key : sourceOptions.keySet()) {
            if (!taken.contains(key)) {
                throw new PolicyException(ErrorCode.BAD_OPTION, "-O " + key + " is not an option of the plugins reading these inputs"
                        + (taken.isEmpty() ? " (they take none)" : " (they take: " + String.join(", ", taken) + ")"));
            }
        }
    }

    /**
     * An audit that judged nothing is not clean: no message read at all (an empty or unreadable
     * input), or none in a group the rule set names. Says so and gives the bad-input code; null when
     * the audit judged something. A mailbox read for new mail may hold none: that is clean.
     */
    private Integer nothingJudged(AuditSummary summary) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (summary.messages() == 0) {
            if (inputs.stream().allMatch(i -> i.startsWith("imap://") || i.startsWith("imaps://"))) {
                return null;
            }
            err.println("rabiap: no message was read from " + String.join(", ", inputs)
                    + (summary.skippedRecords() > 0 ? " (" + summary.skippedRecords() + " records skipped, see the summary)" : "")
                    + ": nothing was judged");
            return ExitCodes.BAD_INPUT;
        }
        if (summary.matchedMessages() == 0) {
            List<String> groups = summary.unmatchedGroups().stream()
                    .map(g -> "'" + g.group() + "'" + (g.closest().isEmpty() ? "" : " (closest in the rule set: '" + g.closest() + "')")).toList();
            err.println("rabiap: none of the " + summary.messages() + " messages is in a group rule set " + summary.ruleSet()
                    + " names, so nothing was judged; the log's groups: " + String.join(", ", groups.size() > 10 ? groups.subList(0, 10) : groups)
                    + " (check the group names, or -O group=NAME for an export)");
            return ExitCodes.BAD_INPUT;
        }
        return null;
    }

    /** Masking, and for HTML the SHA-256 of every input file, streamed before the audit reads it. */
    private ReportContext reportContext(RuleSet ruleSet, Roster roster, boolean toFile) throws IOException {
        Masker masker = null;
        if (mask) {
            List<String> keep = Catalogue.groups(ruleSet);
            masker = Masker.forRoster(roster, MaskKeys.load(maskKeyFile != null ? maskKeyFile : MaskKeys.defaultFile()), keep);
        }
        List<ReportContext.InputFile> files = new ArrayList<>();
        ReportContext.InputFile rosterFile = null;
        if (format == ReportFormat.html) {
            for (String input : inputs) {
                files.add(ReportContext.digest(input));
            }
            if (rules.roster != null) {
                rosterFile = ReportContext.digest(rules.roster.toString());
            }
        }
        return new ReportContext(ruleSet, files, rosterFile, masker, new WatchedSource.Watch(), toFile);
    }

    /** The states {@code --ledger-only} keeps: all when not given. */
    private java.util.Set<LedgerEntry.State> ledgerStates() {
        java.util.Set<LedgerEntry.State> states = java.util.EnumSet.allOf(LedgerEntry.State.class);
        if (ledgerOnly != null && !ledgerOnly.isEmpty()) {
            states.clear();
            for (String name : ledgerOnly) {
                LedgerEntry.State state = null;
                for (LedgerEntry.State candidate : LedgerEntry.State.values()) {
                    if (candidate.name().replace('_', '-').equalsIgnoreCase(name.trim())) {
                        state = candidate;
                    }
                }
                if (state == null) {
                    throw new PolicyException(ErrorCode.BAD_OPTION, "--ledger-only '" + name + "' is not a state (on-time, late, missing, open, not-judged, withdrawn)");
                }
                states.add(state);
            }
            if (!ledger && ledgerOut == null) {
                ledger = true;
            }
        }
        return states;
    }

    private static List<LedgerEntry> only(List<LedgerEntry> ledger, java.util.Set<LedgerEntry.State> states) {
        return ledger.stream().filter(e -> states.contains(e.state())).toList();
    }

    private static ZonedDateTime parseTime(String text) {
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(dev.rabiap.engine.spi.ChatMessage.BANGKOK);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(dev.rabiap.engine.spi.ChatMessage.BANGKOK);
            } catch (DateTimeParseException e) {
                throw new PolicyException(ErrorCode.BAD_OPTION, "--as-of '" + text + "' is not an ISO-8601 time such as 2025-11-25T17:00");
            }
        }
    }
}
