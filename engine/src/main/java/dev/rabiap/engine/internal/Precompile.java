package dev.rabiap.engine.internal;

import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.RuleSetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by the build of {@code rabiap-rules}: compiles the generic DRL files every bundled rule set
 * uses through the executable model, checks them with the sandbox, and writes the module to
 * {@code OUTPUT/rabiap/compiled/KEY.jar}, where {@link RuleBaseCache} finds it at run time. A
 * breach or a compile error fails the build.
 *
 * <pre>java -cp CLASSPATH dev.rabiap.engine.internal.Precompile target/classes</pre>
 */
public final class Precompile {
    private Precompile() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Precompile OUTPUT_FOLDER");
            System.exit(2);
        }
        long start = System.nanoTime();
        // the DRL files alone, as a rule set's rule base is keyed (RuleCompiler): the generic index also
        // lists the shared tables, which are no part of the rule base
        List<RuleFile> drl = RuleSet.genericDrl().stream().filter(RuleFile::isDrl).toList();
        CompiledModule module;
        try {
            module = RuleBaseCache.compileChecked(drl);
        } catch (RuleSetException e) {
            System.err.println(e.getMessage());
            System.exit(3);
            return;
        }
        Path folder = Path.of(args[0]).resolve(RuleBaseCache.BUNDLED);
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            for (Path stale : old.filter(p -> p.getFileName().toString().endsWith(".jar")).toList()) {
                Files.delete(stale);
            }
        }
        Path jar = folder.resolve(module.key() + ".jar");
        Files.write(jar, module.toJar());
        System.out.printf("rabiap: compiled %d generic rule files into %s (%d classes, %d ms)%n", drl.size(), jar,
                module.classes().size(), (System.nanoTime() - start) / 1_000_000);
        System.exit(0);
    }
}
