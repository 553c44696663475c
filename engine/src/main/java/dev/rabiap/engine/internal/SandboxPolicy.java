package dev.rabiap.engine.internal;

import java.util.Map;
import java.util.Set;

/**
 * What rule code may use: the allow-list {@link RuleSandbox} checks every call, field, class
 * literal and supertype of the compiled rule classes against. Members are judged by the class that
 * declares them (so {@code post.getClass()} is {@code Object.getClass()}, and refused).
 *
 * <ul>
 *   <li>The rule facts and what they hand out: {@code dev.rabiap.engine.rule}, {@code Person},
 *       {@code Resolution}, {@code Finding} and the message records of the SPI.</li>
 *   <li>Values: {@code String}, {@code StringBuilder}, characters, boxed numbers, {@code Math},
 *       {@code java.math}, {@code Object}'s {@code equals}/{@code hashCode}/{@code toString}, enums.</li>
 *   <li>{@code java.time}, except the wall clock ({@code now()}, {@code Clock},
 *       {@code ZoneId.systemDefault()}): time comes from the messages.</li>
 *   <li>Collections: the immutable factories ({@code List.of}, {@code Set.of}, {@code Map.of},
 *       {@code copyOf}), the reading methods of every {@code java.util} collection, map, entry and
 *       iterator, {@code Optional}, {@code Objects}, {@code Comparator}, the functional interfaces
 *       and sequential streams.</li>
 *   <li>What the code Drools generates itself needs: its model DSL ({@code org.drools.model},
 *       {@code D}), its evaluation helpers and accumulate functions, and, in a consequence,
 *       {@code insert}, {@code insertLogical}, {@code update} and {@code delete}.</li>
 * </ul>
 * Anything else (reflection, {@code Class}, class loaders, threads, {@code System},
 * {@code Runtime}, files, sockets, logging, the session behind a consequence) is refused.
 */
final class SandboxPolicy {
    /** The version of this list: part of the cache key, so a changed list checks cached rules again. */
    static final String VERSION = "1";

    private static final Set<String> FACT_TYPES = Set.of(
            "dev/rabiap/engine/Person", "dev/rabiap/engine/Resolution", "dev/rabiap/engine/Finding",
            "dev/rabiap/engine/FindingKind", "dev/rabiap/engine/Severity",
            "dev/rabiap/engine/spi/ChatMessage", "dev/rabiap/engine/spi/Evidence", "dev/rabiap/engine/spi/MessageType",
            "dev/rabiap/engine/spi/SystemEvent");

    private static final Set<String> VALUE_TYPES = Set.of(
            "java/lang/String", "java/lang/CharSequence", "java/lang/AbstractStringBuilder", "java/lang/StringBuilder",
            "java/lang/Character", "java/lang/Boolean", "java/lang/Byte", "java/lang/Short", "java/lang/Integer",
            "java/lang/Long", "java/lang/Float", "java/lang/Double", "java/lang/Number", "java/lang/Math",
            "java/lang/StrictMath", "java/lang/Comparable", "java/lang/Iterable");

    /** Why regular expressions are refused. */
    static final String REGEX = "a regular expression can take exponential time on some texts; use contains, startsWith, endsWith, "
            + "str[startsWith] or a classification row";

    /** Exceptions rule code (and the code Drools generates) may create and throw. */
    private static final Set<String> EXCEPTIONS = Set.of(
            "java/lang/RuntimeException", "java/lang/IllegalArgumentException", "java/lang/IllegalStateException",
            "java/lang/UnsupportedOperationException", "java/lang/NullPointerException", "java/lang/ArithmeticException",
            "java/lang/IndexOutOfBoundsException");

