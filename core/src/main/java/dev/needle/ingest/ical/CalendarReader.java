package dev.needle.ingest.ical;

import dev.needle.ingest.Incoming;
import net.fortuna.ical4j.util.CompatibilityHints;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a rep's calendar export (RFC 5545, as Google, Outlook/Exchange, Lotus Notes, Zimbra and Apple write it)
 * into one {@link Incoming.CalendarEvent} per occurrence.
 *
 * <p><b>Window.</b> Recurrences are expanded from their DTSTART, so COUNT and UNTIL count as written and finite
 * series are complete, but only occurrences that <em>start</em> in [windowFrom, windowTo) are returned; events
 * and occurrences outside it are not. Adjacent windows therefore never return the same occurrence twice.
 *
 * <p><b>Identity.</b> {@code uid} is the event's UID, "/", and the occurrence's original start in UTC ISO
 * ({@code abc@x/2024-03-05T14:00:00Z}), stable across re-imports. A moved instance keeps the start it was moved
 * from (its RECURRENCE-ID), so re-importing after a move updates the occurrence instead of adding one. An event
 * without UID gets one derived from its DTSTART and SUMMARY (with a warning).
 *
 * <p><b>Times.</b> A TZID is looked up in the file's VTIMEZONE, then as an IANA name, then as a Windows/Outlook
 * name (windows-zones.properties), then as an IANA name behind a vendor prefix; a blank or unknown TZID without
 * VTIMEZONE is read in the rep's zone, with a warning. Floating times are the rep's. All-day (DATE) events run
 * from midnight to midnight in the rep's zone, a day unless DTEND or DURATION says otherwise; a timed event with
 * neither has no length. STATUS:CANCELLED events are left out (a cancelled override removes its occurrence);
 * TRANSP:TRANSPARENT events are free, all others busy. {@code summary} is null when the event has none.
 *
 * <p>Lenient with what real producers write; refuses only input that is not a calendar. A file may hold several
 * VCALENDARs; text after the last END:VCALENDAR (Podio writes some) is ignored with a warning. Stateless and
 * thread-safe.
 */
public final class CalendarReader {
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    static {
        // ical4j offers these switches only as JVM-wide hints. Our parser and rule objects get their relaxed
        // settings per instance; the hints still matter inside ical4j's recurrence code, so we set them once here.
        // Nothing else in Needle uses ical4j, so relaxing it JVM-wide costs nobody strictness.
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_NOTES_COMPATIBILITY, true);
    }

    private final Zone repZone;
    private final Instant windowFrom;
    private final Instant windowTo;

    /**
     * @param repZone    the rep's time zone, for floating times, all-day dates and TZIDs nobody can resolve
     * @param windowFrom occurrences starting before this are not returned
     * @param windowTo   occurrences starting at or after this are not returned
     */
    public CalendarReader(ZoneId repZone, Instant windowFrom, Instant windowTo) {
        Objects.requireNonNull(repZone, "repZone");
        Objects.requireNonNull(windowFrom, "windowFrom");
        Objects.requireNonNull(windowTo, "windowTo");
        if (!windowFrom.isBefore(windowTo)) throw new IllegalArgumentException("window must end after it starts");
        this.repZone = Zone.of(repZone);
        this.windowFrom = windowFrom.isBefore(EARLIEST) ? EARLIEST : windowFrom;
        this.windowTo = windowTo.isAfter(LATEST) ? LATEST : windowTo;
    }

    /** @throws UnableToParseCalendarException when the file cannot be read or is not a calendar */
    public CalendarRead read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UnableToParseCalendarException(file + ": could not be read: " + e.getMessage(), e);
        }
    }

    /** @param fileName names the input in messages and warnings */
    public CalendarRead read(InputStream in, String fileName) {
        Warnings warnings = new Warnings(fileName);
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UnableToParseCalendarException(fileName + ": could not be read: " + e.getMessage(), e);
        }
        CalendarText text = CalendarText.of(bytes, fileName, warnings);
        List<EventComponent> events = new ArrayList<>();
        for (RawComponent calendar : ContentTree.parse(text.text(), text.addedLines(), fileName)) {
            ZoneResolver zones = new ZoneResolver(calendar, repZone, year(windowFrom) - 1, year(windowTo) + 1, warnings);
            EventReader reader = new EventReader(zones, repZone, warnings);
            // METHOD:CANCEL is an organizer withdrawing the meetings it lists.
            boolean cancels = calendar.property("METHOD").map(RawProperty::value).filter("CANCEL"::equalsIgnoreCase).isPresent();
            for (RawComponent vevent : calendar.components("VEVENT")) reader.read(vevent, cancels).ifPresent(events::add);
        }
        List<Incoming.CalendarEvent> occurrences = new SeriesExpander(windowFrom, windowTo, warnings).occurrences(events);
        return new CalendarRead(occurrences, warnings.asList());
    }

    /** VTIMEZONE rules are worked out for the window's years, within the span any calendar needs. */
    private static int year(Instant instant) {
        return Math.max(1600, Math.min(2200, instant.atOffset(ZoneOffset.UTC).getYear()));
    }
}
