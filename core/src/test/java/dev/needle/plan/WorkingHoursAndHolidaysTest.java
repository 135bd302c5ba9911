package dev.needle.plan;

import dev.needle.domain.Deal;
import dev.needle.domain.WorkingHours;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each rep's working days and hours, and the public holidays of their country and region (Jollyday): a day off
 * plans nothing, says why and carries its work to the next working day; hours are wall-clock times in the rep's
 * zone, so a DST change moves them and the day is as long as its clock says.
 */
class WorkingHoursAndHolidaysTest {
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    @Test
    void epiphanyIsABavarianHolidayButAWorkingDayInBerlin() {
        LocalDate epiphany = LocalDate.of(2026, 1, 6); // a Tuesday
        PlanFixtures org = busyRep("Europe/Berlin");

        DayPlan bavaria = plan(org, hours("de-by"), epiphany);
        DayPlan berlin = plan(org, hours("de-be"), epiphany);

        assertThat(bavaria.dayOff()).isEqualTo("Epiphany (DE-BY)");
        assertThat(bavaria.blocks()).isEmpty();
        assertThat(bavaria.carriedOver()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.to()).isEqualTo(epiphany.plusDays(1));
            assertThat(item.reason()).isEqualTo("Epiphany (DE-BY)");
        });
        assertThat(berlin.dayOff()).isNull();
        assertThat(berlin.blocks()).isNotEmpty();
    }

    @Test
    void workLeftOnChristmasEveIsCarriedPastChristmasAndTheWeekendToMonday() {
        PlanFixtures org = busyRep("Europe/Berlin");
        WorkingHours shortDay = new WorkingHours(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(10, 0), "de");

        List<DayPlan> days = plan(org, shortDay, LocalDate.of(2026, 12, 24), 2);

        assertThat(days).extracting(DayPlan::date).containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28));
        assertThat(days.get(0).carriedOver()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.to()).isEqualTo(LocalDate.of(2026, 12, 28));
            assertThat(item.reason()).isEqualTo("no free time left in the working day");
        });
        assertThat(plan(org, shortDay, LocalDate.of(2026, 12, 25)).dayOff()).isEqualTo("1st Christmas day (DE)");
    }

    @Test
    void anAmericanHolidayOnASaturdayIsTakenOnTheFridayBefore() {
        PlanFixtures org = busyRep("America/New_York");

        DayPlan observed = plan(org, hours("us-ny"), LocalDate.of(2026, 7, 3));
        DayPlan thanksgiving = plan(org, hours("us"), LocalDate.of(2026, 11, 26));

        assertThat(observed.dayOff()).isEqualTo("Independence Day (US-NY)");
        assertThat(observed.carriedOver()).isNotEmpty().allSatisfy(item -> assertThat(item.to()).isEqualTo(LocalDate.of(2026, 7, 6)));
        assertThat(thanksgiving.dayOff()).isEqualTo("Thanksgiving Day (US)");
        assertThat(plan(org, WorkingHours.DEFAULT, LocalDate.of(2026, 11, 26)).dayOff()).as("no holidays kept by default").isNull();
    }

    @Test
    void aRepWhoWorksSundayToThursdayHasFridayOffAndWorksSunday() {
        PlanFixtures org = busyRep("Asia/Dubai");
        WorkingHours sundayToThursday = new WorkingHours(WorkingHours.parseDays("sun-thu"), LocalTime.of(8, 0), LocalTime.of(16, 0), null);

        DayPlan friday = plan(org, sundayToThursday, LocalDate.of(2026, 7, 3));
        DayPlan sunday = plan(org, sundayToThursday, LocalDate.of(2026, 7, 5));

        assertThat(friday.dayOff()).isEqualTo("FRIDAY is not a working day");
        assertThat(friday.carriedOver()).allSatisfy(item -> assertThat(item.to()).isEqualTo(LocalDate.of(2026, 7, 5)));
        assertThat(sunday.dayOff()).isNull();
        assertThat(sunday.blocks().get(0).start()).isEqualTo(Instant.parse("2026-07-05T04:00:00Z")); // 08:00 in Dubai
    }

    @Test
    void theRepsHoursBoundTheirFreeTime() {
        PlanFixtures org = busyRep("Europe/Berlin");
        WorkingHours tenToThree = new WorkingHours(WEEKDAYS, LocalTime.of(10, 0), LocalTime.of(15, 0), "de-by");
        LocalDate wednesday = LocalDate.of(2026, 7, 1);

        DayPlan plan = plan(org, tenToThree, wednesday);

        assertThat(free(org, tenToThree, wednesday)).as("10:00-15:00 less lunch").isEqualTo(Duration.ofHours(4));
        assertThat(plan.blocks().get(0).start()).isEqualTo(Instant.parse("2026-07-01T08:00:00Z")); // 10:00 CEST
        assertThat(plan.blocks().get(plan.blocks().size() - 1).end()).isEqualTo(Instant.parse("2026-07-01T13:00:00Z"));
    }

    @Test
    void onTheDayBerlinSetsItsClocksBackTheHoursAreLocalAndTheNightShiftIsAnHourLonger() {
        PlanFixtures org = busyRep("Europe/Berlin");
        LocalDate dstEnds = LocalDate.of(2026, 10, 25); // 03:00 CEST becomes 02:00 CET

        DayPlan before = plan(org, everyDay(8, 30, 17, 30), dstEnds.minusDays(1));
        DayPlan after = plan(org, everyDay(8, 30, 17, 30), dstEnds);

        assertThat(before.blocks().get(0).start()).as("08:30 CEST").isEqualTo(Instant.parse("2026-10-24T06:30:00Z"));
        assertThat(after.blocks().get(0).start()).as("08:30 CET").isEqualTo(Instant.parse("2026-10-25T07:30:00Z"));
        assertThat(free(org, everyDay(8, 30, 17, 30), dstEnds)).isEqualTo(Duration.ofHours(8));
        assertThat(free(org, everyDay(1, 0, 5, 0), dstEnds)).as("01:00-05:00 on the clock is five hours that night")
                .isEqualTo(Duration.ofHours(5));
        DayPlan night = plan(org, everyDay(1, 0, 5, 0), dstEnds);
        assertThat(night.blocks().get(0).start()).isEqualTo(Instant.parse("2026-10-24T23:00:00Z")); // 01:00 CEST
        assertThat(night.blocks().get(night.blocks().size() - 1).end()).isEqualTo(Instant.parse("2026-10-25T04:00:00Z")); // 05:00 CET
    }

    @Test
    void onTheDayNewYorkSetsItsClocksBackTheHoursAreLocalToo() {
        PlanFixtures org = busyRep("America/New_York");
        LocalDate dstEnds = LocalDate.of(2026, 11, 1); // 02:00 EDT becomes 01:00 EST

        DayPlan before = plan(org, everyDay(8, 30, 17, 30), dstEnds.minusDays(1));
        DayPlan after = plan(org, everyDay(8, 30, 17, 30), dstEnds);

        assertThat(before.blocks().get(0).start()).as("08:30 EDT").isEqualTo(Instant.parse("2026-10-31T12:30:00Z"));
        assertThat(after.blocks().get(0).start()).as("08:30 EST").isEqualTo(Instant.parse("2026-11-01T13:30:00Z"));
        assertThat(after.blocks().get(after.blocks().size() - 1).end()).as("17:30 EST").isEqualTo(Instant.parse("2026-11-01T22:30:00Z"));
        assertThat(free(org, everyDay(0, 30, 4, 30), dstEnds)).as("00:30-04:30 on the clock is five hours that night")
                .isEqualTo(Duration.ofHours(5));
        assertThat(free(org, everyDay(0, 30, 4, 30), LocalDate.of(2026, 3, 8))).as("and three when the clocks go forward")
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void aSundayIsNotAWorkingDayForAWeekdayRepEvenWhenTheClocksChange() {
        PlanFixtures org = busyRep("Europe/Berlin");

        DayPlan sunday = plan(org, WorkingHours.DEFAULT, LocalDate.of(2026, 10, 25));

        assertThat(sunday.dayOff()).isEqualTo("SUNDAY is not a working day");
        assertThat(sunday.carriedOver()).allSatisfy(item -> assertThat(item.to()).isEqualTo(LocalDate.of(2026, 10, 26)));
    }

    @Test
    void anUnknownCountryOrRegionIsRefusedWithTheCodesThatExist() {
        assertThatThrownBy(() -> Holidays.of("xx")).isInstanceOf(UnknownHolidayCalendarException.class)
                .hasMessageContaining("no public holiday calendar for the country 'xx'").hasMessageContaining("de, ");
        assertThatThrownBy(() -> Holidays.of("de-bavaria")).isInstanceOf(UnknownHolidayCalendarException.class)
                .hasMessageContaining("no region 'bavaria' in the holidays of de").hasMessageContaining("by, ")
                .hasMessageContaining("write them as de-");
        assertThat(Holidays.of("DE-BY").describe()).isEqualTo("Germany / Bavaria");
    }

    @Test
    void aRepsOwnHoursWinOverTheTeamsAndTheTeamsOverTheDefault() {
        WorkingHours own = hours("de-by");
        WorkingHours team = hours("us");

        assertThat(WorkingHours.effective(Optional.of(own), Optional.of(team))).isEqualTo(own);
        assertThat(WorkingHours.effective(Optional.empty(), Optional.of(team))).isEqualTo(team);
        assertThat(WorkingHours.effective(Optional.empty(), Optional.empty())).isEqualTo(WorkingHours.DEFAULT);
    }

    @Test
    void workingDaysAreReadAndWrittenAsUsersTypeThem() {
        assertThat(WorkingHours.parseDays("mon-fri")).isEqualTo(WEEKDAYS);
        assertThat(WorkingHours.parseDays("Sun-Thu")).containsExactlyInAnyOrder(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(new WorkingHours(WorkingHours.parseDays("mon,tue,wed,thu,sat"), LocalTime.NOON, LocalTime.MIDNIGHT.minusMinutes(1), null)
                .daysText()).isEqualTo("mon-thu,sat");
        assertThat(new WorkingHours(WorkingHours.parseDays("monday,wednesday"), LocalTime.NOON, LocalTime.of(13, 0), null).daysText())
                .isEqualTo("mon,wed");
        assertThatThrownBy(() -> WorkingHours.parseDays("mon-fry")).hasMessageContaining("'fry' is not a day of the week");
        assertThatThrownBy(() -> new WorkingHours(WEEKDAYS, LocalTime.of(17, 0), LocalTime.of(9, 0), null))
                .hasMessageContaining("ends (09:00) before it starts (17:00)");
    }

    private static WorkingHours hours(String holidays) {
        return new WorkingHours(WEEKDAYS, LocalTime.of(8, 30), LocalTime.of(17, 30), holidays);
    }

    private static WorkingHours everyDay(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new WorkingHours(EVERY_DAY, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute), null);
    }

    /** A rep with overdue deal work, so every working day has something to plan. */
    private static PlanFixtures busyRep(String zone) {
        PlanFixtures org = new PlanFixtures(zone);
        Deal deal = org.deal("Stuck", 50_000, "Proposal/Price Quote");
        org.action(deal, "Send the revised quote", LocalDate.of(2025, 12, 1), "Their discount approved");
        return org;
    }

    private static DayPlan plan(PlanFixtures org, WorkingHours hours, LocalDate day) {
        return plan(org, hours, day, 1).get(0);
    }

    private static List<DayPlan> plan(PlanFixtures org, WorkingHours hours, LocalDate first, int days) {
        List<DayPlan> plans = PlanDays.plan(PlanRequest.of(org.rep, first), hours, days, Workloads.of(org.dataset()),
                (from, to) -> org.events);
        Workloads workloads = Workloads.of(org.dataset());
        for (DayPlan plan : plans) {
            PlanChecks.assertSound(plan, workloads.forDay(plan.request(), org.events), org.events, org.actions);
        }
        return plans;
    }

    private static Duration free(PlanFixtures org, WorkingHours hours, LocalDate day) {
        PlanRequest request = PlanRequest.of(org.rep, day).within(hours, PlanDays.workingDays(hours, day, 1));
        return Duration.ofMinutes(FreeTime.of(request, org.events).stream().mapToLong(FreeTime.Span::minutes).sum());
    }
}
