package dev.needle.plan;

import dev.needle.domain.Deal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** One test per planning rule, on hand-built records (no database). */
class PlannerTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 7, 1);

    @Test
    void opportunityCreationTakesTheFirstFreeTimeOfTheDayBeforeAnyOtherWork() {
        PlanFixtures org = PlanFixtures.inNewYork();
        org.formerClient("Plain Co", false);
        org.formerClient("Dream Co", true);
        Deal deal = org.deal("Big deal", 500_000, "Negotiation/Review");
        org.action(deal, "Send the ROI model", WEDNESDAY, "Their CFO's numbers");
        org.meeting(WEDNESDAY.atTime(8, 30), 30, true, "Team stand-up");

        DayPlan plan = org.plan(WEDNESDAY);

        Block first = plan.blocks().get(0);
        assertThat(first.category()).isEqualTo(Category.OPPORTUNITY_CREATION);
        assertThat(first.start()).isEqualTo(at(WEDNESDAY, 9, 0));
        assertThat(first.length()).isEqualTo(PlanRequest.PROSPECTING_TARGET);
        assertThat(first.tasks().get(0).account()).as("dream clients first").isEqualTo("Dream Co");
        assertThat(first.rule()).contains("before email");
    }

    @Test
    void overdueNextActionsComeFirstThenTodaysByExpectedValueThenDealsWithoutOne() {
        PlanFixtures org = PlanFixtures.inNewYork();
        Deal small = org.deal("Small", 10_000, "Prospecting");
        Deal large = org.deal("Large", 900_000, "Negotiation/Review");
        Deal late = org.deal("Late", 1_000, "Prospecting");
        Deal bare = org.deal("Bare", 2_000_000, "Negotiation/Review");
        org.action(small, "Small: send case study", WEDNESDAY, "A peer's results");
        org.action(large, "Large: confirm the legal review", WEDNESDAY, "A date they can plan on");
        org.action(late, "Late: send the overdue proposal", WEDNESDAY.minusDays(3), "Pricing for their budget");
        org.action(large, "Large: next week's demo", WEDNESDAY.plusDays(7), "Their use case live");

        List<Task> deals = org.plan(WEDNESDAY).blocks().stream()
                .filter(block -> block.category() == Category.DEAL_ADVANCEMENT).flatMap(block -> block.tasks().stream()).toList();

        assertThat(deals).extracting(Task::action).containsExactly("Late: send the overdue proposal",
                "Large: confirm the legal review", "Small: send case study",
                "Define the very next action: what, when, the value for the buyer and the buyer's next step");
        assertThat(deals.get(3).dealId()).isEqualTo(bare.id());
        assertThat(deals.get(1).valueForBuyer()).isEqualTo("A date they can plan on");
        assertThat(deals.get(1).buyerNextStep()).isEqualTo("Book the next meeting");
        assertThat(deals.get(1).contact()).isEqualTo("Buyer of Large Inc.");
    }

    @Test
    void preparationCoversTomorrowsMeetingsAndTheNextProspectingBlock() {
        PlanFixtures org = PlanFixtures.inNewYork();
        org.meeting(WEDNESDAY.plusDays(1).atTime(10, 0), 60, true, "Discovery call with Acme");
        org.meeting(WEDNESDAY.plusDays(1).atTime(14, 0), 30, false, "Optional webinar");

        List<Task> preparation = org.plan(WEDNESDAY).blocks().stream()
                .filter(block -> block.category() == Category.PREPARATION).flatMap(block -> block.tasks().stream()).toList();

        assertThat(preparation).extracting(Task::action).satisfiesExactly(
                first -> assertThat(first).contains("Discovery call with Acme").contains("10:00"),
                second -> assertThat(second).startsWith("Research the accounts for 2026-07-02's prospecting block"));
    }

    @Test
    void adminIsTheLastBlockOfTheDayAndWithinItsCap() {
        PlanFixtures org = PlanFixtures.inNewYork();
        org.meeting(WEDNESDAY.atTime(16, 45), 45, true, "Late customer call");

        PlanRequest request = new PlanRequest(org.rep, WEDNESDAY, LocalTime.of(8, 30), LocalTime.of(17, 30),
                LocalTime.NOON, LocalTime.of(13, 0), Duration.ofMinutes(60), Duration.ofMinutes(20));
        DayPlan plan = org.plan(request);

        Block last = plan.blocks().get(plan.blocks().size() - 1);
        assertThat(last.category()).isEqualTo(Category.ADMIN);
        assertThat(last.start()).isEqualTo(at(WEDNESDAY, 16, 25));
        assertThat(last.end()).isEqualTo(at(WEDNESDAY, 16, 45));
        assertThat(plan.carriedOver()).filteredOn(item -> item.category() == Category.ADMIN)
                .singleElement().satisfies(item -> assertThat(item.reason()).contains("admin cap of 20 minutes"));
        PlanChecks.assertSound(plan, org.workload(request), org.events, org.actions);
    }

    @Test
    void noBlockOverlapsABusyEventWhileTransparentOnesLeaveTheTimeFree() {
        PlanFixtures org = PlanFixtures.inNewYork();
        for (int index = 0; index < 30; index++) {
            org.action(org.deal("Deal " + index, 1_000L * index, "Qualification"), "Call " + index, WEDNESDAY, "Insight " + index);
        }
        org.meeting(WEDNESDAY.atTime(9, 15), 45, true, "Demo");
        org.meeting(WEDNESDAY.atTime(11, 0), 90, true, "Runs into lunch");
        org.meeting(WEDNESDAY.atTime(14, 0), 60, false, "Lunch & learn (free)");

        DayPlan plan = org.plan(WEDNESDAY);

        PlanChecks.assertSound(plan, org.workload(WEDNESDAY), org.events, org.actions);
        assertThat(plan.blocks()).as("the free event's hour is planned").anySatisfy(block -> {
            assertThat(block.start()).isBeforeOrEqualTo(at(WEDNESDAY, 14, 0));
            assertThat(block.end()).isAfterOrEqualTo(at(WEDNESDAY, 15, 0));
        });
        assertThat(plan.meetings()).extracting(event -> event.summary()).containsExactly("Demo", "Runs into lunch");
    }

    @Test
    void workThatDoesNotFitIsCarriedToTheNextWorkingDayAndReported() {
        PlanFixtures org = PlanFixtures.inNewYork();
        LocalDate friday = LocalDate.of(2026, 7, 3);
        Deal deal = org.deal("Stuck", 50_000, "Proposal/Price Quote");
        org.action(deal, "Send the revised quote", friday.minusDays(1), "Their discount approved");
        org.allDay(friday, "Regional sales conference");

        DayPlan plan = org.plan(friday);

        assertThat(plan.blocks()).isEmpty();
        assertThat(plan.highValueShare()).isNull();
        assertThat(plan.carriedOver()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.to()).isEqualTo(LocalDate.of(2026, 7, 6));
            assertThat(item.reason()).isEqualTo("away all day: Regional sales conference");
        });
        assertThat(plan.carriedOver()).extracting(item -> item.task().action()).contains("Send the revised quote");
        PlanChecks.assertSound(plan, org.workload(friday), org.events, org.actions);
    }

    @Test
    void aWeekendDayPlansNothingAndCarriesEverythingToMonday() {
        PlanFixtures org = PlanFixtures.inNewYork();
        LocalDate saturday = LocalDate.of(2026, 7, 4);

        DayPlan plan = org.plan(saturday);

        assertThat(plan.blocks()).isEmpty();
        assertThat(plan.carriedOver()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.to()).isEqualTo(LocalDate.of(2026, 7, 6));
            assertThat(item.reason()).isEqualTo("SATURDAY is not a working day");
        });
    }

    @Test
    void workingHoursFollowTheRepsZoneAcrossTheSpringDstChange() {
        PlanFixtures org = PlanFixtures.inNewYork();
        LocalDate fridayBefore = LocalDate.of(2026, 3, 6);
        LocalDate mondayAfter = LocalDate.of(2026, 3, 9);

        assertThat(org.plan(fridayBefore).blocks().get(0).start()).isEqualTo(Instant.parse("2026-03-06T13:30:00Z"));
        assertThat(org.plan(mondayAfter).blocks().get(0).start()).isEqualTo(Instant.parse("2026-03-09T12:30:00Z"));
        assertThat(org.plan(mondayAfter).blocks().get(org.plan(mondayAfter).blocks().size() - 1).end())
                .isEqualTo(Instant.parse("2026-03-09T21:30:00Z"));
    }

    @Test
    void highValueShareIsPlannedHighValueTimeOverAllPlannedTime() {
        PlanFixtures org = PlanFixtures.inNewYork();
        org.action(org.deal("One", 1_000, "Qualification"), "Call them", WEDNESDAY, "An insight");

        DayPlan plan = org.plan(WEDNESDAY);

        // 90 min prospecting + 15 min deal work, against 15 min research and 30 min admin
        assertThat(plan.highValueShare()).isCloseTo(105.0 / 150.0, within(1e-9));
    }

    @Test
    void prospectingNamesAccountsBestFitFirstAndGroupsTheSlotsNoAccountFills() {
        PlanFixtures org = PlanFixtures.inNewYork();
        org.formerClient("Old Co", false);
        org.formerClient("Older Co", false);
        org.account("Unworked Plain", false);
        org.account("Unworked Dream", true);
        org.deal("Open deal", 50_000, "Proposal/Price Quote");

        Block first = org.plan(WEDNESDAY).blocks().get(0);

        assertThat(first.category()).isEqualTo(Category.OPPORTUNITY_CREATION);
        assertThat(first.tasks()).hasSize(9);
        assertThat(first.tasks().subList(0, 4)).extracting(Task::account)
                .as("dream clients nobody works, then the rep's own accounts, then other accounts nobody works")
                .containsExactly("Unworked Dream", "Old Co", "Older Co", "Unworked Plain");
        assertThat(first.tasks().get(0).action()).isEqualTo("Dream client: ask for a first meeting");
        assertThat(first.tasks().get(0).contact()).isEqualTo("Buyer of Unworked Dream");
        assertThat(first.tasks()).extracting(Task::account).doesNotContain("Open deal Inc.");
        assertThat(PlanText.tasks(first.tasks())).hasSize(5).last()
                .isEqualTo("Find new accounts worth a first meeting and ask for one each (5 calls)");
    }

    @Test
    void aRepWithNoAccountsToProspectGetsOneLineForTheSlotsNotNineTimesTheSameSentence() {
        PlanFixtures org = PlanFixtures.inNewYork();
        org.deal("Open deal", 50_000, "Proposal/Price Quote");

        Block first = org.plan(WEDNESDAY).blocks().get(0);

        assertThat(first.tasks()).hasSize(9).allSatisfy(task -> assertThat(task.action()).isEqualTo(Workloads.FIND_NEW_ACCOUNT));
        assertThat(PlanText.tasks(first.tasks()))
                .containsExactly("Find new accounts worth a first meeting and ask for one each (9 calls)");
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(PlanFixtures.NEW_YORK).toInstant();
    }
}
