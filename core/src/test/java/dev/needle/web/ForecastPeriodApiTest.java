package dev.needle.web;

import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static dev.needle.web.RunningApi.Caller.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/forecast?period= reads its period as needle forecast --period does, asked on 2026-12-03. */
class ForecastPeriodApiTest {
    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);
    static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start(Backend.H2, NOW);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theQuarterTodayFallsInIsTheSameForecastByKindOrByName() {
        Answer byKind = api.get("/api/forecast?period=quarter", MANAGER);
        Answer byName = api.get("/api/forecast?period=2026-Q4", MANAGER);

        assertThat(byKind.status()).as(byKind.body()).isEqualTo(200);
        assertThat(byKind.json().get("periodStart").asText()).isEqualTo("2026-10-01");
        assertThat(byKind.json().get("periodEnd").asText()).isEqualTo("2026-12-31");
        assertThat(byName.body()).isEqualTo(byKind.body());
    }

    @Test
    void withoutAPeriodItIsTheMonthTodayFallsIn() {
        Answer month = api.get("/api/forecast", MANAGER);

        assertThat(month.json().get("periodStart").asText()).isEqualTo("2026-12-01");
        assertThat(month.body()).isEqualTo(api.get("/api/forecast?period=2026-12", MANAGER).body());
    }

    @Test
    void aNamedPeriodThatDoesNotHoldTodayOrAWeekIsABadRequestSayingWhy() {
        Answer may = api.get("/api/forecast?period=2026-05", MANAGER);
        Answer week = api.get("/api/forecast?period=2026-W49", MANAGER);

        assertThat(may.status()).isEqualTo(400);
        assertThat(may.json().get("message").asText()).contains("2026-05 does not contain 2026-12-03, the day the forecast is made from");
        assertThat(week.status()).isEqualTo(400);
        assertThat(week.json().get("message").asText()).contains("a forecast is for a calendar month or quarter");
    }
}
