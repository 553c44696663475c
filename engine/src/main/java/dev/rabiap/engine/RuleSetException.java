package dev.rabiap.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that was refused, with every problem found, each naming file and line. */
public final class RuleSetException extends PolicyException {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super(ErrorCode.BAD_RULES, problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
