package dev.rabiap.engine.internal;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.Kinds;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.rule.RoleSet;
import dev.rabiap.engine.spi.MessageType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives each post one kind from classification tables: the rule set's own {@code classification.csv}
 * rows first, then the shared base table, tried in order; the first row that matches decides. A
 * post no row matches is {@code chat}; a system event is {@code system}; photos, videos or files with
 * no text are {@code media}. Classification runs once per post, before the rules see it.
 *
 * <p>A row matches when its pattern is found in the post ({@link Match}), where the row says
 * ({@link Where}), the sender holds one of the row's roles (when it names any), and none of its
 * {@code unless} phrases is in the post. Word patterns are matched on word boundaries of the
 * segmented Thai text and do not count when negated ("ไม่ทราบ", "ไม่ต้องรายงาน"). Regular
 * expressions run on RE2/J, in time linear in the text, so no pattern can stall an audit.
 *
 * <p>Immutable and thread-safe.
 */
public final class Classifier {
    /** How many words may come before a {@link Where#START} phrase: "อำเภอพังโคน รับทราบครับ". */
    static final int START_WORDS = 3;

    /** How a row's pattern is looked for. */
    public enum Match {
        /** One of the {@code |}-separated phrases, on word boundaries, not negated. */
        WORD,
        /** One of the {@code |}-separated strings, anywhere, as it is (inside words too, negated or not). */
        CONTAINS,
        /** A regular expression (RE2 syntax) is found in the normalised text. */
        REGEX,
        /** The post's first message is of one of these types: {@code sticker}, {@code image}, {@code file}… */
        TYPE,
        /** The text, without spaces, is made only of the pattern's characters (🙏, 👍). */
        ONLY,
        /** The post carries photos, videos or files of one of these types with its text. */
        PARTS;

        static Match parse(String text) {
            String code = text.trim().toLowerCase(Locale.ROOT);
            for (Match match : values()) {
                if (match.code().equals(code)) {
                    return match;
                }
            }
            return null;
        }

        /** The code used in tables. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where in the post a pattern must be. */
    public enum Where {
        /** Anywhere. */
        ANYWHERE,
        /** Opening the post: at most {@value Classifier#START_WORDS} words before it. */
        START,
        /** Closing the post: nothing after it but particles, forms of address, emoji and punctuation. */
        END,
        /** Closing a clause: nothing after it up to the next space or line break but particles and the like. */
        CLAUSE_END,
        /** The whole post: nothing else but particles, forms of address, emoji and punctuation. */
        WHOLE;

        static Where parse(String text) {
            String code = text.trim().toLowerCase(Locale.ROOT);
            if (code.isEmpty()) {
                return ANYWHERE;
            }
            for (Where where : values()) {
                if (where.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(code)) {
                    return where;
                }
            }
            return null;
        }
    }

    /**
     * One row of a classification table.
     *
     * @param kind the kind a post gets when the row matches
     * @param match how the pattern is looked for
     * @param pattern the pattern as written
     * @param phrases the pattern's phrases, normalised (for WORD, CONTAINS, TYPE, PARTS)
     * @param regex the compiled pattern (REGEX only), else null
     * @param unless phrases that stop the row when the post holds any of them
     * @param where where the pattern must be
     * @param roles the roles the sender must hold, or an empty set for anyone
     * @param file the table, as the rule set names it
     * @param line the row's line in it
     * @param weight how much the row counts against the labelled examples (natural-log units):
     *     {@link Double#POSITIVE_INFINITY} when it decides outright, NaN for the default (the shared
     *     table's rows count {@link KindModel#TABLE_WEIGHT}; a rule set's own rows decide)
     */
    public record Row(String kind, Match match, String pattern, List<String> phrases, com.google.re2j.Pattern regex,
                      List<String> unless, Where where, RoleSet roles, String file, int line, double weight) {
        public Row {
            requireNonNull(kind, "kind is null");
            requireNonNull(match, "match is null");
            phrases = List.copyOf(phrases);
            unless = List.copyOf(unless);
            requireNonNull(where, "where is null");
            requireNonNull(roles, "roles is null");
        }

        /** A row with the default weight. */
        public Row(String kind, Match match, String pattern, List<String> phrases, com.google.re2j.Pattern regex,
                   List<String> unless, Where where, RoleSet roles, String file, int line) {
            this(kind, match, pattern, phrases, regex, unless, where, roles, file, line, Double.NaN);
        }

        /** Whether the row decides outright, whatever the labelled examples say. */
        public boolean decides() {
            if (!Double.isNaN(weight)) {
                return weight == Double.POSITIVE_INFINITY;
            }
            return !isBaseFile(file) || match == Match.TYPE || match == Match.ONLY;
        }

        /** How much the row counts for its kind against the labelled examples, when it does not decide. */
        public double counts() {
            return Double.isNaN(weight) ? KindModel.TABLE_WEIGHT : weight;
        }

        /** {@code file:line} of the row. */
        public String at() {
            return file + ":" + line;
        }
    }

