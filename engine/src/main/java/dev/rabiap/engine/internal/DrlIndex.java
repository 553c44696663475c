package dev.rabiap.engine.internal;

import dev.rabiap.engine.RuleFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;

/**
 * Where each rule, function and declared type of the DRL files is: file and lines, so that a
 * breach found in compiled code is reported at the line of the rule that holds it.
 */
final class DrlIndex {
    /** A rule, function or declared type: what it is, its name, its file and its first and last line. */
    record Entry(String what, String pkg, String name, RuleFile file, int line, int endLine) {
        /** The first line from this entry's first line on that names {@code word}, or its first line. */
        int lineOf(String... words) {
            String[] lines = file.content().split("\n", -1);
            int last = Math.min(endLine > 0 ? endLine : lines.length, lines.length);
            for (String word : words) {
                if (word == null || word.isEmpty()) {
                    continue;
                }
                Pattern pattern = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
                for (int i = Math.max(line, 1); i <= last; i++) {
                    if (pattern.matcher(code(lines[i - 1])).find()) {
                        return i;
                    }
                }
            }
            return line;
        }

        /** The line without string literals and without a trailing comment. */
        private static String code(String line) {
            StringBuilder code = new StringBuilder(line.length());
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                    code.append(' ');
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    code.append(' ');
                } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    break;
                } else {
                    code.append(c);
                }
            }
            return code.toString();
        }

        /** {@code rule 'name'}, {@code function 'name'}, {@code declared type 'name'}. */
        String label() {
            return what + " '" + name + "'";
        }
    }

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);

    private final Map<String, Entry> rules = new HashMap<>();
    private final Map<String, Entry> functions = new HashMap<>();
    private final Map<String, Entry> types = new HashMap<>();
    private final Map<String, RuleFile> fileByPackage = new HashMap<>();
    private final List<RuleFile> files;

    private DrlIndex(List<RuleFile> files) {
        this.files = List.copyOf(files);
    }

    /** Indexes the files; one that does not parse is left out (the compiler reports it). */
    static DrlIndex of(List<RuleFile> drl) {
        DrlIndex index = new DrlIndex(drl);
        for (RuleFile file : drl) {
            PackageDescr descr;
            try {
                DrlParser parser = new DrlParser();
                descr = parser.parse(false, file.content());
                if (parser.hasErrors() || descr == null) {
                    continue;
                }
            } catch (Exception | StackOverflowError e) {
                continue;
            }
            String pkg = descr.getNamespace() == null ? "" : descr.getNamespace();
            if (pkg.isEmpty()) {
                Matcher m = PACKAGE.matcher(file.content());
                pkg = m.find() ? m.group(1) : "";
            }
            index.fileByPackage.putIfAbsent(pkg, file);
            for (RuleDescr rule : descr.getRules()) {
                index.rules.put(pkg + "/" + rule.getName(), entry("rule", pkg, rule.getName(), file, rule));
            }
            for (FunctionDescr function : descr.getFunctions()) {
                index.functions.put(function.getName(), entry("function", pkg, function.getName(), file, function));
            }
            for (TypeDeclarationDescr type : descr.getTypeDeclarations()) {
                index.types.put(pkg + "." + type.getTypeName(), entry("declared type", pkg, type.getTypeName(), file, type));
            }
        }
        return index;
    }

    private static Entry entry(String what, String pkg, String name, RuleFile file, BaseDescr descr) {
        return new Entry(what, pkg, name, file, Math.max(descr.getLine(), 1), descr.getEndLine());
    }

    /** Every rule, in file order. */
    List<Entry> rules() {
        List<Entry> all = new ArrayList<>(rules.values());
        all.sort(java.util.Comparator.comparingInt((Entry e) -> files.indexOf(e.file())).thenComparingInt(Entry::line));
        return all;
    }

    /** The rule of this package and name, or null. */
    Entry rule(String pkg, String name) {
        return rules.get(pkg + "/" + name);
    }

    /** The rule of this name in any package, or null. */
    Entry rule(String name) {
        return rules.values().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    /** The function of this name, or null. */
    Entry function(String name) {
        return functions.get(name);
    }

    /** The declared type of this binary name, or null. */
    Entry type(String binaryName) {
        return types.get(binaryName);
    }

    /** The first file of this package, or else the last file that is not generic. */
    RuleFile fileOf(String pkg) {
        RuleFile file = fileByPackage.get(pkg);
        if (file != null) {
            return file;
        }
        List<RuleFile> reversed = new ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        return reversed.stream().filter(f -> !f.path().startsWith("classpath:")).findFirst()
                .orElse(files.isEmpty() ? new RuleFile("rules", "rules", "") : files.get(files.size() - 1));
    }
}
