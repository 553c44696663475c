package dev.rabiap.plugin.file;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import dev.rabiap.engine.spi.ChatMessage;
import dev.rabiap.engine.spi.Evidence;
import dev.rabiap.engine.spi.MalformedInputException;
import dev.rabiap.engine.spi.MessageSource;
import dev.rabiap.engine.spi.MessageType;
import dev.rabiap.engine.spi.PlausibleTimes;
import dev.rabiap.engine.spi.SourceContext;
import dev.rabiap.engine.thai.ThaiText;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Streams survey answers exported from a form tool (Google Forms and the like) as CSV: a header row,
 * then one answer a row, each read as one text message in the survey's group.
 *
 * <p>Columns are found by name, trimmed and case-insensitively: a time column ({@link #TIME_COLUMNS})
 * and at least one identity column (LINE user id, e-mail or name). Every other column is an answer;
 * the message text is {@value #PREFIX} followed by the non-empty answers as {@code column: value},
 * joined by {@code "; "}. The sender id is the LINE user id, else the e-mail address (the roster
 * matches both); the sender is the name, else the e-mail address, else the user id.
 *
 * <p>The header is read when the source is opened, so a file without the needed columns fails at
 * once. A message's id is {@code survey:<line>} and its evidence the row's first line; quoted cells
 * may span lines, and a BOM is passed over. The time, LINE user id, e-mail and name columns must
 * each be named once; answer columns may repeat.
 */
final class SurveyCsvSource implements MessageSource {
    /** The words every answer's text starts with, so that rules can tell a survey answer by its text. */
    static final String PREFIX = "ตอบแบบสำรวจ";
    /** The names of the time column. */
    static final List<String> TIME_COLUMNS = List.of("Timestamp", "ประทับเวลา", "time", "เวลา");
    /** The names of the LINE user id column. */
    static final List<String> USER_ID_COLUMNS = List.of("line_user_id", "LINE user id", "userId");
    /** The names of the e-mail column. */
    static final List<String> EMAIL_COLUMNS = List.of("email", "อีเมล", "Email Address", "ที่อยู่อีเมล");
    /** The names of the person's name column. */
    static final List<String> NAME_COLUMNS = List.of("name", "ชื่อ-สกุล", "ชื่อ", "full_name");

    /**
     * A date and clock time: year first ({@code 2018-09-23}, {@code 2018/09/23}) or day first
     * ({@code 23/9/2561}), then {@code H:mm[:ss]}, an optional AM/PM or น., and an optional
     * {@code GMT+7}-style offset.
     */
    private static final Pattern LOCAL_TIME = Pattern.compile(
            "(?:(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})|(\\d{1,2})/(\\d{1,2})/(\\d{4})),?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "(?:\\s*([AaPp][Mm]))?(?:\\s*น\\.)?(?:\\s*(?:GMT|UTC)([+-]\\d{1,2})(?::?(\\d{2}))?)?");

    private final CsvRecords records;
    private final String file;
    private final String group;
    private final SourceContext context;
    private final List<String> header;
    private final int timeColumn;
    private final int userIdColumn;
    private final int emailColumn;
    private final int nameColumn;

    /**
     * Opens the source and reads the header.
     *
     * @throws MalformedInputException when the file is empty or its header lacks the time column or
     *     every identity column
     */
    SurveyCsvSource(CsvFactory csv, Utf8Lines lines, String file, String group, SourceContext context) throws IOException {
        this.records = new CsvRecords(csv, lines, file);
        this.file = file;
        this.group = group;
        this.context = context;
        try {
            this.header = readHeader();
            this.timeColumn = column(TIME_COLUMNS);
            this.userIdColumn = column(USER_ID_COLUMNS);
            this.emailColumn = column(EMAIL_COLUMNS);
            this.nameColumn = column(NAME_COLUMNS);
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
        List<String> missing = new ArrayList<>();
        if (timeColumn < 0) {
            missing.add("no time column (one of: " + String.join(", ", TIME_COLUMNS) + ")");
        }
        if (userIdColumn < 0 && emailColumn < 0 && nameColumn < 0) {
            missing.add("no identity column (at least one of: " + String.join(", ", identityColumns()) + ")");
        }
        if (!missing.isEmpty()) {
            records.close();
            throw new MalformedInputException(Evidence.atLine(file, 1), "not a survey export: " + String.join("; ", missing)
                    + "; column names are matched case-insensitively");
        }
    }

    private List<String> readHeader() throws IOException {
        List<String> names = records.header();
        if (names == null) {
            throw new MalformedInputException(Evidence.atLine(file, 1), "the file is empty; a survey export starts with a header row");
        }
        return names.stream().map(String::strip).toList();
    }

    private static List<String> identityColumns() {
        return Stream.of(USER_ID_COLUMNS, EMAIL_COLUMNS, NAME_COLUMNS).flatMap(List::stream).toList();
    }

    /**
     * The header position of the first accepted name the header has, or -1.
     *
     * @throws MalformedInputException when the header names that column twice: which one holds the
     *     time or the person would be a guess (answer columns may repeat; each is kept in the text)
     */
    private int column(List<String> accepted) throws MalformedInputException {
        for (String name : accepted) {
            int found = -1;
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).equalsIgnoreCase(name)) {
                    if (found >= 0) {
                        throw new MalformedInputException(Evidence.atLine(file, 1), "column '" + header.get(i) + "' is named twice");
                    }
                    found = i;
                }
            }
            if (found >= 0) {
                return found;
            }
        }
        return -1;
    }

    @Override
    public ChatMessage next() throws IOException {
        while (true) {
            CsvRecords.Row row = records.next();
            if (row == null) {
                return null;
            }
            if (row.cells().stream().allMatch(String::isBlank)) {
                context.skipped(row.where(), "an empty survey row");
                continue;
            }
            return toMessage(row.cells(), row.where());
        }
    }

    private ChatMessage toMessage(List<String> cells, Evidence where) throws MalformedInputException {
        String userId = cell(cells, userIdColumn);
        String email = cell(cells, emailColumn);
        String name = cell(cells, nameColumn);
        if (userId == null && email == null && name == null) {
            List<String> present = new ArrayList<>();
            for (int column : new int[] {userIdColumn, emailColumn, nameColumn}) {
                if (column >= 0) {
                    present.add("'" + header.get(column) + "'");
                }
            }
            throw new MalformedInputException(where, "no one to file the answer under: " + String.join(", ", present) + " empty");
        }
        String time = cells.get(timeColumn).strip();
        if (time.isEmpty()) {
            throw new MalformedInputException(where, "the time ('" + header.get(timeColumn) + "') is empty");
        }
        String id = "survey:" + where.line();
        return ChatMessage.builder()
                .id(id)
                .evidence(where.withMessageId(id))
                .group(group)
                .sender(name != null ? name : email != null ? email : userId)
                .senderId(userId != null ? userId : email)
                .time(PlausibleTimes.check(parseTime(time, where), where.withMessageId(id), context))
                .type(MessageType.TEXT)
                .text(text(cells))
                .build();
    }

    /** {@value #PREFIX} and the non-empty answers as {@code column: value}, joined by {@code "; "}. */
    private String text(List<String> cells) {
        StringBuilder text = new StringBuilder(PREFIX);
        String separator = " ";
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i).strip();
            if (i == timeColumn || i == userIdColumn || i == emailColumn || i == nameColumn || value.isEmpty()) {
                continue;
            }
            text.append(separator);
            separator = "; ";
            if (!header.get(i).isEmpty()) {
                text.append(header.get(i)).append(": ");
            }
            text.append(value);
        }
        return text.toString();
    }

    private static String cell(List<String> cells, int column) {
        if (column < 0) {
            return null;
        }
        String value = cells.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * Reads a form tool's time, Thai digits allowed, in Asia/Bangkok unless it has an offset:
     * ISO-8601 ({@code 2018-09-23T14:05:00+07:00}, or without an offset), {@code yyyy-MM-dd H:mm[:ss]},
     * {@code yyyy/MM/dd h:mm:ss PM GMT+7} or the day-first {@code d/M/yyyy H:mm[:ss]}. A year of 2400 or
     * more is Buddhist era.
     */
    static ZonedDateTime parseTime(String text, Evidence where) throws MalformedInputException {
        String s = ThaiText.asciiDigits(text).replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        try {
            if (s.length() > 10 && s.charAt(10) == 'T') {
                return FileRecords.parseTime(s, where);
            }
            Matcher m = LOCAL_TIME.matcher(s);
            if (m.matches()) {
                return localTime(m);
            }
        } catch (MalformedInputException | DateTimeException e) {
            // Reported below with the forms this source reads.
        }
        throw new MalformedInputException(where, "time '" + text + "' is not a date-time such as 23/9/2561 14:05:00, 2018-09-23 14:05 or 2018-09-23T14:05:00+07:00");
    }

    private static ZonedDateTime localTime(Matcher m) {
        boolean yearFirst = m.group(1) != null;
        int year = ThaiText.gregorianYear(Integer.parseInt(m.group(yearFirst ? 1 : 6)), 4);
        int month = Integer.parseInt(m.group(yearFirst ? 2 : 5));
        int day = Integer.parseInt(m.group(yearFirst ? 3 : 4));
        int hour = Integer.parseInt(m.group(7));
        int minute = Integer.parseInt(m.group(8));
        int second = m.group(9) == null ? 0 : Integer.parseInt(m.group(9));
        if (m.group(10) != null) {
            if (hour < 1 || hour > 12) {
                throw new DateTimeException("hour " + hour + " with AM/PM");
            }
            hour = hour % 12 + (m.group(10).equalsIgnoreCase("pm") ? 12 : 0);
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
        if (m.group(11) == null) {
            return local.atZone(ChatMessage.BANGKOK);
        }
        int hours = Integer.parseInt(m.group(11));
        int minutes = m.group(12) == null ? 0 : Integer.parseInt(m.group(12));
        ZoneOffset offset = ZoneOffset.ofHoursMinutes(hours, m.group(11).startsWith("-") ? -minutes : minutes);
        return local.atOffset(offset).atZoneSameInstant(ChatMessage.BANGKOK);
    }

    @Override
    public String description() {
        return file;
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
