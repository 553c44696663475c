package dev.rabiap.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The options most benchmarks take, a picocli mixin, and how a benchmark's command line is run.
 * A benchmark takes only the options it sets up here, each with its default and what it means
 * there; to it the others are unknown options. Run through {@link #execute}, a command exits with
 * its own status, 0 after {@code --help}, and 2 for a usage error (naming the option) or a failure.
 */
final class CommonArgs {
    /** The exit status of a usage error or a failure. */
    static final int USAGE_OR_FAILURE = 2;
    private static final List<String> SHARED = List.of("--messages", "--dir", "--runs", "--warmup", "--seed");

    /** The shared options the benchmark takes, with what each means to it. */
    private final Map<String, String> taken = new LinkedHashMap<>();
    private CommandSpec mixee;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help and exit")
    private boolean help;

    @Option(names = "--messages", paramLabel = "N", converter = Count.class)
    private long messages;

    @Option(names = "--dir", paramLabel = "DIR")
    private Path dir;

    @Option(names = "--runs", paramLabel = "R", converter = Count.class)
    private long runs;

    @Option(names = "--warmup", paramLabel = "N", converter = Count.class)
    private long warmup;

    @Option(names = "--seed", paramLabel = "S")
    private long seed;

    /** Takes {@code --messages}, {@code byDefault} when not given. */
    CommonArgs messages(long byDefault, String meaning) {
        messages = byDefault;
        return take("--messages", meaning);
    }

    /** Takes {@code --dir}, the temp folder's {@code folder} when not given. */
    CommonArgs dir(String folder, String meaning) {
        dir = Path.of(System.getProperty("java.io.tmpdir"), folder);
        return take("--dir", meaning);
    }

    /** Takes {@code --runs}, {@code byDefault} when not given. */
    CommonArgs runs(int byDefault, String meaning) {
        runs = byDefault;
        return take("--runs", meaning);
    }

    /** Takes {@code --warmup}, {@code byDefault} when not given. */
    CommonArgs warmup(long byDefault, String meaning) {
        warmup = byDefault;
        return take("--warmup", meaning);
    }

    /** Takes {@code --seed}, {@code byDefault} when not given. */
    CommonArgs seed(long byDefault, String meaning) {
        seed = byDefault;
        return take("--seed", meaning);
    }

    /** Takes {@code --messages} (1,000,000), {@code --seed} (2568) and {@code --dir}: a benchmark over a generated log. */
    static CommonArgs generatedLog(String folder, String meaning) {
        return new CommonArgs().messages(1_000_000, "messages in the log (10M, 2.5m, 250k and 1_000_000 are fine)").dir(folder, meaning)
                .seed(2568, "the generator's seed");
    }

    private CommonArgs take(String option, String meaning) {
        taken.put(option, meaning);
        return this;
    }

    long messages() {
        return positive("--messages", messages);
    }

    Path dir() {
        return dir;
    }

    int runs() {
        return (int) positive("--runs", runs);
    }

    /** The runs given, or {@code byDefault} when {@code --runs} is not on the command line. */
    int runsOr(int byDefault) {
        return mixee.commandLine().getParseResult().hasMatchedOption("--runs") ? runs() : byDefault;
    }

    long warmup() {
        return warmup;
    }

    long seed() {
        return seed;
    }

    /** {@code value}, or a usage error saying that {@code option} must be positive. */
    long positive(String option, long value) {
        if (value < 1) {
            throw usage(option + " must be positive");
        }
        return value;
    }

    /** A usage error of the benchmark's command line. */
    ParameterException usage(String message) {
        return new ParameterException(mixee.commandLine(), message);
    }

    /** Drops the shared options the benchmark does not take and gives the others its meanings. */
    private void fit(CommandSpec spec) {
        mixee = spec;
        for (String name : SHARED) {
            OptionSpec option = spec.findOption(name);
            spec.remove(option);
            if (taken.containsKey(name)) {
                spec.addOption(option.toBuilder().description(taken.get(name)).build());
            }
        }
    }

    /** Parses {@code args} into {@code command} without running it; a usage error is thrown. */
    static <T> T parse(T command, String... args) {
        commandLine(command).parseArgs(args);
        return command;
    }

    /** Runs a benchmark's command on {@code args}: its exit status. */
    static int execute(Object command, String... args) {
        return commandLine(command).execute(args);
    }

    /** The command line of a benchmark's command, with the shared options it takes. */
    static CommandLine commandLine(Object command) {
        CommandLine line = new CommandLine(command);
        CommandSpec spec = line.getCommandSpec();
        for (CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof CommonArgs common) {
                common.fit(spec);
            }
        }
        spec.usageMessage().showDefaultValues(true);
        line.setOverwrittenOptionsAllowed(true);
        line.setExpandAtFiles(false);
        line.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("rabiap-bench: " + e.getMessage());
            e.getCommandLine().usage(err);
            return USAGE_OR_FAILURE;
        });
        line.setExecutionExceptionHandler((e, failed, parsed) -> {
            PrintWriter err = failed.getErr();
            err.println("rabiap-bench: " + e);
            e.printStackTrace(err);
            return USAGE_OR_FAILURE;
        });
        return line;
    }

    /** A count such as {@code 1M}, {@code 250k}, {@code 2.5m}, {@code 1_000_000} or {@code 1,000,000}. */
    static final class Count implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            String t = text.trim().replace("_", "").replace(",", "").toLowerCase(Locale.ROOT);
            long unit = t.endsWith("k") ? 1_000 : t.endsWith("m") ? 1_000_000 : 1;
            if (unit > 1) {
                t = t.substring(0, t.length() - 1);
            }
            try {
                return Math.round(Double.parseDouble(t) * unit);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("not a number: " + text);
            }
        }
    }
}
