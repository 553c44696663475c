package dev.rabiap.cli;

import com.google.inject.Injector;
import dev.rabiap.engine.EngineModule;
import dev.rabiap.engine.PolicyException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

/** The entry point: builds the injector once, with the plugins on the class path, and runs a command. */
public final class Main {
    /** Set when {@link #main} runs: the process is rabiap's own, so a command may take its signals. */
    private static volatile boolean standalone;

    private Main() {}

    public static void main(String[] args) {
        standalone = true;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, out, err, Clock.system(dev.rabiap.engine.spi.ChatMessage.BANGKOK)));
    }

    /** Whether rabiap runs as its own process (through {@link #main}), not inside another program or a test. */
    static boolean standalone() {
        return standalone;
    }

    /** Runs a command line; what {@code main} does, without exiting. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        Injector injector;
        try {
            injector = EngineModule.injector(clock);
        } catch (PolicyException e) {
            err.println("rabiap: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        GuiceFactory factory = new GuiceFactory(injector);
        CommandLine commandLine = new CommandLine(RabiapCommand.class, factory);
        for (CommandSet set : java.util.ServiceLoader.load(CommandSet.class)) {
            for (Class<?> command : set.commands()) {
                commandLine.addSubcommand(new CommandLine(command, factory));
            }
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, ignored) -> {
            err.println("rabiap: " + e.getMessage());
            e.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler(new Failures(err));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