    /**
     * What a post is, and why.
     *
     * @param kind the kind
     * @param row the row that decided, or null when no row did (chat, media, system)
     * @param matched the words of the post the row matched, or empty
     * @param reason in a few words, when no row decided
     */
    public record Decision(String kind, Row row, List<String> matched, String reason) {
        /** Where the decision came from: the row's {@code file:line}, or the reason. */
        public String why() {
            return row != null ? row.at() + " " + row.match().code() + " '" + row.pattern() + "'" : reason;
        }
    }

    /**
     * What the classifier reads of a post.
     *
     * @param text the text of the post (its text message's text), never null
     * @param type the type of the post's main message
     * @param parts the types of the photos, videos and files sent with it
     * @param sender the sender, or null when not on the roster
     */
    public record Input(String text, MessageType type, List<MessageType> parts, Person sender) {
        public Input {
            requireNonNull(text, "text is null");
            requireNonNull(type, "type is null");
            parts = List.copyOf(parts);
        }
    }

    /** What the classifier reads of a post the engine made. */
    public static Input inputOf(dev.rabiap.engine.rule.Post post) {
        List<MessageType> parts = new ArrayList<>();
        for (var part : post.getParts()) {
            if (part != post.getMessage()) {
                parts.add(part.type());
            }
        }
        return new Input(post.getText(), post.getMessage().type(), parts, post.getPerson());
    }

    private final List<Row> rows;
    /** Per row, what a text needs before the row's regular expression is worth running ({@link RegexPrefilter}). */
    private final RegexPrefilter[] prefilters;
    /** The {@code unless} regular expressions ({@code re:…}), compiled once. */
    private final java.util.Map<String, Stop> stops = new java.util.HashMap<>();

    /** An {@code unless} regular expression with its filter. */
    private record Stop(com.google.re2j.Pattern pattern, RegexPrefilter prefilter) {}
    /** The labelled examples' model, trained the first time a post is weighed with it; null when there are no examples. */
    private final java.util.function.Supplier<KindModel> model;
    private volatile KindModel trained;

    /** A classifier of table rows alone. */
    public Classifier(List<Row> rows) {
        this(rows, null);
    }

    /**
     * A classifier that weighs the shared table's rows against what labelled examples say (the model
     * is trained the first time it is needed): the rule set's own rows, and rows that read what a
     * post is made of (a sticker, emoji alone), still decide outright.
     */
    public Classifier(List<Row> rows, java.util.function.Supplier<KindModel> model) {
        this.rows = List.copyOf(rows);
        this.prefilters = new RegexPrefilter[this.rows.size()];
        for (int i = 0; i < prefilters.length; i++) {
            Row row = this.rows.get(i);
            prefilters[i] = row.match() == Match.REGEX ? RegexPrefilter.of(row.pattern()) : RegexPrefilter.ANY;
            for (String stop : row.unless()) {
                if (stop.startsWith("re:")) {
                    stops.computeIfAbsent(stop, s -> new Stop(com.google.re2j.Pattern.compile(s.substring(3)), RegexPrefilter.of(s.substring(3))));
                }
            }
        }
        this.model = model;
    }

    /** The examples' model, or null when the rule set has no examples. */
    public KindModel model() {
        if (model == null) {
            return null;
        }
        KindModel current = trained;
        if (current == null) {
            synchronized (this) {
                current = trained;
                if (current == null) {
                    current = model.get();
                    trained = current;
                }
            }
        }
        return current;
    }

