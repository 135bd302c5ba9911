package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * The API asked, on 2027-06-01, about the {@link TestOrg} whose last record is from 2026-10-13: without
 * from/to (or period) it answers for the data's own last 90 days and says so, as the CLI does.
 */
class DefaultPeriodApiTest {
    static final Clock LATER = Clock.fixed(Instant.parse("2027-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final String MOVED = "no activity in the 90 days to 2027-06-01; showing the data's last 90 days, 2026-07-16 to 2026-10-13";
    static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start(Backend.H2, LATER);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void reportWithoutFromAndToCoversTheDatasLast90Days() {
        Answer answer = api.get("/api/report?rep=" + TestOrg.RON, MANAGER);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.get("periodNote").asText()).isEqualTo(MOVED);
        assertThat(report.get("periodDays").get("zone").asText()).isEqualTo("America/New_York");
        assertThat(report.get("period").get("to").asText()).isEqualTo("2026-10-14T04:00:00Z");
        assertThat(report.get("reps").get(0).get("hoursByValueClass").get("HIGH").asDouble()).isGreaterThan(0);
    }

    @Test
    void aNamedEmptyPeriodSaysWhereTheDataIs() {
        JsonNode report = api.get("/api/report?from=2027-01-01&to=2027-03-31", MANAGER).json();

        assertThat(report.get("period").get("from").asText()).isEqualTo("2027-01-01T00:00:00Z");
        assertThat(report.get("periodNote").asText())
                .isEqualTo("nothing was recorded from 2027-01-01 to 2027-03-31; the data runs from 2026-06-01 to 2026-10-13");
    }

    @Test
    void coachingWithoutAPeriodCoversTheDatasLast90Days() {
        Answer answer = api.get("/api/coach?rep=" + TestOrg.RON, MANAGER);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("periodNote").asText()).isEqualTo(MOVED);
        assertThat(answer.json().get("reps")).hasSize(1);
    }

    @Test
    void theWeeklyReportWithoutAWeekIsTheDatasLastWeek() {
        Answer answer = api.get("/api/reports/weekly?team=east", MANAGER);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("week").asText()).isEqualTo("2026-W42");
        assertThat(answer.json().get("periodNote").asText())
                .isEqualTo("no activity in the week of 2027-05-31; showing the data's last week, 2026-10-12 to 2026-10-18");
        assertThat(api.get("/api/reports/weekly?team=east&week=2027-W20", MANAGER).json().has("periodNote")).isFalse();
    }
}
