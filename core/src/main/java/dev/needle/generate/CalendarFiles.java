package dev.needle.generate;

import dev.needle.generate.Model.Meeting;
import dev.needle.generate.Model.Rep;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * calendars/&lt;rep email&gt;.ics: the rep's meetings from the last 30 days and the next 14, in the
 * rep's own time zone, plus the things real calendars have: a weekly team meeting (RRULE) with one
 * instance cancelled (EXDATE) and one moved (RECURRENCE-ID), an all-day conference, a cancelled
 * event and a free (TRANSP:TRANSPARENT) one.
 */
final class CalendarFiles {
    private final Dice dice;
    private final LocalDate until;
    private final String stamp;

    CalendarFiles(Dice dice, LocalDate until) {
        this.dice = dice;
        this.until = until;
        this.stamp = IcsWriter.date(until.plusDays(1)) + "T000000Z";
    }

    /** Writes one file per rep; returns how many VEVENT components they hold together. */
    int write(Path directory, List<Rep> reps) throws IOException {
        int events = 0;
        for (Rep rep : reps) {
            try (IcsWriter ics = new IcsWriter(directory.resolve(rep.email + ".ics"))) {
                calendar(ics, rep);
                events += ics.events();
            }
        }
        return events;
    }

    private void calendar(IcsWriter ics, Rep rep) {
        ics.line("BEGIN", "VCALENDAR").line("VERSION", "2.0").line("PRODID", "-//Needle//Generated sales org//EN")
                .line("CALSCALE", "GREGORIAN").line("METHOD", "PUBLISH")
                .line("X-WR-CALNAME", IcsWriter.text(rep.name())).line("X-WR-TIMEZONE", rep.zone.getId());
        TimeZoneBlock.write(ics, rep.zone);
        teamMeeting(ics, rep);
        allDay(ics, rep, rep.conferenceDay, "Regional sales conference");
        LocalDate cancelledDay = dayBesides(rep.conferenceDay);
        timed(ics, rep, "cancelled-" + rep.id, cancelledDay.atTime(15, 0), 30,
                "Vendor pitch: sales engagement platform", "STATUS", "CANCELLED");
        LocalDate lunchDay = dayBesides(rep.conferenceDay);
        timed(ics, rep, "lunch-" + rep.id, lunchDay.atTime(12, 0), 45,
                "Lunch & learn: negotiation skills (optional)", "TRANSP", "TRANSPARENT");
        List<Meeting> meetings = new ArrayList<>(rep.calendar);
        meetings.sort(Comparator.comparingLong(Meeting::start).thenComparing(Meeting::uid));
        for (Meeting meeting : meetings) meeting(ics, rep, meeting);
        ics.line("END", "VCALENDAR");
    }

    /** A working day in the next two weeks other than {@code taken}. */
    private LocalDate dayBesides(LocalDate taken) {
        LocalDate day = WorkTime.plusWorkdays(until.plusDays(1), dice.between(0, 8));
        return day.equals(taken) ? WorkTime.plusWorkdays(day, 1) : day;
    }

