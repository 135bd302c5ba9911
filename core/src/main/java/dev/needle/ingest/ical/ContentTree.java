package dev.needle.ingest.ical;

import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ical4j's tokenizer (relaxed unfolding and parsing, set per instance) feeding a plain tree of components and
 * properties. Values stay text: ical4j's typed model rejects a whole file for one odd value (a DATE with "Z",
 * a five-digit time, a VTIMEZONE without TZID), while we interpret only what a calendar event needs and
 * forgive the rest property by property.
 */
final class ContentTree implements ContentHandler {
    private final LineCountingReader lines;
    private final int lineOffset;
    private final List<RawComponent> calendars = new ArrayList<>();
    private final Deque<Builder> open = new ArrayDeque<>();
    private String propertyName;
    private int propertyLine;
    private Map<String, String> parameters;
    private String propertyValue;

    private ContentTree(LineCountingReader lines, int lineOffset) {
        this.lines = lines;
        this.lineOffset = lineOffset;
    }

    /**
     * The VCALENDAR blocks of {@code text}. {@code addedLines} were put in front by us (a VCALENDAR around a bare
     * VEVENT) and are taken off the line numbers we report.
     */
    static List<RawComponent> parse(String text, int addedLines, String fileName) {
        NestingDepth.check(text, addedLines, fileName);
        LineCountingReader lines = new LineCountingReader(new StringReader(text));
        ContentTree tree = new ContentTree(lines, addedLines);
        try {
            new CalendarParserImpl(true).parse(new UnfoldingReader(lines, true), tree);
        } catch (ParserException e) {
            String why = e.getMessage() == null ? "unreadable" : e.getMessage().replaceFirst("^Error at line \\d+:\\s*", "");
            if (why.startsWith("Unexpected end of file")) why = "the file ends before END:VCALENDAR";
            int line = Math.max(1, e.getLineNo() - addedLines);
            throw new UnableToParseCalendarException(fileName + " line " + line + ": not a readable calendar: " + why, e);
        } catch (IOException e) {
            throw new UnableToParseCalendarException(fileName + ": could not be read: " + e.getMessage(), e);
        }
        return List.copyOf(tree.calendars);
    }

    private int line() {
        return Math.max(1, lines.line() - lineOffset);
    }

    @Override
    public void startCalendar() {
        open.push(new Builder("VCALENDAR", line()));
    }

    @Override
    public void endCalendar() {
        calendars.add(open.pop().build());
    }

    @Override
    public void startComponent(String name) {
        open.push(new Builder(name.toUpperCase(Locale.ROOT), line()));
    }

    @Override
    public void endComponent(String name) {
        RawComponent component = open.pop().build();
        open.element().components.add(component);
    }

    @Override
    public void startProperty(String name) {
        propertyName = name.toUpperCase(Locale.ROOT);
        propertyLine = line();
        parameters = new LinkedHashMap<>();
        propertyValue = "";
    }

    @Override
    public void parameter(String name, String value) {
        parameters.putIfAbsent(name.toUpperCase(Locale.ROOT), unquote(value));
    }

    @Override
    public void propertyValue(String value) {
        propertyValue = value;
    }

    @Override
    public void endProperty(String name) {
        open.element().properties.add(new RawProperty(propertyName, parameters, propertyValue, propertyLine));
    }

    private static String unquote(String value) {
        String stripped = value.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            return stripped.substring(1, stripped.length() - 1);
        }
        return stripped;
    }

    private static final class Builder {
        private final String name;
        private final int line;
        private final List<RawProperty> properties = new ArrayList<>();
        private final List<RawComponent> components = new ArrayList<>();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        /**
         * The tokenizer has read past the end of the BEGIN line when it reports a component, so the line of
         * BEGIN is the one before the component's first content.
         */
        RawComponent build() {
            int firstContent = line;
            if (!properties.isEmpty()) firstContent = Math.min(firstContent, properties.get(0).line());
            if (!components.isEmpty()) firstContent = Math.min(firstContent, components.get(0).line() + 1);
            return new RawComponent(name, Math.max(1, firstContent - 1), properties, components);
        }
    }

    /** Counts physical lines as the tokenizer consumes them (it reads one character at a time). */
    private static final class LineCountingReader extends FilterReader {
        private int newlines;

        LineCountingReader(Reader in) {
            super(in);
        }

        int line() {
            return newlines + 1;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == '\n') newlines++;
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            for (int i = offset; i < offset + count; i++) {
                if (buffer[i] == '\n') newlines++;
            }
            return count;
        }
    }
}
