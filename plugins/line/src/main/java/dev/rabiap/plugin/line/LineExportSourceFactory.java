package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Opens LINE chat-history exports ({@code .txt}) as message sources: the phone export with an
 * English or Thai user interface and the LINE for PC "Save chat" file. The variant is detected
 * from the first lines unless the option {@value #OPTION_VARIANT} forces it.
 *
 * <p>Options:
 * <ul>
 *   <li>{@value #OPTION_GROUP}: the group name of every message, instead of the name in the file's
 *       header or in a PC save's file name {@code [LINE]<name>.txt};</li>
 *   <li>{@value #OPTION_VARIANT}: {@code mobile-en}, {@code mobile-th} or {@code pc}.</li>
 * </ul>
 *
 * <p>Each message's evidence is the path as given and the message's first physical line; its id
 * is {@code <file name>:<line>} ({@code #1}, {@code #2} … appended when one notice invites several
 * people). Stateless and thread-safe.
 */
public final class LineExportSourceFactory implements MessageSourceFactory {
    /** The format name. */
    public static final String NAME = "line-export";
    /** The option that sets the group name. */
    public static final String OPTION_GROUP = "group";
    /** The option that forces the export variant. */
    public static final String OPTION_VARIANT = "line-variant";

    private static final Set<String> OPTIONS = Set.of(OPTION_GROUP, OPTION_VARIANT);
    private static final int SNIFF_BYTES = 4096;
    private static final int SNIFF_LINES = 30;

    /** A factory; it holds no state. */
    public LineExportSourceFactory() {
        // Stateless.
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> optionNames() {
        return OPTIONS;
    }

    /**
     * True for a {@code .txt} file whose first non-blank line is a LINE header ({@code [LINE] …},
     * {@code Chat history in "…"}) or a date line followed by a message line.
     */
    @Override
    public boolean accepts(SourceInput input) throws IOException {
        requireNonNull(input, "input is null");
        if (input.isUrl() || !input.lowerCaseName().endsWith(".txt")) {
            return false;
        }
        byte[] head = input.head(SNIFF_BYTES);
        if (head.length == 0) {
            return false;
        }
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(head))
                .toString();
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        if (head.length == SNIFF_BYTES && lines.size() > 1) {
            lines.remove(lines.size() - 1);
        }
        return LineVariantDetector.looksLikeExport(lines.subList(0, Math.min(lines.size(), SNIFF_LINES)));
    }

    /**
     * Opens an export.
     *
     * @throws IllegalArgumentException for an unknown option, an empty {@value #OPTION_GROUP} or an
     *     unknown {@value #OPTION_VARIANT}
     * @throws MalformedInputException when the variant cannot be detected, or when no group name is
     *     found and the option {@value #OPTION_GROUP} is not set
     * @throws IOException when the file cannot be read
     */
    @Override
    public MessageSource open(SourceInput input, Map<String, String> options, SourceContext context) throws IOException {
        requireNonNull(input, "input is null");
        requireNonNull(options, "options is null");
        requireNonNull(context, "context is null");
        LineOptions.requireKnown(options, NAME, List.of(OPTION_GROUP, OPTION_VARIANT));
        Optional<LineVariant> forced = variantOption(options.get(OPTION_VARIANT));
        Optional<String> groupOption = groupOption(options.get(OPTION_GROUP));
        if (input.isUrl()) {
            throw new IOException(input.location() + ": " + NAME + " reads files, not URLs");
        }
        Path file = input.path();
        if (!Files.isRegularFile(file)) {
            throw new IOException(input.location() + ": not a readable file");
        }
        Evidence whole = Evidence.atLine(input.location(), 0);
        LineVariantDetector.Head head = LineVariantDetector.inspect(file);
        LineVariant variant = forced.or(head::variant).orElseThrow(() -> new MalformedInputException(whole,
                "not a LINE chat export: no header and no date line in the first " + LineVariantDetector.HEAD_LINES
                        + " lines; set option " + OPTION_VARIANT + " (" + LineVariant.allowedCodes() + ")"));
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        String group = groupOption.or(head::headerGroup).or(() -> LineGrammar.groupFromFileName(fileName))
                .orElseThrow(() -> new MalformedInputException(whole,
                        "no group name: the file has no header naming the chat and its name is not [LINE]<group>.txt; set option "
                                + OPTION_GROUP));
        return LineExportSource.open(input.location(), file, group, variant, context);
    }

    private static Optional<LineVariant> variantOption(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(LineVariant.fromCode(value.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new IllegalArgumentException(
                "option " + OPTION_VARIANT + ": unknown value '" + value + "'; allowed values: " + LineVariant.allowedCodes())));
    }

    private static Optional<String> groupOption(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("option " + OPTION_GROUP + " is empty");
        }
        return Optional.of(value.strip());
    }
}
