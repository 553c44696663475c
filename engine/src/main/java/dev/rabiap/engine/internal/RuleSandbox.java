package dev.rabiap.engine.internal;

import dev.rabiap.engine.RuleFile;
import dev.rabiap.engine.RuleProblem;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The rule sandbox: checks the compiled classes of a rule set (every constraint, consequence,
 * function and declared type, as the executable model turns them into Java) against
 * {@link SandboxPolicy}'s allow-list, instruction by instruction. Because it reads the bytecode, no
 * spelling of the source gets around it: a name split over lines, a string built for
 * {@code Class.forName}, a call hidden after a {@code "//"} in a string all compile to the same
 * calls. Rule code has no loops either (a backward jump is refused), so that together with the
 * firing limit an audit always ends.
 *
 * <p>Each breach is reported with the DRL file, the line of the rule (the line that names the
 * offending member, when one does) and the member: {@code rules/x.drl:12: rule 'r' calls
 * java.lang.Runtime.exec(String): not allowed in rule code}.
 */
final class RuleSandbox {
    private static final String D = "org/drools/modelcompiler/dsl/pattern/D";
    private static final Set<String> BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants", "java/lang/invoke/StringConcatFactory.makeConcat",
            "java/lang/runtime/ObjectMethods.bootstrap");

    /**
     * What the rule model classes themselves (the generated {@code Rules…} class that lists the
     * rules, globals and types; no rule code is in it) do besides the allow-list.
     */
    private static final Set<String> MODEL_CLASS_EXTRAS = Set.of(
            "java/util/ArrayList.<init>", "java/util/List.add", "org/drools/util/DateUtils.getDateFormatMask");

    private final Map<String, ClassNode> own = new LinkedHashMap<>();
    private final Set<String> models = new HashSet<>();
    private final List<RuleFile> drl;
    /** Where rules are in the DRL: parsed only when there is a breach to report. */
    private DrlIndex index;
    private final ClassLoader host;
    private final Map<String, Class<?>> loaded = new HashMap<>();
    /** The rules each class or method is part of, as the rule methods reach them. */
    private final Map<String, Set<RuleRef>> owners = new HashMap<>();
    private final Map<String, RuleProblem> problems = new LinkedHashMap<>();

    private RuleSandbox(Map<String, byte[]> classes, List<String> models, List<RuleFile> drl) {
        models.forEach(m -> this.models.add(m.replace('.', '/')));
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            ClassNode node = new ClassNode();
            new ClassReader(entry.getValue()).accept(node, ClassReader.SKIP_FRAMES);
            own.put(node.name, node);
        }
        this.drl = drl;
        this.host = RuleSandbox.class.getClassLoader();
    }

    /**
     * Checks a compiled module.
     *
     * @param drl the DRL files it was compiled from, to name file and line
     * @return every breach, each with file and line; empty when the module may be loaded
     */
    static List<RuleProblem> check(CompiledModule module, List<RuleFile> drl) {
        RuleSandbox sandbox = new RuleSandbox(module.classes(), module.models(), drl);
        sandbox.attribute();
        for (ClassNode node : sandbox.own.values()) {
            sandbox.checkClass(node);
        }
        return sandbox.problems.values().stream()
                .sorted(java.util.Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)).toList();
    }

    // ---- which rule a class or method belongs to

    private void attribute() {
        Deque<String> work = new ArrayDeque<>();
        for (ClassNode node : own.values()) {
            for (MethodNode method : node.methods) {
                RuleRef rule = ruleDefinedBy(method);
                if (rule != null) {
                    owners.computeIfAbsent(methodKey(node.name, method.name, method.desc), k -> new LinkedHashSet<>()).add(rule);
                    work.add(methodKey(node.name, method.name, method.desc));
                }
            }
        }
        // From each rule method to the lambda classes and lambda methods it uses, and on from those.
        Set<String> infrastructure = new HashSet<>();
        for (ClassNode node : own.values()) {
            String simple = node.name.substring(node.name.lastIndexOf('/') + 1);
            if (simple.startsWith("DomainClassesMetadata") || (simple.startsWith("Rules") && !simple.contains("RuleMethods"))
                    || node.interfaces.contains("org/drools/base/factmodel/GeneratedFact")) {
                infrastructure.add(node.name);
            }
        }
        while (!work.isEmpty()) {
            String key = work.poll();
            Set<RuleRef> rules = owners.get(key);
            int hash = key.indexOf('#');
            String className = hash < 0 ? key : key.substring(0, hash);
            ClassNode node = own.get(className);
            if (node == null) {
                continue;
            }
            for (MethodNode method : node.methods) {
                if (hash >= 0 && !key.equals(methodKey(className, method.name, method.desc))) {
                    continue;
                }
                for (AbstractInsnNode insn : method.instructions) {
                    for (String target : references(className, insn)) {
                        boolean isMethod = target.contains("#");
                        String targetClass = isMethod ? target.substring(0, target.indexOf('#')) : target;
                        if (!own.containsKey(targetClass) || infrastructure.contains(targetClass) || (!isMethod && targetClass.equals(className))) {
                            continue;
                        }
                        if (owners.computeIfAbsent(target, k -> new LinkedHashSet<>()).addAll(rules)) {
                            work.add(target);
                        }
                    }
                }
            }
        }
    }

    /** The own classes and same-class lambda methods an instruction uses. */
    private static List<String> references(String className, AbstractInsnNode insn) {
        List<String> targets = new ArrayList<>(2);
        if (insn instanceof FieldInsnNode field) {
            targets.add(field.owner);
        } else if (insn instanceof MethodInsnNode call) {
            targets.add(call.owner.equals(className) ? methodKey(call.owner, call.name, call.desc) : call.owner);
        } else if (insn instanceof TypeInsnNode type) {
            targets.add(type.desc);
        } else if (insn instanceof InvokeDynamicInsnNode indy) {
            for (Object arg : indy.bsmArgs) {
                if (arg instanceof Handle handle) {
                    targets.add(handle.getOwner().equals(className) ? methodKey(handle.getOwner(), handle.getName(), handle.getDesc()) : handle.getOwner());
                }
            }
        }
        return targets;
    }

    /** The rule a method builds ({@code D.rule("package", "name")}), or null. */
    private static RuleRef ruleDefinedBy(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && call.owner.equals(D) && call.name.equals("rule")
                    && call.desc.startsWith("(Ljava/lang/String;Ljava/lang/String;")) {
                AbstractInsnNode name = previous(call);
                AbstractInsnNode pkg = name == null ? null : previous(name);
                if (name instanceof LdcInsnNode n && n.cst instanceof String ruleName && pkg instanceof LdcInsnNode p && p.cst instanceof String pkgName) {
                    return new RuleRef(pkgName, ruleName);
                }
            }
        }
        return null;
    }

    /** A rule as the compiled code names it. */
    private record RuleRef(String pkg, String name) {}

    private DrlIndex index() {
        if (index == null) {
            index = DrlIndex.of(drl);
        }
        return index;
    }

    /** The instruction before, skipping labels and line numbers. */
    private static AbstractInsnNode previous(AbstractInsnNode insn) {
        AbstractInsnNode previous = insn.getPrevious();
        while (previous != null && previous.getOpcode() < 0) {
            previous = previous.getPrevious();
        }
        return previous;
    }

    private static String methodKey(String owner, String name, String desc) {
        return owner + "#" + name + desc;
    }

    // ---- the check

    private void checkClass(ClassNode node) {
        if (node.superName != null && !mayExtend(node.superName)) {
            breach(node, null, "extends " + javaName(node.superName), "", node.superName.substring(node.superName.lastIndexOf('/') + 1));
        }
        for (String itf : node.interfaces) {
            if (!mayExtend(itf)) {
                breach(node, null, "implements " + javaName(itf), "", itf.substring(itf.lastIndexOf('/') + 1));
            }
        }
        for (FieldNode field : node.fields) {
            if (field.value instanceof Type type) {
                checkType(node, null, type);
            }
        }
        for (MethodNode method : node.methods) {
            if ((method.access & Opcodes.ACC_NATIVE) != 0) {
                breach(node, method, "declares a native method", "", method.name);
            }
            Map<LabelNode, Integer> labels = new HashMap<>();
            int position = 0;
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof LabelNode label) {
                    labels.put(label, position);
                }
                position++;
            }
            position = 0;
            for (AbstractInsnNode insn : method.instructions) {
                checkInstruction(node, method, insn, position, labels);
                position++;
            }
        }
    }

    private boolean mayExtend(String type) {
        return own.containsKey(type) || SandboxPolicy.mayName(type, load(type));
    }

    private void checkInstruction(ClassNode node, MethodNode method, AbstractInsnNode insn, int position, Map<LabelNode, Integer> labels) {
        if (insn instanceof MethodInsnNode call) {
            checkCall(node, method, call.owner, call.name, call.desc, "calls");
        } else if (insn instanceof FieldInsnNode field) {
            checkField(node, method, field);
        } else if (insn instanceof LdcInsnNode ldc) {
            if (ldc.cst instanceof Type type) {
                checkType(node, method, type);
            } else if (ldc.cst instanceof Handle handle) {
                checkHandle(node, method, handle);
            } else if (ldc.cst instanceof ConstantDynamic dynamic) {
                breach(node, method, "uses a dynamic constant " + dynamic.getName(), "", dynamic.getName());
            }
        } else if (insn instanceof InvokeDynamicInsnNode indy) {
            String bootstrap = indy.bsm.getOwner() + "." + indy.bsm.getName();
            if (!BOOTSTRAPS.contains(bootstrap)) {
                breach(node, method, "uses " + javaName(indy.bsm.getOwner()) + "." + indy.bsm.getName(), "", indy.name);
                return;
            }
            for (Object arg : indy.bsmArgs) {
                if (arg instanceof Handle handle) {
                    checkHandle(node, method, handle);
                } else if (arg instanceof Type type && type.getSort() == Type.OBJECT) {
                    checkType(node, method, type);
                }
            }
        } else if (insn instanceof JumpInsnNode jump) {
            Integer target = labels.get(jump.label);
            if (target != null && target <= position) {
                loop(node, method);
            }
        } else if (insn instanceof TableSwitchInsnNode table) {
            if (backward(labels, position, table.dflt, table.labels)) {
                loop(node, method);
            }
        } else if (insn instanceof LookupSwitchInsnNode lookup) {
            if (backward(labels, position, lookup.dflt, lookup.labels)) {
                loop(node, method);
            }
        } else if (insn.getOpcode() == Opcodes.MONITORENTER) {
            breach(node, method, "synchronizes on an object", "", "synchronized");
        }
        // NEW is checked at the constructor call that follows it.
    }

    private static boolean backward(Map<LabelNode, Integer> labels, int position, LabelNode dflt, List<LabelNode> targets) {
        Integer d = labels.get(dflt);
        if (d != null && d <= position) {
            return true;
        }
        return targets.stream().map(labels::get).anyMatch(t -> t != null && t <= position);
    }

    private void loop(ClassNode node, MethodNode method) {
        breach(node, method, "has a loop", "rule code may not loop; read collections with contains, stream().anyMatch … or match each element with 'from'",
                "for", "while", "do");
    }

    private void checkHandle(ClassNode node, MethodNode method, Handle handle) {
        if (handle.getTag() == Opcodes.H_GETFIELD || handle.getTag() == Opcodes.H_GETSTATIC
                || handle.getTag() == Opcodes.H_PUTFIELD || handle.getTag() == Opcodes.H_PUTSTATIC) {
            checkField(node, method, new FieldInsnNode(Opcodes.GETSTATIC, handle.getOwner(), handle.getName(), handle.getDesc()));
        } else {
            checkCall(node, method, handle.getOwner(), handle.getTag() == Opcodes.H_NEWINVOKESPECIAL ? "<init>" : handle.getName(),
                    handle.getDesc(), "refers to");
        }
    }

    private void checkType(ClassNode node, MethodNode method, Type type) {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        if (element.getSort() != Type.OBJECT) {
            return;
        }
        String name = element.getInternalName();
        if (!own.containsKey(name) && !SandboxPolicy.mayName(name, load(name))) {
            breach(node, method, "uses " + javaName(name), "", simpleName(name));
        }
    }

    private void checkCall(ClassNode node, MethodNode method, String owner, String name, String desc, String verb) {
        if (owner.startsWith("[")) {
            return; // clone() of an array
        }
        String declaring = resolveMethod(owner, name, desc);
        if (declaring != null && own.containsKey(declaring)) {
            return;
        }
        String shown = name.equals("<init>") ? "creates " + javaName(owner) + signature(desc) : verb + " " + javaName(owner) + "." + name + signature(desc);
        if (declaring == null) {
            breach(node, method, shown, "", name.equals("<init>") ? simpleName(owner) : name, simpleName(owner));
            return;
        }
        String why = SandboxPolicy.refusal(declaring, load(declaring), name);
        if (why != null && models.contains(node.name) && MODEL_CLASS_EXTRAS.contains(declaring + "." + name)) {
            why = null;
        }
        if (why != null) {
            if (!declaring.equals(owner)) {
                shown = name.equals("<init>") ? shown : verb + " " + javaName(declaring) + "." + name + signature(desc);
            }
            breach(node, method, shown, why, name.equals("<init>") ? simpleName(owner) : name,
                    name.equals("asKnowledgeHelper") ? "kcontext" : declaring.startsWith("java/util/regex/") ? "matches" : simpleName(owner));
        }
    }

    private void checkField(ClassNode node, MethodNode method, FieldInsnNode field) {
        boolean write = field.getOpcode() == Opcodes.PUTFIELD || field.getOpcode() == Opcodes.PUTSTATIC;
        String declaring = resolveField(field.owner, field.name);
        if (declaring != null && own.containsKey(declaring)) {
            return;
        }
        String shown = (write ? "changes " : "reads ") + javaName(field.owner) + "." + field.name;
        if (declaring == null) {
            breach(node, method, shown, "", field.name, simpleName(field.owner));
            return;
        }
        Class<?> type = load(declaring);
        boolean allowed;
        if (SandboxPolicy.isFactType(declaring) || SandboxPolicy.isDroolsModel(declaring)) {
            allowed = !write || SandboxPolicy.isFactType(declaring);
        } else {
            // Elsewhere only constants: Integer.MAX_VALUE, ChronoUnit.DAYS, Locale.ROOT.
            allowed = !write && SandboxPolicy.mayName(declaring, type) && isConstant(type, field.name)
                    && SandboxPolicy.refusal(declaring, type, field.name) == null;
        }
        if (!allowed) {
            breach(node, method, shown, "", field.name, simpleName(field.owner));
        }
    }

    private static boolean isConstant(Class<?> type, String name) {
        if (type == null) {
            return false;
        }
        try {
            int modifiers = type.getDeclaredField(name).getModifiers();
            return java.lang.reflect.Modifier.isStatic(modifiers) && java.lang.reflect.Modifier.isFinal(modifiers)
                    && java.lang.reflect.Modifier.isPublic(modifiers);
        } catch (NoSuchFieldException | LinkageError e) {
            return false;
        }
    }

    // ---- resolution: which class declares a member, as the JVM would find it

    /** The class declaring the method the JVM would call, or null if there is none. */
    private String resolveMethod(String owner, String name, String desc) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(owner);
        // Classes first (superclass chain), then interfaces, as the JVM resolves.
        String current = owner;
        while (current != null && own.containsKey(current)) {
            ClassNode node = own.get(current);
            for (MethodNode method : node.methods) {
                if (method.name.equals(name) && method.desc.equals(desc)) {
                    return current;
                }
            }
            if (name.equals("<init>")) {
                return null;
            }
            todo.addAll(node.interfaces);
            current = node.superName;
        }
        if (current != null) {
            Class<?> type = load(current);
            if (type != null) {
                String found = resolveExternal(type, name, desc);
                if (found != null) {
                    return found;
                }
            }
        }
        while (!todo.isEmpty()) {
            String itf = todo.poll();
            if (!seen.add(itf)) {
                continue;
            }
            if (own.containsKey(itf)) {
                ClassNode node = own.get(itf);
                for (MethodNode method : node.methods) {
                    if (method.name.equals(name) && method.desc.equals(desc)) {
                        return itf;
                    }
                }
                todo.addAll(node.interfaces);
            } else {
                Class<?> type = load(itf);
                if (type != null) {
                    String found = resolveExternal(type, name, desc);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static String resolveExternal(Class<?> type, String name, String desc) {
        try {
            if (name.equals("<init>")) {
                for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                    if (Type.getConstructorDescriptor(constructor).equals(desc)) {
                        return Type.getInternalName(type);
                    }
                }
                return null;
            }
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Method method : c.getDeclaredMethods()) {
                    if (method.getName().equals(name) && Type.getMethodDescriptor(method).equals(desc)) {
                        return Type.getInternalName(c);
                    }
                }
            }
            Deque<Class<?>> interfaces = new ArrayDeque<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                interfaces.addAll(List.of(c.getInterfaces()));
            }
            Set<Class<?>> seen = new HashSet<>();
            while (!interfaces.isEmpty()) {
                Class<?> itf = interfaces.poll();
                if (!seen.add(itf)) {
                    continue;
                }
                for (Method method : itf.getDeclaredMethods()) {
                    if (method.getName().equals(name) && Type.getMethodDescriptor(method).equals(desc)) {
                        return Type.getInternalName(itf);
                    }
                }
                interfaces.addAll(List.of(itf.getInterfaces()));
            }
        } catch (LinkageError e) {
            return null;
        }
        return null;
    }

    /** The class declaring the field, or null if there is none. */
    private String resolveField(String owner, String name) {
        String current = owner;
        while (current != null && own.containsKey(current)) {
            ClassNode node = own.get(current);
            for (FieldNode field : node.fields) {
                if (field.name.equals(name)) {
                    return current;
                }
            }
            for (String itf : node.interfaces) {
                if (!own.containsKey(itf)) {
                    String found = externalField(load(itf), name);
                    if (found != null) {
                        return found;
                    }
                }
            }
            current = node.superName;
        }
        return current == null ? null : externalField(load(current), name);
    }

    private static String externalField(Class<?> type, String name) {
        if (type == null) {
            return null;
        }
        try {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.getName().equals(name)) {
                        return Type.getInternalName(c);
                    }
                }
                for (Class<?> itf : c.getInterfaces()) {
                    String found = externalField(itf, name);
                    if (found != null) {
                        return found;
                    }
                }
            }
        } catch (LinkageError e) {
            return null;
        }
        return null;
    }

    /** The class, loaded without running its static initialiser, or null when there is none. */
    private Class<?> load(String internalName) {
        return loaded.computeIfAbsent(internalName, name -> {
            try {
                return Class.forName(name.replace('/', '.'), false, host);
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
        });
    }

    // ---- reporting

    private void breach(ClassNode node, MethodNode method, String what, String why, String... words) {
        Set<RuleRef> refs = new LinkedHashSet<>();
        if (method != null) {
            refs.addAll(owners.getOrDefault(methodKey(node.name, method.name, method.desc), Set.of()));
        }
        refs.addAll(owners.getOrDefault(node.name, Set.of()));
        DrlIndex index = index();
        Set<DrlIndex.Entry> rules = new LinkedHashSet<>();
        for (RuleRef ref : refs) {
            DrlIndex.Entry entry = index.rule(ref.pkg(), ref.name());
            rules.add(entry != null ? entry : new DrlIndex.Entry("rule", ref.pkg(), ref.name(), index.fileOf(ref.pkg()), 0, 0));
        }
        if (rules.isEmpty()) {
            DrlIndex.Entry entry = index.type(node.name.replace('/', '.'));
            if (entry == null && method != null) {
                entry = index.function(method.name);
            }
            if (entry == null && method != null && method.name.startsWith("lambda$")) {
                entry = index.function(method.name.split("\\$")[1]);
            }
            if (entry != null) {
                rules.add(entry);
            }
        }
        String message = what + ": not allowed in rule code" + (why.isEmpty() ? "" : " (" + why + ")");
        if (rules.isEmpty()) {
            String pkg = node.name.contains("/") ? node.name.substring(0, node.name.lastIndexOf('/')).replace('/', '.') : "";
            RuleFile file = index.fileOf(pkg);
            problems.putIfAbsent(file.path() + "|" + message, new RuleProblem(file.path(), 0, "rule code " + message));
            return;
        }
        for (DrlIndex.Entry rule : rules) {
            int line = rule.lineOf(words);
            problems.putIfAbsent(rule.file().path() + "|" + rule.label() + "|" + message,
                    new RuleProblem(rule.file().path(), line, rule.label() + " " + message));
        }
    }

    private static String javaName(String internalName) {
        return internalName.replace('/', '.').replace('$', '.');
    }

    private static String simpleName(String internalName) {
        String name = internalName.substring(internalName.lastIndexOf('/') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }

    /** {@code (String, int)} */
    private static String signature(String desc) {
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        for (Type argument : Type.getArgumentTypes(desc)) {
            String name = argument.getClassName();
            joiner.add(name.startsWith("java.lang.") && name.indexOf('.', "java.lang.".length()) < 0 ? name.substring("java.lang.".length())
                    : name.replace('$', '.'));
        }
        return joiner.toString();
    }
}
