package dev.needle.app;

import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.Period;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The days of needle report / value and GET /api/report / value: one default and one check, said the adapter's way. */
class PeriodRequestsTest {
    private static final Instant NOON = Instant.parse("2026-06-30T12:00:00Z");

    @Test
    void withoutDaysTheReportCoversTheLastNinetyDaysUpToTheCutoff() {
        Period window = ReportQuery.Request.DEFAULT.window(NOON);

        assertThat(window.to()).isEqualTo(NOON);
        assertThat(Duration.between(window.from(), window.to())).isEqualTo(Duration.ofDays(DefaultPeriod.DAYS));
        assertThat(ReportQuery.Request.DEFAULT.given()).isFalse();
    }

    @Test
    void aReportsNamedDaysRunFromTheStartOfTheFirstToTheEndOfTheLast() {
        ReportQuery.Request request = new ReportQuery.Request(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));

        assertThat(request.window(NOON)).isEqualTo(new Period(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z")));
        assertThat(request.given()).isTrue();
    }

    @Test
    void daysInTheWrongOrderAreRefusedWithTheFieldsNamedAsEachAdapterNamesThem() {
        InvalidRequestException refused = catchInvalid(() -> new ReportQuery.Request(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)));

        assertThat(refused.message(field -> "--" + field)).isEqualTo("--to must not be before --from");
        assertThat(refused.message(field -> field)).isEqualTo("to must not be before from");
        assertThat(refused).hasMessage("to must not be before from");
        assertThatThrownBy(() -> new ValueQuery.Request(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aReportFromADayAfterTheCutoffIsRefused() {
        assertThatThrownBy(() -> new ReportQuery.Request(LocalDate.of(2026, 7, 1), null).window(NOON))
                .isInstanceOf(InvalidRequestException.class).hasMessage("to must not be before from");
    }

    @Test
    void valueCountsWholeUtcDaysThroughTheEndOfTodayAndLearnsFromTheYearBefore() {
        Instant cutoff = ValueQuery.cutoffAt(NOON);
        Period days = ValueQuery.Request.DEFAULT.days(cutoff);

        assertThat(cutoff).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(days).isEqualTo(new Period(Instant.parse("2025-06-30T00:00:00Z"), cutoff));
        assertThat(ValueQuery.Request.DEFAULT.defaulted()).isTrue();
    }

    @Test
    void valueFromADayAfterTodayIsRefused() {
        assertThatThrownBy(() -> new ValueQuery.Request(LocalDate.of(2026, 7, 1), null).days(ValueQuery.cutoffAt(NOON)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("to must not be before from");
    }

    private static InvalidRequestException catchInvalid(Runnable request) {
        try {
            request.run();
        } catch (InvalidRequestException e) {
            return e;
        }
        throw new AssertionError("the request was accepted");
    }
}