    /** Members of otherwise allowed classes that are refused, with why. */
    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("java/lang/Integer.getInteger", "it reads system properties"),
            Map.entry("java/lang/Long.getLong", "it reads system properties"),
            Map.entry("java/lang/Boolean.getBoolean", "it reads system properties"),
            Map.entry("java/lang/Math.random", "rule code must decide the same way on every run"),
            Map.entry("java/lang/StrictMath.random", "rule code must decide the same way on every run"),
            Map.entry("java/time/ZoneId.systemDefault", "time comes from the messages, not the machine"),
            Map.entry("java/util/Locale.setDefault", "it changes the whole program"),
            Map.entry("java/lang/String.matches", REGEX),
            Map.entry("java/lang/String.replaceAll", REGEX),
            Map.entry("java/lang/String.replaceFirst", REGEX),
            Map.entry("java/lang/String.split", REGEX));

    /** Methods that only read a collection, map, entry or iterator (and the immutable factories). */
    private static final Set<String> READING = Set.of(
            "size", "isEmpty", "contains", "containsAll", "get", "getOrDefault", "containsKey", "containsValue",
            "keySet", "values", "entrySet", "iterator", "listIterator", "spliterator", "indexOf", "lastIndexOf", "subList",
            "stream", "forEach", "equals", "hashCode", "toString", "toArray", "of", "copyOf", "ofEntries", "entry",
            "getKey", "getValue", "hasNext", "next", "hasPrevious", "previous", "nextIndex", "previousIndex", "forEachRemaining",
            "first", "last", "firstKey", "lastKey", "firstEntry", "lastEntry", "getFirst", "getLast", "peek", "element",
            "headSet", "tailSet", "subSet", "headMap", "tailMap", "subMap", "ceiling", "floor", "higher", "lower",
            "ceilingKey", "floorKey", "higherKey", "lowerKey", "ceilingEntry", "floorEntry", "higherEntry", "lowerEntry",
            "comparator", "descendingSet", "descendingMap", "descendingIterator", "navigableKeySet", "descendingKeySet",
            "comparingByKey", "comparingByValue");

    private static final Set<String> COLLECTIONS_READING = Set.of(
            "nCopies", "min", "max", "frequency", "disjoint", "binarySearch", "indexOfSubList", "lastIndexOfSubList");

    private static final Set<String> ARRAYS_READING = Set.of(
            "asList", "equals", "deepEquals", "hashCode", "deepHashCode", "toString", "deepToString", "stream",
            "binarySearch", "copyOf", "copyOfRange", "compare", "mismatch");

    /** What a consequence may do with the session: change working memory, nothing else. */
    private static final Set<String> DROOLS_CONSEQUENCE = Set.of("insert", "insertLogical", "update", "delete");

    private SandboxPolicy() {}

    /** Whether the class is one of the rule facts (or what they hand out), all of whose own members rule code may use. */
    static boolean isFactType(String internalName) {
        return internalName.startsWith("dev/rabiap/engine/rule/") || FACT_TYPES.contains(internalName);
    }

    /**
     * Why a method or constructor may not be called, or null if it may.
     *
     * @param declaring the class that declares it (internal name)
     * @param type that class, loaded without initialising it
     * @param name the method name, {@code <init>} for a constructor
     */
    static String refusal(String declaring, Class<?> type, String name) {
        String why = REFUSED.get(declaring + "." + name);
        if (why != null) {
            return why;
        }
        if (isFactType(declaring)) {
            return null;
        }
        if (declaring.equals("java/lang/Object")) {
            return Set.of("<init>", "equals", "hashCode", "toString").contains(name) ? null : notAllowed(name);
        }
        if (declaring.equals("java/lang/Enum")) {
            return Set.of("<init>", "name", "ordinal", "compareTo", "equals", "hashCode", "toString", "valueOf").contains(name) ? null : notAllowed(name);
        }
        if (declaring.equals("java/lang/Record")) {
            return Set.of("<init>", "equals", "hashCode", "toString").contains(name) ? null : notAllowed(name);
        }
        if (EXCEPTIONS.contains(declaring)) {
            return name.equals("<init>") ? null : "";
        }
        if (declaring.equals("java/lang/Throwable")) {
            return Set.of("getMessage", "getLocalizedMessage", "toString").contains(name) ? null : "";
        }
        if (declaring.equals("java/lang/invoke/SerializedLambda")) {
            // What the compiler's own $deserializeLambda$ reads; rule code cannot do anything with it.
            return name.startsWith("get") && !name.equals("getCapturedArg") ? null : "";
        }
        if (declaring.equals("java/lang/System")) {
            return name.equals("arraycopy") ? null : "";
        }
        if (VALUE_TYPES.contains(declaring) || declaring.startsWith("java/math/")) {
            return null;
        }
        if (declaring.startsWith("java/time/")) {
            if (declaring.equals("java/time/Clock") || name.equals("now")) {
                return "time comes from the messages, not the wall clock";
            }
            return declaring.startsWith("java/time/zone/ZoneRulesProvider") ? "" : null;
        }
        if (declaring.startsWith("java/util/regex/")) {
            return REGEX;
        }
        if (declaring.startsWith("java/util/")) {
            return utilRefusal(declaring, type, name);
        }
        if (declaring.equals("org/drools/model/Drools")) {
            return DROOLS_CONSEQUENCE.contains(name) ? null : "a consequence may only insert, update or delete facts";
        }
        if (isDroolsModel(declaring)) {
            return null;
        }
        return "";
    }

    private static String utilRefusal(String declaring, Class<?> type, String name) {
        switch (declaring) {
            case "java/util/Objects", "java/util/Optional", "java/util/OptionalInt", "java/util/OptionalLong",
                 "java/util/OptionalDouble", "java/util/Comparator", "java/util/Locale" -> {
                return null;
            }
            case "java/util/Collections" -> {
                return name.startsWith("empty") || name.startsWith("unmodifiable") || name.startsWith("singleton")
                        || COLLECTIONS_READING.contains(name) ? null : "rule code may read collections, not change them";
            }
            case "java/util/Arrays" -> {
                return ARRAYS_READING.contains(name) ? null : "rule code may read arrays, not change them";
            }
            default -> { }
        }
        if (declaring.startsWith("java/util/function/")) {
            return null;
        }
        if (declaring.startsWith("java/util/stream/")) {
            if (Set.of("generate", "iterate", "parallel", "parallelStream").contains(name)) {
                return "rule code may use finite, sequential streams only";
            }
            return null;
        }
        if (type != null && isCollection(type)) {
            if (name.equals("<init>")) {
                return "rule code may use immutable collections only (List.of, Set.of, Map.of)";
            }
            return READING.contains(name) ? null : "rule code may read collections, not change them";
        }
        return "";
    }

    private static boolean isCollection(Class<?> type) {
        return java.util.Collection.class.isAssignableFrom(type) || java.util.Map.class.isAssignableFrom(type)
                || java.util.Iterator.class.isAssignableFrom(type) || java.util.Map.Entry.class.isAssignableFrom(type);
    }

    /** The parts of Drools its generated code calls: the model DSL, evaluation helpers, accumulate functions. */
    static boolean isDroolsModel(String internalName) {
        return internalName.startsWith("org/drools/model/")
                || internalName.equals("org/drools/modelcompiler/dsl/pattern/D")
                || internalName.equals("org/drools/modelcompiler/util/EvaluationUtil")
                || internalName.startsWith("org/drools/core/base/accumulators/");
    }

    /**
     * Whether rule code may name the type (a class literal, a supertype, a field's owner) at all.
     */
    static boolean mayName(String internalName, Class<?> type) {
        if (isFactType(internalName) || VALUE_TYPES.contains(internalName) || isDroolsModel(internalName)) {
            return true;
        }
        if (internalName.startsWith("org/drools/base/factmodel/")) {
            return type != null && type.isInterface(); // the marker interfaces of declared types
        }
        if (Set.of("java/lang/Object", "java/lang/Enum", "java/lang/Record", "java/io/Serializable", "java/lang/Cloneable",
                "java/lang/Void", "java/lang/Throwable", "java/lang/Exception").contains(internalName) || EXCEPTIONS.contains(internalName)) {
            return true;
        }
        if (internalName.startsWith("java/math/") || internalName.startsWith("java/util/function/")
                || internalName.startsWith("java/util/stream/")) {
            return true;
        }
        if (internalName.startsWith("java/time/")) {
            return !internalName.equals("java/time/Clock") && !internalName.startsWith("java/time/zone/ZoneRulesProvider");
        }
        if (internalName.startsWith("java/util/")) {
            return Set.of("java/util/Objects", "java/util/Optional", "java/util/OptionalInt", "java/util/OptionalLong",
                    "java/util/OptionalDouble", "java/util/Comparator", "java/util/Locale", "java/util/Collections",
                    "java/util/Arrays").contains(internalName) || (type != null && isCollection(type));
        }
        return false;
    }

    private static String notAllowed(String name) {
        return name.equals("getClass") ? "reflection is not allowed in rule code" : "";
    }
}
