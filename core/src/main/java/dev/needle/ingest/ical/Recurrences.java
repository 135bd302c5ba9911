package dev.needle.ingest.ical;

import net.fortuna.ical4j.model.Recur;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** RRULE expansion with ical4j's {@link Recur}, on wall-clock times, after cleaning what producers get wrong. */
final class Recurrences {
    /** More than a daily meeting for fifty years: a rule that yields this many in the window is stopped there. */
    static final int MAX_OCCURRENCES = 20_000;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private Recurrences() {
    }

    /**
     * Starts of {@code rule} seeded at {@code seed} that fall in [from, to], as wall-clock times; expanding on the
     * wall clock keeps a 9:00 meeting at 9:00 across a DST change. COUNT is counted from the seed.
     *
     * @param untilZone reads a UTC UNTIL on the seed's wall clock, so ical4j compares like with like
     * @throws IllegalArgumentException when the rule cannot be read
     */
    static List<LocalDateTime> expand(String rule, LocalDateTime seed, boolean allDay, Zone untilZone,
                                      LocalDateTime from, LocalDateTime to) {
        Recur<LocalDateTime> recur = new Recur<>(localUntil(clean(rule), allDay, untilZone), true);
        return recur.getDates(seed, from, to, MAX_OCCURRENCES);
    }

    /** Exchange writes "BYDAY=MO, TU"; others lower case, stray spaces, empty parts ("FREQ=DAILY;;"). */
    static String clean(String rule) {
        List<String> parts = new ArrayList<>();
        for (String part : rule.replaceAll("\\s+", "").toUpperCase(Locale.ROOT).split(";")) {
            if (part.indexOf('=') > 0 && !part.endsWith("=")) parts.add(part);
        }
        return String.join(";", parts);
    }

    private static String localUntil(String rule, boolean allDay, Zone untilZone) {
        List<String> parts = new ArrayList<>();
        for (String part : rule.split(";")) {
            if (!part.startsWith("UNTIL=")) {
                parts.add(part);
                continue;
            }
            String written = part.substring("UNTIL=".length());
            TimeValue until = TimeValue.parse(written, repair -> { })
                    .orElseThrow(() -> new IllegalArgumentException("UNTIL '" + written + "' is not a date"));
            LocalDateTime local;
            if (until.utc()) local = untilZone.localOf(until.local().toInstant(ZoneOffset.UTC));
            else if (until.isDate() && !allDay) local = until.date().atTime(23, 59, 59);
            else local = until.local();
            parts.add("UNTIL=" + BASIC.format(local));
        }
        return String.join(";", parts);
    }
}
