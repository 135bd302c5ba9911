package dev.needle.plan;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The one way Needle writes iCalendar (plans, feeds, the generator's calendars): built as ical4j components,
 * written by ical4j unfolded, then folded at 75 octets by {@link ContentLines} (ical4j 4.4 folds by characters).
 */
public final class Ics {
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Ics() {
    }

    /** The zone as ical4j's registry has it, with its VTIMEZONE; empty for a zone it does not know. */
    public static Optional<TimeZone> timeZone(ZoneId zone) {
        return Optional.ofNullable(ZONES.getTimeZone(zone.getId()));
    }

    /** DTSTART in the time's zone (TZID) when ical4j knows that zone, else in UTC. */
    public static Property start(ZonedDateTime time) {
        return timeZone(time.getZone()).isPresent() ? new DtStart<>(time) : new DtStart<>(time.toInstant());
    }

    /** DTEND as {@link #start} writes DTSTART. */
    public static Property end(ZonedDateTime time) {
        return timeZone(time.getZone()).isPresent() ? new DtEnd<>(time) : new DtEnd<>(time.toInstant());
    }

    /** The calendar as RFC 5545 text: CRLF line ends, every line folded at 75 octets. */
    public static String write(Calendar calendar) {
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the calendar", e);
        }
        return ContentLines.fold(text.toString());
    }
}
