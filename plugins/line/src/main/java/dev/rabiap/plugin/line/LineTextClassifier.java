package dev.rabiap.plugin.line;

import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.SystemEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message's text says: a media placeholder ({@code [Photo]}, {@code [รูป]}, {@code [Contact]}, PC {@code รูป}),
 * a system notice in English or Thai (invites, joins, removals, renames, unsends, albums, notes,
 * calls …) or plain text. Matches whole texts only, so user text that merely mentions a
 * placeholder or a notice stays text.
 */
final class LineTextClassifier {
    /**
     * The meaning of a message text.
     *
     * @param type the message type
     * @param text the text to keep (empty for media)
     * @param event the system event, or null when {@code type} is not SYSTEM
     * @param actor the display name of whoever did it, empty when unknown
     * @param targets the display names an invite, removal or cancelled invitation concerns, or the new group name of a rename
     * @param attachmentName the file name a file placeholder names, or null
     */
    record Classification(MessageType type, String text, SystemEvent event, String actor, List<String> targets, String attachmentName) {}

    /**
     * Phone placeholders, the whole text of a media message. What has no media type of its own (a
     * contact card, a location, an album, a note, a poll, a gift) is a file: something shared that
     * is not text a member wrote, so that no rule reads the placeholder as an answer or an order.
     */
    private static final Map<String, MessageType> PLACEHOLDERS = Map.ofEntries(
            Map.entry("[Photo]", MessageType.IMAGE),
            Map.entry("[Photos]", MessageType.IMAGE),
            Map.entry("[Album]", MessageType.IMAGE),
            Map.entry("[Sticker]", MessageType.STICKER),
            Map.entry("[Video]", MessageType.VIDEO),
            Map.entry("[File]", MessageType.FILE),
            Map.entry("[Voice message]", MessageType.AUDIO),
            Map.entry("[Contact]", MessageType.FILE),
            Map.entry("[Location]", MessageType.FILE),
            Map.entry("[Note]", MessageType.FILE),
            Map.entry("[Poll]", MessageType.FILE),
            Map.entry("[Gift]", MessageType.FILE),
            Map.entry("[รูป]", MessageType.IMAGE),
            Map.entry("[รูปภาพ]", MessageType.IMAGE),
            Map.entry("[อัลบั้ม]", MessageType.IMAGE),
            Map.entry("[สติกเกอร์]", MessageType.STICKER),
            Map.entry("[วิดีโอ]", MessageType.VIDEO),
            Map.entry("[ไฟล์]", MessageType.FILE),
            Map.entry("[ข้อความเสียง]", MessageType.AUDIO),
            Map.entry("[ข้อมูลติดต่อ]", MessageType.FILE),
            Map.entry("[ผู้ติดต่อ]", MessageType.FILE),
            Map.entry("[ตำแหน่งที่ตั้ง]", MessageType.FILE),
            Map.entry("[โน้ต]", MessageType.FILE),
            // Japanese and Chinese (Taiwan) user interfaces.
            Map.entry("[写真]", MessageType.IMAGE),
            Map.entry("[照片]", MessageType.IMAGE),
            Map.entry("[スタンプ]", MessageType.STICKER),
            Map.entry("[貼圖]", MessageType.STICKER),
            Map.entry("[動画]", MessageType.VIDEO),
            Map.entry("[影片]", MessageType.VIDEO),
            Map.entry("[ファイル]", MessageType.FILE),
            Map.entry("[檔案]", MessageType.FILE),
            Map.entry("[ボイスメッセージ]", MessageType.AUDIO),
            Map.entry("[語音訊息]", MessageType.AUDIO),
            Map.entry("[連絡先]", MessageType.FILE),
            Map.entry("[位置情報]", MessageType.FILE),
            Map.entry("[位置]", MessageType.FILE));

