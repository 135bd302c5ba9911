package dev.needle.view;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code needle hours show --json} and {@code GET /api/reps/{id}/hours}: the hours a rep works by, and where they come from. */
public record WorkingHoursDocument(RepLine rep, @JsonUnwrapped Hours hours, List<Holiday> nextHolidays) {

    /**
     * {@code GET /api/teams/{team}/hours}: a team's default hours, for its reps with none of their own; {@code source}
     * "team" when the team has a default, "default" (Monday to Friday 08:30-17:30, no holidays) when none was set.
     */
    public record Team(String team, @JsonUnwrapped Hours hours) {
    }

    /** {@code timeZone}: the rep's zone id, null when it is not known. */
    public record RepLine(long id, String externalId, @Nullable String name, @Nullable String email, @Nullable String team,
                          @Nullable String timeZone) {
    }

    /**
     * The hours' fields, written in one place for a rep and a team: {@code days} as {@code mon-fri}, {@code from} and
     * {@code to} as {@code 08:30}, {@code holidays} the holiday calendar's code and {@code holidayCalendar} its name.
     */
    public record Hours(String source, String days, String from, String to, @Nullable String holidays,
                        @Nullable String holidayCalendar) {
        static Hours of(WorkingHours hours, String source, @Nullable String holidayCalendar) {
            return new Hours(source, hours.daysText(), hours.start().toString(), hours.end().toString(), hours.holidays(),
                    holidayCalendar);
        }
    }

    public record Holiday(LocalDate date, String name) {
    }

    public static Team ofTeam(String team, WorkingHours hours, String source, @Nullable String holidayCalendar) {
        return new Team(team, Hours.of(hours, source, holidayCalendar));
    }

    /**
     * {@code source}: "rep" (their own), "team" (their team's default) or "default"; {@code holidayCalendar}: the
     * holiday calendar's name ("Germany / Bavaria"), null without one; {@code nextHolidays}: the coming ones, by date.
     */
    public static WorkingHoursDocument of(Rep rep, WorkingHours hours, String source, @Nullable String holidayCalendar,
                                          Map<LocalDate, String> nextHolidays) {
        List<Holiday> next = new ArrayList<>();
        nextHolidays.forEach((date, name) -> next.add(new Holiday(date, name)));
        return new WorkingHoursDocument(new RepLine(rep.id(), rep.externalId(), rep.name(), rep.email(), rep.team(),
                rep.knownZone().map(Object::toString).orElse(null)), Hours.of(hours, source, holidayCalendar), next);
    }
}
