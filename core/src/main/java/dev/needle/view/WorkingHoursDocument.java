package dev.needle.view;

import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code needle hours show --json} and {@code GET /api/reps/{id}/hours}: the hours a rep works by, and where they come from. */
public final class WorkingHoursDocument {
    private WorkingHoursDocument() {
    }

    /**
     * {@code source}: "rep" (their own), "team" (their team's default) or "default"; {@code holidayCalendar}: the
     * holiday calendar's name ("Germany / Bavaria"), null without one; {@code nextHolidays}: the coming ones, by date.
     */
    /**
     * {@code GET /api/teams/{team}/hours}: a team's default hours, for its reps with none of their own; {@code source}
     * "team" when the team has a default, "default" (Monday to Friday 08:30-17:30, no holidays) when none was set.
     */
    public static Map<String, Object> ofTeam(String team, WorkingHours hours, String source, String holidayCalendar) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("team", team);
        document.put("source", source);
        document.put("days", hours.daysText());
        document.put("from", hours.start().toString());
        document.put("to", hours.end().toString());
        document.put("holidays", hours.holidays());
        document.put("holidayCalendar", holidayCalendar);
        return document;
    }

    public static Map<String, Object> of(Rep rep, WorkingHours hours, String source, String holidayCalendar,
                                         Map<LocalDate, String> nextHolidays) {
        Map<String, Object> document = new LinkedHashMap<>();
        Map<String, Object> repLine = new LinkedHashMap<>();
        repLine.put("id", rep.id());
        repLine.put("externalId", rep.externalId());
        repLine.put("name", rep.name());
        repLine.put("email", rep.email());
        repLine.put("team", rep.team());
        repLine.put("timeZone", rep.knownZone().map(Object::toString).orElse(null));
        document.put("rep", repLine);
        document.put("source", source);
        document.put("days", hours.daysText());
        document.put("from", hours.start().toString());
        document.put("to", hours.end().toString());
        document.put("holidays", hours.holidays());
        document.put("holidayCalendar", holidayCalendar);
        List<Object> next = new ArrayList<>();
        nextHolidays.forEach((date, name) -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("date", date.toString());
            line.put("name", name);
            next.add(line);
        });
        document.put("nextHolidays", next);
        return document;
    }
}
