package dev.needle.predict;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** A calendar month or quarter (UTC days), the unit forecasts are made for. */
public record ForecastPeriod(LocalDate start, LocalDate endExclusive) {
    public enum Kind { MONTH, QUARTER }

    public static ForecastPeriod containing(LocalDate day, Kind kind) {
        LocalDate start = kind == Kind.MONTH ? day.withDayOfMonth(1)
                : day.withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
        return new ForecastPeriod(start, kind == Kind.MONTH ? start.plusMonths(1) : start.plusMonths(3));
    }

    /** A month or a quarter, by its length. */
    public Kind kind() {
        return start.plusMonths(1).equals(endExclusive) ? Kind.MONTH : Kind.QUARTER;
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start) && day.isBefore(endExclusive);
    }

    public ForecastPeriod previous() {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(start, endExclusive);
        return new ForecastPeriod(start.minusMonths(months), start);
    }

    public ForecastPeriod next() {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(start, endExclusive);
        return new ForecastPeriod(endExclusive, endExclusive.plusMonths(months));
    }
}
