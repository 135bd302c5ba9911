package dev.needle.cli;

import dev.needle.coach.PeriodSpec;
import dev.needle.measure.Period;
import dev.needle.predict.ForecastPeriod;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Instant;

/**
 * {@code --period}, one meaning for every command that takes it ({@link PeriodSpec}): a named week, month or quarter,
 * the last N days, or the week, month or quarter {@code --as-of} falls in. What a command does without it, its
 * description says.
 */
final class PeriodOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "A week (2026-W20), a month (2026-05), a quarter (2026-Q2), last-N-days (last-90-days), "
                    + "or week, month or quarter: the one --as-of falls in.")
    String period;

    boolean given() {
        return period != null;
    }

    /** The period named, else {@code fallback} (a form --period takes), in UTC days. */
    Period orElse(String fallback, Instant asOf) {
        try {
            return PeriodSpec.parse(given() ? period : fallback, asOf);
        } catch (IllegalArgumentException e) {
            throw refused(e);
        }
    }

    /** The calendar month or quarter named, else {@code fallback}: what a forecast is made for. */
    ForecastPeriod calendarOrElse(String fallback, Instant asOf) {
        try {
            return PeriodSpec.calendarPeriod(given() ? period : fallback, asOf);
        } catch (IllegalArgumentException e) {
            throw refused(e);
        }
    }

    /** The forecast's month or quarter, else {@code fallback}; a named one must contain {@code asOf}'s day. */
    ForecastPeriod forecastOrElse(String fallback, Instant asOf) {
        try {
            return PeriodSpec.forecastPeriod(given() ? period : fallback, asOf);
        } catch (IllegalArgumentException e) {
            throw refused(e);
        }
    }

    private CommandLine.ParameterException refused(IllegalArgumentException e) {
        return new CommandLine.ParameterException(spec.commandLine(), "--period: " + e.getMessage());
    }
}
