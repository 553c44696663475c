package dev.rabiap.engine.internal;

import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.RuleSetException;
import dev.rabiap.engine.rule.Findings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a rule set with the Drools compiler (classic DRL path, drools-compiler + drools-mvel).
 * Errors are refused with file:line; nothing half-built is returned.
 */
public final class RuleCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final Pattern LINE_IN_TEXT = Pattern.compile("\\[Line: (\\d+)|Line (\\d+):");
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleCompiler() {}

    /**
     * Checks the tables against the roster and compiles the DRL.
     *
     * @throws RuleSetException with every problem, each naming file and line
     */
    public static CompiledRules compile(RuleSet rules, Roster roster) {
        List<RuleProblem> problems = new ArrayList<>();
        PolicyTables.Policy policy = PolicyTables.read(rules, roster, problems);
        problems.addAll(RuleLint.errors(rules));

        KieServices services = KieServices.Factory.get();
        if (services == null) {
            throw new IllegalStateException("the Drools compiler is not on the class path (drools-compiler, drools-mvel)");
        }
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("dev.rabiap.compiled", safe(rules.name()), "1." + BUILDS.incrementAndGet());
        files.generateAndWritePomXML(releaseId);
        Map<String, String> shownAs = new HashMap<>();
        int drlCount = 0;
        for (RuleFile file : rules.files()) {
            if (!file.isDrl()) {
                continue;
            }
            Matcher pkg = PACKAGE.matcher(file.content());
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "rules";
            String resource = folder + "/" + (drlCount++) + "-" + file.name();
            shownAs.put(resource, file.path());
            shownAs.put("src/main/resources/" + resource, file.path());
            files.write("src/main/resources/" + resource, file.content());
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        KieBuilder builder;
        try {
            builder = services.newKieBuilder(files).buildAll();
        } catch (StackOverflowError e) {
            // Drools parses expressions recursively: one nested deeply enough exhausts the stack.
            throw new RuleSetException(List.of(deepestNesting(rules)));
        }
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "" : message.getPath();
            String file = shownAs.getOrDefault(path, path.isEmpty() ? "rules" : path);
            int line = message.getLine();
            if (line <= 0) {
                Matcher inText = LINE_IN_TEXT.matcher(message.getText());
                if (inText.find()) {
                    line = Integer.parseInt(inText.group(1) != null ? inText.group(1) : inText.group(2));
                }
            }
            String text = message.getText().replace('\n', ' ').replaceAll("\\s{2,}", " ").trim();
            if (text.startsWith("Parser returned a null Package")) {
                continue;
            }
            problems.add(new RuleProblem(file, line, text));
        }
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new RuleSetException(problems);
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        services.getRepository().removeKieModule(releaseId);
        int ruleCount = checkRuleIds(kieBase, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        LOG.debug("compiled rule set {} version {}: {} rules", rules.name(), rules.version(), ruleCount);
        return new CompiledRules(rules, kieBase, policy, new Findings(policy.catalogue(), policy.roles(), policy.kinds()),
                problems.isEmpty() ? RuleLint.warnings(rules, policy) : List.of());
    }

    /** Every DRL rule must carry a unique {@code @id}; returns how many rules there are. */
    private static int checkRuleIds(KieBase kieBase, List<RuleProblem> problems) {
        int rules = 0;
        Map<String, String> ruleById = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Object id = rule.getMetaData().get("id");
                String where = kiePackage.getName() + " rule \"" + rule.getName() + "\"";
                if (id == null) {
                    problems.add(new RuleProblem(kiePackage.getName(), 0, where + " has no @id"));
                    continue;
                }
                String previous = ruleById.putIfAbsent(id.toString(), where);
                if (previous != null) {
                    problems.add(new RuleProblem(kiePackage.getName(), 0, "@id " + id + " of " + where + " is already used by " + previous));
                }
                rules++;
            }
        }
        return rules;
    }

    private static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        return cleaned.isEmpty() ? "rules" : cleaned;
    }

    /** The DRL file and line where parentheses nest deepest, for a build that ran out of stack. */
    private static RuleProblem deepestNesting(RuleSet rules) {
        RuleFile deepestFile = null;
        int deepest = -1;
        int deepestLine = 0;
        for (RuleFile file : rules.files()) {
            if (!file.isDrl()) {
                continue;
            }
            int depth = 0;
            int line = 1;
            for (int i = 0; i < file.content().length(); i++) {
                char c = file.content().charAt(i);
                if (c == '\n') {
                    line++;
                } else if (c == '(' && ++depth > deepest) {
                    deepest = depth;
                    deepestFile = file;
                    deepestLine = line;
                } else if (c == ')' && depth > 0) {
                    depth--;
                }
            }
        }
        String message = "an expression is nested too deeply to compile (" + deepest + " parentheses)";
        return deepestFile == null ? new RuleProblem("rules", 0, message) : new RuleProblem(deepestFile.path(), deepestLine, message);
    }
}
