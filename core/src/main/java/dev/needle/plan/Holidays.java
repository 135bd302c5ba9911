package dev.needle.plan;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A country's (and optionally a region's) public holidays, from Jollyday, which keeps the rules for about ninety
 * countries and their regions. The edge of planning: the planner itself only ever sees the dates and their names.
 * A code is a country, then region levels, joined by dashes: {@code de}, {@code de-by}, {@code us-ny}.
 */
public final class Holidays {
    private final String code;
    private final HolidayManager manager;
    private final String[] regions;

    private Holidays(String code, HolidayManager manager, String[] regions) {
        this.code = code;
        this.manager = manager;
        this.regions = regions;
    }

    /** The holidays of {@code code}; an unknown country or region is refused with the codes it could have been. */
    public static Holidays of(String code) {
        String[] parts = code.strip().toLowerCase(Locale.ROOT).split("-");
        String country = parts[0].toUpperCase(Locale.ROOT);
        if (!HolidayManager.getSupportedCalendarCodes().contains(country)) {
            throw new UnknownHolidayCalendarException("no public holiday calendar for the country '" + parts[0]
                    + "'; countries are ISO 3166 codes: " + String.join(", ", lower(HolidayManager.getSupportedCalendarCodes())));
        }
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        CalendarHierarchy level = manager.getCalendarHierarchy();
        String[] regions = Arrays.copyOfRange(parts, 1, parts.length);
        String path = parts[0];
        for (String region : regions) {
            CalendarHierarchy child = level.getChildren().get(region);
            if (child == null) {
                throw new UnknownHolidayCalendarException("no region '" + region + "' in the holidays of " + path
                        + (level.getChildren().isEmpty() ? ", which has no regions"
                        : "; its regions are: " + String.join(", ", new TreeSet<>(level.getChildren().keySet()))
                        + " (write them as " + path + "-" + new TreeSet<>(level.getChildren().keySet()).first() + ")"));
            }
            level = child;
            path = path + "-" + region;
        }
        return new Holidays(String.join("-", parts), manager, regions);
    }

    /** The public holidays of an optional code; none without one. */
    public static Map<LocalDate, String> between(Optional<String> code, LocalDate from, LocalDate to) {
        return code.map(known -> of(known).between(from, to)).orElse(Map.of());
    }

    /** Public holidays from {@code from} to {@code to}, both included, as "1st Christmas day (DE)". */
    public Map<LocalDate, String> between(LocalDate from, LocalDate to) {
        Map<LocalDate, String> days = new TreeMap<>();
        for (Holiday holiday : manager.getHolidays(from, to, HolidayType.PUBLIC_HOLIDAY, regions)) {
            // getDate() is the day off: the observed date when the law moves it (US: a Saturday's holiday on Friday)
            days.merge(holiday.getDate(), name(holiday), (one, other) -> one + " / " + other);
        }
        return days;
    }

    /** The calendar's name in English: "Germany / Bavaria". */
    public String describe() {
        StringBuilder name = new StringBuilder(manager.getCalendarHierarchy().getDescription(Locale.ENGLISH));
        CalendarHierarchy level = manager.getCalendarHierarchy();
        for (String region : regions) {
            level = level.getChildren().get(region);
            name.append(" / ").append(level.getDescription(Locale.ENGLISH));
        }
        return name.toString();
    }

    public String code() {
        return code;
    }

    private String name(Holiday holiday) {
        return holiday.getDescription(Locale.ENGLISH) + " (" + code.toUpperCase(Locale.ROOT) + ")";
    }

    private static Set<String> lower(Set<String> codes) {
        Set<String> lowered = new TreeSet<>();
        codes.forEach(one -> lowered.add(one.toLowerCase(Locale.ROOT)));
        return lowered;
    }
}
