package dev.needle.coach;

import dev.needle.measure.Period;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods coaching and the weekly report take, in UTC days (docs/metrics.md, "Period"): an ISO week
 * {@code 2026-W20} (Monday to Sunday), a month {@code 2026-05}, a quarter {@code 2026-Q2}, or
 * {@code last-N-days} (the N days up to as-of).
 */
public final class PeriodSpec {
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern LAST_DAYS = Pattern.compile("last-(\\d{1,4})-days");

    private PeriodSpec() {
    }

    /** @throws IllegalArgumentException saying which forms are understood */
    public static Period parse(String text, Instant asOf) {
        String spec = text.trim();
        try {
            Matcher week = WEEK.matcher(spec);
            if (week.matches()) return week(Integer.parseInt(week.group(1)), Integer.parseInt(week.group(2)));
            if (MONTH.matcher(spec).matches()) {
                YearMonth month = YearMonth.parse(spec);
                return days(month.atDay(1), month.plusMonths(1).atDay(1));
            }
            Matcher quarter = QUARTER.matcher(spec);
            if (quarter.matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2, 1);
                return days(start, start.plusMonths(3));
            }
            Matcher last = LAST_DAYS.matcher(spec);
            if (last.matches() && Integer.parseInt(last.group(1)) > 0) return Period.lastDays(asOf, Integer.parseInt(last.group(1)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid period: " + text + " (" + e.getMessage() + ")");
        }
        throw new IllegalArgumentException("not a period: " + text + "; use a week (2026-W20), a month (2026-05), "
                + "a quarter (2026-Q2) or last-N-days (last-90-days)");
    }

    /** The ISO week (Monday 00:00 UTC to the next Monday) that contains {@code day}. */
    public static Period weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return days(monday, monday.plusWeeks(1));
    }

    /** The ISO week label of a period's first day: "2026-W20". */
    public static String weekLabel(Period week) {
        LocalDate day = week.from().atOffset(ZoneOffset.UTC).toLocalDate();
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Period week(int year, int week) {
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 1, 4)).getMaximum();
        if (week < 1 || week > weeks) throw new IllegalArgumentException("week " + week + " does not exist in " + year);
        LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return days(monday, monday.plusWeeks(1));
    }

    private static Period days(LocalDate first, LocalDate endExclusive) {
        return new Period(first.atStartOfDay(ZoneOffset.UTC).toInstant(), endExclusive.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
