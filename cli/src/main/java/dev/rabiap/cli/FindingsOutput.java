package dev.rabiap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.rabiap.engine.ErrorCode;
import dev.rabiap.engine.PolicyException;
import dev.rabiap.engine.spi.Journal;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Where {@code rabiap serve} writes its findings, and how far into the journal they go.
 *
 * <p>With a file ({@code --out}), a position file beside it ({@code findings.jsonl.position})
 * says up to which journal record the findings in the file go, how far the live audit's clock had
 * advanced, and how long the file was then. It is saved, atomically, after the findings it covers
 * are forced to disk. At start, bytes past the saved length (findings written after the last save,
 * or a line cut short) are cut off: the journal after the saved position is audited again and
 * writes them again. So after a crash every finding is in the file once.
 *
 * <p>Without a file, findings go to standard output and nothing is saved: at start the whole
 * journal is read back without writing its findings. Used by one thread at a time.
 */
final class FindingsOutput implements Closeable {
    /** The suffix of the position file's name. */
    static final String POSITION_SUFFIX = ".position";

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * How far the findings went when last saved.
     *
     * @param position the last journal record audited into the findings, or null when none was
     * @param advancedTo how far the audit's clock had advanced then, or null
     * @param bytes the length of the findings file then
     * @param wholeJournal true when nothing is known and the journal is to be taken as audited to
     *     its end (standard output, or a findings file with content but no position file)
     */
    record Saved(Journal.Position position, Instant advancedTo, long bytes, boolean wholeJournal) {}

    private final Path file;
    private final Path positionFile;
    private final FileChannel channel;
    private final PrintWriter stream;
    private final Saved saved;
    private long written;
    private long committed;

    private FindingsOutput(Path file, FileChannel channel, PrintWriter stream, Saved saved) {
        this.file = file;
        this.positionFile = file == null ? null : file.resolveSibling(file.getFileName() + POSITION_SUFFIX);
        this.channel = channel;
        this.stream = stream;
        this.saved = saved;
        this.written = saved.bytes();
        this.committed = saved.bytes();
    }

    /** Findings to a stream; nothing saved. */
    static FindingsOutput stream(PrintWriter out) {
        return new FindingsOutput(null, null, out, new Saved(null, null, 0, true));
    }

    /**
     * Findings to a file, appended; its position file read, and bytes past the saved length cut off.
     *
     * @throws PolicyException when the position file cannot be read (naming it)
     */
    static FindingsOutput open(Path file, PrintWriter err) throws IOException {
        Path positionFile = file.resolveSibling(file.getFileName() + POSITION_SUFFIX);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            long size = channel.size();
            Saved saved;
            if (Files.exists(positionFile)) {
                saved = read(positionFile);
                if (size > saved.bytes()) {
                    err.println("rabiap: " + file.getFileName() + ": " + (size - saved.bytes())
                            + " bytes written after the last saved position are cut off; the journal after it is audited again");
                    channel.truncate(saved.bytes());
                    channel.force(true);
                } else if (size < saved.bytes()) {
                    err.println("rabiap: " + file.getFileName() + " is shorter than when its position was saved (moved or rotated?);"
                            + " new findings are appended to it");
                    saved = new Saved(saved.position(), saved.advancedTo(), size, false);
                }
            } else if (size > 0) {
                err.println("rabiap: " + file.getFileName() + " has findings but no " + positionFile.getFileName()
                        + ": the journal is taken as audited to its end");
                saved = new Saved(null, null, size, true);
            } else {
                saved = new Saved(null, null, 0, false);
            }
            channel.position(saved.bytes());
            return new FindingsOutput(file, channel, null, saved);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** What was saved when the output was opened. */
    Saved saved() {
        return saved;
    }

    /** Appends whole lines of findings; durable only once {@link #commit} returns. */
    void write(String lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        if (stream != null) {
            stream.print(lines);
            stream.flush();
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(lines.getBytes(StandardCharsets.UTF_8));
        written += buffer.remaining();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Whether findings were written since the last commit. */
    boolean uncommitted() {
        return written != committed;
    }

    /**
     * Forces the findings written so far to disk, then saves that they go up to {@code position}
     * with the audit's clock at {@code advancedTo}.
     */
    void commit(Journal.Position position, Instant advancedTo) throws IOException {
        if (file == null) {
            return;
        }
        channel.force(false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            if (position == null) {
                json.writeNullField("journalFile");
                json.writeNullField("journalLine");
            } else {
                json.writeStringField("journalFile", position.file());
                json.writeNumberField("journalLine", position.line());
            }
            if (advancedTo == null) {
                json.writeNullField("advancedTo");
            } else {
                json.writeStringField("advancedTo", advancedTo.toString());
            }
            json.writeNumberField("outputBytes", written);
            json.writeEndObject();
        }
        bytes.write('\n');
        Path temporary = positionFile.resolveSibling(positionFile.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        try {
            Files.move(temporary, positionFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, positionFile, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(positionFile.toAbsolutePath().getParent());
        committed = written;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
        if (stream != null) {
            stream.flush();
        }
    }

    /** Makes a rename durable: on Linux a folder can be forced; elsewhere this may not be allowed. */
    private static void forceFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every system lets a folder be opened; the rename is then as durable as the system makes it
        }
    }

    private static Saved read(Path positionFile) throws IOException {
        String file = null;
        long line = 0;
        Instant advancedTo = null;
        long bytes = -1;
        try (JsonParser json = JSON.createParser(Files.readAllBytes(positionFile))) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw bad(positionFile, "not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (name) {
                    case "journalFile" -> file = json.getValueAsString();
                    case "journalLine" -> line = json.getValueAsLong();
                    case "advancedTo" -> advancedTo = Instant.parse(json.getValueAsString());
                    case "outputBytes" -> bytes = json.getValueAsLong(-1);
                    default -> json.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException | DateTimeParseException e) {
            throw bad(positionFile, e.getMessage());
        }
        if (bytes < 0 || (file != null && line < 1)) {
            throw bad(positionFile, "outputBytes and, with journalFile, journalLine are required");
        }
        return new Saved(file == null ? null : new Journal.Position(file, line), advancedTo, bytes, false);
    }

    private static PolicyException bad(Path positionFile, String why) {
        return new PolicyException(ErrorCode.BAD_INPUT, positionFile + ": not a position file of rabiap serve (" + why
                + "); remove it and the findings file to audit the journal again from the start");
    }
}