    /** The rows, in the order they are tried. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The kind of a post, with why. The table's rows are tried in order; when the first that matches
     * is a row of the shared table (or none matches), the labelled examples are weighed too: the row
     * counts {@link KindModel#TABLE_WEIGHT} for its kind, and where the examples speak more strongly
     * for another kind, that kind is given, with the row it overruled and the letters that decided.
     * Where no row matches, the examples' regression reads the post ({@link KindModel#scoresAlone}),
     * against the table's default.
     */
    public Decision classify(Input input) {
        Person sender = input.sender();
        Seen key = new Seen(input.text(), input.type(), input.parts(), sender == null ? List.of() : sender.roles(),
                sender == null ? "" : sender.level());
        Decision decision = seen.get(key);
        if (decision == null) {
            decision = decide(input);
            if (seen.size() >= SEEN) {
                seen.clear();
            }
            seen.put(key, decision);
        }
        return decision;
    }

    /** What a decision rests on: the text, its type and parts, and the sender's roles and level (all a row or the examples read). */
    private record Seen(String text, MessageType type, List<MessageType> parts, List<String> roles, String level) {}

    /** How many recent decisions are kept; past that the memory starts again. */
    private static final int SEEN = 8192;
    /**
     * Recent decisions: group chats repeat themselves (รับทราบครับ, a sticker, the same nil report
     * from district after district), and weighing a text with the examples costs far more than a lookup.
     */
    private final java.util.Map<Seen, Decision> seen = new java.util.concurrent.ConcurrentHashMap<>();

    private Decision decide(Input input) {
        PostText text = input.type() == MessageType.SYSTEM ? null : PostText.of(input.text());
        Decision table = tableDecision(input, text);
        KindModel examples = model();
        if (examples == null || input.type() == MessageType.SYSTEM || input.text().isBlank() || table.kind().equals(Kinds.MEDIA) && table.row() == null
                && (isMedia(input.type()) && onlyAFileName(input.text()) || noWords(input.text()))) {
            return table;
        }
        Row row = table.row();
        // orders open duties and are judged by who may give them: only a row says a post is one. What a rule set's
        // own row calls an order stays one; a shared row's order ("ขอให้", "กรุณา", "ฝาก…") is weighed as its other
        // rows are, and the examples may read a wish ("ขอให้ทุกคนร่มเย็นเป็นสุขนะคะ"), a warning to the public or a
        // relayed notice in it: across the held-out posts that took 33 posts right and none wrong
        if (row != null && (row.decides() || row.kind().equals(Kinds.ORDER) && !isBaseFile(row.file()))) {
            return table;
        }
        String role = input.sender() == null || input.sender().roles().isEmpty() ? "unknown" : input.sender().roles().get(0);
        KindModel.Features features = KindModel.features(text, role, input.type(), !input.parts().isEmpty());
        if (row != null && examples.unheardOf(role, row.kind())) {
            return unheard(input, role, table, examples, features);
        }
        java.util.Map<String, Double> scores = new java.util.HashMap<>(row == null ? examples.scoresAlone(features) : examples.scores(features));
        // photos or files with a text no row speaks of stay media (a district sending its report,
        // "ส่องดาวส่งค่ะ 🙏" with a file, answers a duty as media does) unless the examples read the text
        // as a report, an incident, a forward or a question, or clearly as a sale or an invitation; not as
        // an order (a chief's caption "ภาพประดับธงชาติ… ที่ว่าการอำเภอ…" read as one) nor as chat
        boolean withMedia = row == null && (isMedia(input.type()) || !input.parts().isEmpty());
        String best = reading(scores, row, input, role, table, examples);
        if (best == null || withMedia && !SAYS_MORE_THAN_MEDIA.contains(best) && !(best.equals(PR) && clearly(scores, PR))) {
            return table;
        }
        // against a row, both readings of the examples must give the same other kind: either alone
        // overrules rows it should not (an agency's "รายงานผลการดำเนินงาน…ทุกแห่ง" in a report group made an order)
        if (row != null && !best.equals(reading(new java.util.HashMap<>(examples.scoresAlone(features)), row, input, role, table, examples))) {
            return table;
        }
        List<String> letters = examples.evidence(input.text(), best, table.kind(), 3, row == null);
        String overruled = row != null ? "over " + row.at() + " (" + row.kind() + ")" : "(no row: " + table.kind() + ")";
        return new Decision(best, null, letters, "the labelled examples " + overruled + ": "
                + (letters.isEmpty() ? "the sender and the post's form" : "'" + String.join("', '", letters) + "'"));
    }