    /** Mondays 8:00-8:30 from the first Monday of the window; the 2nd is skipped, the 3rd moved to Tuesday. */
    private void teamMeeting(IcsWriter ics, Rep rep) {
        LocalDate firstMonday = until.minusDays(29).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        String uid = "team-" + Names.slug(rep.team.replace(' ', '-')) + "-weekly@" + OrgBuilder.ORG_DOMAIN;
        String summary = rep.team + " team pipeline meeting";
        String zone = ";TZID=" + rep.zone.getId();
        ics.line("BEGIN", "VEVENT").line("UID", uid).line("DTSTAMP", stamp)
                .line("DTSTART" + zone, IcsWriter.local(firstMonday.atTime(8, 0)))
                .line("DTEND" + zone, IcsWriter.local(firstMonday.atTime(8, 30)))
                .line("RRULE", "FREQ=WEEKLY;BYDAY=MO;UNTIL=" + IcsWriter.date(until.plusDays(90)) + "T235959Z")
                .line("EXDATE" + zone, IcsWriter.local(firstMonday.plusWeeks(1).atTime(8, 0)))
                .line("SUMMARY", IcsWriter.text(summary)).line("LOCATION", "Zoom")
                .line("ORGANIZER;CN=\"" + rep.manager.firstName() + " " + rep.manager.lastName() + "\"",
                        "mailto:" + rep.manager.email())
                .line("STATUS", "CONFIRMED").line("TRANSP", "OPAQUE").line("END", "VEVENT");
        LocalDate moved = firstMonday.plusWeeks(2);
        ics.line("BEGIN", "VEVENT").line("UID", uid).line("DTSTAMP", stamp)
                .line("RECURRENCE-ID" + zone, IcsWriter.local(moved.atTime(8, 0)))
                .line("DTSTART" + zone, IcsWriter.local(moved.plusDays(1).atTime(8, 0)))
                .line("DTEND" + zone, IcsWriter.local(moved.plusDays(1).atTime(8, 30)))
                .line("SUMMARY", IcsWriter.text(summary + " (moved to Tuesday)")).line("LOCATION", "Zoom")
                .line("SEQUENCE", "1").line("STATUS", "CONFIRMED").line("TRANSP", "OPAQUE").line("END", "VEVENT");
    }

    private void allDay(IcsWriter ics, Rep rep, LocalDate day, String summary) {
        ics.line("BEGIN", "VEVENT").line("UID", "conference-" + rep.id + "@" + OrgBuilder.ORG_DOMAIN)
                .line("DTSTAMP", stamp).line("DTSTART;VALUE=DATE", IcsWriter.date(day))
                .line("DTEND;VALUE=DATE", IcsWriter.date(day.plusDays(1))).line("SUMMARY", IcsWriter.text(summary))
                .line("STATUS", "CONFIRMED").line("TRANSP", "OPAQUE").line("END", "VEVENT");
    }

    private void timed(IcsWriter ics, Rep rep, String uid, LocalDateTime start, int minutes, String summary,
                       String property, String value) {
        String zone = ";TZID=" + rep.zone.getId();
        ics.line("BEGIN", "VEVENT").line("UID", uid + "@" + OrgBuilder.ORG_DOMAIN).line("DTSTAMP", stamp)
                .line("DTSTART" + zone, IcsWriter.local(start))
                .line("DTEND" + zone, IcsWriter.local(start.plusMinutes(minutes)))
                .line("SUMMARY", IcsWriter.text(summary)).line(property, value);
        if (!property.equals("STATUS")) ics.line("STATUS", "CONFIRMED");
        ics.line("END", "VEVENT");
    }

    private void meeting(IcsWriter ics, Rep rep, Meeting meeting) {
        String zone = ";TZID=" + rep.zone.getId();
        LocalDateTime start = LocalDateTime.ofInstant(Instant.ofEpochSecond(meeting.start()), rep.zone);
        ics.line("BEGIN", "VEVENT").line("UID", meeting.uid()).line("DTSTAMP", stamp)
                .line("DTSTART" + zone, IcsWriter.local(start))
                .line("DTEND" + zone, IcsWriter.local(start.plusMinutes(meeting.minutes())))
                .line("SUMMARY", IcsWriter.text(meeting.summary()))
                .line("LOCATION", IcsWriter.text(meeting.location()));
        if (!meeting.description().isEmpty()) ics.line("DESCRIPTION", IcsWriter.text(meeting.description()));
        ics.line("ORGANIZER;CN=\"" + rep.name() + "\"", "mailto:" + rep.email);
        if (meeting.attendee() != null) {
            ics.line("ATTENDEE;CN=\"" + meeting.attendee().name() + "\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED",
                    "mailto:" + meeting.attendee().email());
        }
        ics.line("STATUS", "CONFIRMED").line("TRANSP", "OPAQUE").line("END", "VEVENT");
    }
}
