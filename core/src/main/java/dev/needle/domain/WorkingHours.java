package dev.needle.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a rep works: the weekdays, the hours (wall-clock times in the rep's zone) and whose public holidays they
 * keep ({@code holidays}: a country code, optionally with a region, as {@code de-by} or {@code us}; null for none).
 * A rep's own hours win over their team's, and the team's over {@link #DEFAULT}.
 */
public record WorkingHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, String holidays) {
    /** Monday to Friday, 08:30–17:30 (the hours plans always had), no public holidays. */
    public static final WorkingHours DEFAULT = new WorkingHours(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 30), LocalTime.of(17, 30), null);

    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());

    public WorkingHours {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (days.isEmpty()) throw new InvalidWorkingHoursException("days", "at least one working day is needed");
        if (!start.isBefore(end)) {
            throw new InvalidWorkingHoursException("to", "the working day ends (" + end + ") before it starts (" + start + ")");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        // hours are kept to the minute, as they are typed and stored
        start = start.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        end = end.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        holidays = holidays == null || holidays.isBlank() ? null : holidays.strip().toLowerCase(Locale.ROOT);
    }

    /** The rep's own hours, else the team's, else the default. */
    public static WorkingHours effective(Optional<WorkingHours> rep, Optional<WorkingHours> team) {
        return rep.or(() -> team).orElse(DEFAULT);
    }

    public Optional<String> holidayCalendar() {
        return Optional.ofNullable(holidays);
    }

    /** The working days in week order. */
    public List<DayOfWeek> daysInOrder() {
        return WEEK.stream().filter(days::contains).toList();
    }

    /** "mon-fri", "mon,wed,fri", "mon-thu,sat": runs of three or more days as ranges, as {@link #parseDays} reads them. */
    public String daysText() {
        List<String> parts = new ArrayList<>();
        List<DayOfWeek> ordered = daysInOrder();
        for (int first = 0; first < ordered.size(); ) {
            int last = first;
            while (last + 1 < ordered.size() && ordered.get(last + 1).getValue() == ordered.get(last).getValue() + 1) last++;
            if (last - first >= 2) parts.add(shortName(ordered.get(first)) + "-" + shortName(ordered.get(last)));
            else for (int index = first; index <= last; index++) parts.add(shortName(ordered.get(index)));
            first = last + 1;
        }
        return String.join(",", parts);
    }

    /** Reads "mon-fri", "mon,tue,thu", "sun-thu" (a range wraps past Sunday): day names of three letters or more. */
    public static Set<DayOfWeek> parseDays(String text) {
        if (text == null || text.isBlank()) throw new InvalidWorkingHoursException("days", "no working days given (e.g. mon-fri)");
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String[] range = part.strip().split("-", -1);
            if (range.length > 2) throw new InvalidWorkingHoursException("days", "'" + part.strip() + "' is not a day or a range of days");
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length == 2 ? day(range[1]) : from;
            for (DayOfWeek day = from; ; day = day.plus(1)) {
                days.add(day);
                if (day == to) break;
            }
        }
        return days;
    }

    /** Reads a wall-clock time such as 08:30 or 17:00. */
    public static LocalTime parseTime(String field, String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidWorkingHoursException(field, "'" + text + "' is not a time of day like 08:30");
        }
    }

    private static DayOfWeek day(String name) {
        String typed = name.strip().toUpperCase(Locale.ROOT);
        if (typed.length() >= 3) {
            for (DayOfWeek day : DayOfWeek.values()) if (day.name().startsWith(typed)) return day;
        }
        throw new InvalidWorkingHoursException("days", "'" + name.strip() + "' is not a day of the week (mon, tue, wed, thu, fri, sat, sun)");
    }

    private static String shortName(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }
}
