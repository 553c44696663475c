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
 * {@code OUTPUT/rabiap/compiled/KEY.jar}, where {@link RuleBaseCache} finds it at run time, and trains
 * the bundled rule sets' labelled examples' model into {@code OUTPUT/rabiap/compiled/model-KEY.bin}.
 * A breach or a compile error fails the build.
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
        trainModels(Path.of(args[0]));
        System.exit(0);
    }

    /**
     * Trains the labelled examples' model of every bundled rule set (they share the base examples, so
     * usually one model) and stores it as {@code rabiap/compiled/model-KEY.bin}, where {@link
     * PolicyTables} finds it by the example files' {@link KindModel#sourceKey}: a bundled rule set's classifier
     * then reads its model instead of training it at the first post.
     */
    private static void trainModels(Path output) throws IOException {
        Path folder = output.resolve(RuleBaseCache.BUNDLED);
        try (var old = Files.list(folder)) {
            for (Path stale : old.filter(p -> p.getFileName().toString().startsWith("model-")).toList()) {
                Files.delete(stale);
            }
        }
        List<String> names;
        try (var sets = Files.list(output.resolve(RuleSet.BUNDLED_ROOT))) {
            names = sets.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        java.util.Set<String> written = new java.util.HashSet<>();
        for (String name : names) {
            long start = System.nanoTime();
            List<KindModel.Example> examples = PolicyTables.bundledExamples(RuleSet.bundled(name));
            if (examples.isEmpty()) {
                continue;
            }
            String key = PolicyTables.bundledModelKey(RuleSet.bundled(name));
            if (!written.add(key)) {
                continue;
            }
            byte[] model = KindModel.train(examples).write();
            Path file = output.resolve(PolicyTables.bundledModelResource(key));
            Files.write(file, model);
            System.out.printf("rabiap: trained the model of %d labelled examples (%s) into %s (%,d bytes, %d ms)%n", examples.size(), name,
                    file, model.length, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
