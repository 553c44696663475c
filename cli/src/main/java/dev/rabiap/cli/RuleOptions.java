package dev.rabiap.cli;

import dev.rabiap.engine.Roster;
import dev.rabiap.engine.RuleSet;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that choose rules and roster, shared by commands. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of policy tables and rule files (default: the bundled Sakon Nakhon rule set).")
    Path rules;

    @Option(names = "--ruleset", paramLabel = "NAME", description = "A bundled rule set by name (default: ${DEFAULT-VALUE}).", defaultValue = RuleSet.DEFAULT)
    String bundled;

    @Option(names = "--roster", paramLabel = "FILE", description = "The roster CSV (person_id,full_name,display_names,role,agency,district,line_user_id,email).")
    Path roster;

    RuleSet ruleSet() {
        return rules != null ? RuleSet.fromDirectory(rules) : RuleSet.bundled(bundled);
    }

    /** The engine on these rules and roster; says on {@code err} when no roster was given. */
    dev.rabiap.engine.PolicyEngine engine(RuleSet ruleSet, Roster roster, java.time.Clock clock, java.io.PrintWriter err) {
        if (this.roster == null) {
            err.println("rabiap: no --roster given: every sender is unknown, and role rules cannot apply");
        }
        return dev.rabiap.engine.PolicyEngine.builder().rules(ruleSet).roster(roster).clock(clock).build();
    }

    Roster loadRoster() {
        return roster == null ? Roster.empty() : Roster.load(roster);
    }
}
