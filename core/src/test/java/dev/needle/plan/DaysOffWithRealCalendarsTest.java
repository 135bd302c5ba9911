package dev.needle.plan;

import dev.needle.app.FindRep;
import dev.needle.app.Needle;
import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static dev.needle.testing.SharedData.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A Bavarian rep's Christmas weeks, from calendars shaped as Outlook and Google Calendar export them
 * (src/test/resources/calendars/, sources in docs/formats.md) imported into a real store: public holidays, an
 * out-of-office vacation and an out-of-office day are days off, skipped and never carried to; working from home and a
 * free reminder are working days; an out-of-office appointment takes its hours only.
 */
class DaysOffWithRealCalendarsTest {
    private static final String SAMPLE_OWNER = "00546000001l1cJAAQ"; // owns the Salesforce sample's deals
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final WorkingHours BAVARIA = new WorkingHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(8, 30), LocalTime.of(17, 0), "de-by");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 21);

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void holidaysAndOutOfOfficeDaysAreSkippedAndWorkIsCarriedPastThem(Backend backend) throws URISyntaxException {
        try (Needle needle = Imports.needle(backend)) {
            Rep rep = bavarianRepWithBothCalendars(needle);
            // a short day, so each day has work left over to carry
            needle.store().workSchedules().setRep(rep.id(), new WorkingHours(BAVARIA.days(), LocalTime.of(9, 0), LocalTime.of(10, 0), "de-by"));

            List<DayPlan> week = plan(needle, rep, MONDAY, 5);

            assertThat(week).extracting(DayPlan::date).as("five days the rep works: Christmas, a vacation and a day out of office skipped")
                    .containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3), LocalDate.of(2026, 12, 31));
            assertThat(week).allSatisfy(day -> {
                assertThat(day.dayOff()).as("%s", day.date()).isNull();
                assertThat(day.blocks()).as("%s", day.date()).isNotEmpty();
            });
            DayPlan christmasEve = week.get(3);
            assertThat(christmasEve.carriedOver()).as("Thursday's overflow").isNotEmpty()
                    .allSatisfy(item -> assertThat(item.to()).isEqualTo(LocalDate.of(2026, 12, 31)));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aDayOffSaysWhyPlansNothingAndCarriesItsWorkToTheNextWorkingDay(Backend backend) throws URISyntaxException {
        try (Needle needle = Imports.needle(backend)) {
            Rep rep = bavarianRepWithBothCalendars(needle);

            DayPlan christmas = plan(needle, rep, LocalDate.of(2026, 12, 25), 1).get(0);
            DayPlan vacation = plan(needle, rep, LocalDate.of(2026, 12, 29), 1).get(0);
            DayPlan outOfOffice = plan(needle, rep, LocalDate.of(2026, 12, 30), 1).get(0);

            assertThat(christmas.dayOff()).isEqualTo("1st Christmas day (DE-BY)");
            assertThat(vacation.dayOff()).isEqualTo("away all day: Vacation");
            assertThat(outOfOffice.dayOff()).as("Google's out-of-office event is timed, midnight to midnight")
                    .isEqualTo("away all day: Out of office");
            for (DayPlan off : List.of(christmas, vacation, outOfOffice)) {
                assertThat(off.blocks()).as("%s", off.date()).isEmpty();
                assertThat(off.carriedOver()).as("%s", off.date()).isNotEmpty().allSatisfy(item -> {
                    assertThat(item.to()).isEqualTo(LocalDate.of(2026, 12, 31));
                    assertThat(item.reason()).isEqualTo(off.dayOff());
                });
            }
            assertThat(outOfOffice.meetings()).as("listed as one span of busy time").extracting(CalendarEvent::summary)
                    .containsExactly("Out of office / Call with Globex (declined: out of office) (2 events)");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void outlooksBusyStatusDecidesWhatTakesTime(Backend backend) throws URISyntaxException {
        try (Needle needle = Imports.needle(backend)) {
            Rep rep = bavarianRepWithBothCalendars(needle);
            List<CalendarEvent> events = needle.store().calendarEvents(rep.id(),
                    Instant.parse("2026-12-20T00:00:00Z"), Instant.parse("2027-01-02T00:00:00Z"));

            List<DayPlan> days = plan(needle, rep, MONDAY, 3);

            assertThat(events).extracting(CalendarEvent::summary, CalendarEvent::allDay, CalendarEvent::busy).contains(
                    tuple("Team lunch reminder", true, false), // FREE, TRANSP:TRANSPARENT
                    tuple("Working from home", true, false),   // WORKINGELSEWHERE wins over TRANSP:OPAQUE
                    tuple("Vacation", true, true),             // OOF
                    tuple("Dentist", false, true));            // OOF, timed
            assertThat(days.get(0).meetings()).isEmpty();
            assertThat(days.get(1).meetings()).as("working from home is a working day").isEmpty();
            DayPlan wednesday = days.get(2);
            assertThat(wednesday.meetings()).extracting(CalendarEvent::summary).containsExactly("Dentist");
            Instant dentist = LocalDate.of(2026, 12, 23).atTime(14, 0).atZone(BERLIN).toInstant();
            assertThat(wednesday.blocks()).as("nothing planned at the dentist's, 14:00-16:00 in Berlin")
                    .noneSatisfy(block -> assertThat(block.start()).isBetween(dentist, dentist.plusSeconds(7199)));
            assertThat(wednesday.blocks().get(wednesday.blocks().size() - 1).end())
                    .as("the day ends at 17:00 in Berlin, the rep's stored hours")
                    .isEqualTo(LocalDate.of(2026, 12, 23).atTime(17, 0).atZone(BERLIN).toInstant());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void googlesRealHolidayCalendarMarksItsHolidaysAsDaysAway(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));
            Imports.run(needle, Imports.calendarOf(SAMPLE_OWNER), path("ical-samples", "ical4j", "valid", "google_aus_holidays.ics"));
            Rep rep = FindRep.among(needle.store().reps(), new FindRep.Request(SAMPLE_OWNER)).orElseThrow();

            DayPlan christmas = plan(needle, rep, LocalDate.of(2026, 12, 25), 1).get(0);

            assertThat(christmas.dayOff()).startsWith("away all day: ");
            assertThat(christmas.blocks()).isEmpty();
            assertThat(christmas.carriedOver()).isNotEmpty();
        }
    }

    private static Rep bavarianRepWithBothCalendars(Needle needle) throws URISyntaxException {
        Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));
        Rep rep = FindRep.among(needle.store().reps(), new FindRep.Request(SAMPLE_OWNER)).orElseThrow();
        Rep inBerlin = new Rep(rep.id(), rep.source(), rep.externalId(), rep.name(), rep.email(), rep.team(), rep.managerId(),
                BERLIN.getId(), rep.quota());
        Imports.run(needle, Imports.calendarOf(SAMPLE_OWNER), fixture("outlook-out-of-office.ics"), fixture("google-out-of-office.ics"));
        needle.store().workSchedules().setRep(rep.id(), BAVARIA);
        return inBerlin;
    }

    /** What needle plan does: the rep's stored hours, their holidays and their calendar from the store. */
    static List<DayPlan> plan(Needle needle, Rep rep, LocalDate first, int days) {
        WorkingHours hours = needle.store().workSchedules().effective(rep);
        return PlanDays.plan(PlanRequest.of(rep, first), hours, days, Workloads.of(needle.store().dataset()),
                (from, to) -> needle.store().calendarEvents(rep.id(), from, to));
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(DaysOffWithRealCalendarsTest.class.getResource("/calendars/" + name).toURI());
    }
}
