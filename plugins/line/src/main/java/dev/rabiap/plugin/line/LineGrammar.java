package dev.rabiap.plugin.line;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of one physical line of an export: header, saved-on line, date line, message line.
 * An instance reads one file: it remembers whether the file writes {@code a/b/yyyy} dates day
 * first once a date has settled it. Lines given to it are already free of the BOM, the line end
 * and the bidi isolates.
 */
final class LineGrammar {
    /**
     * The first physical line of a message.
     *
     * @param time the time of day
     * @param dayOffset 1 for {@code 24:mm}, which belongs to the day after the date line, else 0
     * @param senderColumn the sender as written, or null when the line has no sender column
     * @param text the text after the sender column (the rest of the line)
     */
    record MessageLine(LocalTime time, int dayOffset, String senderColumn, String text) {}

    private static final int BUDDHIST_ERA_OFFSET = 543;
    private static final int FIRST_BUDDHIST_ERA_YEAR = 2400;

    private static final Pattern MOBILE_TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?: ?([AaPp])\\.?[Mm]\\.?)?\\t");
    private static final Pattern PC_TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?: ?([AP])M)? ");
    /** The shape of a phone message line's start whatever its time says: a short time-like column, then sender and text columns. */
    private static final Pattern MOBILE_TIME_SHAPE = Pattern.compile("\\d{1,2}[:.][^\\t]{1,8}\\t[^\\t]*\\t");
    /** The shape of a PC message line's start whatever its time says. */
    private static final Pattern PC_TIME_SHAPE = Pattern.compile("\\d{1,2}[:.]\\d{1,3}(?: ?[AaPp][Mm])? \\S");
    private static final Pattern ENGLISH_SLASH_DATE =
            Pattern.compile("([A-Za-z]{3,9})\\.?, ?(\\d{1,2})/(\\d{1,2})/(\\d{4})( ?BE)?");
    private static final Pattern ENGLISH_YEAR_FIRST_DATE =
            Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2}) ?(?:\\(([A-Za-z]{3,9})\\)|([A-Za-z]{3,9}))");
    private static final Pattern THAI_DATE =
            Pattern.compile("([\\u0E01-\\u0E4F]{1,3}\\.|วัน[\\u0E01-\\u0E4F]+)\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern PC_DATE = Pattern.compile("(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})\\s+(\\S+)");
    private static final Pattern HEADER_FILE_NAME = Pattern.compile("\\[LINE\\]\\s*(.+?)\\.txt", Pattern.CASE_INSENSITIVE);
    private static final String[] HEADER_PREFIXES = {"[LINE]", "Chat history in ", "Chat history with "};
    private static final String[] ENGLISH_TITLE_PREFIXES = {"Chat history in ", "Chat history with "};
    private static final String[] SAVED_ON_PREFIXES = {"Saved on", "บันทึก", "保存日時", "儲存日期"};
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
    /** Longer lines are no date lines; they are not matched against the date patterns. */
    private static final int LONGEST_DATE_LINE = 48;
    /** Enough of a line to hold a time such as {@code 12:05 PM} and its separator. */
    private static final int TIME_PREFIX = 12;

    private final LineVariant variant;
    private final LineSenders senders;
    private Boolean dayFirst;

    LineGrammar(LineVariant variant, LineSenders senders) {
        this.variant = requireNonNull(variant, "variant is null");
        this.senders = requireNonNull(senders, "senders is null");
    }

    /** True for a first line such as {@code [LINE] Chat history in …} or {@code Chat history in "…"}. */
    static boolean isHeader(String line) {
        for (String prefix : HEADER_PREFIXES) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** True for the line after the header that says when the file was saved. */
    static boolean isSavedOn(String line) {
        for (String prefix : SAVED_ON_PREFIXES) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The chat name in a header line: the quoted name, else the name after {@code Chat history in}. */
    static Optional<String> groupFromHeader(String line) {
        int open = line.indexOf('"');
        int close = line.lastIndexOf('"');
        if (open >= 0 && close > open + 1) {
            return nonEmpty(LineText.cleanName(line.substring(open + 1, close)));
        }
        String title = line.startsWith("[LINE]") ? line.substring("[LINE]".length()).strip() : line;
        for (String prefix : ENGLISH_TITLE_PREFIXES) {
            if (title.startsWith(prefix)) {
                return nonEmpty(LineText.cleanName(title.substring(prefix.length())));
            }
        }
        return Optional.empty();
    }

    /** The chat name in a PC save's file name {@code [LINE]<name>.txt}. */
    static Optional<String> groupFromFileName(String fileName) {
        Matcher matcher = HEADER_FILE_NAME.matcher(fileName);
        return matcher.matches() ? nonEmpty(LineText.cleanName(matcher.group(1))) : Optional.empty();
    }

    /** The variant whose date line this is, judged by shape alone; used to detect a file's variant. */
    static Optional<LineVariant> dateLineVariant(String line) {
        if (line.length() > LONGEST_DATE_LINE) {
            return Optional.empty();
        }
        String text = LineText.asciiDigits(line.strip());
        Matcher english = ENGLISH_SLASH_DATE.matcher(text);
        if (english.matches() && WEEKDAYS.containsKey(english.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.of(LineVariant.MOBILE_EN);
        }
        Matcher yearFirst = ENGLISH_YEAR_FIRST_DATE.matcher(text);
        if (yearFirst.matches() && WEEKDAYS.containsKey(weekdayGroup(yearFirst).toLowerCase(Locale.ROOT))) {
            return Optional.of(LineVariant.MOBILE_EN);
        }
        Matcher thai = THAI_DATE.matcher(text);
        if (thai.matches() && WEEKDAYS.containsKey(thai.group(1))) {
            return Optional.of(LineVariant.MOBILE_TH);
        }
        Matcher pc = PC_DATE.matcher(text);
        if (pc.matches() && WEEKDAYS.containsKey(pc.group(4).toLowerCase(Locale.ROOT))) {
            return Optional.of(LineVariant.PC);
        }
        return Optional.empty();
    }

    /** True for a phone message line {@code TIME⇥…}; used to sniff a file. */
    static boolean isMobileMessageLine(String line) {
        return MOBILE_TIME.matcher(timePrefix(line)).lookingAt();
    }

    /** True for a PC message line {@code TIME SENDER TEXT}; used to sniff a file. */
    static boolean isPcMessageLine(String line) {
        return PC_TIME.matcher(timePrefix(line)).lookingAt();
    }

    /** The text after the time of a PC message line ({@code SENDER TEXT}), or null for any other line. */
    static String pcMessageRest(String line) {
        if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
            return null;
        }
        Matcher matcher = PC_TIME.matcher(timePrefix(line));
        return matcher.lookingAt() ? line.substring(matcher.end()) : null;
    }

    /**
     * The date of a date line of this file's variant.
     *
     * @return the date, or null when the line is not a date line
     * @throws DateTimeException when the line has the shape of a date line but names no date
     */
    LocalDate date(String line) {
        if (line.isEmpty() || line.length() > LONGEST_DATE_LINE) {
            return null;
        }
        String text = LineText.asciiDigits(line.strip());
        switch (variant) {
            case MOBILE_EN: {
                Matcher slash = ENGLISH_SLASH_DATE.matcher(text);
                if (slash.matches()) {
                    DayOfWeek weekday = WEEKDAYS.get(slash.group(1).toLowerCase(Locale.ROOT));
                    return weekday == null ? null
                            : slashDate(weekday, number(slash, 2), number(slash, 3), number(slash, 4), slash.group(5) != null);
                }
                Matcher yearFirst = ENGLISH_YEAR_FIRST_DATE.matcher(text);
                if (yearFirst.matches() && WEEKDAYS.containsKey(weekdayGroup(yearFirst).toLowerCase(Locale.ROOT))) {
                    return LocalDate.of(commonEra(number(yearFirst, 1), false), number(yearFirst, 2), number(yearFirst, 3));
                }
                return null;
            }
            case MOBILE_TH: {
                Matcher thai = THAI_DATE.matcher(text);
                if (!thai.matches()) {
                    return null;
                }
                DayOfWeek weekday = WEEKDAYS.get(thai.group(1));
                return weekday == null ? null : slashDate(weekday, number(thai, 2), number(thai, 3), number(thai, 4), false);
            }
            case PC: {
                Matcher pc = PC_DATE.matcher(text);
                if (!pc.matches() || !WEEKDAYS.containsKey(pc.group(4).toLowerCase(Locale.ROOT))) {
                    return null;
                }
                return LocalDate.of(commonEra(number(pc, 1), false), number(pc, 2), number(pc, 3));
            }
        }
        throw new IllegalStateException("unknown variant " + variant);
    }

    /**
     * The first line of a message in this file's variant: {@code TIME⇥SENDER⇥TEXT} or
     * {@code TIME⇥TEXT} on a phone, {@code TIME SENDER TEXT} on PC.
     *
     * @return the message line, or null when the line does not start a message
     */
    MessageLine message(String line) {
        if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
            return null;
        }
        // Digits are rewritten one char for one char, so match positions are positions in line.
        Matcher matcher = (variant.tabSeparated() ? MOBILE_TIME : PC_TIME).matcher(timePrefix(line));
        if (!matcher.lookingAt()) {
            return null;
        }
        int hour = number(matcher, 1);
        int minute = number(matcher, 2);
        String meridiem = matcher.group(3);
        int dayOffset = 0;
        if (minute > 59) {
            return null;
        }
        if (meridiem == null) {
            if (hour > 24) {
                return null;
            }
            if (hour == 24) {
                hour = 0;
                dayOffset = 1;
            }
        } else {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (Character.toUpperCase(meridiem.charAt(0)) == 'P' ? 12 : 0);
        }
        LocalTime time = LocalTime.of(hour, minute);
        String rest = line.substring(matcher.end());
        if (variant.tabSeparated()) {
            int tab = rest.indexOf('\t');
            return tab < 0
                    ? new MessageLine(time, dayOffset, null, rest)
                    : new MessageLine(time, dayOffset, rest.substring(0, tab), rest.substring(tab + 1));
        }
        LineSenders.Split split = senders.split(rest);
        return split == null ? null : new MessageLine(time, dayOffset, split.sender(), split.text());
    }

    /**
     * Why a line that has the shape of a message line (a time-like column, then the sender) is not
     * one: its time is no time of day ({@code 25:61}, {@code 9:3x}). Null for a message line and for
     * every line of another shape (continuation text). Call it only when {@link #message} gave null.
     */
    String badTime(String line) {
        if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
            return null;
        }
        String start = LineText.asciiDigits(line.length() <= 64 ? line : line.substring(0, 64));
        if (variant.tabSeparated()) {
            Matcher shape = MOBILE_TIME_SHAPE.matcher(start);
            if (!shape.lookingAt()) {
                return null;
            }
            String time = line.substring(0, line.indexOf('\t'));
            return "a message line whose time is not a time of day: '" + time + "'";
        }
        Matcher shape = PC_TIME_SHAPE.matcher(start);
        if (!shape.lookingAt() || senders.split(line.substring(line.indexOf(' ') + 1)) == null
                && PC_TIME.matcher(timePrefix(line)).lookingAt()) {
            return null; // a good time with no known sender after it is continuation text
        }
        return "a message line whose time is not a time of day: '" + line.substring(0, line.indexOf(' ')) + "'";
    }

    private LocalDate slashDate(DayOfWeek weekday, int first, int second, int year, boolean buddhistEra) {
        int commonYear = commonEra(year, buddhistEra);
        LocalDate monthFirst = dateOrNull(commonYear, first, second);
        LocalDate dayFirstDate = dateOrNull(commonYear, second, first);
        if (monthFirst == null && dayFirstDate == null) {
            throw new DateTimeException("no date " + first + "/" + second + "/" + year);
        }
        if (monthFirst == null || dayFirstDate == null) {
            dayFirst = monthFirst == null;
            return monthFirst == null ? dayFirstDate : monthFirst;
        }
        if (monthFirst.equals(dayFirstDate)) {
            return monthFirst;
        }
        boolean monthFirstFits = monthFirst.getDayOfWeek() == weekday;
        boolean dayFirstFits = dayFirstDate.getDayOfWeek() == weekday;
        if (monthFirstFits != dayFirstFits) {
            dayFirst = dayFirstFits;
            return dayFirstFits ? dayFirstDate : monthFirst;
        }
        boolean readDayFirst = dayFirst != null ? dayFirst : variant.dayFirstByDefault() || year >= FIRST_BUDDHIST_ERA_YEAR;
        return readDayFirst ? dayFirstDate : monthFirst;
    }

    /** The start of a line, long enough for a time and its separator, with ASCII digits. */
    private static String timePrefix(String line) {
        return LineText.asciiDigits(line.length() <= TIME_PREFIX ? line : line.substring(0, TIME_PREFIX));
    }

    private static int commonEra(int year, boolean buddhistEra) {
        return buddhistEra || year >= FIRST_BUDDHIST_ERA_YEAR ? year - BUDDHIST_ERA_OFFSET : year;
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    private static String weekdayGroup(Matcher yearFirst) {
        return yearFirst.group(4) != null ? yearFirst.group(4) : yearFirst.group(5);
    }

    private static Optional<String> nonEmpty(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Weekday names as LINE writes them: English, Thai (อา. … ส., วันอาทิตย์ …) and Japanese, from CLDR. */
    private static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> names = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("th"), Locale.JAPANESE}) {
                for (TextStyle style : new TextStyle[] {TextStyle.SHORT, TextStyle.FULL}) {
                    names.put(day.getDisplayName(style, locale).toLowerCase(Locale.ROOT), day);
                }
            }
        }
        return Map.copyOf(names);
    }
}