    /** PC "Save chat" placeholders, written without brackets. */
    private static final Map<String, MessageType> PC_PLACEHOLDERS = Map.of(
            "Photos", MessageType.IMAGE,
            "Stickers", MessageType.STICKER,
            "Videos", MessageType.VIDEO,
            "Audio", MessageType.AUDIO,
            "รูป", MessageType.IMAGE,
            "สติกเกอร์", MessageType.STICKER,
            "วิดีโอ", MessageType.VIDEO,
            // not yet seen in a real desktop export, but named as the phone's are: a line of "ไฟล์" alone is a file sent
            "Files", MessageType.FILE,
            "ไฟล์", MessageType.FILE,
            "ข้อความเสียง", MessageType.AUDIO);

    private static final Pattern NAMED_FILE = Pattern.compile("\\[(?:File|ไฟล์)\\] (.+)");

    /** Notices that are the whole text after the sender on PC: the sender is the actor. */
    private static final Set<String> PC_BARE_NOTICES = Set.of(
            "ยกเลิกข้อความ", "ยกเลิกข้อความแล้ว", "เขียนโน้ตใหม่", "เพิ่มประกาศ", "เพิ่ม<u>ประกาศ</u>", "ไม่ได้รับสาย", "Canceled");

    /** Notices written after the actor's name, used on PC to learn multi-word names from {@code NAME NAME ออกจากกลุ่ม}. */
    private static final Set<String> ACTOR_NOTICES = Set.of(
            "ออกจากกลุ่ม", "เข้าร่วมกลุ่ม", "เข้ากลุ่ม", "เพิ่มประกาศ", "เพิ่ม<u>ประกาศ</u>", "เขียนโน้ตใหม่", "ยกเลิกข้อความ",
            "ยกเลิกข้อความแล้ว", "joined the group.", "left the group.", "left the chat.", "unsent a message.", "added a note.");

