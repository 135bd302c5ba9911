package dev.needle.app;

import dev.needle.domain.Dataset;
import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;
import dev.needle.plan.DayPlan;
import dev.needle.plan.PlanRequest;
import dev.needle.plan.Workloads;
import dev.needle.store.Database;
import dev.needle.store.Store;
import dev.needle.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The day plan asked for by needle plan, GET /api/reps/{rep}/plan and needle demo, on a real store. */
class PlanQueryTest {
    private static final Rep ANA = new Rep(7, "test", "R7", "Ana", "ana@example.com", "Gulf", null, "Asia/Dubai", null);
    private static final Workloads NOTHING_TO_DO = Workloads.of(new Dataset(List.of(ANA), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of()));
    /** Late on Wednesday 1 July 2026 in UTC: already Thursday in Dubai. */
    private static final Clock LATE_WEDNESDAY = Clock.fixed(Instant.parse("2026-07-01T22:30:00Z"), ZoneOffset.UTC);

    @Test
    void withoutADateThePlanStartsOnTodayInTheRepsZone() {
        assertThat(PlanQuery.Request.of(ANA, null, 1).first(LATE_WEDNESDAY)).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(PlanQuery.Request.of(ANA, LocalDate.of(2026, 7, 6), 1).first(LATE_WEDNESDAY)).isEqualTo(LocalDate.of(2026, 7, 6));
    }

    @Test
    void daysOutsideOneToThirtyOneAreRefusedNamingTheField() {
        assertThatThrownBy(() -> PlanQuery.Request.of(ANA, null, 0)).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).message(field -> "--" + field)).isEqualTo("--days must be between 1 and 31"));
        assertThatThrownBy(() -> PlanQuery.Request.of(ANA, null, 32)).isInstanceOf(InvalidRequestException.class);
        assertThat(PlanQuery.Request.of(ANA, null, 31).days()).isEqualTo(31);
    }

    @Test
    void hoursWithoutAnEndOrEndingBeforeTheyStartAreRefused() {
        assertThatThrownBy(() -> request(LocalTime.of(9, 0), null, Duration.ofMinutes(90))).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("hours must be a start and a later end");
        assertThatThrownBy(() -> request(LocalTime.of(17, 0), LocalTime.of(9, 0), Duration.ofMinutes(90)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aProspectingTargetOverTwelveHoursIsRefused() {
        assertThatThrownBy(() -> request(null, null, Duration.ofHours(13))).isInstanceOf(InvalidRequestException.class)
                .hasMessage("prospecting-hours must be 0-12 and admin-minutes 0-240");
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theRepsStoredHoursApplyUnlessTheRequestNamesOthersForThisPlan(Backend backend) {
        WorkingHours stored = new WorkingHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 0), LocalTime.of(15, 0), null);
        try (Database database = backend.freshDatabase()) {
            Store store = new Store(database);
            store.workSchedules().setRep(ANA.id(), stored);

            WorkingHours usual = PlanQuery.Request.of(ANA, null, 1).hours(store);
            WorkingHours named = request(LocalTime.of(10, 0), LocalTime.of(14, 0), Duration.ofMinutes(90)).hours(store);

            assertThat(usual).isEqualTo(stored);
            assertThat(named.start()).isEqualTo(LocalTime.of(10, 0));
            assertThat(named.end()).isEqualTo(LocalTime.of(14, 0));
            assertThat(named.days()).isEqualTo(stored.days());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aPlanOfThreeDaysFromAFridayCoversFridayMondayAndTuesdayWithinTheStoredHours(Backend backend) {
        try (Database database = backend.freshDatabase()) {
            Store store = new Store(database);

            List<DayPlan> plans = PlanQuery.plan(PlanQuery.Request.of(ANA, LocalDate.of(2026, 7, 3), 3), LATE_WEDNESDAY, NOTHING_TO_DO, store);

            assertThat(plans).extracting(DayPlan::date)
                    .containsExactly(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 7));
            assertThat(plans).allSatisfy(plan -> {
                assertThat(plan.request().workStart()).isEqualTo(WorkingHours.DEFAULT.start());
                assertThat(plan.request().lunchStart()).isEqualTo(PlanRequest.LUNCH_START);
            });
        }
    }

    private static PlanQuery.Request request(LocalTime start, LocalTime end, Duration prospecting) {
        return new PlanQuery.Request(ANA, null, 1, start, end, PlanRequest.LUNCH_START, PlanRequest.LUNCH_END, prospecting, PlanRequest.ADMIN_CAP);
    }
}
