package dev.needle.testing;

import java.util.ArrayList;
import java.util.List;

/** Calendars whose components nest deeply: the shape that overflowed the parser's stack. */
public final class DeepCalendar {
    private DeepCalendar() {
    }

    /**
     * A VCALENDAR (line 1) holding {@code levels} components, each inside the last, alternating VEVENT and an
     * X- component, from line 4 on (the first, a VEVENT, has an event's properties on lines 5 to 7, so
     * the second begins on line 8); {@code closed} adds every END line. The whole thing nests {@code levels + 1} deep.
     */
    public static String nested(int levels, boolean closed) {
        List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Needle tests//deep//EN"));
        for (int level = 0; level < levels; level++) {
            lines.add(level % 2 == 0 ? "BEGIN:VEVENT" : "BEGIN:X-NEST");
            if (level == 0) lines.addAll(List.of("UID:deep-1", "DTSTART:20261201T160000Z", "SUMMARY:Deep inside"));
        }
        if (closed) {
            for (int level = levels - 1; level >= 0; level--) lines.add(level % 2 == 0 ? "END:VEVENT" : "END:X-NEST");
        }
        lines.add("END:VCALENDAR");
        return String.join("\r\n", lines) + "\r\n";
    }
}
