package dev.needle.ingest.ical;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a calendar whose components nest deeper than {@link #MAX} before ical4j parses it: its parser (and
 * our tree over it) recurse once per level, so 20,000 nested BEGIN lines overflow the stack. Real calendars
 * nest four deep at most (VCALENDAR, VTIMEZONE, STANDARD; or VCALENDAR, VEVENT, VALARM), so 20 refuses nothing
 * a calendar program writes. Lines that start with a space or tab continue the line before (RFC 5545 folding)
 * and so begin nothing.
 */
final class NestingDepth {
    static final int MAX = 20;
    private static final Pattern BOUNDARY = Pattern.compile("(?i)(BEGIN|END)[ \\t]*:[ \\t]*(\\S*)");

    private NestingDepth() {
    }

    /**
     * @param addedLines lines put in front of the file's own (see {@link CalendarText}), not counted in messages
     * @throws UnableToParseCalendarException naming the line that opens the 21st level
     */
    static void check(String text, int addedLines, String fileName) {
        int depth = 0;
        int line = 0;
        Matcher boundary = BOUNDARY.matcher(text);
        for (int start = 0; start < text.length(); start = nextLine(text, start)) {
            line++;
            if (!boundary.region(start, text.length()).lookingAt()) continue;
            boolean begins = boundary.group(1).equalsIgnoreCase("BEGIN");
            depth = begins ? depth + 1 : Math.max(0, depth - 1);
            if (depth > MAX) {
                throw new UnableToParseCalendarException(fileName + " line " + Math.max(1, line - addedLines)
                        + ": components nest deeper than " + MAX + " levels (BEGIN:" + boundary.group(2).toUpperCase(Locale.ROOT)
                        + "); not a calendar Needle reads");
            }
        }
    }

    /** Where the line after the one starting at {@code start} starts; CR, LF and CRLF each end a line. */
    private static int nextLine(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') return i + 1;
            if (c == '\r') return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        }
        return text.length();
    }
}
