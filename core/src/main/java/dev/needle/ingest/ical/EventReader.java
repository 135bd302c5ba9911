package dev.needle.ingest.ical;

import dev.needle.domain.Sha256;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the VEVENTs of one calendar. Floating times are read in the rep's zone when on DTSTART, and in the
 * DTSTART's zone elsewhere in the event (an EXDATE or DTEND written without TZID means the event's zone);
 * DATE values are all-day, at midnight in the rep's zone, whatever TZID they carry.
 */
final class EventReader {
    private final ZoneResolver zones;
    private final Zone repZone;
    private final Warnings warnings;

    EventReader(ZoneResolver zones, Zone repZone, Warnings warnings) {
        this.zones = zones;
        this.repZone = repZone;
        this.warnings = warnings;
    }

    /** Empty, with a warning, for an event that cannot be placed in time (no readable DTSTART). */
    Optional<EventComponent> read(RawComponent vevent, boolean calendarCancels) {
        List<RawProperty> dtstarts = vevent.properties("DTSTART");
        if (dtstarts.size() > 1) warnings.add(dtstarts.get(1).line(), "second DTSTART ignored; the first counts");
        Optional<Moment> start = dtstarts.stream().findFirst().flatMap(dtstart -> moment(dtstart, dtstart.value(), repZone));
        if (start.isEmpty()) {
            warnings.add(vevent.line(), "VEVENT without a readable DTSTART skipped");
            return Optional.empty();
        }
        String summary = vevent.property("SUMMARY").map(RawProperty::text).map(String::strip).orElse(null);
        boolean busy = busy(vevent);
        boolean cancelled = calendarCancels || says(vevent, "STATUS", "CANCELLED");
        Optional<Length> length = length(vevent, start.get());
        Length unwritten = start.get().allDay() ? Length.ONE_DAY : Length.ZERO;
        return Optional.of(new EventComponent(uid(vevent, dtstarts.get(0), summary), summary, busy, cancelled,
                sequence(vevent), start.get(), length.orElse(unwritten), length.isPresent(), vevent.properties("RRULE"),
                rdates(vevent, start.get()), exdates(vevent, start.get()), recurrenceId(vevent, start.get())));
    }

    /**
     * Whether the event takes the rep's time. TRANSP:TRANSPARENT is free; Outlook and Exchange also say it in
     * X-MICROSOFT-CDO-BUSYSTATUS, which wins when written: FREE and WORKINGELSEWHERE (working from home) are free,
     * BUSY, TENTATIVE and OOF (out of office) are busy, whatever TRANSP says (Microsoft's [MS-OXCICAL]).
     */
    static boolean busy(RawComponent vevent) {
        Optional<String> status = vevent.property("X-MICROSOFT-CDO-BUSYSTATUS").map(written -> written.value().strip().toUpperCase(java.util.Locale.ROOT));
        if (status.isPresent()) {
            switch (status.get()) {
                case "FREE", "WORKINGELSEWHERE" -> { return false; }
                case "BUSY", "TENTATIVE", "OOF" -> { return true; }
                default -> { } // a status Needle does not know: TRANSP decides
            }
        }
        return !says(vevent, "TRANSP", "TRANSPARENT");
    }

    private static boolean says(RawComponent vevent, String property, String value) {
        return vevent.property(property).filter(written -> written.value().equalsIgnoreCase(value)).isPresent();
    }

