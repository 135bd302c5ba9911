package dev.needle.plan;

import dev.needle.app.FindRep;
import dev.needle.app.Needle;
import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Rep;
import dev.needle.testing.Backend;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Busy time that overlaps or touches is one busy block in the plan, however many events make it up. */
class MergedBusyTimeTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 6);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path folder;

    @Test
    void overlappingMeetingsTenToElevenAndHalfPastTenToHalfPastElevenAreOneBlockTenToHalfPastEleven() {
        PlanFixtures org = PlanFixtures.inNewYork();
        org.meeting(WEDNESDAY.atTime(10, 0), 60, true, "Demo");
        org.meeting(WEDNESDAY.atTime(10, 30), 60, true, "Pricing call");

        DayPlan plan = org.plan(WEDNESDAY);

        assertThat(plan.meetings()).singleElement().satisfies(busy -> {
            assertThat(busy.start()).isEqualTo(WEDNESDAY.atTime(10, 0).atZone(NEW_YORK).toInstant());
            assertThat(busy.end()).isEqualTo(WEDNESDAY.atTime(11, 30).atZone(NEW_YORK).toInstant());
            assertThat(busy.summary()).contains("Demo").contains("Pricing call").contains("2 events");
        });
    }

    @Test
    void backToBackMeetingsAreOneBlockButAGapKeepsThemApart() {
        PlanFixtures org = PlanFixtures.inNewYork();
        org.meeting(WEDNESDAY.atTime(9, 0), 30, true, "Standup");
        org.meeting(WEDNESDAY.atTime(9, 30), 30, true, "Standup");
        org.meeting(WEDNESDAY.atTime(14, 0), 30, true, "Review");
        org.meeting(WEDNESDAY.atTime(14, 15), 30, false, "Optional webinar (free)");

        DayPlan plan = org.plan(WEDNESDAY);

        assertThat(plan.meetings()).extracting(CalendarEvent::summary).containsExactly("Standup (2 events)", "Review");
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aCalendarWithAnUnboundedSecondlyRuleIsAHandfulOfBusyBlocksOnThatDay(Backend backend) throws IOException {
        Files.writeString(folder.resolve("User.csv"), """
                Id,Username,Email,Name,TimeZoneSidKey
                005000000000001,ana@acme.test,ana@acme.test,Ana Silva,America/New_York
                """);
        Path calendar = folder.resolve("cal").resolve("ana@acme.test.ics");
        Files.createDirectories(calendar.getParent());
        Files.writeString(calendar, String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:every-second@test", "DTSTAMP:20240301T000000Z",
                "DTSTART;TZID=America/New_York:20240306T090000", "DTEND;TZID=America/New_York:20240306T093000",
                "RRULE:FREQ=SECONDLY", "SUMMARY:Sync", "END:VEVENT", "END:VCALENDAR", ""));
        try (Needle needle = Imports.needle(backend)) {
            assertThat(Imports.run(needle, Imports.allOrNothing(), folder.resolve("User.csv")).errors()).isEmpty();
            assertThat(Imports.run(needle, Imports.allOrNothing(), calendar).errors()).isEmpty();
            Rep rep = FindRep.among(needle.store().reps(), new FindRep.Request("ana@acme.test")).orElseThrow();
            List<CalendarEvent> events = needle.store().calendarEvents(rep.id(),
                    WEDNESDAY.atStartOfDay(NEW_YORK).toInstant(), WEDNESDAY.plusDays(2).atStartOfDay(NEW_YORK).toInstant());
            PlanRequest request = PlanRequest.of(rep, WEDNESDAY);

            Workload work = Workloads.of(needle.store().dataset()).forDay(request, events);
            DayPlan plan = Planner.plan(request, work);

            assertThat(events).as("the import cut the rule at 20,000 occurrences").hasSize(20_000);
            assertThat(plan.meetings()).singleElement().satisfies(busy -> {
                assertThat(busy.start()).isEqualTo(Instant.parse("2024-03-06T14:00:00Z"));
                assertThat(busy.summary()).isEqualTo("Sync (20,000 events)");
            });
            PlanChecks.assertSound(plan, work, events, List.of());
            Workload dayBefore = Workloads.of(needle.store().dataset()).forDay(request.on(WEDNESDAY.minusDays(1)), events);
            assertThat(dayBefore.preparation()).as("one meeting to prepare for, not 20,000")
                    .filteredOn(task -> PlanText.task(task).contains("Sync")).hasSize(1);
        }
    }
}
