package dev.needle.store;

import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;
import dev.needle.testing.Backend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Working hours kept in work_schedule (V8) on every store: a team's default by name in any case, a rep's own over it. */
class WorkSchedulesTest {
    private static final WorkingHours TEAM = new WorkingHours(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), LocalTime.of(8, 0), LocalTime.of(16, 0), "ae");
    private static final WorkingHours OWN = new WorkingHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 15), LocalTime.of(17, 45), "de-by");
    private static final Rep ANA = new Rep(7, "test", "R7", "Ana", "ana@example.com", "Gulf", null, "Asia/Dubai", null);

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRepsOwnHoursWinOverTheirTeamsAndTheTeamsOverTheDefault(Backend backend) {
        try (Database database = backend.freshDatabase()) {
            WorkSchedules schedules = new Store(database).workSchedules();

            WorkingHours before = schedules.effective(ANA);
            schedules.setTeam("GULF", TEAM);
            WorkingHours team = schedules.effective(ANA);
            schedules.setRep(ANA.id(), OWN);
            WorkingHours own = schedules.effective(ANA);

            assertThat(before).isEqualTo(WorkingHours.DEFAULT);
            assertThat(team).as("team names match in any case, as --team does").isEqualTo(TEAM);
            assertThat(own).isEqualTo(OWN);
            assertThat(schedules.explained(ANA).source()).isEqualTo("rep");
            assertThat(schedules.ofTeam("gulf")).contains(TEAM);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void settingHoursAgainReplacesThem(Backend backend) {
        try (Database database = backend.freshDatabase()) {
            WorkSchedules schedules = new Store(database).workSchedules();

            schedules.setRep(ANA.id(), OWN);
            WorkingHours noHolidays = new WorkingHours(OWN.days(), OWN.start(), OWN.end(), null);
            schedules.setRep(ANA.id(), noHolidays);

            assertThat(schedules.ofRep(ANA.id())).contains(noHolidays);
            assertThat(schedules.ofRep(ANA.id() + 1)).isEmpty();
        }
    }
}