    /**
     * A shared row's kind that none of the many examples of the sender's role has ("รายงานผล" in a
     * governor's "ต่อไปรายงานผลทางหนังสือถึงจังหวัดนะครับ" tells others how to report; no governor's
     * post among the examples is a report): the row is not taken on its word, and the examples'
     * regression reads the post among the other kinds, as for a post no row speaks of.
     */
    private Decision unheard(Input input, String role, Decision table, KindModel examples, KindModel.Features features) {
        java.util.Map<String, Double> scores = new java.util.HashMap<>(examples.scoresAlone(features));
        scores.keySet().removeIf(kind -> examples.unheardOf(role, kind));
        if (!givesOrders(input.sender()) || !clearly(scores, Kinds.ORDER)) {
            scores.remove(Kinds.ORDER);
        }
        if (!ASKS.matcher(input.text()).find()) {
            scores.remove(QUESTION);
        }
        String best = scores.isEmpty() ? Kinds.CHAT : KindModel.best(scores);
        List<String> letters = examples.evidence(input.text(), best, table.kind(), 3, true);
        return new Decision(best, null, letters, "the labelled examples over " + table.row().at() + " (" + table.kind() + "): none of the sender's role's "
                + "many examples is one; " + (letters.isEmpty() ? "the sender and the post's form" : "'" + String.join("', '", letters) + "'"));
    }

    /**
     * The kind the examples' {@code scores} give the post, with the row's weight added and the
     * guards applied, or null when the table's reading stands.
     */
    private static String reading(java.util.Map<String, Double> scores, Row row, Input input, String role, Decision table, KindModel examples) {
        if (row != null) {
            scores.merge(row.kind(), row.counts(), Double::sum);
        }
        // the examples alone never make an order; a shared row's order stays in the weighing with its weight
        if ((row == null || !row.kind().equals(Kinds.ORDER)) && (!givesOrders(input.sender()) || !clearly(scores, Kinds.ORDER))) {
            scores.remove(Kinds.ORDER);
        }
        // a kind the examples never give to a post of the sender's role, though they have many of
        // them, is not given on their word alone (a governor's answer is no report)
        scores.keySet().removeIf(kind -> !kind.equals(table.kind()) && examples.unheardOf(role, kind));
        String best = KindModel.best(scores);
        // Thai marks a question in words (ไหม, หรือยัง, กี่, บ่ครับ, ก่อเจ้า, …) or with "?": the
        // examples may not call a post a question that has none of them, and what they would call it
        // next is no surer (a superior's short answer, "ชุดปกติขาวครับ", is no report), so the table decides
        if (best.equals(table.kind()) || best.equals(QUESTION) && (row == null || !row.kind().equals(QUESTION))
                && !ASKS.matcher(input.text()).find()) {
            return null;
        }
        return best;
    }

    private static final String QUESTION = "question";
    private static final String PR = "pr";
    /** A caption that opens, after a name or a greeting, with an apology: "ส่องดาวครับ ขอโทษครับ…", "ขออภัยที่ส่งช้าค่ะ…". */
    private static final java.util.regex.Pattern APOLOGY = java.util.regex.Pattern.compile("[^\\n]{0,30}?(?:ขอโทษ|ขออภัย)");
    /** A figure, in Arabic or Thai digits. */
    private static final java.util.regex.Pattern FIGURES = java.util.regex.Pattern.compile("[0-9๐-๙]");
    /** The kinds the examples may read a text sent with photos or files as, instead of media. */
    private static final java.util.Set<String> SAYS_MORE_THAN_MEDIA = java.util.Set.of(Kinds.REPORT, "incident", "forward", QUESTION);
    /**
     * What makes a text ask: a question mark, a question word or particle (standard, Isan, Northern
     * and Southern), an alternative (… หรือ …), or a request for permission or information.
     */
    private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile(
            "[?？]|ไหม|มั้ย|มั๊ย|ไม๊|โหม๊|หม้าย|เปล่า|ป่าว|หรือ|รึ|อะไร|ไหน|เท่าไร|เท่าไหร่|เท่าใด|กี่|ยังไง|อย่างไร|ใคร|เมื่อไร|เมื่อไหร่|ทำไม|ไหว"
                    + "|บ่(?:ครับ|คะ|ค่ะ|เจ้า|นอ|ท่าน|พี่|\\s*$)|ก่อ(?:เจ้า|ครับ|คะ|\\s*$)|ได๋|ใด|จั๋งได|จังได|อิหยัง|ไผ|แม่นบ่|บ่อ\\s*$"
                    // "ขออนุญาตส่งข้อมูล…", "ขออนุญาตรายงาน…" are the polite opening of a report, not a request
                    + "|ขออนุญาต(?!\\s*(?:ส่ง\\s*(?:ข้อมูล|ยอด|ภาพ|รูป|รายงาน|ผล|แบบ|ไฟล์)|นำส่ง|รายงาน|แจ้ง|เรียน|ประชาสัมพันธ์))|สอบถาม|ถาม|ยัง\\S{0,8}\\s*$");