    /** DTEND, else DURATION; empty when neither is there or readable (all-day then lasts a day, timed is a point). */
    private Optional<Length> length(RawComponent vevent, Moment start) {
        Optional<RawProperty> dtend = vevent.property("DTEND");
        Optional<Moment> end = dtend.flatMap(property -> moment(property, property.value(), start.zone()));
        if (end.isPresent()) {
            if (start.allDay() && end.get().allDay()) {
                long days = ChronoUnit.DAYS.between(start.local(), end.get().local());
                return Optional.of(days > 0 ? new Length(days, 0) : Length.ONE_DAY);
            }
            long seconds = Duration.between(start.instant(), end.get().instant()).getSeconds();
            if (seconds < 0) warnings.add(dtend.get().line(), "DTEND before DTSTART; read as no length");
            return Optional.of(new Length(0, Math.max(0, seconds)));
        }
        Optional<RawProperty> duration = vevent.property("DURATION");
        if (duration.isEmpty()) return Optional.empty();
        Optional<Length> length = Length.parse(duration.get().value());
        if (length.isEmpty()) warnings.add(duration.get().line(), "DURATION '" + duration.get().value() + "' unreadable; ignored");
        return length;
    }

    private List<EventComponent.ExtraDate> rdates(RawComponent vevent, Moment start) {
        List<EventComponent.ExtraDate> rdates = new ArrayList<>();
        for (RawProperty property : vevent.properties("RDATE")) {
            for (String value : property.value().split(",")) {
                String[] period = value.split("/", 2);
                Optional<Moment> rdate = moment(property, period[0], start.zone());
                if (rdate.isEmpty()) continue;
                Optional<Instant> end = Optional.empty();
                if (period.length == 2) {
                    end = Length.parse(period[1]).map(length -> length.endOf(rdate.get().local(), rdate.get().zone()))
                            .or(() -> moment(property, period[1], rdate.get().zone()).map(Moment::instant));
                }
                rdates.add(new EventComponent.ExtraDate(rdate.get(), end));
            }
        }
        return rdates;
    }

    private Optional<Moment> recurrenceId(RawComponent vevent, Moment start) {
        return vevent.property("RECURRENCE-ID").flatMap(property -> {
            if (property.parameter("RANGE").filter("THISANDFUTURE"::equalsIgnoreCase).isPresent()) {
                warnings.add(property.line(), "RANGE=THISANDFUTURE read as a change of this one occurrence");
            }
            return moment(property, property.value(), start.zone());
        });
    }

    private List<Moment> exdates(RawComponent vevent, Moment start) {
        List<Moment> exdates = new ArrayList<>();
        for (RawProperty property : vevent.properties("EXDATE")) {
            for (String value : property.value().split(",")) moment(property, value, start.zone()).ifPresent(exdates::add);
        }
        return exdates;
    }

    /** A written DATE or DATE-TIME placed in time; empty, with a warning, when it cannot be read. */
    private Optional<Moment> moment(RawProperty property, String value, Zone floatingZone) {
        Optional<TimeValue> time = TimeValue.parse(value, repair -> warnings.add(property.line(), property.name() + " " + repair));
        if (time.isEmpty()) {
            warnings.add(property.line(), property.name() + " '" + value.strip() + "' is not a date or date-time; ignored");
            return Optional.empty();
        }
        if (time.get().isDate()) return Optional.of(new Moment(time.get().local(), repZone, true));
        if (time.get().utc()) return Optional.of(new Moment(time.get().local(), Zone.UTC, false));
        Zone zone = property.parameter("TZID").map(tzid -> zones.resolve(tzid, property.line())).orElse(floatingZone);
        return Optional.of(new Moment(time.get().local(), zone, false));
    }

    /** The UID, or for an event without one an id derived from what it says, so a re-import finds it again. */
    private String uid(RawComponent vevent, RawProperty dtstart, String summary) {
        Optional<String> uid = vevent.property("UID").map(RawProperty::value).filter(value -> !value.isBlank());
        if (uid.isPresent()) return uid.get();
        String derived = "nouid-" + Sha256.hex(dtstart.parameter("TZID").orElse("") + "|" + dtstart.value() + "|" + Objects.toString(summary, ""), 8);
        warnings.add(vevent.line(), "VEVENT without UID; identified as " + derived);
        return derived;
    }

    private static long sequence(RawComponent vevent) {
        try {
            return vevent.property("SEQUENCE").map(property -> Long.parseLong(property.value())).orElse(0L);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
