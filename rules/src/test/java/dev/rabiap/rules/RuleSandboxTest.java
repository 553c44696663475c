package dev.rabiap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rabiap.engine.PolicyEngine;
import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import dev.rabiap.engine.RuleSet;
import dev.rabiap.engine.RuleSetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule files that try to get out of the sandbox are refused with file, line and the offending call,
 * however the source is spelt; the bundled rules and ordinary rule code pass. The files are in
 * src/test/resources/sandbox.
 */
final class RuleSandboxTest {
    private static final RuleSet RULES = RuleSet.bundled("sakon-nakhon");

    private static RuleFile resource(String name) {
        try (InputStream in = RuleSandboxTest.class.getResourceAsStream("/sandbox/" + name)) {
            return new RuleFile("rules/" + name, name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> refusals(String name) {
        try {
            PolicyEngine.check(RULES.with(resource(name)), Fixtures.ROSTER);
        } catch (RuleSetException e) {
            return e.problems().stream().map(RuleProblem::toString).toList();
        }
        throw new AssertionError(name + " was accepted");
    }

    @Test
    void aNameSplitOverLines_isRefusedAtTheCall() {
        assertThat(refusals("split-names.drl")).containsExactly(
                "rules/split-names.drl:12: rule 'writes a file through a split name' calls java.nio.file.Path.of(String, String[]): not allowed in rule code",
                "rules/split-names.drl:12: rule 'writes a file through a split name' calls java.nio.file.Files.writeString(java.nio.file.Path, CharSequence, java.nio.file.OpenOption[]): not allowed in rule code");
    }

    @Test
    void aClassNameBuiltAtRunTime_isRefusedAtForNameAndReflection() {
        assertThat(refusals("forname-concat.drl")).containsExactly(
                "rules/forname-concat.drl:11: rule 'runs a program found by name' calls java.lang.Class.forName(String): not allowed in rule code",
                "rules/forname-concat.drl:11: rule 'runs a program found by name' calls java.lang.Class.getMethod(String, Class[]): not allowed in rule code",
                "rules/forname-concat.drl:11: rule 'runs a program found by name' calls java.lang.reflect.Method.invoke(Object, Object[]): not allowed in rule code",
                "rules/forname-concat.drl:12: rule 'runs a program found by name' calls java.lang.Object.getClass(): not allowed in rule code (reflection is not allowed in rule code)");
    }

    @Test
    void aLogFileHandler_isRefused() {
        assertThat(refusals("file-handler.drl")).containsExactly(
                "rules/file-handler.drl:10: rule 'opens a log file' creates java.util.logging.FileHandler(String): not allowed in rule code",
                "rules/file-handler.drl:10: rule 'opens a log file' calls java.util.logging.FileHandler.publish(java.util.logging.LogRecord): not allowed in rule code");
    }

    @Test
    void aCallAfterACommentMarkerInAString_isRefused() {
        assertThat(refusals("comment-marker.drl")).containsExactly(
                "rules/comment-marker.drl:11: rule 'runs a program after a comment marker' calls java.lang.Runtime.getRuntime(): not allowed in rule code",
                "rules/comment-marker.drl:11: rule 'runs a program after a comment marker' calls java.lang.Runtime.exec(String): not allowed in rule code");
    }

    @Test
    void reflection_isRefused() {
        assertThat(refusals("reflection.drl")).containsExactly(
                "rules/reflection.drl:10: rule 'reads a private field by reflection' calls java.lang.Class.getDeclaredField(String): not allowed in rule code",
                "rules/reflection.drl:11: rule 'reads a private field by reflection' calls java.lang.reflect.Field.setAccessible(boolean): not allowed in rule code",
                "rules/reflection.drl:12: rule 'reads a private field by reflection' calls java.lang.reflect.Field.get(Object): not allowed in rule code");
    }

    @Test
    void filesWrite_isRefused() {
        assertThat(refusals("files-write.drl")).containsExactly(
                "rules/files-write.drl:12: rule 'writes a file' calls java.nio.file.Paths.get(String, String[]): not allowed in rule code",
                "rules/files-write.drl:12: rule 'writes a file' calls java.nio.file.Files.write(java.nio.file.Path, byte[], java.nio.file.OpenOption[]): not allowed in rule code");
    }

    @Test
    void getClassInAConstraint_isRefused() {
        assertThat(refusals("getclass-constraint.drl")).containsExactly(
                "rules/getclass-constraint.drl:8: rule 'asks a fact for its class in a constraint' calls java.lang.Object.getClass(): not allowed in rule code (reflection is not allowed in rule code)",
                "rules/getclass-constraint.drl:8: rule 'asks a fact for its class in a constraint' calls java.lang.Class.getClassLoader(): not allowed in rule code");
    }

    @Test
    void systemExitInAFunction_isRefusedAtTheFunction() {
        assertThat(refusals("system-exit-function.drl")).containsExactly(
                "rules/system-exit-function.drl:6: function 'stop' calls java.lang.System.exit(int): not allowed in rule code");
    }

    @Test
    void aThread_isRefused() {
        assertThat(refusals("thread.drl")).containsExactly(
                "rules/thread.drl:10: rule 'starts a thread' creates java.lang.Thread(Runnable): not allowed in rule code",
                "rules/thread.drl:10: rule 'starts a thread' calls java.lang.Thread.start(): not allowed in rule code");
    }

    @Test
    void aLoopInAConsequence_isRefused() {
        assertThat(refusals("endless-consequence.drl")).containsExactly(
                "rules/endless-consequence.drl:10: rule 'never returns' has a loop: not allowed in rule code (rule code may not loop; "
                        + "read collections with contains, stream().anyMatch … or match each element with 'from')");
    }

    @Test
    void theSessionBehindAConsequence_isRefused() {
        assertThat(refusals("session.drl")).containsExactly(
                "rules/session.drl:10: rule 'reaches the session behind the consequence' calls org.drools.modelcompiler.consequence.DroolsImpl.asKnowledgeHelper(): not allowed in rule code",
                "rules/session.drl:10: rule 'reaches the session behind the consequence' calls org.kie.api.runtime.KieContext.getKieRuntime(): not allowed in rule code",
                "rules/session.drl:10: rule 'reaches the session behind the consequence' calls org.kie.api.runtime.RuntimeSession.setGlobal(String, Object): not allowed in rule code");
    }

    @Test
    void regularExpressions_areRefused_soThatNoPatternCanStallAnAudit() {
        String why = " (a regular expression can take exponential time on some texts; use contains, startsWith, endsWith, "
                + "str[startsWith] or a classification row)";
        assertThat(refusals("regex.drl")).containsExactly(
                "rules/regex.drl:9: rule 'matches a pattern that backtracks' calls java.util.regex.Pattern.compile(String): not allowed in rule code" + why,
                "rules/regex.drl:9: rule 'matches a pattern that backtracks' calls java.util.regex.Pattern.matcher(CharSequence): not allowed in rule code" + why,
                "rules/regex.drl:9: rule 'matches a pattern that backtracks' calls java.util.regex.Matcher.matches(): not allowed in rule code" + why,
                "rules/regex.drl:11: rule 'matches a pattern that backtracks' calls java.lang.String.replaceAll(String, String): not allowed in rule code" + why);
    }

    @Test
    void ordinaryRuleCode_andTheBundledRules_pass() {
        assertThat(PolicyEngine.check(RULES.with(resource("allowed.drl")), Fixtures.ROSTER)).isEmpty();
        for (String name : List.of("sakon-nakhon", "lamphun-pr", "phrae-gcc", "moi-mahadthai")) {
            PolicyEngine.check(RuleSet.bundled(name), Fixtures.ROSTER);
        }
    }

    @Test
    void bracketsNestedTooDeep_areRefusedWithTheLine_notAStackOverflow() {
        String drl = String.join("\n",
                "package dev.rabiap.rules.extra;",
                "import dev.rabiap.engine.rule.Post;",
                "rule \"deep\" @id(\"extra.deep\")",
                "when",
                "    Post( " + "(".repeat(5000) + "seq > 0" + ")".repeat(5000) + " )",
                "then",
                "end");
        RuleSetException e = refusedAll(new RuleFile("rules/deep.drl", "deep.drl", drl));
        assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(
                "rules/deep.drl:5: brackets nested more than 10 deep: split the expression (each level doubles the time the rule compiler takes)");
    }

    @Test
    void bracketsTenDeep_stillCompile() {
        String drl = String.join("\n",
                "package dev.rabiap.rules.extra;",
                "import dev.rabiap.engine.rule.Post;",
                "rule \"nine inside the pattern\" @id(\"extra.nine\")",
                "when",
                "    Post( " + "(".repeat(9) + "seq > 0" + ")".repeat(9) + " )",
                "then",
                "end");
        assertThat(PolicyEngine.check(RULES.with(new RuleFile("rules/nine.drl", "nine.drl", drl)), Fixtures.ROSTER)).isEmpty();
    }

    @Test
    void aVeryLongExpression_isRefusedWithTheLine_notAStackOverflow() {
        String drl = String.join("\n",
                "package dev.rabiap.rules.extra;",
                "import dev.rabiap.engine.rule.Post;",
                "rule \"long\" @id(\"extra.long\")",
                "when",
                "    Post( seq > 0" + " + 1".repeat(20_000) + " )",
                "then",
                "end");
        RuleSetException e = refusedAll(new RuleFile("rules/long.drl", "long.drl", drl));
        assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(
                "rules/long.drl:5: more than 500 operators in one expression: split it (the compiler would run out of stack)");
    }

    private static RuleSetException refusedAll(RuleFile file) {
        try {
            PolicyEngine.check(RULES.with(file), Fixtures.ROSTER);
        } catch (RuleSetException e) {
            return e;
        }
        throw new AssertionError(file.name() + " was accepted");
    }
}
