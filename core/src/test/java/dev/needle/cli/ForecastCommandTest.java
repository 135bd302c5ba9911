package dev.needle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code needle forecast --json} keeps the shape SPEC.md gives scripts. */
class ForecastCommandTest {
    @TempDir
    Path temp;

    @Test
    void forecastJsonGivesTheBandTheStageWeightedFigureAndEveryOpenDealWithItsIds() throws Exception {
        String home = temp.resolve("home").toString();
        String export = temp.resolve("org").toString();
        assertThat(CliRun.of(Map.of(), "generate", export, "--reps", "6", "--days", "120", "--seed", "4",
                "--until", "2026-03-31").exitCode()).isZero();
        assertThat(CliRun.of(Map.of(), "--home", home, "import", export, "--calendar-from", "2025-01-01",
                "--calendar-to", "2026-06-30").exitCode()).isZero();

        CliRun forecast = CliRun.of(Map.of(), "--home", home, "forecast", "--json", "--as-of", "2026-03-15",
                "--period", "quarter");

        assertThat(forecast.exitCode()).as(forecast.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(forecast.out());
        assertThat(json.get("p10").asDouble()).isLessThanOrEqualTo(json.get("p50").asDouble());
        assertThat(json.get("p50").asDouble()).isLessThanOrEqualTo(json.get("p90").asDouble());
        assertThat(json.get("stageWeighted").asDouble()).isPositive();
        assertThat(json.get("periodStart").asText()).isEqualTo("2026-01-01");
        // --period means what it means for coach: the quarter named, or the one --as-of falls in (upper case as before)
        for (String quarter : new String[] {"2026-Q1", "QUARTER"}) {
            CliRun same = CliRun.of(Map.of(), "--home", home, "forecast", "--json", "--as-of", "2026-03-15", "--period", quarter);
            assertThat(same.exitCode()).as(same.err()).isZero();
            assertThat(same.out()).as(quarter).isEqualTo(forecast.out());
        }
        assertThat(json.get("deals")).isNotEmpty().allSatisfy(deal -> {
            assertThat(deal.get("externalId").asText()).hasSize(18);
            assertThat(deal.get("winProbability").asDouble()).isBetween(0.0, 1.0);
            assertThat(deal.get("expectedCloseDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
    }

    @Test
    void anUnknownPeriodIsBadUsage() {
        CliRun run = CliRun.of(Map.of(), "--home", temp.resolve("h").toString(), "forecast", "--period", "fortnight");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aPeriodThatIsNoCalendarMonthOrQuarterIsBadUsageThatSaysWhatAForecastTakes() {
        CliRun run = CliRun.of(Map.of(), "--home", temp.resolve("h").toString(), "forecast", "--period", "last-30-days");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--period", "a forecast is for a calendar month or quarter", "2026-Q2");
    }

    @Test
    void aNamedPeriodMustContainAsOf() {
        CliRun run = CliRun.of(Map.of(), "--home", temp.resolve("h").toString(), "forecast", "--period", "2026-05",
                "--as-of", "2026-03-15");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--period: 2026-05 does not contain 2026-03-15, the day the forecast is made from");
    }
}
