package dev.rabiap.plugin.line;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceInput;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The test exports under {@code src/test/resources/line/} and a way to read them whole. */
final class LineFixtures {
    static final String THAI_MOBILE = "thai-mobile-group.txt";
    static final String ENGLISH_MOBILE = "english-mobile-ampm.txt";
    static final String PC = "[LINE]ข้อสั่งการ อ.เมือง.txt";
    static final String BOM_CRLF = "bom-crlf.txt";
    static final String UNRECOGNISED = "unrecognised.txt";

    private LineFixtures() {}

    /** The path of a fixture. */
    static Path path(String name) {
        URL url = LineFixtures.class.getResource("/line/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource line/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every message of a fixture, read with the factory. */
    static List<ChatMessage> read(String name, Map<String, String> options, RecordingContext context) throws IOException {
        return readAll(path(name), options, context);
    }

    /** Every message of a file, read with the factory. */
    static List<ChatMessage> readAll(Path file, Map<String, String> options, RecordingContext context) throws IOException {
        try (MessageSource source = new LineExportSourceFactory().open(new SourceInput(file.toString()), options, context)) {
            List<ChatMessage> messages = new ArrayList<>();
            for (ChatMessage message = source.next(); message != null; message = source.next()) {
                messages.add(message);
            }
            return messages;
        }
    }
}
