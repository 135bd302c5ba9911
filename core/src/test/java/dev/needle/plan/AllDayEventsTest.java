package dev.needle.plan;

import dev.needle.domain.Deal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All-day events are dates, not selling time: a busy one (a conference, out of office, a trade show) is a day
 * away, planned empty with its work carried over; a transparent one (a birthday) takes no time; neither is ever
 * a 24- or 48-hour meeting that blocks the hours of a neighbouring day or asks for preparation.
 */
class AllDayEventsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 7, 6);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    private static final LocalDate THURSDAY = MONDAY.plusDays(3);
    private static final ZoneId NEW_YORK = PlanFixtures.NEW_YORK;

    @Test
    void aTransparentAllDayEventBlocksNothingAndIsNoMeeting() {
        PlanFixtures org = withOverdueDeal();
        DayPlan without = org.plan(TUESDAY);
        org.allDay(TUESDAY, 1, false, "Buyer's birthday", NEW_YORK);

        DayPlan plan = org.plan(TUESDAY);

        assertThat(plan.blocks()).isEqualTo(without.blocks());
        assertThat(free(org, TUESDAY)).isEqualTo(Duration.ofHours(8));
        assertThat(plan.meetings()).isEmpty();
        assertThat(plan.carriedOver()).isEqualTo(without.carriedOver());
        PlanChecks.assertSound(plan, org.workload(TUESDAY), org.events, org.actions);
    }

    @Test
    void aTwoDayTradeShowIsTwoDaysAwayAndLeavesTheDaysAroundItWhole() {
        PlanFixtures org = withOverdueDeal();
        org.allDay(TUESDAY, 2, true, "Trade show", NEW_YORK);

        DayPlan monday = org.plan(MONDAY);
        DayPlan tuesday = org.plan(TUESDAY);
        DayPlan wednesday = org.plan(WEDNESDAY);
        DayPlan thursday = org.plan(THURSDAY);

        for (DayPlan away : new DayPlan[]{tuesday, wednesday}) {
            assertThat(away.blocks()).as("%s", away.date()).isEmpty();
            assertThat(away.carriedOver()).isNotEmpty()
                    .allSatisfy(item -> assertThat(item.reason()).isEqualTo("away all day: Trade show"));
        }
        assertThat(tuesday.meetings()).extracting(event -> event.summary()).containsExactly("Trade show");
        assertThat(wednesday.meetings()).as("a meeting booked at the show is still on the day")
                .extracting(event -> event.summary()).containsExactly("Trade show", "Demo");
        assertThat(free(org, MONDAY)).as("08:30-17:30 less lunch").isEqualTo(Duration.ofHours(8));
        assertThat(free(org, THURSDAY)).as("less the pricing call").isEqualTo(Duration.ofHours(7));
        assertThat(monday.meetings()).isEmpty();
        assertThat(thursday.meetings()).extracting(event -> event.summary()).containsExactly("Pricing call");
        assertThat(org.workload(MONDAY).preparation()).as("a day away needs no meeting preparation")
                .noneSatisfy(task -> assertThat(task.action()).contains("Trade show"));
        for (LocalDate day = MONDAY; !day.isAfter(THURSDAY); day = day.plusDays(1)) {
            PlanChecks.assertSound(org.plan(day), org.workload(day), org.events, org.actions);
        }
    }

    @Test
    void anAllDayEventImportedInAnotherZoneKeepsItsDateInsteadOfBlockingTwoDaysOfHours() {
        // The calendar was imported before the rep's zone was known, so the conference is stored from midnight to
        // midnight UTC: 09:00 Tuesday to 09:00 Wednesday in Tokyo. It is Tuesday, and only Tuesday.
        PlanFixtures org = new PlanFixtures("Asia/Tokyo");
        org.allDay(TUESDAY, 1, true, "Regional sales conference", ZoneId.of("UTC"));

        DayPlan tuesday = org.plan(TUESDAY);
        DayPlan wednesday = org.plan(WEDNESDAY);

        assertThat(tuesday.blocks()).as("no 08:30-09:00 sliver before the conference").isEmpty();
        assertThat(free(org, WEDNESDAY)).as("Wednesday morning is free").isEqualTo(Duration.ofHours(8));
        assertThat(wednesday.blocks().get(0).start()).isEqualTo(WEDNESDAY.atTime(8, 30).atZone(ZoneId.of("Asia/Tokyo")).toInstant());
        assertThat(wednesday.meetings()).isEmpty();
        assertThat(tuesday.meetings()).singleElement().satisfies(event -> {
            assertThat(event.firstDay(ZoneId.of("Asia/Tokyo"))).isEqualTo(TUESDAY);
            assertThat(event.days()).isEqualTo(1);
        });
    }

    @Test
    void aDayAwayAcrossTheFallDstChangeIsStillOneDay() {
        PlanFixtures org = PlanFixtures.inNewYork();
        LocalDate sundayOfTheChange = LocalDate.of(2026, 11, 1);   // 25 hours long in New York
        org.allDay(sundayOfTheChange, 2, true, "Out of office", NEW_YORK);

        assertThat(org.events.get(0).days()).isEqualTo(2);
        assertThat(org.plan(sundayOfTheChange.plusDays(1)).blocks()).isEmpty();
        assertThat(free(org, sundayOfTheChange.plusDays(2))).isEqualTo(Duration.ofHours(8));
    }

    /** The day's free time: working hours less lunch and what the calendar takes. */
    private static Duration free(PlanFixtures org, LocalDate day) {
        return Duration.ofMinutes(FreeTime.of(PlanRequest.of(org.rep, day), org.events).stream().mapToLong(FreeTime.Span::minutes).sum());
    }

    private static PlanFixtures withOverdueDeal() {
        PlanFixtures org = PlanFixtures.inNewYork();
        Deal deal = org.deal("Stuck", 50_000, "Proposal/Price Quote");
        org.action(deal, "Send the revised quote", MONDAY.minusDays(3), "Their discount approved");
        org.meeting(WEDNESDAY.atTime(10, 0), 60, true, "Demo");
        org.meeting(THURSDAY.atTime(10, 0), 60, true, "Pricing call");
        return org;
    }
}