    /** How far (natural-log units) the examples must put order ahead of every other kind before they may call a post one. */
    static final double ORDER_MARGIN = 30.0;
    /** The roles whose posts the examples may call orders: those who direct a group's members. */
    private static final java.util.Set<String> DIRECTING = java.util.Set.of("governor", "vice_governor", "provincial_palad", "provincial_admin_staff",
            "district_chief", "agency_head", "state_enterprise_head", "deputy_district_chief", "coordinating_deputy", "kamnan");

    private static boolean givesOrders(Person sender) {
        return sender != null && sender.roles().stream().anyMatch(DIRECTING::contains);
    }

    /** Whether {@code kind} leads every other kind by {@link #ORDER_MARGIN}. */
    private static boolean clearly(java.util.Map<String, Double> scores, String kind) {
        Double mine = scores.get(kind);
        if (mine == null) {
            return false;
        }
        return scores.entrySet().stream().filter(e -> !e.getKey().equals(kind)).allMatch(e -> mine - e.getValue() >= ORDER_MARGIN);
    }

    private static boolean isBaseFile(String file) {
        return file.endsWith("/base/classification.csv") || file.equals(PolicyTables.BASE_CLASSIFICATION);
    }

    /** The kind of a post by the table's rows alone, with the row that decided it. */
    public Decision tableDecision(Input input) {
        return tableDecision(input, null);
    }

    /** The same, with the post's text already cut into words, or null to cut it here when needed. */
    private Decision tableDecision(Input input, PostText cut) {
        if (input.type() == MessageType.SYSTEM) {
            return new Decision(Kinds.SYSTEM, null, List.of(), "a system event");
        }
        boolean mediaMain = isMedia(input.type());
        if (mediaMain && !hasCaption(input.text())) {
            return new Decision(Kinds.MEDIA, null, List.of(), "photos, videos or files with no text");
        }
        if ((mediaMain || !input.parts().isEmpty()) && noWords(input.text())) {
            // four photos and "🙏🙏" after them: the photos are what is sent, the emoji its courtesy
            return new Decision(Kinds.MEDIA, null, List.of(), "photos, videos or files with emoji only");
        }
        if ((mediaMain || !input.parts().isEmpty()) && APOLOGY.matcher(input.text()).lookingAt() && !FIGURES.matcher(input.text()).find()) {
            // photos and "ส่องดาวครับ ขอโทษครับ ลงพื้นที่น้ำท่วมบ้านโพนงามมา เพิ่งได้ส่ง" after them: the photos are what is sent,
            // the text why they come late, not an incident of its own
            return new Decision(Kinds.MEDIA, null, List.of(), "photos, videos or files with an apology for their lateness");
        }
        PostText text = cut != null ? cut : PostText.of(input.text());
        for (int i = 0; i < prefilters.length; i++) {
            Row row = rows.get(i);
            if (!prefilters[i].mayMatch(text.text())) {
                continue;
            }
            List<String> matched = matches(row, input, text);
            if (matched != null) {
                return new Decision(row.kind(), row, matched, "");
            }
        }
        if (mediaMain || !input.parts().isEmpty()) {
            return new Decision(Kinds.MEDIA, null, List.of(), "photos, videos or files with a text no row speaks of");
        }
        return new Decision(Kinds.CHAT, null, List.of(), "no row matched");
    }

