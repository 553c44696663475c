package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.webhook.model.AudioMessageContent;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FileMessageContent;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.ImageMessageContent;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.LeaveEvent;
import com.linecorp.bot.webhook.model.MemberJoinedEvent;
import com.linecorp.bot.webhook.model.MemberLeftEvent;
import com.linecorp.bot.webhook.model.MessageContent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.RoomSource;
import com.linecorp.bot.webhook.model.Source;
import com.linecorp.bot.webhook.model.StickerMessageContent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UnknownEvent;
import com.linecorp.bot.webhook.model.UnsendEvent;
import com.linecorp.bot.webhook.model.UserSource;
import com.linecorp.bot.webhook.model.VideoMessageContent;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.PlausibleTimes;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.spi.SystemEvent;
import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the events of LINE Messaging API webhook requests into {@link ChatMessage}s, the same way
 * for the live server and for a replayed journal, and reads each event once.
 *
 * <ul>
 *   <li>{@code message}: text, image, video, audio, file (its name is the attachment name) and
 *       sticker; a quoted message is the one it answers. The sender is the LINE user id, which the
 *       roster's {@code line_user_id} resolves, so a changed display name keeps the person.</li>
 *   <li>{@code memberJoined} and {@code memberLeft}: a join or leave for each member, the member's
 *       user id as sender.</li>
 *   <li>{@code join} and {@code leave} of the official account itself: a system message of event
 *       {@code other}.</li>
 *   <li>{@code follow} and {@code unfollow}: in the group named after the official account.</li>
 *   <li>{@code unsend}: an unsend whose {@code replyTo} names the message taken back.</li>
 * </ul>
 *
 * A group or room id becomes a policy group name through {@link LineGroupNames}. Every message's
 * evidence is the journal file and line of the request, with the event's {@code webhookEventId};
 * its id is the LINE message id, else the {@code webhookEventId} ({@code #1}, {@code #2} … appended
 * for each member of one membership event). An event whose {@code webhookEventId} was read before
 * (LINE delivers again when an answer came late or failed; such an event carries
 * {@code deliveryContext.isRedelivery}) is reported as skipped, as is every event or message type
 * the rules do not use. A redelivered event whose id was never read (its first delivery was
 * refused or never arrived) is read. Not thread-safe: one thread maps a stream of requests.
 */
public final class LineWebhookEvents {
    /** The group name of follow and unfollow events when none is configured. */
    public static final String DEFAULT_ACCOUNT = "LINE Official Account";
    /** The reason a redelivered event is skipped. */
    public static final String REDELIVERED = "event delivered again (same webhookEventId), read once";

    private static final ObjectMapper JSON = ModelObjectMapper.createNewObjectMapper();

    private final LineGroupNames groups;
    private final String account;
    private final LineEventIds seen = new LineEventIds();

    /**
     * @param groups the policy group names of group and room ids
     * @param account the official account's name: the group of follow and unfollow events
     */
    public LineWebhookEvents(LineGroupNames groups, String account) {
        this.groups = requireNonNull(groups, "groups is null");
        this.account = requireNonNull(account, "account is null");
        if (account.isBlank()) {
            throw new IllegalArgumentException("the official account's name is empty");
        }
    }

    /**
     * What one request gave.
     *
     * @param messages the messages, in event order
     * @param events the events the request held
     * @param redeliveries events skipped because they were read before
     * @param skipped other events skipped (types the rules do not use, events without time or source)
     */
    public record Batch(List<ChatMessage> messages, int events, int redeliveries, int skipped) {}

    /**
     * Parses a request body with the SDK's object mapper, without checking a signature (the journal
     * holds only requests whose signature was checked).
     *
     * @throws IOException when the body is not JSON or not a webhook request (no {@code events})
     */
    public static CallbackRequest parse(byte[] body) throws IOException {
        CallbackRequest request = JSON.readValue(requireNonNull(body, "body is null"), CallbackRequest.class);
        if (request == null || request.events() == null) {
            throw new IOException("not a LINE webhook request: no events");
        }
        return request;
    }

    /**
     * Maps the events of one request.
     *
     * @param request the parsed request
     * @param source the journal file the request is in
     * @param line the request's line in it
     * @param context where skipped events are counted
     */
    public Batch map(CallbackRequest request, String source, long line, SourceContext context) {
        requireNonNull(request, "request is null");
        requireNonNull(context, "context is null");
        List<ChatMessage> messages = new ArrayList<>();
        int redeliveries = 0;
        int skipped = 0;
        for (Event event : request.events()) {
            Evidence where = new Evidence(source, line, blankToNull(event.webhookEventId()));
            if (!seen.firstTime(event.webhookEventId())) {
                context.skipped(where, REDELIVERED);
                redeliveries++;
                continue;
            }
            String problem = map(event, where, messages, context);
            if (problem != null) {
                context.skipped(where, problem);
                skipped++;
            }
        }
        return new Batch(List.copyOf(messages), request.events().size(), redeliveries, skipped);
    }

    /** Adds the messages of one event; returns why it gives none, or null. */
    private String map(Event event, Evidence where, List<ChatMessage> out, SourceContext context) {
        if (event instanceof UnknownEvent unknown) {
            return "webhook event type '" + unknown.type() + "' is not audited";
        }
        if (event.timestamp() == null) {
            return "webhook event without a timestamp";
        }
        if (!PlausibleTimes.inRange(event.timestamp(), context)) {
            return "webhook event time outside the log's plausible range (" + PlausibleTimes.FIRST_YEAR
                    + " to one day after now): timestamp " + event.timestamp();
        }
        ZonedDateTime time = Instant.ofEpochMilli(event.timestamp()).atZone(ChatMessage.BANGKOK);
        String eventId = where.messageId();
        if (event instanceof FollowEvent || event instanceof UnfollowEvent) {
            String user = event.source() == null ? null : blankToNull(event.source().userId());
            SystemEvent kind = event instanceof FollowEvent ? SystemEvent.FOLLOW : SystemEvent.UNFOLLOW;
            out.add(base(where, eventId, account, user, time).event(kind).build());
            return null;
        }
        String group = group(event.source());
        if (group == null) {
            return "webhook event " + type(event) + " without a group, room or user source";
        }
        if (event instanceof MessageEvent message) {
            return message(message, where, group, time, out);
        }
        if (event instanceof MemberJoinedEvent joined) {
            List<UserSource> members = joined.joined() == null || joined.joined().members() == null ? List.of() : joined.joined().members();
            return members(members, SystemEvent.JOIN, where, eventId, group, time, out);
        }
        if (event instanceof MemberLeftEvent left) {
            List<UserSource> members = left.left() == null || left.left().members() == null ? List.of() : left.left().members();
            return members(members, SystemEvent.LEAVE, where, eventId, group, time, out);
        }
        if (event instanceof JoinEvent || event instanceof LeaveEvent) {
            String text = event instanceof JoinEvent ? "the official account joined the chat" : "the official account left the chat";
            out.add(base(where, eventId, group, null, time).event(SystemEvent.OTHER).text(text).build());
            return null;
        }
        if (event instanceof UnsendEvent unsend) {
            String user = blankToNull(event.source().userId());
            String taken = unsend.unsend() == null ? null : blankToNull(unsend.unsend().messageId());
            out.add(base(where, eventId, group, user, time).event(SystemEvent.UNSEND).replyTo(taken).build());
            return null;
        }
        return "webhook event type '" + type(event) + "' is not audited";
    }

    private String message(MessageEvent event, Evidence where, String group, ZonedDateTime time, List<ChatMessage> out) {
        MessageContent content = event.message();
        if (content == null) {
            return "message event without a message";
        }
        String user = blankToNull(event.source().userId());
        String id = blankToNull(content.id()) != null ? content.id() : where.messageId();
        ChatMessage.Builder builder = base(where, id, group, user, time);
        if (content instanceof TextMessageContent text) {
            builder.type(MessageType.TEXT).text(text.text() == null ? "" : text.text()).replyTo(blankToNull(text.quotedMessageId()));
        } else if (content instanceof StickerMessageContent sticker) {
            // The sticker's text is LINE's description of it (its alt text); what it says can be an answer.
            builder.type(MessageType.STICKER).text(sticker.text() == null ? "" : sticker.text())
                    .replyTo(blankToNull(sticker.quotedMessageId()));
        } else if (content instanceof ImageMessageContent) {
            builder.type(MessageType.IMAGE);
        } else if (content instanceof VideoMessageContent) {
            builder.type(MessageType.VIDEO);
        } else if (content instanceof AudioMessageContent) {
            builder.type(MessageType.AUDIO);
        } else if (content instanceof FileMessageContent file) {
            builder.type(MessageType.FILE).attachmentName(blankToNull(file.fileName()));
        } else {
            return "message type '" + type(content) + "' is not audited";
        }
        out.add(builder.build());
        return null;
    }

    private static String members(List<UserSource> members, SystemEvent kind, Evidence where, String eventId, String group,
            ZonedDateTime time, List<ChatMessage> out) {
        List<String> users = members.stream().map(UserSource::userId).filter(id -> id != null && !id.isBlank()).toList();
        if (users.isEmpty()) {
            return "membership event without members";
        }
        for (int index = 0; index < users.size(); index++) {
            String id = eventId == null ? null : users.size() == 1 ? eventId : eventId + "#" + (index + 1);
            out.add(base(where, id, group, users.get(index), time).event(kind).build());
        }
        return null;
    }

    private static ChatMessage.Builder base(Evidence where, String id, String group, String user, ZonedDateTime time) {
        return ChatMessage.builder().id(id).evidence(where).group(group).sender(user == null ? "" : user).senderId(user).time(time);
    }

    private String group(Source source) {
        if (source instanceof GroupSource group && blankToNull(group.groupId()) != null) {
            return groups.name(group.groupId());
        }
        if (source instanceof RoomSource room && blankToNull(room.roomId()) != null) {
            return groups.name(room.roomId());
        }
        if (source instanceof UserSource) {
            return account;
        }
        return null;
    }

    private static String type(Object event) {
        String name = event.getClass().getSimpleName();
        for (String suffix : new String[] {"MessageContent", "Event"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
