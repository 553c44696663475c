package dev.rabiap.plugin.email;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;

/** The mails of one mbox file, read one at a time. */
final class MboxMessageSource implements MessageSource {
    private final String source;
    private final MboxReader reader;
    private final EmailMessageMapper mapper;
    private final SourceContext context;

    MboxMessageSource(Path path, EmailMessageMapper mapper, SourceContext context) throws IOException {
        this.source = path.toString();
        this.reader = new MboxReader(new BufferedInputStream(Files.newInputStream(path), 64 * 1024));
        this.mapper = mapper;
        this.context = context;
    }

    @Override
    public ChatMessage next() throws IOException {
        while (true) {
            MboxReader.Record record = reader.next();
            if (record == null) {
                return null;
            }
            Evidence evidence = Evidence.atLine(source, record.line());
            if (record.preamble()) {
                context.skipped(evidence, "text before the first From line");
                continue;
            }
            if (record.tooLarge()) {
                throw new MalformedInputException(evidence, "the mail is larger than " + MboxReader.MAX_MESSAGE_BYTES + " bytes");
            }
            return mapper.map(record.bytes(), evidence);
        }
    }

    @Override
    public String description() {
        return source;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