    private static final List<Rule> RULES = List.of(
            // English, verbatim from real phone exports.
            Rule.of(SystemEvent.INVITE, " invited you to ", "(?<actor>.+) invited you to (?:a|the) group\\."),
            Rule.of(SystemEvent.OTHER, "'s invitation to the group.", "(?<actor>.+?) cancell?ed (?<target>.+)'s invitation to the group\\."),
            Rule.of(SystemEvent.REMOVE, " from the group.", "(?<actor>.+?) removed (?<target>.+) from the group\\."),
            Rule.of(SystemEvent.INVITE, " invited ", "(?<actor>.+?) invited (?<targets>.+)\\."),
            Rule.of(SystemEvent.JOIN, " joined the group.", "(?<actor>.+) joined the group\\."),
            Rule.of(SystemEvent.LEAVE, " left the ", "(?<actor>.+) left the (?:group|chat)\\."),
            Rule.of(SystemEvent.UNSEND, " unsent a message.", "(?<actor>.+) unsent a message\\."),
            Rule.of(SystemEvent.RENAME, " name to \"", "(?<actor>.+?) changed the group(?:'s|’s)? name to \"(?<target>.*)\"\\."),
            Rule.of(SystemEvent.OTHER, " profile picture.", "(?<actor>.+?) changed the group(?:'s|’s)? profile picture\\."),
            Rule.of(SystemEvent.OTHER, " joining via link or QR code.", "(?<actor>.+?) (?:disabled|allowed|enabled) joining via link or QR code\\."),
            Rule.of(SystemEvent.OTHER, " added a note.", "(?<actor>.+) added a note\\."),
            Rule.of(SystemEvent.OTHER, " album.", "(?<actor>.+) (?:added (?:a photo|photos) to an album|created an album)\\."),
            Rule.of(SystemEvent.OTHER, "added to album.", "Photos? added to album\\."),
            Rule.of(SystemEvent.OTHER, "'s post.", "(?<actor>.+?) shared .+'s post\\."),
            Rule.of(SystemEvent.OTHER, "Group ", "Group (?:video |voice )?call (?:started|ended)\\."),
            Rule.of(SystemEvent.OTHER, "☎", "☎ ?(?:Call time [0-9]+(?::[0-9]{2}){1,2}|Canceled call|Missed call|No answer)"),
            // Thai: เพิ่ม … เข้ากลุ่ม, ออกจากกลุ่ม, ยกเลิกข้อความ, เขียนโน้ตใหม่, เพิ่มประกาศ and ไม่ได้รับสาย are seen in
            // exports; เชิญ, เข้าร่วมกลุ่ม, ลบ … ออกจากกลุ่ม, เปลี่ยนชื่อกลุ่ม and ยกเลิกคำเชิญ are the expected wordings.
            Rule.of(SystemEvent.INVITE, "กลุ่ม", "(?<actor>.+?) (?:เพิ่ม|เชิญ) (?<targets>.+) เข้า(?:ร่วม)?กลุ่ม(?:แล้ว)?"),
            Rule.of(SystemEvent.OTHER, "ยกเลิกคำเชิญ", "(?<actor>.+?) ยกเลิกคำเชิญ(?:ของ)? ?(?<target>.+?)(?: เข้า(?:ร่วม)?กลุ่ม)?"),
            Rule.of(SystemEvent.REMOVE, " ลบ ", "(?<actor>.+?) ลบ (?<target>.+) ออกจากกลุ่ม(?:แล้ว)?"),
            Rule.of(SystemEvent.JOIN, "กลุ่ม", "(?<actor>.+) เข้า(?:ร่วม)?กลุ่ม(?:แล้ว)?"),
            Rule.of(SystemEvent.LEAVE, "ออกจากกลุ่ม", "(?:(?<actor>.+) )?ออกจากกลุ่ม(?:แล้ว)?"),
            Rule.of(SystemEvent.UNSEND, "ยกเลิก", "(?:(?<actor>.+) )?ยกเลิก(?:การส่ง)?ข้อความ(?:แล้ว)?"),
            Rule.of(SystemEvent.RENAME, "เปลี่ยนชื่อกลุ่ม", "(?<actor>.+?) เปลี่ยนชื่อกลุ่ม(?:เป็น)? ?\"?(?<target>.*?)\"?"),
            Rule.of(SystemEvent.OTHER, "เปลี่ยนรูป", "(?<actor>.+?) เปลี่ยนรูป(?:โปรไฟล์)?กลุ่ม"),
            Rule.of(SystemEvent.OTHER, "เขียนโน้ตใหม่", "(?:(?<actor>.+) )?เขียนโน้ตใหม่"),
            Rule.of(SystemEvent.OTHER, "ประกาศ", "(?:(?<actor>.+) )?เพิ่ม(?:<u>)?ประกาศ(?:</u>)?"),
            Rule.of(SystemEvent.OTHER, "ไม่ได้รับสาย", "(?:☎ ?)?ไม่ได้รับสาย"));