    /** Whether a text has no letter or digit: emoji and punctuation only. */
    private static boolean noWords(String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** Whether a photo's or file's text is a caption: not blank and not only its file name. */
    static boolean hasCaption(String text) {
        return text != null && !text.isBlank() && !onlyAFileName(text);
    }

    /** A media message's text that is only its file name, on one line ("แบบรายงาน อ.เมือง.pdf"). */
    private static boolean onlyAFileName(String text) {
        String stripped = text.strip();
        return !stripped.contains("\n") && stripped.length() <= 120 && stripped.matches("(?s).*\\.[A-Za-z0-9]{2,5}");
    }

    private static boolean isMedia(MessageType type) {
        return type == MessageType.IMAGE || type == MessageType.VIDEO || type == MessageType.FILE || type == MessageType.AUDIO;
    }

    /** The matched words, or null when the row does not match. */
    private List<String> matches(Row row, Input input, PostText text) {
        if (!row.roles().isEmpty() && !row.roles().matches(input.sender())) {
            return null;
        }
        List<String> found = switch (row.match()) {
            case TYPE -> row.phrases().contains(input.type().code()) ? List.of(input.type().code()) : null;
            case PARTS -> partsMatch(row, input);
            case ONLY -> onlyOf(text.text(), row.pattern()) ? List.of(text.text()) : null;
            case WORD -> phrase(row, text, true);
            case CONTAINS -> phrase(row, text, false);
            case REGEX -> regex(row, text);
        };
        if (found == null) {
            return null;
        }
        for (String stop : row.unless()) {
            if (contains(text, stop)) {
                return null;
            }
        }
        return found;
    }

    private static List<String> partsMatch(Row row, Input input) {
        for (MessageType part : input.parts()) {
            if (row.phrases().contains(part.code())) {
                return List.of(part.code());
            }
        }
        return null;
    }

    private static List<String> phrase(Row row, PostText text, boolean words) {
        String haystack = text.text();
        for (String phrase : row.phrases()) {
            int from = 0;
            while (true) {
                int at = haystack.indexOf(phrase, from);
                if (at < 0) {
                    break;
                }
                int end = at + phrase.length();
                from = at + 1;
                // a negation before a word says the opposite ("ไม่ทราบ"), but not of a question word closing
                // the clause ("ยังไม่ลดบ้างครับ" still asks)
                boolean closing = row.where() == Where.END || row.where() == Where.CLAUSE_END;
                if (words && !text.standsAt(at, end, !closing)) {
                    continue;
                }
                if (placed(row.where(), text, at, end)) {
                    return List.of(phrase);
                }
            }
        }
        return null;
    }

    private static List<String> regex(Row row, PostText text) {
        com.google.re2j.Matcher matcher = row.regex().matcher(text.text());
        int from = 0;
        while (from <= text.text().length() && matcher.find(from)) {
            if (placed(row.where(), text, matcher.start(), matcher.end())) {
                return List.of(matcher.group());
            }
            from = matcher.end() > matcher.start() ? matcher.end() : matcher.start() + 1;
        }
        return null;
    }

    private static boolean placed(Where where, PostText text, int start, int end) {
        return switch (where) {
            case ANYWHERE -> true;
            case START -> text.wordsBefore(start) <= START_WORDS;
            case END -> text.meaningfulWordsAfter(end) == 0;
            case CLAUSE_END -> text.endsClause(end);
            case WHOLE -> text.onlyTrailingOutside(start, end);
        };
    }

    /** Whether an {@code unless} phrase is in the post: on word boundaries; {@code re:…} is a regular expression. */
    private boolean contains(PostText text, String stop) {
        if (stop.startsWith("re:")) {
            Stop compiled = stops.get(stop);
            if (compiled == null) {
                return com.google.re2j.Pattern.compile(stop.substring(3)).matcher(text.text()).find();
            }
            return compiled.prefilter().mayMatch(text.text()) && compiled.pattern().matcher(text.text()).find();
        }
        String haystack = text.text();
        int from = 0;
        while (true) {
            int at = haystack.indexOf(stop, from);
            if (at < 0) {
                return false;
            }
            if (text.isBoundary(at) && text.isBoundary(at + stop.length())) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean onlyOf(String text, String characters) {
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.length() > 64) {
            return false;
        }
        boolean any = false;
        for (int i = 0; i < stripped.length(); ) {
            int codePoint = stripped.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || codePoint == 0xFE0F || codePoint == 0x200D || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)
                    || codePoint == 0x2640 || codePoint == 0x2642) {
                continue;
            }
            if (characters.indexOf(Character.toString(codePoint)) < 0) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The match names accepted in tables. */
    public static String matchNames() {
        List<String> names = new ArrayList<>();
        for (Match match : Match.values()) {
            names.add(match.code());
        }
        names.add("starts-with");
        names.add("ends-with");
        return String.join(", ", names);
    }

    static Match parseMatch(String text) {
        return Match.parse(text);
    }

    static Where parseWhere(String text) {
        return Where.parse(text);
    }
}
