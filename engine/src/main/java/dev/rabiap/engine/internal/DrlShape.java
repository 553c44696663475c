package dev.rabiap.engine.internal;

import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses DRL the compilers would hang or overflow their stack on, before they see it: brackets
 * nested deeper than {@link #MAX_DEPTH}, or one expression of more than {@link #MAX_CHAIN}
 * operators in a row. The executable model's expression parser backtracks: each level of nested
 * brackets in one expression about doubles its time (13 levels take 2 s, 16 levels minutes, 60
 * levels did not finish in 10 minutes). Long operator chains make it recurse once per operator, so
 * such a file would end in a {@link StackOverflowError} instead of an error with file and line.
 */
final class DrlShape {
    /** Brackets of all kinds, counted through the whole file; the bundled rules go 4 deep. */
    static final int MAX_DEPTH = 10;
    /** Operators between two semicolons, commas or brackets, such as {@code a + a + a …}. */
    static final int MAX_CHAIN = 500;

    private DrlShape() {}

    static List<RuleProblem> check(List<RuleFile> drl) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFile file : drl) {
            RuleProblem problem = check(file);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static RuleProblem check(RuleFile file) {
        String text = file.content();
        int depth = 0;
        int chain = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '\n') {
                line++;
            } else if (c == '/' && next == '/') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '/' && next == '*') {
                i += 2;
                while (i < text.length() && !(text.charAt(i) == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                    i++;
                }
                i++;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
                if (i < text.length() && text.charAt(i) == '\n') {
                    line++;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                chain = 0;
                if (depth > MAX_DEPTH) {
                    return new RuleProblem(file.path(), line, "brackets nested more than " + MAX_DEPTH
                            + " deep: split the expression (each level doubles the time the rule compiler takes)");
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
                chain = 0;
            } else if (c == ';' || c == ',') {
                chain = 0;
            } else if ("+-*/%&|^!<>=?:".indexOf(c) >= 0) {
                if ("&|=<>+-".indexOf(next) >= 0 && next != 0 && (next == c || next == '=')) {
                    i++; // a two-character operator counts once
                }
                if (++chain > MAX_CHAIN) {
                    return new RuleProblem(file.path(), line, "more than " + MAX_CHAIN
                            + " operators in one expression: split it (the compiler would run out of stack)");
                }
            }
        }
        return null;
    }
}
