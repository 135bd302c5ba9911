package dev.needle.coach;

import dev.needle.measure.Period;
import dev.needle.predict.ForecastPeriod;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodSpecTest {
    static final Instant AS_OF = Instant.parse("2026-07-01T00:00:00Z");

    @Test
    void anIsoWeekRunsFromMondayToTheNextMonday() {
        Period week = PeriodSpec.parse("2026-W20", AS_OF);

        assertThat(week.from()).isEqualTo(Instant.parse("2026-05-11T00:00:00Z"));
        assertThat(week.to()).isEqualTo(Instant.parse("2026-05-18T00:00:00Z"));
        assertThat(PeriodSpec.weekLabel(week)).isEqualTo("2026-W20");
        assertThat(PeriodSpec.weekOf(LocalDate.of(2026, 5, 17))).isEqualTo(week);
    }

    @Test
    void monthsQuartersAndTheLastDaysAreUnderstood() {
        assertThat(PeriodSpec.parse("2026-05", AS_OF))
                .isEqualTo(new Period(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z")));
        assertThat(PeriodSpec.parse("2026-Q2", AS_OF))
                .isEqualTo(new Period(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z")));
        assertThat(PeriodSpec.parse("last-90-days", AS_OF))
                .isEqualTo(new Period(Instant.parse("2026-04-02T00:00:00Z"), AS_OF));
    }

    @Test
    void weekMonthAndQuarterAloneAreTheOnesAsOfFallsInWhereADateAsOfMeansThroughTheEndOfThatDay() {
        // --as-of 2026-06-30 is the instant 2026-07-01T00:00Z: the end of June 30th, so June and Q2
        assertThat(PeriodSpec.parse("month", AS_OF)).isEqualTo(PeriodSpec.parse("2026-06", AS_OF));
        assertThat(PeriodSpec.parse("QUARTER", AS_OF)).isEqualTo(PeriodSpec.parse("2026-Q2", AS_OF));
        assertThat(PeriodSpec.parse("week", AS_OF)).isEqualTo(PeriodSpec.parse("2026-W27", AS_OF));
    }

    @Test
    void aForecastTakesACalendarMonthOrQuarterByNameOrAsTheOneAsOfFallsIn() {
        assertThat(PeriodSpec.calendarPeriod("quarter", AS_OF))
                .isEqualTo(new ForecastPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)));
        assertThat(PeriodSpec.calendarPeriod("MONTH", AS_OF))
                .isEqualTo(new ForecastPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1)));
        assertThat(PeriodSpec.calendarPeriod("2026-Q3", AS_OF).kind()).isEqualTo(ForecastPeriod.Kind.QUARTER);
        assertThat(PeriodSpec.calendarPeriod("2026-05", AS_OF).kind()).isEqualTo(ForecastPeriod.Kind.MONTH);
        assertThatThrownBy(() -> PeriodSpec.calendarPeriod("last-30-days", AS_OF))
                .hasMessageContaining("a forecast is for a calendar month or quarter");
        assertThatThrownBy(() -> PeriodSpec.calendarPeriod("2026-W20", AS_OF))
                .hasMessageContaining("a forecast is for a calendar month or quarter");
        assertThatThrownBy(() -> PeriodSpec.calendarPeriod("fortnight", AS_OF)).hasMessageContaining("not a period");
    }

    @Test
    void aForecastAtMidnightIsMadeFromTheDayThatEndsThereAndANamedPeriodMustHoldThatDay() {
        Instant midnight = Instant.parse("2026-12-01T00:00:00Z");

        assertThat(PeriodSpec.forecastPeriod("month", midnight))
                .isEqualTo(new ForecastPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)));
        assertThat(PeriodSpec.forecastPeriod("2026-11", midnight)).isEqualTo(PeriodSpec.forecastPeriod("month", midnight));
        assertThatThrownBy(() -> PeriodSpec.forecastPeriod("2026-12", midnight))
                .hasMessageContaining("2026-12 does not contain 2026-11-30, the day the forecast is made from");
    }

    @Test
    void anythingElseIsRejectedWithTheFormsThatWork() {
        assertThatThrownBy(() -> PeriodSpec.parse("last week", AS_OF)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-W20").hasMessageContaining("last-90-days");
        assertThatThrownBy(() -> PeriodSpec.parse("2026-W54", AS_OF)).hasMessageContaining("week 54");
        assertThatThrownBy(() -> PeriodSpec.parse("2026-13", AS_OF)).hasMessageContaining("not a valid period");
    }
}
