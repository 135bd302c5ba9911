package dev.needle.ingest.ical;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a file that claims to be a calendar. Refuses what is not one (binary, a CSV renamed .ics, an empty
 * file) before the parser sees it, so the message can say what the file looks like instead of a token error.
 */
record CalendarText(String text, int addedLines) {
    private static final Pattern END_OF_CALENDAR = Pattern.compile("(?im)^[ \\t]*END[ \\t]*:[ \\t]*VCALENDAR[ \\t]*$");

    static CalendarText of(byte[] bytes, String fileName, Warnings warnings) {
        if (bytes.length == 0) throw notACalendar(fileName, "the file is empty");
        String text = decode(bytes, warnings);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String firstLine = firstContentLine(text);
        if (text.indexOf('\0') >= 0 || looksBinary(firstLine)) throw notACalendar(fileName, "it is binary data");
        String begin = firstLine.replace(" ", "").toUpperCase(Locale.ROOT);
        if (begin.equals("BEGIN:VCALENDAR")) return new CalendarText(upToTheLastCalendar(text, warnings), 0);
        if (begin.equals("BEGIN:VEVENT")) {
            // python-icalendar's samples and some "export event" buttons write a bare VEVENT: still a calendar.
            warnings.add(0, "no VCALENDAR around the VEVENT; read it as a one-event calendar");
            return new CalendarText("BEGIN:VCALENDAR\r\n" + text.strip() + "\r\nEND:VCALENDAR\r\n", 1);
        }
        throw notACalendar(fileName, "line 1 is '" + abbreviate(firstLine) + "', but a calendar starts with BEGIN:VCALENDAR");
    }

    /**
     * The text up to the last END:VCALENDAR. Podio (and others) write text after it, which the tokenizer would
     * take for a broken next calendar and refuse the whole file for; like python-icalendar (issue #350) we read
     * the complete calendars and ignore the rest, with a warning naming the line it starts on. A file with no
     * END:VCALENDAR at all is left as it is, so it is still refused as cut off.
     */
    private static String upToTheLastCalendar(String text, Warnings warnings) {
        Matcher end = END_OF_CALENDAR.matcher(text);
        int cut = -1;
        while (end.find()) cut = end.end();
        if (cut < 0) return text;
        String rest = text.substring(cut);
        // blank lines after the end are no loss and need no warning, but the tokenizer trips on a line of spaces
        if (rest.isBlank()) return text.substring(0, cut) + "\r\n";
        int restStart = cut + (rest.length() - rest.stripLeading().length());
        int line = 1 + (int) text.substring(0, restStart).chars().filter(c -> c == '\n').count();
        warnings.add(line, "text after the last END:VCALENDAR ignored");
        return text.substring(0, cut) + "\r\n";
    }

    /** UTF-8 as RFC 5545 says; older Outlook and Notes exports are Windows-1252, which we take rather than refuse. */
    private static String decode(byte[] bytes, Warnings warnings) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warnings.add(0, "not UTF-8; read as Windows-1252");
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String firstContentLine(String text) {
        for (String line : text.split("\r\n|\r|\n", 20)) {
            if (!line.isBlank()) return line.strip();
        }
        return "";
    }

    private static boolean looksBinary(String line) {
        return line.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0xFFFD || c == 0x7F);
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }

    private static UnableToParseCalendarException notACalendar(String fileName, String why) {
        return new UnableToParseCalendarException(fileName + " is not an iCalendar file: " + why);
    }
}
