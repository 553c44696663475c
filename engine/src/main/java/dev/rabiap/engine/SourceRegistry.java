package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The message source factories the plugins bound, by format name; opens an input with the format
 * asked for, or with the one factory that accepts it.
 */
public final class SourceRegistry {
    private final Map<String, MessageSourceFactory> factories;

    @Inject
    public SourceRegistry(Map<String, MessageSourceFactory> factories) {
        this.factories = new TreeMap<>(requireNonNull(factories, "factories is null"));
    }

    /** The format names, sorted. */
    public List<String> formats() {
        return List.copyOf(factories.keySet());
    }

    /** The factory of a format, or null. */
    public MessageSourceFactory factory(String format) {
        return factories.get(format);
    }

    /**
     * Opens an input.
     *
     * @param input the file, folder or URL
     * @param format the format name, or null to pick by sniffing
     * @param options options for the factory; keys it does not know are refused, as are keys no factory knows
     * @throws PolicyException with {@link ErrorCode#BAD_SETUP} when no format fits,
     *     {@link ErrorCode#BAD_OPTION} for an option the format does not take
     */
    public MessageSource open(SourceInput input, String format, Map<String, String> options, SourceContext context) throws IOException {
        MessageSourceFactory factory = format == null ? detect(input) : factories.get(format);
        if (factory == null) {
            throw new PolicyException(ErrorCode.BAD_SETUP, "unknown format '" + format + "' (known: " + String.join(", ", formats()) + ")");
        }
        Map<String, String> own = new TreeMap<>();
        for (Map.Entry<String, String> option : options.entrySet()) {
            if (factory.optionNames().contains(option.getKey())) {
                own.put(option.getKey(), option.getValue());
            } else if (factories.values().stream().noneMatch(f -> f.optionNames().contains(option.getKey()))) {
                throw new PolicyException(ErrorCode.BAD_OPTION, "unknown option '" + option.getKey() + "' (known: " + String.join(", ", optionNames()) + ")");
            }
        }
        try {
            return factory.open(input, own, context);
        } catch (IllegalArgumentException e) {
            throw new PolicyException(ErrorCode.BAD_OPTION, input.location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The factory that reads an input: the one of {@code format}, or the one that accepts it.
     *
     * @throws PolicyException as {@link #open} does when no format fits
     */
    public MessageSourceFactory factoryFor(SourceInput input, String format) throws IOException {
        MessageSourceFactory factory = format == null ? detect(input) : factories.get(format);
        if (factory == null) {
            throw new PolicyException(ErrorCode.BAD_SETUP, "unknown format '" + format + "' (known: " + String.join(", ", formats()) + ")");
        }
        return factory;
    }

    private MessageSourceFactory detect(SourceInput input) throws IOException {
        if (!input.isUrl() && !java.nio.file.Files.exists(input.path())) {
            throw new PolicyException(ErrorCode.BAD_INPUT, input.location() + ": no such file or folder");
        }
        List<MessageSourceFactory> accepting = new ArrayList<>();
        for (MessageSourceFactory factory : factories.values()) {
            if (factory.accepts(input)) {
                accepting.add(factory);
            }
        }
        if (accepting.size() == 1) {
            return accepting.get(0);
        }
        if (accepting.isEmpty()) {
            throw new PolicyException(ErrorCode.BAD_SETUP, input.location() + ": no plugin reads this input; name a format with --input-format (known: "
                    + String.join(", ", formats()) + ")");
        }
        throw new PolicyException(ErrorCode.BAD_SETUP, input.location() + ": several formats could read this input ("
                + String.join(", ", accepting.stream().map(MessageSourceFactory::name).toList()) + "); name one with --input-format");
    }

    private List<String> optionNames() {
        TreeSet<String> names = new TreeSet<>();
        factories.values().forEach(f -> names.addAll(f.optionNames()));
        return List.copyOf(names);
    }
}
