package dev.rabiap.engine.internal;

import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule bases, so that DRL is compiled once and not at every start. A rule base is keyed by
 * the SHA-256 of its DRL files (names and contents, in order), the engine build, the Drools version,
 * the Java version and the sandbox's allow-list version: whatever would change the compiled classes
 * or what is allowed in them changes the key, so a stale entry is never used. Policy tables are not
 * part of it: they are facts, read at every start.
 *
 * <p>Looked up in order: this process's last few rule bases; the rule bases compiled at build time
 * for the bundled rules ({@code rabiap/compiled/KEY.jar} on the class path); the user's cache
 * folder ({@code $XDG_CACHE_HOME/rabiap/rules}, else {@code ~/.cache/rabiap/rules}, or the
 * {@code rabiap.cache.dir} system property); else compiled, checked and stored there. Entries are
 * written to a temporary file and renamed, so concurrent runs never see half a file. Every entry is
 * checked by the sandbox again when it is loaded.
 */
public final class RuleBaseCache {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBaseCache.class);
    /** Where the build puts the bundled rules' compiled modules on the class path. */
    public static final String BUNDLED = "rabiap/compiled/";
    private static final int KEPT_IN_MEMORY = 8;
    private static final int KEPT_ON_DISK = 64;

    private static final Map<String, KieBase> MEMORY = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KieBase> eldest) {
            return size() > KEPT_IN_MEMORY;
        }
    };

    /** Everything besides the DRL that the compiled classes, or what is allowed in them, depend on. */
    private static final String ENVIRONMENT = String.join("\n", "rabiap-rule-base/1", "engine " + engineBuild(),
            "drools " + droolsVersion(), "java " + Runtime.version().feature(), "sandbox " + SandboxPolicy.VERSION);

    /** Where the last {@link #load} found its rule base: memory, bundled, cache or compiled. */
    private static volatile String lastSource = "";

    private RuleBaseCache() {}

    /**
     * The rule base of these DRL files, from memory, the class path or the cache, or compiled and
     * cached.
     *
     * @throws RuleSetException naming file and line of every compile error or sandbox breach
     */
    public static KieBase load(List<RuleFile> drl) {
        String key = keyOf(drl);
        synchronized (MEMORY) {
            KieBase known = MEMORY.get(key);
            if (known != null) {
                lastSource = "memory";
                return known;
            }
        }
        String source = "bundled";
        CompiledModule module = bundled(key);
        if (module == null) {
            source = "cache";
            module = cached(key);
        }
        if (module == null) {
            source = "compiled";
            module = compileWithLargeStack(drl, key);
        }
        List<RuleProblem> breaches = RuleSandbox.check(module, drl);
        if (!breaches.isEmpty()) {
            throw new RuleSetException(breaches);
        }
        if (source.equals("compiled")) {
            store(module);
        }
        KieBase kieBase = module.newKieBase();
        synchronized (MEMORY) {
            MEMORY.put(key, kieBase);
        }
        lastSource = source;
        LOG.debug("rule base {} from {}", key, source);
        return kieBase;
    }

    /** Compiles and checks the DRL files without the caches: what the build stores for the bundled rules. */
    public static CompiledModule compileChecked(List<RuleFile> drl) {
        CompiledModule module = compileWithLargeStack(drl, keyOf(drl));
        List<RuleProblem> breaches = RuleSandbox.check(module, drl);
        if (!breaches.isEmpty()) {
            throw new RuleSetException(breaches);
        }
        return module;
    }

    /** The stack of the thread that compiles: the parsers recurse once per operator or bracket. */
    private static final long COMPILER_STACK = 256L << 20;

    /**
     * Compiles on a thread of its own with a large stack, so that whatever thread asks (a server's
     * reload thread has a small one) the limits of {@link DrlShape} keep the compilers within it.
     */
    private static CompiledModule compileWithLargeStack(List<RuleFile> drl, String key) {
        CompiledModule[] module = new CompiledModule[1];
        Throwable[] failure = new Throwable[1];
        Thread compiler = new Thread(null, () -> {
            try {
                module[0] = DrlCompiler.compile(drl, key);
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, "rabiap-rule-compiler", COMPILER_STACK);
        compiler.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        compiler.start();
        try {
            compiler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            compiler.interrupt();
            throw new IllegalStateException("interrupted while compiling rules", e);
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        return module[0];
    }

    /** Where the last load found its rule base: {@code memory}, {@code bundled}, {@code cache} or {@code compiled}. */
    public static String lastSource() {
        return lastSource;
    }

    /** Forgets the rule bases this process has loaded (tests, and a long-running server that wants the memory back). */
    public static void clearMemory() {
        synchronized (MEMORY) {
            MEMORY.clear();
        }
    }

    /** The cache key of these DRL files: 64 hex digits. */
    public static String keyOf(List<RuleFile> drl) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ENVIRONMENT.getBytes(StandardCharsets.UTF_8));
            for (RuleFile file : drl) {
                sha.update((byte) 0);
                sha.update(file.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cache folder for compiled rule bases. */
    public static Path folder() {
        String configured = System.getProperty("rabiap.cache.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).resolve("rules");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("rabiap").resolve("rules");
    }

    private static CompiledModule bundled(String key) {
        try (InputStream in = RuleBaseCache.class.getClassLoader().getResourceAsStream(BUNDLED + key + ".jar")) {
            return in == null ? null : verified(key, CompiledModule.fromJar(in.readAllBytes()));
        } catch (IOException e) {
            LOG.warn("the bundled compiled rules {} cannot be read ({}); compiling instead", key, e.getMessage());
            return null;
        }
    }

    private static CompiledModule cached(String key) {
        Path file = folder().resolve(key + ".jar");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return verified(key, CompiledModule.fromJar(Files.readAllBytes(file)));
        } catch (IOException e) {
            LOG.debug("cached rules {} unusable ({}); compiling again", file, e.getMessage());
            return null;
        }
    }

    private static CompiledModule verified(String key, CompiledModule module) throws IOException {
        if (!module.key().equals(key)) {
            throw new IOException("stored under another key");
        }
        return module;
    }

    private static void store(CompiledModule module) {
        Path folder = folder();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, ".tmp-" + module.key().substring(0, 12) + "-", ".jar");
            Files.write(temporary, module.toJar());
            Path target = folder.resolve(module.key() + ".jar");
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            prune(folder);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot cache compiled rules in {}: {}", folder, e.toString());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.debug("cannot remove {}: {}", temporary, e.toString());
                }
            }
        }
    }

    /** Keeps the most recently written entries; the rest are from rule sets no longer used. */
    private static void prune(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> jars = entries.filter(p -> p.getFileName().toString().endsWith(".jar") && !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(RuleBaseCache::modified).reversed()).toList();
            for (Path old : jars.subList(Math.min(jars.size(), KEPT_ON_DISK), jars.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String engineBuild() {
        Properties properties = new Properties();
        try (InputStream in = RuleBaseCache.class.getResourceAsStream("/dev/rabiap/engine/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown") + " " + properties.getProperty("build", "unknown");
    }

    private static String droolsVersion() {
        Properties properties = new Properties();
        try (InputStream in = RuleBaseCache.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.drools/drools-model-compiler/pom.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
