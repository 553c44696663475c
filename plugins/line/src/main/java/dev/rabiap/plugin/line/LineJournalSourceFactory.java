package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.Journal;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SourceInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Opens a LINE webhook journal ({@link Journal}) as a message source: a folder holding
 * {@code *.journal.jsonl} files (read oldest first), or one such file. Replaying a journal gives the
 * messages the live server gave: the same mapping, and each {@code webhookEventId} read once.
 *
 * <p>Options:
 * <ul>
 *   <li>{@value #OPTION_GROUPS}: the CSV ({@code group_id,group}) of group names; by default the
 *       {@value #GROUPS_FILE} in the journal folder, if there is one;</li>
 *   <li>{@value #OPTION_ACCOUNT}: the official account's name, the group of follow and unfollow
 *       events (default {@value LineWebhookEvents#DEFAULT_ACCOUNT}).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class LineJournalSourceFactory implements MessageSourceFactory {
    /** The format name. */
    public static final String NAME = "line-journal";
    /** The option naming the group-name table. */
    public static final String OPTION_GROUPS = "groups";
    /** The option naming the official account. */
    public static final String OPTION_ACCOUNT = "account-name";
    /** The group-name table a journal folder may hold. */
    public static final String GROUPS_FILE = "groups.csv";

    private static final Set<String> OPTIONS = Set.of(OPTION_GROUPS, OPTION_ACCOUNT);

    /** A factory; it holds no state. */
    public LineJournalSourceFactory() {
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

    /** True for a folder holding at least one {@code *.journal.jsonl} file, or for such a file. */
    @Override
    public boolean accepts(SourceInput input) throws IOException {
        requireNonNull(input, "input is null");
        if (input.isUrl()) {
            return false;
        }
        Path path = input.path();
        if (Files.isDirectory(path)) {
            try (Stream<Path> entries = Files.list(path)) {
                return entries.anyMatch(Journal::isJournalFile);
            }
        }
        return Journal.isJournalFile(path);
    }

    @Override
    public MessageSource open(SourceInput input, Map<String, String> options, SourceContext context) throws IOException {
        requireNonNull(input, "input is null");
        requireNonNull(options, "options is null");
        requireNonNull(context, "context is null");
        LineOptions.requireKnown(options, NAME, List.of(OPTION_GROUPS, OPTION_ACCOUNT));
        if (input.isUrl()) {
            throw new IOException(input.location() + ": " + NAME + " reads a folder or a file, not a URL");
        }
        Path path = input.path();
        List<Path> files;
        Path folder;
        if (Files.isDirectory(path)) {
            folder = path;
            files = Journal.files(path);
            try (Stream<Path> entries = Files.list(path)) {
                entries.sorted().filter(entry -> !Journal.isJournalFile(entry) && !entry.getFileName().toString().equals(GROUPS_FILE))
                        .forEach(entry -> context.skipped(Evidence.atLine(entry.toString(), 0), "not a webhook journal file"));
            }
        } else if (Files.isRegularFile(path)) {
            folder = path.toAbsolutePath().getParent();
            files = List.of(path);
        } else {
            throw new IOException(input.location() + ": no such file or folder");
        }
        LineWebhookEvents events = new LineWebhookEvents(groups(options.get(OPTION_GROUPS), folder), account(options.get(OPTION_ACCOUNT)));
        return LineJournalSource.open(input.location(), files, events, context);
    }

    /** The group names: the option's file, else the journal folder's {@value #GROUPS_FILE}, else none. */
    static LineGroupNames groups(String option, Path folder) throws IOException {
        if (option != null) {
            if (option.isBlank()) {
                throw new IllegalArgumentException("option " + OPTION_GROUPS + " is empty");
            }
            Path file = Path.of(option.strip());
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": no such group-name file (option " + OPTION_GROUPS + ")");
            }
            return LineGroupNames.load(file);
        }
        Path inFolder = folder == null ? null : folder.resolve(GROUPS_FILE);
        return inFolder != null && Files.isRegularFile(inFolder) ? LineGroupNames.load(inFolder) : LineGroupNames.none();
    }

    private static String account(String option) {
        if (option == null) {
            return LineWebhookEvents.DEFAULT_ACCOUNT;
        }
        if (option.isBlank()) {
            throw new IllegalArgumentException("option " + OPTION_ACCOUNT + " is empty");
        }
        return option.strip();
    }
}
