package dev.needle.generate;

import dev.needle.generate.Model.Meeting;
import dev.needle.generate.Model.Rep;
import dev.needle.plan.Ics;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * calendars/&lt;rep email&gt;.ics: the rep's meetings from the last 30 days and the next 14, in the
 * rep's own time zone, plus the things real calendars have: a weekly team meeting (RRULE) with one
 * instance cancelled (EXDATE) and one moved (RECURRENCE-ID), an all-day conference, a cancelled
 * event and a free (TRANSP:TRANSPARENT) one. Written with ical4j the way Needle writes every calendar ({@link Ics}).
 */
final class CalendarFiles {
    private final Dice dice;
    private final LocalDate until;
    private final Instant stamp;

    CalendarFiles(Dice dice, LocalDate until) {
        this.dice = dice;
        this.until = until;
        this.stamp = until.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    /** Writes one file per rep; returns how many VEVENT components they hold together. */
    int write(Path directory, List<Rep> reps) throws IOException {
        int events = 0;
        for (Rep rep : reps) {
            List<CalendarComponent> components = calendar(rep);
            events += (int) components.stream().filter(VEvent.class::isInstance).count();
            List<Property> properties = List.of(ImmutableVersion.VERSION_2_0, new ProdId("-//Needle//Generated sales org//EN"),
                    ImmutableCalScale.GREGORIAN, ImmutableMethod.PUBLISH, new XProperty("X-WR-CALNAME", rep.name()),
                    new XProperty("X-WR-TIMEZONE", rep.zone.getId()));
            Calendar calendar = new Calendar(new PropertyList(properties), new ComponentList<>(components));
            Files.writeString(directory.resolve(rep.email + ".ics"), Ics.write(calendar), StandardCharsets.UTF_8);
        }
        return events;
    }

    private List<CalendarComponent> calendar(Rep rep) {
        List<CalendarComponent> components = new ArrayList<>();
        components.add(Ics.timeZone(rep.zone).map(TimeZone::getVTimeZone)
                .orElseThrow(() -> new IllegalStateException("ical4j has no time zone " + rep.zone)));
        components.addAll(teamMeeting(rep));
        components.add(allDay(rep, rep.conferenceDay, "Regional sales conference"));
        LocalDate cancelledDay = dayBesides(rep.conferenceDay);
        components.add(timed(rep, "cancelled-" + rep.id, cancelledDay.atTime(15, 0), 30,
                "Vendor pitch: sales engagement platform", ImmutableStatus.VEVENT_CANCELLED));
        LocalDate lunchDay = dayBesides(rep.conferenceDay);
        components.add(timed(rep, "lunch-" + rep.id, lunchDay.atTime(12, 0), 45,
                "Lunch & learn: negotiation skills (optional)", ImmutableTransp.TRANSPARENT));
        List<Meeting> meetings = new ArrayList<>(rep.calendar);
        meetings.sort(Comparator.comparingLong(Meeting::start).thenComparing(Meeting::uid));
        for (Meeting meeting : meetings) components.add(meeting(rep, meeting));
        return components;
    }

    /** A working day in the next two weeks other than {@code taken}. */
    private LocalDate dayBesides(LocalDate taken) {
        LocalDate day = WorkTime.plusWorkdays(until.plusDays(1), dice.between(0, 8));
        return day.equals(taken) ? WorkTime.plusWorkdays(day, 1) : day;
    }

    /** Mondays 8:00-8:30 from the first Monday of the window; the 2nd is skipped, the 3rd moved to Tuesday. */
    private List<VEvent> teamMeeting(Rep rep) {
        LocalDate firstMonday = until.minusDays(29).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        String uid = "team-" + Names.slug(rep.team.replace(' ', '-')) + "-weekly@" + OrgBuilder.ORG_DOMAIN;
        String summary = rep.team + " team pipeline meeting";
        Organizer manager = new Organizer(params(new Cn(rep.manager.firstName() + " " + rep.manager.lastName())),
                "mailto:" + rep.manager.email());
        VEvent series = event(uid, new DtStart<>(at(rep, firstMonday.atTime(8, 0))), new DtEnd<>(at(rep, firstMonday.atTime(8, 30))),
                new RRule<>("FREQ=WEEKLY;BYDAY=MO;UNTIL=" + DateTimeFormatter.BASIC_ISO_DATE.format(until.plusDays(90)) + "T235959Z"),
                new ExDate<>(params(new TzId(rep.zone.getId())), new DateList<>(at(rep, firstMonday.plusWeeks(1).atTime(8, 0)))),
                new Summary(summary), new Location("Zoom"), manager, ImmutableStatus.VEVENT_CONFIRMED, ImmutableTransp.OPAQUE);
        LocalDate moved = firstMonday.plusWeeks(2);
        VEvent movedOne = event(uid, new RecurrenceId<>(at(rep, moved.atTime(8, 0))),
                new DtStart<>(at(rep, moved.plusDays(1).atTime(8, 0))), new DtEnd<>(at(rep, moved.plusDays(1).atTime(8, 30))),
                new Summary(summary + " (moved to Tuesday)"), new Location("Zoom"), new Sequence(1),
                ImmutableStatus.VEVENT_CONFIRMED, ImmutableTransp.OPAQUE);
        return List.of(series, movedOne);
    }

    private VEvent allDay(Rep rep, LocalDate day, String summary) {
        return event("conference-" + rep.id + "@" + OrgBuilder.ORG_DOMAIN, new DtStart<>(params(Value.DATE), day),
                new DtEnd<>(params(Value.DATE), day.plusDays(1)), new Summary(summary),
                ImmutableStatus.VEVENT_CONFIRMED, ImmutableTransp.OPAQUE);
    }

    /** A timed event with one property that sets it apart (cancelled, or free); confirmed unless that says otherwise. */
    private VEvent timed(Rep rep, String uid, LocalDateTime start, int minutes, String summary, Property apart) {
        List<Property> properties = new ArrayList<>(List.of(new DtStart<>(at(rep, start)),
                new DtEnd<>(at(rep, start.plusMinutes(minutes))), new Summary(summary), apart));
        if (!apart.getName().equals(Property.STATUS)) properties.add(ImmutableStatus.VEVENT_CONFIRMED);
        return event(uid + "@" + OrgBuilder.ORG_DOMAIN, properties.toArray(Property[]::new));
    }

    private VEvent meeting(Rep rep, Meeting meeting) {
        ZonedDateTime start = Instant.ofEpochSecond(meeting.start()).atZone(rep.zone);
        List<Property> properties = new ArrayList<>(List.of(new DtStart<>(start), new DtEnd<>(start.plusMinutes(meeting.minutes())),
                new Summary(meeting.summary()), new Location(meeting.location())));
        if (!meeting.description().isEmpty()) properties.add(new Description(meeting.description()));
        properties.add(new Organizer(params(new Cn(rep.name())), "mailto:" + rep.email));
        if (meeting.attendee() != null) {
            properties.add(new Attendee(params(new Cn(meeting.attendee().name()), Role.REQ_PARTICIPANT, PartStat.ACCEPTED),
                    "mailto:" + meeting.attendee().email()));
        }
        properties.add(ImmutableStatus.VEVENT_CONFIRMED);
        properties.add(ImmutableTransp.OPAQUE);
        return event(meeting.uid(), properties.toArray(Property[]::new));
    }

    /** UID and DTSTAMP, then {@code properties} in order. */
    private VEvent event(String uid, Property... properties) {
        List<Property> all = new ArrayList<>(List.of(new Uid(uid), new DtStamp(stamp)));
        all.addAll(List.of(properties));
        return new VEvent(new PropertyList(all));
    }

    private static ZonedDateTime at(Rep rep, LocalDateTime local) {
        return local.atZone(rep.zone);
    }

    private static ParameterList params(Parameter... parameters) {
        return new ParameterList(List.of(parameters));
    }
}
