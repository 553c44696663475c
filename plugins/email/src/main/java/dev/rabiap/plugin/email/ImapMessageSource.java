package dev.rabiap.plugin.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.SourceContext;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.ReceivedDateTerm;

/**
 * The mails of one IMAP folder, opened read-only and fetched with {@code BODY.PEEK[]} one at a time.
 * Which mails: those after the state file's checkpoint when its UIDVALIDITY still holds, else those
 * received since {@code since}, else all. The checkpoint is written when the read reaches the end.
 */
final class ImapMessageSource implements MessageSource {
    private static final Logger LOG = LoggerFactory.getLogger(ImapMessageSource.class);
    private static final String TIMEOUT_MILLIS = "60000";

    private final ImapLocation location;
    private final Store store;
    private final Folder folder;
    private final long uidValidity;
    private final long readUpTo;
    private final List<Message> messages;
    private final long[] uids;
    private final Path stateFile;
    private final EmailMessageMapper mapper;
    private final SourceContext context;
    private int position;
    private boolean finished;

    private ImapMessageSource(ImapLocation location, Store store, Folder folder, long uidValidity, long readUpTo,
            List<Message> messages, long[] uids, Path stateFile, EmailMessageMapper mapper, SourceContext context) {
        this.location = location;
        this.store = store;
        this.folder = folder;
        this.uidValidity = uidValidity;
        this.readUpTo = readUpTo;
        this.messages = messages;
        this.uids = uids;
        this.stateFile = stateFile;
        this.mapper = mapper;
        this.context = context;
    }

    /** Logs in, opens the folder read-only and lists the mails to read (their UIDs only). */
    static ImapMessageSource open(ImapLocation location, char[] password, LocalDate since, Path stateFile,
            EmailMessageMapper mapper, SourceContext context) throws IOException {
        String source = location.source();
        Session session = Session.getInstance(properties(location));
        Store store;
        try {
            store = session.getStore(location.protocol());
            store.connect(location.host(), location.port(), location.user(), new String(password));
        } catch (AuthenticationFailedException e) {
            throw new IOException(source + ": the server refused the login of user " + location.user()
                    + " (wrong password or user?): " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new IOException(source + ": cannot connect to " + location.host() + ":" + location.port() + ": " + describe(e), e);
        } finally {
            Arrays.fill(password, '\0');
        }
        try {
            Folder folder = store.getFolder(location.folder());
            if (!folder.exists()) {
                throw new IOException(source + ": the folder " + location.folder() + " does not exist");
            }
            if (!(folder instanceof UIDFolder uidFolder)) {
                throw new IOException(source + ": the server's folders have no UIDs");
            }
            folder.open(Folder.READ_ONLY);
            long uidValidity = uidFolder.getUIDValidity();
            long uidNext = uidFolder.getUIDNext();
            ImapState.Checkpoint checkpoint = stateFile == null ? null : ImapState.read(stateFile, location.stateKey());
            Message[] found;
            long after;
            if (checkpoint != null && checkpoint.uidValidity() == uidValidity) {
                after = checkpoint.lastUid();
                found = uidFolder.getMessagesByUID(after + 1, UIDFolder.LASTUID);
            } else {
                if (checkpoint != null) {
                    LOG.info("{}: UIDVALIDITY changed from {} to {}; reading the folder again{}", source,
                            checkpoint.uidValidity(), uidValidity, since == null ? "" : " from " + since);
                }
                after = 0;
                found = since == null
                        ? folder.getMessages()
                        : folder.search(new ReceivedDateTerm(ComparisonTerm.GE,
                                Date.from(since.atStartOfDay(ChatMessage.BANGKOK).toInstant())));
            }
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            folder.fetch(found, profile);
            List<Message> selected = new ArrayList<>();
            for (Message message : found) {
                if (message != null && uidFolder.getUID(message) > after) {
                    selected.add(message);
                }
            }
            selected.sort(Comparator.comparingLong(message -> uid(uidFolder, message)));
            long[] uids = selected.stream().mapToLong(message -> uid(uidFolder, message)).toArray();
            long readUpTo = Math.max(after, uidNext > 0 ? uidNext - 1 : 0);
            LOG.info("{}: {} mail(s) to read (UIDVALIDITY={}, after UID {})", source, selected.size(), uidValidity, after);
            return new ImapMessageSource(location, store, folder, uidValidity, readUpTo, selected, uids, stateFile, mapper, context);
        } catch (MessagingException | IOException | RuntimeException e) {
            try {
                store.close();
            } catch (MessagingException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException(source + ": cannot open the folder " + location.folder() + ": " + describe(e), e);
        }
    }

    private static long uid(UIDFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties properties(ImapLocation location) {
        String prefix = "mail." + location.protocol() + ".";
        Properties properties = new Properties();
        properties.setProperty("mail.store.protocol", location.protocol());
        properties.setProperty(prefix + "peek", "true");
        properties.setProperty(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty(prefix + "timeout", TIMEOUT_MILLIS);
        properties.setProperty(prefix + "writetimeout", TIMEOUT_MILLIS);
        if (location.secure()) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }

    private static String describe(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public ChatMessage next() throws IOException {
        while (position < messages.size()) {
            Message message = messages.get(position);
            long uid = uids[position];
            position++;
            Evidence evidence = new Evidence(location.source() + ";UIDVALIDITY=" + uidValidity + ";UID=" + uid, 0, null);
            ByteArrayOutputStream raw = new ByteArrayOutputStream(16 * 1024);
            try {
                message.writeTo(raw);
            } catch (MessageRemovedException e) {
                context.skipped(evidence, "the mail was deleted on the server before it could be read");
                continue;
            } catch (MessagingException e) {
                throw new IOException(evidence + ": cannot fetch the mail: " + describe(e), e);
            }
            return mapper.map(raw.toByteArray(), evidence);
        }
        if (!finished) {
            finished = true;
            if (stateFile != null) {
                long last = Math.max(readUpTo, uids.length == 0 ? 0 : uids[uids.length - 1]);
                ImapState.write(stateFile, location.stateKey(), new ImapState.Checkpoint(uidValidity, last));
            }
        }
        return null;
    }

    @Override
    public String description() {
        return location.source();
    }

    @Override
    public void close() throws IOException {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new IOException(location.source() + ": cannot close the folder: " + describe(e), e);
        } finally {
            try {
                store.close();
            } catch (MessagingException e) {
                LOG.debug("{}: closing the connection failed", location.source(), e);
            }
        }
    }
}
