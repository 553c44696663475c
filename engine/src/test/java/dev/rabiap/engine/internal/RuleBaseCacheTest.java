package dev.rabiap.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleSetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/** A rules folder is compiled once: later runs load it from the cache, and a changed file is compiled again. */
final class RuleBaseCacheTest {
    private static final String DRL = String.join("\n",
            "package dev.rabiap.test.cache;",
            "import dev.rabiap.engine.rule.Post;",
            "rule \"an order\" @id(\"cache.order\")",
            "when",
            "    $post : Post( kind == \"order\" )",
            "then",
            "    insert( $post.getText() );",
            "end");

    @TempDir
    Path cache;
    private String before;

    @BeforeEach
    void useATemporaryCache() {
        before = System.getProperty("rabiap.cache.dir");
        System.setProperty("rabiap.cache.dir", cache.toString());
        RuleBaseCache.clearMemory();
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("rabiap.cache.dir");
        } else {
            System.setProperty("rabiap.cache.dir", before);
        }
        RuleBaseCache.clearMemory();
    }

    private static List<RuleFile> files(String drl) {
        return List.of(new RuleFile("rules/cache.drl", "cache.drl", drl));
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> listing = Files.list(cache.resolve("rules"))) {
            return listing.sorted().toList();
        }
    }

    @Test
    void aSecondRun_loadsFromTheCache_andAChangedFileIsCompiledAgain() throws Exception {
        KieBase first = RuleBaseCache.load(files(DRL));
        assertThat(RuleBaseCache.lastSource()).isEqualTo("compiled");
        assertThat(first.getKiePackage("dev.rabiap.test.cache").getRules()).hasSize(1);
        String key = RuleBaseCache.keyOf(files(DRL));
        assertThat(entries()).extracting(p -> p.getFileName().toString()).containsExactly(key + ".jar");

        assertThat(RuleBaseCache.load(files(DRL))).isSameAs(first);
        assertThat(RuleBaseCache.lastSource()).isEqualTo("memory");

        RuleBaseCache.clearMemory(); // as a new process would start
        KieBase again = RuleBaseCache.load(files(DRL));
        assertThat(RuleBaseCache.lastSource()).isEqualTo("cache");
        assertThat(again.getKiePackage("dev.rabiap.test.cache").getRules()).hasSize(1);

        String changed = DRL.replace("\"order\" )", "\"report\" )");
        assertThat(RuleBaseCache.keyOf(files(changed))).isNotEqualTo(key);
        RuleBaseCache.load(files(changed));
        assertThat(RuleBaseCache.lastSource()).isEqualTo("compiled");
        assertThat(entries()).hasSize(2);
    }

    @Test
    void theKey_coversNamesContentsAndOrder() {
        RuleFile a = new RuleFile("rules/a.drl", "a.drl", DRL);
        RuleFile b = new RuleFile("rules/b.drl", "b.drl", DRL.replace("cache.order", "cache.other").replace("an order", "another"));
        String key = RuleBaseCache.keyOf(List.of(a, b));
        assertThat(key).hasSize(64).isEqualTo(RuleBaseCache.keyOf(List.of(a, b)));
        assertThat(RuleBaseCache.keyOf(List.of(b, a))).isNotEqualTo(key);
        assertThat(RuleBaseCache.keyOf(List.of(new RuleFile("x/a.drl", "renamed.drl", DRL), b))).isNotEqualTo(key);
        // Where the folder is does not matter: the same files anywhere share one entry.
        assertThat(RuleBaseCache.keyOf(List.of(new RuleFile("elsewhere/a.drl", "a.drl", DRL), b))).isEqualTo(key);
    }

    @Test
    void aDamagedEntry_isCompiledAgainAndReplaced() throws Exception {
        RuleBaseCache.load(files(DRL));
        Path entry = cache.resolve("rules").resolve(RuleBaseCache.keyOf(files(DRL)) + ".jar");
        Files.write(entry, new byte[] {'P', 'K', 3, 4, 0});
        RuleBaseCache.clearMemory();
        RuleBaseCache.load(files(DRL));
        assertThat(RuleBaseCache.lastSource()).isEqualTo("compiled");
        assertThat(CompiledModule.fromJar(Files.readAllBytes(entry)).key()).isEqualTo(RuleBaseCache.keyOf(files(DRL)));
    }

    @Test
    void anEntryChangedToHoldForbiddenCode_isRefusedWhenLoaded() throws Exception {
        String bad = DRL.replace("insert( $post.getText() );", "System.exit( 1 );");
        CompiledModule forged = DrlCompiler.compile(files(bad), RuleBaseCache.keyOf(files(DRL)));
        Files.createDirectories(cache.resolve("rules"));
        Files.write(cache.resolve("rules").resolve(forged.key() + ".jar"), forged.toJar());
        assertThatThrownBy(() -> RuleBaseCache.load(files(DRL))).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("calls java.lang.System.exit(int): not allowed in rule code");
    }

    @Test
    void concurrentRuns_shareOneEntry_andLeaveNoTemporaryFiles() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<KieBase>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(() -> RuleBaseCache.load(files(DRL)));
            }
            for (Future<KieBase> run : pool.invokeAll(runs)) {
                assertThat(run.get().getKiePackage("dev.rabiap.test.cache").getRules()).hasSize(1);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(entries()).extracting(p -> p.getFileName().toString()).containsExactly(RuleBaseCache.keyOf(files(DRL)) + ".jar");
    }

    @Test
    void theCacheFolder_followsXdgAndTheSystemProperty() {
        assertThat(RuleBaseCache.folder()).isEqualTo(cache.resolve("rules"));
        System.clearProperty("rabiap.cache.dir");
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path expected = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg, "rabiap", "rules")
                : Path.of(System.getProperty("user.home"), ".cache", "rabiap", "rules");
        assertThat(RuleBaseCache.folder()).isEqualTo(expected);
    }
}
