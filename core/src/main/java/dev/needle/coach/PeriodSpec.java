package dev.needle.coach;

import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.Period;
import dev.needle.predict.ForecastPeriod;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods coaching, the weekly report and the forecast take, in UTC days (docs/metrics.md, "Period"): an ISO
 * week {@code 2026-W20} (Monday to Sunday), a month {@code 2026-05}, a quarter {@code 2026-Q2},
 * {@code last-N-days} (the N days up to as-of), or {@code week}, {@code month}, {@code quarter}: the one as-of
 * falls in. One meaning for every command that takes {@code --period}.
 */
public final class PeriodSpec {
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern LAST_DAYS = Pattern.compile("last-(\\d{1,4})-days");
    private static final String FORMS = "a week (2026-W20), a month (2026-05), a quarter (2026-Q2), last-N-days (last-90-days), "
            + "or week, month or quarter (the one as-of falls in)";

    /** What coaching looks at when no period is named: the last {@value DefaultPeriod#DAYS} days. */
    public static final String DEFAULT = "last-" + DefaultPeriod.DAYS + "-days";

    private PeriodSpec() {
    }

    /** @throws IllegalArgumentException saying which forms are understood */
    public static Period parse(String text, Instant asOf) {
        String spec = text.trim();
        LocalDate asOfDay = asOf.minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate();
        switch (spec.toLowerCase(Locale.ROOT)) {
            case "week" -> {
                return weekOf(asOfDay);
            }
            case "month" -> {
                return days(asOfDay.withDayOfMonth(1), asOfDay.withDayOfMonth(1).plusMonths(1));
            }
            case "quarter" -> {
                return quarter(asOfDay.getYear(), asOfDay.get(IsoFields.QUARTER_OF_YEAR));
            }
            default -> {
            }
        }
        try {
            Matcher week = WEEK.matcher(spec);
            if (week.matches()) return week(Integer.parseInt(week.group(1)), Integer.parseInt(week.group(2)));
            if (MONTH.matcher(spec).matches()) {
                YearMonth month = YearMonth.parse(spec);
                return days(month.atDay(1), month.plusMonths(1).atDay(1));
            }
            Matcher quarter = QUARTER.matcher(spec);
            if (quarter.matches()) return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
            Matcher last = LAST_DAYS.matcher(spec);
            if (last.matches() && Integer.parseInt(last.group(1)) > 0) return Period.lastDays(asOf, Integer.parseInt(last.group(1)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid period: " + text + " (" + e.getMessage() + ")");
        }
        throw new IllegalArgumentException("not a period: " + text + "; use " + FORMS);
    }

    /**
     * The calendar month or quarter a forecast is for: {@code month}, {@code quarter}, {@code 2026-05} or
     * {@code 2026-Q2} as {@link #parse} reads them.
     *
     * @throws IllegalArgumentException for any other period (a forecast needs a whole month or quarter)
     */
    public static ForecastPeriod calendarPeriod(String text, Instant asOf) {
        String spec = text.trim();
        boolean calendar = spec.equalsIgnoreCase("month") || spec.equalsIgnoreCase("quarter")
                || MONTH.matcher(spec).matches() || QUARTER.matcher(spec).matches();
        if (!calendar) {
            parse(text, asOf); // says what is wrong with a text that is no period at all
            throw new IllegalArgumentException("a forecast is for a calendar month or quarter: month, quarter "
                    + "(the one as-of falls in), 2026-05 or 2026-Q2; not " + text);
        }
        Period period = parse(spec, asOf);
        return new ForecastPeriod(period.from().atOffset(ZoneOffset.UTC).toLocalDate(), period.to().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /**
     * The calendar month or quarter a forecast made at {@code asOf} is for, read as {@link #calendarPeriod}; a named one
     * must contain the day of {@code asOf} (an instant at midnight ends the day before), as a forecast is made from
     * within its period. The one reading for {@code needle forecast --period} and {@code GET /api/forecast?period=}.
     */
    public static ForecastPeriod forecastPeriod(String text, Instant asOf) {
        ForecastPeriod period = calendarPeriod(text, asOf);
        LocalDate asOfDay = asOf.minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate();
        if (!period.contains(asOfDay)) {
            throw new IllegalArgumentException(text.trim() + " does not contain " + asOfDay
                    + ", the day the forecast is made from; a forecast is made from within its period");
        }
        return period;
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

    private static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
        return days(start, start.plusMonths(3));
    }

    private static Period days(LocalDate first, LocalDate endExclusive) {
        return new Period(first.atStartOfDay(ZoneOffset.UTC).toInstant(), endExclusive.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
