package dev.rabiap.engine.internal;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;

/**
 * The DRL of a rule set compiled through the executable model: the class files Drools generated
 * (constraints, consequences, declared types and the rule model itself) and which of them are
 * the models to build a rule base from. Stored as a jar, at build time for the bundled rules and in
 * the user's cache for a {@code --rules} folder; loaded without compiling anything, by a class
 * loader that defines only these classes, and only after {@link RuleSandbox} has passed them.
 */
public final class CompiledModule {
    /** The jar entry listing the model classes, one binary name a line. */
    static final String MODELS = "META-INF/rabiap/models";
    /** The jar entry holding the key the module was stored under. */
    static final String KEY = "META-INF/rabiap/key";

    private final String key;
    private final Map<String, byte[]> classes;
    private final List<String> models;

    /**
     * @param key what the module was compiled from (see {@link RuleBaseCache#keyOf})
     * @param classes class files by internal name ({@code dev/rabiap/rules/x/Y})
     * @param models the binary names of the classes that implement {@link Model}
     */
    CompiledModule(String key, Map<String, byte[]> classes, List<String> models) {
        this.key = requireNonNull(key, "key is null");
        this.classes = Collections.unmodifiableMap(new TreeMap<>(classes));
        this.models = List.copyOf(models);
    }

    String key() {
        return key;
    }

    /** Class files by internal name. */
    Map<String, byte[]> classes() {
        return classes;
    }

    List<String> models() {
        return models;
    }

    /** The module as a jar: the class files, the model list and the key. */
    byte[] toJar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, KEY, key.getBytes(StandardCharsets.UTF_8));
            put(zip, MODELS, String.join("\n", models).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                put(zip, entry.getKey() + ".class", entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // the same rules give the same bytes
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * Reads a module stored by {@link #toJar()}.
     *
     * @throws IOException when the bytes are not such a jar
     */
    static CompiledModule fromJar(byte[] jar) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        String key = null;
        List<String> models = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                byte[] content = zip.readAllBytes();
                String name = entry.getName();
                if (name.equals(KEY)) {
                    key = new String(content, StandardCharsets.UTF_8).trim();
                } else if (name.equals(MODELS)) {
                    models = new String(content, StandardCharsets.UTF_8).lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
                } else if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()), content);
                } else {
                    throw new IOException("unexpected entry " + name);
                }
            }
        }
        if (key == null || models == null || models.isEmpty()) {
            throw new IOException("not a compiled rule module (no key or no model list)");
        }
        for (String model : models) {
            if (!classes.containsKey(model.replace('.', '/'))) {
                throw new IOException("model class " + model + " is missing");
            }
        }
        return new CompiledModule(key, classes, models);
    }

    /**
     * Defines the classes in a class loader of their own (parent: the engine's) and builds the rule
     * base from the models. Call only on a module {@link RuleSandbox} has passed.
     */
    KieBase newKieBase() {
        ModuleClassLoader loader = new ModuleClassLoader(classes, CompiledModule.class.getClassLoader());
        List<Model> built = new ArrayList<>();
        try {
            for (String model : models) {
                built.add((Model) loader.loadClass(model).getConstructor().newInstance());
            }
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            throw new IllegalStateException("cannot load the compiled rules: " + e, e);
        }
        KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration(null, loader);
        // range constraints between facts (an open duty's expiry against the log's time, an answer's
        // time against a duty's) are looked up in a sorted index instead of tried one by one
        configuration.setOption(org.kie.api.conf.BetaRangeIndexOption.ENABLED);
        return KieBaseBuilder.createKieBaseFromModel(built, configuration);
    }

    /** Defines the module's classes, and nothing else; everything else comes from the engine's loader. */
    static final class ModuleClassLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        ModuleClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("rabiap-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/'));
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
