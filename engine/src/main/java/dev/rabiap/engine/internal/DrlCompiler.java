package dev.rabiap.engine.internal;

import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.util.PortablePath;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL files through the executable model: constraints, consequences and functions become
 * Java classes, which {@link RuleSandbox} can check and which load without compiling again. The
 * executable model names errors poorly (no line for an unknown type or field, a generated Java file
 * for a bad consequence), so when it fails the same files go through the classic compiler as well,
 * whose errors name the DRL file and line; its errors are the ones reported when it has any.
 */
final class DrlCompiler {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final Pattern LINE_IN_TEXT = Pattern.compile("\\[Line: (\\d+)|Line (\\d+):");
    private static final AtomicLong BUILDS = new AtomicLong();

    private DrlCompiler() {}

    /**
     * @param drl the DRL files, in order
     * @param key the key the module will be stored under
     * @throws RuleSetException naming file and line of every error
     */
    static CompiledModule compile(List<RuleFile> drl, String key) {
        KieServices services = services();
        Build build = new Build(services, drl);
        KieBuilder builder;
        try {
            builder = services.newKieBuilder(build.files).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException | StackOverflowError e) {
            // The executable model throws instead of reporting on some rules it cannot translate.
            services.getRepository().removeKieModule(build.releaseId);
            throw classicOr(drl, List.of(locate(drl, e)));
        }
        List<RuleProblem> problems = build.problems(builder.getResults().getMessages(Message.Level.ERROR));
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(build.releaseId);
            throw classicOr(drl, problems);
        }
        try {
            InternalKieModule module = (InternalKieModule) builder.getKieModule();
            if (module instanceof CanonicalKieModule canonical) {
                module = canonical.getInternalKieModule();
            }
            MemoryFileSystem fs = ((MemoryKieModule) module).getMemoryFileSystem();
            Map<String, byte[]> classes = new HashMap<>();
            List<String> models = new ArrayList<>();
            for (Map.Entry<PortablePath, byte[]> entry : fs.getMap().entrySet()) {
                String path = entry.getKey().asString();
                if (path.startsWith("org/drools/project/model/")) {
                    continue; // the kjar's project descriptor: this engine builds the rule base from the models itself
                }
                if (path.endsWith(".class")) {
                    classes.put(path.substring(0, path.length() - ".class".length()), entry.getValue());
                } else if (path.startsWith("META-INF/kie/") && path.endsWith("/" + CanonicalKieModule.MODEL_FILE_NAME)) {
                    new String(entry.getValue(), StandardCharsets.UTF_8).lines().map(String::trim)
                            .filter(l -> !l.isEmpty() && !l.startsWith(CanonicalKieModule.MODEL_VERSION)).forEach(models::add);
                }
            }
            if (models.isEmpty()) {
                throw new IllegalStateException("the executable model produced no rule model");
            }
            return new CompiledModule(key, classes, models);
        } finally {
            services.getRepository().removeKieModule(build.releaseId);
        }
    }

    /**
     * Names the rule the executable model could not translate, when it threw without saying which:
     * compiles with halves of the rules blanked out (lines kept, so positions stay) until one rule
     * is left. A handful of builds, on the error path only.
     */
    private static RuleProblem locate(List<RuleFile> drl, Throwable failure) {
        String why = "the executable model cannot translate it: " + firstLine(failure) + HINT;
        DrlIndex index = DrlIndex.of(drl);
        List<DrlIndex.Entry> all = index.rules();
        List<DrlIndex.Entry> candidates = all.stream().filter(e -> !e.file().path().startsWith("classpath:")).toList();
        if (candidates.isEmpty()) {
            candidates = all;
        }
        if (candidates.isEmpty() || throwsWithout(drl, candidates)) {
            return new RuleProblem(firstUserFile(drl), 0, why);
        }
        for (int builds = 0; candidates.size() > 1 && builds < 10; builds++) {
            List<DrlIndex.Entry> half = candidates.subList(0, candidates.size() / 2);
            List<DrlIndex.Entry> rest = candidates.subList(candidates.size() / 2, candidates.size());
            candidates = throwsWithout(drl, rest) ? half : rest;
        }
        if (candidates.size() != 1) {
            return new RuleProblem(firstUserFile(drl), 0, why);
        }
        DrlIndex.Entry rule = candidates.get(0);
        Matcher expression = EXPRESSION.matcher(failure.getMessage() == null ? "" : failure.getMessage());
        int line = expression.find() ? rule.lineOf(expression.group(1)) : rule.line();
        return new RuleProblem(rule.file().path(), line, rule.label() + ": " + why);
    }

    private static final Pattern EXPRESSION = Pattern.compile("expression = ([\\w$]+)");
    private static final String HINT = " (the classic compiler accepts it; write this.name(…) to call a method of the"
            + " pattern's fact, and getName() for a property whose name the executable model reserves, such as unit)";

    /** Whether the executable model still throws with these rules' lines blanked out. */
    private static boolean throwsWithout(List<RuleFile> drl, List<DrlIndex.Entry> removed) {
        List<RuleFile> trimmed = new ArrayList<>();
        for (RuleFile file : drl) {
            String[] lines = file.content().split("\n", -1);
            boolean changed = false;
            for (DrlIndex.Entry rule : removed) {
                if (rule.file() == file) {
                    int end = rule.endLine() > 0 ? rule.endLine() : rule.line();
                    for (int i = rule.line(); i <= Math.min(end, lines.length); i++) {
                        lines[i - 1] = "";
                    }
                    changed = true;
                }
            }
            trimmed.add(changed ? new RuleFile(file.path(), file.name(), String.join("\n", lines)) : file);
        }
        KieServices services = services();
        Build build = new Build(services, trimmed);
        try {
            services.newKieBuilder(build.files).buildAll(ExecutableModelProject.class);
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            return true;
        } finally {
            services.getRepository().removeKieModule(build.releaseId);
        }
    }

    /** The classic compiler's errors for the same files, if it finds any; else {@code fallback}. */
    private static RuleSetException classicOr(List<RuleFile> drl, List<RuleProblem> fallback) {
        KieServices services = services();
        Build build = new Build(services, drl);
        try {
            KieBuilder builder = services.newKieBuilder(build.files).buildAll();
            List<RuleProblem> problems = build.problems(builder.getResults().getMessages(Message.Level.ERROR));
            return new RuleSetException(problems.isEmpty() ? fallback : problems);
        } catch (RuntimeException | StackOverflowError e) {
            return new RuleSetException(fallback);
        } finally {
            services.getRepository().removeKieModule(build.releaseId);
        }
    }

    private static KieServices services() {
        KieServices services = KieServices.Factory.get();
        if (services == null) {
            throw new IllegalStateException("the Drools compiler is not on the class path (drools-compiler, drools-model-codegen)");
        }
        return services;
    }

    /** The last DRL file that is not one of the generic files: the likeliest culprit. */
    private static String firstUserFile(List<RuleFile> drl) {
        for (int i = drl.size() - 1; i >= 0; i--) {
            if (!drl.get(i).path().startsWith("classpath:")) {
                return drl.get(i).path();
            }
        }
        return drl.isEmpty() ? "rules" : drl.get(drl.size() - 1).path();
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof StackOverflowError) {
            message = "a rule is nested too deeply";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    /** One build's files, as the Drools file system holds them, and how errors name them. */
    private static final class Build {
        final KieFileSystem files;
        final ReleaseId releaseId;
        final Map<String, String> shownAs = new HashMap<>();

        Build(KieServices services, List<RuleFile> drl) {
            files = services.newKieFileSystem();
            releaseId = services.newReleaseId("dev.rabiap.compiled", "rules", "1." + BUILDS.incrementAndGet());
            files.generateAndWritePomXML(releaseId);
            int count = 0;
            for (RuleFile file : drl) {
                Matcher pkg = PACKAGE.matcher(file.content());
                String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "rules";
                String resource = folder + "/" + (count++) + "-" + file.name();
                shownAs.put(resource, file.path());
                shownAs.put("src/main/resources/" + resource, file.path());
                files.write("src/main/resources/" + resource, file.content());
            }
        }

        List<RuleProblem> problems(List<Message> messages) {
            Set<RuleProblem> problems = new LinkedHashSet<>();
            for (Message message : messages) {
                String path = message.getPath() == null ? "" : message.getPath();
                String text = message.getText() == null ? "" : message.getText();
                if (text.startsWith("Parser returned a null Package") || text.startsWith("Java source of ")) {
                    continue;
                }
                String file = shownAs.get(path);
                int line = message.getLine();
                if (file == null) {
                    // A generated Java file: its line means nothing to the person who wrote the rule.
                    file = path.startsWith("src/main/java/") || path.isEmpty() ? "rules" : path;
                    line = 0;
                }
                if (line <= 0) {
                    Matcher inText = LINE_IN_TEXT.matcher(text);
                    if (inText.find()) {
                        line = Integer.parseInt(inText.group(1) != null ? inText.group(1) : inText.group(2));
                    }
                }
                problems.add(new RuleProblem(file, Math.max(line, 0), text.replace('\n', ' ').replaceAll("\\s{2,}", " ").trim()));
            }
            return new ArrayList<>(problems);
        }
    }
}