    /** PC only: a cancelled call is written as the bare word. */
    private static final Rule PC_CANCELLED_CALL = Rule.of(SystemEvent.OTHER, "Canceled", "Canceled");

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,、]\\s*");
    private static final String EXPORTER = "you";
    /** Notices are one short line; longer texts are not matched against the notice patterns. */
    private static final int LONGEST_NOTICE = 2000;

    private final boolean pc;

    /** @param pc whether texts come from a PC save (placeholders without brackets) */
    LineTextClassifier(boolean pc) {
        this.pc = pc;
    }

    /**
     * Classifies a message text.
     *
     * @param sender the cleaned sender column; empty when the line has none, which makes it a system line
     * @param text the whole message text
     */
    Classification classify(String sender, String text) {
        String whole = text.strip();
        if (sender.isEmpty()) {
            Classification notice = notice(whole, text, "");
            return notice != null ? notice : system(SystemEvent.OTHER, text, "", List.of());
        }
        MessageType media = PLACEHOLDERS.get(whole);
        if (media == null && pc) {
            media = PC_PLACEHOLDERS.get(whole);
        }
        if (media != null) {
            return new Classification(media, "", null, sender, List.of(), null);
        }
        Matcher namedFile = NAMED_FILE.matcher(whole);
        if (namedFile.matches()) {
            return new Classification(MessageType.FILE, "", null, sender, List.of(), namedFile.group(1).strip());
        }
        Classification notice = notice(whole, text, sender);
        return notice != null ? notice : new Classification(MessageType.TEXT, text, null, sender, List.of(), null);
    }

    /** Whether a PC line's text after a name is a whole message by that name: a placeholder or a bare notice. */
    static boolean isPcBareMessage(String text) {
        return PC_PLACEHOLDERS.containsKey(text) || PLACEHOLDERS.containsKey(text) || PC_BARE_NOTICES.contains(text);
    }

    /** Whether a text is a notice written right after its actor's name ({@code ออกจากกลุ่ม}, {@code joined the group.}). */
    static boolean isActorNotice(String text) {
        return ACTOR_NOTICES.contains(text);
    }

    /**
     * A system notice, or null. On a line with a sender column the notice must name the sender as
     * its actor (LINE repeats it: {@code X⇥X added a note.}), except an unsend, which real exports
     * also write under another sender; otherwise it is text a member typed.
     */
    private Classification notice(String whole, String text, String sender) {
        if (whole.length() > LONGEST_NOTICE) {
            return null;
        }
        for (Rule rule : RULES) {
            Classification found = rule.apply(whole, text, sender);
            if (found != null) {
                return found == Rule.TYPED ? null : found;
            }
        }
        if (pc) {
            Classification found = PC_CANCELLED_CALL.apply(whole, text, sender);
            return found == Rule.TYPED ? null : found;
        }
        return null;
    }

    private static Classification system(SystemEvent event, String text, String actor, List<String> targets) {
        return new Classification(MessageType.SYSTEM, text, event, actor, targets, null);
    }

    /** One notice: a whole-text pattern with optional groups {@code actor}, {@code target} or {@code targets}. */
    private record Rule(SystemEvent event, String keyword, Pattern pattern, boolean hasActor, boolean hasTarget, boolean hasTargets) {
        /** Marks a match that is user text, not a notice. */
        static final Classification TYPED = new Classification(MessageType.TEXT, "", null, "", List.of(), null);

        /**
         * @param keyword a string every matching text contains, checked before the pattern
         * @param regex the whole-text pattern
         */
        static Rule of(SystemEvent event, String keyword, String regex) {
            return new Rule(event, keyword, Pattern.compile(regex), regex.contains("(?<actor>"), regex.contains("(?<target>"),
                    regex.contains("(?<targets>"));
        }

        Classification apply(String whole, String text, String sender) {
            if (!whole.contains(keyword)) {
                return null;
            }
            Matcher matcher = pattern.matcher(whole);
            if (!matcher.matches()) {
                return null;
            }
            String named = hasActor && matcher.group("actor") != null ? LineText.cleanName(matcher.group("actor")) : null;
            if (named != null && !sender.isEmpty() && !named.equals(sender) && event != SystemEvent.UNSEND) {
                return TYPED;
            }
            String actor = named == null ? sender : named;
            if (actor.equalsIgnoreCase(EXPORTER)) {
                actor = "";
            }
            List<String> targets = new ArrayList<>();
            if (hasTarget) {
                addName(targets, matcher.group("target"));
            }
            if (hasTargets) {
                for (String target : LIST_SEPARATOR.split(matcher.group("targets"))) {
                    addName(targets, target);
                }
            }
            return system(event, text, actor, List.copyOf(targets));
        }

        private static void addName(List<String> names, String raw) {
            String name = LineText.cleanName(raw);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
    }
}
