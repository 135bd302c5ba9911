package dev.needle.plan;

import dev.needle.view.PlanDocument;
import dev.needle.ingest.ImportReport;
import dev.needle.app.FindRep;
import dev.needle.app.Needle;
import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.NextAction;
import dev.needle.domain.Rep;
import dev.needle.testing.Backend;
import dev.needle.testing.GeneratedOrg;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.needle.testing.SharedData.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Plans around real .ics files imported into a real store: a shared sample, generated calendars, a DST change. */
class PlanWithRealCalendarsTest {
    private static final String SAMPLE_OWNER = "00546000001l1cJAAQ"; // owns the Salesforce sample's deals
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aSampleCalendarWithACustomTimeZoneIsPlannedAround(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));
            Imports.run(needle, Imports.calendarOf(SAMPLE_OWNER), path("ical-samples", "python-icalendar", "america_new_york.ics"));
            Rep rep = inNewYork(FindRep.among(needle.store().reps(), new FindRep.Request(SAMPLE_OWNER)).orElseThrow());
            LocalDate friday = LocalDate.of(2014, 8, 29);

            List<CalendarEvent> events = needle.store().calendarEvents(rep.id(),
                    Instant.parse("2014-08-28T00:00:00Z"), Instant.parse("2014-09-03T00:00:00Z"));
            DayPlan plan = planAndCheck(needle.store().dataset(), rep, friday, events);

            assertThat(events).extracting(CalendarEvent::start).containsExactly(Instant.parse("2014-08-29T12:00:00Z"));
            assertThat(plan.meetings()).hasSize(1);
            assertThat(plan.blocks().get(0).start()).as("after the 08:00-10:00 EDT event")
                    .isEqualTo(Instant.parse("2014-08-29T14:00:00Z"));
        }
    }

    @Test
    void generatedCalendarsWithRecurringMovedAllDayCancelledAndFreeEventsArePlannedAround() {
        GeneratedOrg org = GeneratedOrg.of(6, 60, 11);
        Dataset data = org.dataset();
        Workloads workloads = Workloads.of(data);
        LocalDate first = GeneratedOrg.UNTIL.plusDays(1);
        int plans = 0;
        int withMeetings = 0;
        int blockedAllDay = 0;
        for (Rep rep : data.reps()) {
            List<CalendarEvent> events = org.needle().store().calendarEvents(rep.id(),
                    first.atStartOfDay(NEW_YORK).toInstant().minusSeconds(86_400), first.plusDays(20).atStartOfDay(NEW_YORK).toInstant());
            if (events.isEmpty()) continue;
            for (LocalDate day = first; day.isBefore(first.plusDays(14)); day = WorkingDays.MONDAY_TO_FRIDAY.next(day)) {
                PlanRequest request = PlanRequest.of(rep, day);
                Workload work = workloads.forDay(request, events);
                DayPlan plan = Planner.plan(request, work);
                PlanChecks.assertSound(plan, work, events, actionsOf(data, rep));
                plans++;
                if (!plan.meetings().isEmpty()) withMeetings++;
                if (plan.blocks().isEmpty()) blockedAllDay++;
            }
        }
        assertThat(plans).isGreaterThan(40);
        assertThat(withMeetings).isGreaterThan(10);
        assertThat(blockedAllDay).as("the all-day conference leaves no time; its work is carried over").isPositive();
    }

    @Test
    void aCalendarAroundTheDstChangeIsPlannedInTheRepsZone() throws IOException {
        try (Needle needle = Imports.needle(Backend.H2)) {
            Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));
            Path calendar = Files.writeString(temp.resolve("dst.ics"), DST_CALENDAR.replace("\n", "\r\n"));
            Imports.run(needle, Imports.calendarOf(SAMPLE_OWNER), calendar);
            Rep rep = inNewYork(FindRep.among(needle.store().reps(), new FindRep.Request(SAMPLE_OWNER)).orElseThrow());
            List<CalendarEvent> events = needle.store().calendarEvents(rep.id(),
                    Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-11-10T00:00:00Z"));
            Dataset data = needle.store().dataset();

            DayPlan friday = planAndCheck(data, rep, LocalDate.of(2026, 3, 6), events);
            DayPlan monday = planAndCheck(data, rep, LocalDate.of(2026, 3, 9), events);
            DayPlan afterFall = planAndCheck(data, rep, LocalDate.of(2026, 11, 2), events);

            assertThat(friday.meetings()).extracting(CalendarEvent::start)
                    .containsExactly(Instant.parse("2026-03-06T14:00:00Z"));
            assertThat(monday.meetings()).extracting(CalendarEvent::start)
                    .containsExactly(Instant.parse("2026-03-09T13:00:00Z"));
            assertThat(afterFall.meetings()).extracting(CalendarEvent::start)
                    .containsExactly(Instant.parse("2026-11-02T14:00:00Z"));
            assertThat(monday.blocks().get(0).start()).as("08:30 EDT").isEqualTo(Instant.parse("2026-03-09T12:30:00Z"));
            assertThat(monday.blocks().get(1).start()).as("after the 09:00 EDT meeting")
                    .isAfterOrEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
            assertThat(afterFall.blocks().get(0).start()).as("08:30 EST").isEqualTo(Instant.parse("2026-11-02T13:30:00Z"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRepWithNoTimeZoneOnRecordIsImportedAndPlannedInUtcAndBothSaySo(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));
            ImportReport calendar = Imports.run(needle, Imports.calendarOf(SAMPLE_OWNER),
                    path("ical-samples", "python-icalendar", "america_new_york.ics"));
            Rep rep = FindRep.among(needle.store().reps(), new FindRep.Request(SAMPLE_OWNER)).orElseThrow();
            List<CalendarEvent> events = needle.store().calendarEvents(rep.id(),
                    Instant.parse("2014-08-28T00:00:00Z"), Instant.parse("2014-09-03T00:00:00Z"));

            PlanDocument plan = PlanDocument.of(planAndCheck(needle.store().dataset(), rep, LocalDate.of(2014, 8, 29), events));

            assertThat(rep.timeZone()).as("the sample's owner has no zone on record").isNull();
            assertThat(calendar.warnings()).anySatisfy(warning -> assertThat(warning)
                    .isEqualTo("america_new_york.ics: no time zone on record for this rep; times are in UTC"));
            assertThat(plan.timeZone()).isEqualTo("UTC");
            assertThat(plan.timeZoneNote()).isEqualTo("no time zone on record for this rep; times are in UTC");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void allDayEventsAreKeptButAreNotSellingTime(Backend backend) throws IOException {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));
            Path calendar = Files.writeString(temp.resolve("all-day.ics"), ALL_DAY_CALENDAR.replace("\n", "\r\n"));
            Imports.run(needle, Imports.calendarOf(SAMPLE_OWNER), calendar);
            Rep rep = FindRep.among(needle.store().reps(), new FindRep.Request(SAMPLE_OWNER)).orElseThrow();
            List<CalendarEvent> events = needle.store().calendarEvents(rep.id(),
                    Instant.parse("2026-09-01T00:00:00Z"), Instant.parse("2026-09-30T00:00:00Z"));
            Dataset data = needle.store().dataset();

            DayPlan monday = planAndCheck(data, rep, LocalDate.of(2026, 9, 14), events);
            DayPlan tuesday = planAndCheck(data, rep, LocalDate.of(2026, 9, 15), events);
            DayPlan wednesday = planAndCheck(data, rep, LocalDate.of(2026, 9, 16), events);
            DayPlan thursday = planAndCheck(data, rep, LocalDate.of(2026, 9, 17), events);

            assertThat(events).extracting(CalendarEvent::summary, CalendarEvent::allDay, CalendarEvent::busy)
                    .containsExactlyInAnyOrder(tuple("Buyer's birthday", true, false), tuple("Trade show Berlin", true, true),
                            tuple("Demo at the booth", false, true));
            assertThat(monday.meetings()).as("a transparent all-day event is not a meeting").isEmpty();
            assertThat(monday.blocks()).isNotEmpty();
            assertThat(tuesday.blocks()).isEmpty();
            assertThat(wednesday.blocks()).isEmpty();
            assertThat(wednesday.meetings()).extracting(CalendarEvent::summary).containsExactly("Trade show Berlin", "Demo at the booth");
            assertThat(tuesday.carriedOver()).isNotEmpty()
                    .allSatisfy(item -> assertThat(item.reason()).isEqualTo("away all day: Trade show Berlin"));
            assertThat(thursday.meetings()).isEmpty();
            assertThat(thursday.blocks()).isNotEmpty();
            assertThat(thursday.blocks().get(0).start()).as("08:30 UTC, the sample rep's zone").isEqualTo(Instant.parse("2026-09-17T08:30:00Z"));
            assertThat(monday.carriedOver()).noneSatisfy(item -> assertThat(item.task().action()).contains("Trade show"));
        }
    }

    private static DayPlan planAndCheck(Dataset data, Rep rep, LocalDate day, List<CalendarEvent> events) {
        PlanRequest request = PlanRequest.of(rep, day);
        Workload work = Workloads.of(data).forDay(request, events);
        DayPlan plan = Planner.plan(request, work);
        PlanChecks.assertSound(plan, work, events, actionsOf(data, rep));
        return plan;
    }

    private static List<NextAction> actionsOf(Dataset data, Rep rep) {
        Set<Long> open = data.deals().stream().filter(deal -> deal.isOpen() && Long.valueOf(rep.id()).equals(deal.ownerId()))
                .map(Deal::id).collect(Collectors.toSet());
        return new ArrayList<>(data.nextActions().stream().filter(action -> open.contains(action.dealId())).toList());
    }

    private static Rep inNewYork(Rep rep) {
        return new Rep(rep.id(), rep.source(), rep.externalId(), rep.name(), rep.email(), rep.team(), rep.managerId(),
                NEW_YORK.getId(), rep.quota());
    }

    /** A transparent birthday on Monday, a busy two-day trade show Tuesday and Wednesday with a demo at the booth. */
    private static final String ALL_DAY_CALENDAR = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Needle tests//all-day//EN
            BEGIN:VEVENT
            UID:birthday@example.com
            DTSTAMP:20260801T120000Z
            DTSTART;VALUE=DATE:20260914
            DTEND;VALUE=DATE:20260915
            TRANSP:TRANSPARENT
            SUMMARY:Buyer's birthday
            END:VEVENT
            BEGIN:VEVENT
            UID:trade-show@example.com
            DTSTAMP:20260801T120000Z
            DTSTART;VALUE=DATE:20260915
            DTEND;VALUE=DATE:20260917
            TRANSP:OPAQUE
            SUMMARY:Trade show Berlin
            END:VEVENT
            BEGIN:VEVENT
            UID:booth-demo@example.com
            DTSTAMP:20260801T120000Z
            DTSTART:20260916T100000Z
            DTEND:20260916T110000Z
            SUMMARY:Demo at the booth
            END:VEVENT
            END:VCALENDAR
            """;

    /** A weekly Monday 09:00 meeting in New York across both 2026 DST changes, and a Friday call written in UTC. */
    private static final String DST_CALENDAR = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Needle tests//DST//EN
            BEGIN:VTIMEZONE
            TZID:America/New_York
            BEGIN:DAYLIGHT
            DTSTART:20070311T020000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
            TZOFFSETFROM:-0500
            TZOFFSETTO:-0400
            TZNAME:EDT
            END:DAYLIGHT
            BEGIN:STANDARD
            DTSTART:20071104T020000
            RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
            TZOFFSETFROM:-0400
            TZOFFSETTO:-0500
            TZNAME:EST
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            UID:weekly-pipeline@example.com
            DTSTAMP:20260201T120000Z
            DTSTART;TZID=America/New_York:20260223T090000
            DTEND;TZID=America/New_York:20260223T100000
            RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231T235959Z
            SUMMARY:Weekly pipeline review
            END:VEVENT
            BEGIN:VEVENT
            UID:friday-call@example.com
            DTSTAMP:20260201T120000Z
            DTSTART:20260306T140000Z
            DTEND:20260306T150000Z
            SUMMARY:Customer call (09:00 EST)
            END:VEVENT
            END:VCALENDAR
            """;
}
