package dev.rabiap.bench;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A benchmark's command line: the shared options it takes, where it prints its figures, and what
 * it runs ({@link #call}, whose result is the exit status). Run it with {@link CommonArgs#execute}.
 */
abstract class BenchCommand implements Callable<Integer> {
    @Mixin
    final CommonArgs common;
    final PrintStream out;

    BenchCommand(CommonArgs common, PrintStream out) {
        this.common = common;
        this.out = out;
    }
}
