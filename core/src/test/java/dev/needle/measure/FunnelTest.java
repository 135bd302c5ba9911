package dev.needle.measure;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.needle.app.Needle;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.Outcome;
import dev.needle.domain.Rep;
import dev.needle.domain.StageChange;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.needle.testing.SharedData.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The funnel of the public Maven CRM set against a direct count over its CSV, and time in stage on
 * a small hand-made history. The Maven set has no stage history, only each deal's current stage
 * (Prospecting, Engaging, Won, Lost) and its engage and close dates: every deal counts as having
 * entered Prospecting, every engaged or closed one Engaging.
 */
class FunnelTest {
    static final Instant AFTER_EVERYTHING = Instant.parse("2018-01-01T00:00:00Z");
    static List<NamedCsvRecord> pipeline;
    static Map<String, String> officeOf;
    static Funnel funnel;

    @BeforeAll
    static void importTheMavenSetOnce() throws IOException {
        Dataset data;
        try (Needle needle = Imports.needle(Backend.H2)) {
            assertThat(Imports.run(needle, Imports.allOrNothing(), path("maven-crm-sales-opportunities", "sales_pipeline.csv"),
                    path("maven-crm-sales-opportunities", "sales_teams.csv"),
                    path("maven-crm-sales-opportunities", "accounts.csv")).errors()).isEmpty();
            data = needle.store().dataset();
        }
        funnel = Funnel.of(data, AFTER_EVERYTHING);
        pipeline = rows("sales_pipeline.csv");
        officeOf = rows("sales_teams.csv").stream()
                .collect(Collectors.toMap(row -> row.getField("sales_agent"), row -> row.getField("regional_office")));
    }

    @Test
    void theOverallWinRateIsWonOverWonAndLostCountedInTheCsv() {
        long won = pipeline.stream().filter(row -> row.getField("deal_stage").equals("Won")).count();
        long lost = pipeline.stream().filter(row -> row.getField("deal_stage").equals("Lost")).count();

        assertThat(funnel.overall().deals()).isEqualTo(pipeline.size());
        assertThat(funnel.overall().won()).isEqualTo(won);
        assertThat(funnel.overall().lost()).isEqualTo(lost);
        assertThat(funnel.overall().winRate()).isCloseTo((double) won / (won + lost), within(1e-12));
    }

    @Test
    void everyAgentsWinRateMatchesTheCsv() {
        Map<String, Double> expected = winRates(row -> row.getField("sales_agent"));
        Map<String, Double> measured = funnel.byRep().stream().collect(Collectors.toMap(Funnel.Segment::label, Funnel.Segment::winRate));

        assertThat(measured).hasSize(30);
        expected.forEach((agent, rate) -> assertThat(measured.get(agent)).as(agent).isCloseTo(rate, within(1e-12)));
    }

    @Test
    void everyProductsWinRateMatchesTheCsv() {
        Map<String, Double> expected = winRates(row -> row.getField("product"));
        Map<String, Double> measured = funnel.byProduct().stream().collect(Collectors.toMap(Funnel.Segment::key, Funnel.Segment::winRate));

        assertThat(measured.keySet()).isEqualTo(expected.keySet());
        expected.forEach((product, rate) -> assertThat(measured.get(product)).as(product).isCloseTo(rate, within(1e-12)));
    }

    @Test
    void everyRegionalOfficesWinRateMatchesTheCsv() {
        Map<String, Double> expected = winRates(row -> officeOf.get(row.getField("sales_agent")));
        Map<String, Double> measured = funnel.byTeam().stream().collect(Collectors.toMap(Funnel.Segment::key, Funnel.Segment::winRate));

        assertThat(measured).isEqualTo(expected);
    }

    @Test
    void theFunnelRunsFromProspectingThroughEngagingToWonOrLost() {
        long prospecting = count("Prospecting");
        long engaging = count("Engaging");
        long won = count("Won");
        long lost = count("Lost");

        assertThat(funnel.stages()).containsExactly("Prospecting", "Engaging");
        assertThat(funnel.inferredPaths()).isEqualTo(pipeline.size());
        Funnel.Step first = funnel.overall().steps().get(0);
        Funnel.Step second = funnel.overall().steps().get(1);
        assertThat(first.entered()).isEqualTo(pipeline.size());
        assertThat(first.stillInStage()).isEqualTo(prospecting);
        assertThat(first.advanced()).isEqualTo(engaging + won + lost);
        assertThat(second.entered()).isEqualTo(engaging + won + lost);
        assertThat(second.stillInStage()).isEqualTo(engaging);
        assertThat(second.advanced()).isEqualTo(won);
        assertThat(second.conversion()).isCloseTo((double) won / (won + lost), within(1e-12));
        assertThat(second.stays()).isZero(); // no stage history, no time in stage
    }

    @Test
    void daysToWinAreTheDaysFromEngageToCloseOfTheWonDeals() {
        double[] days = pipeline.stream().filter(row -> row.getField("deal_stage").equals("Won"))
                .mapToDouble(row -> ChronoUnit.DAYS.between(LocalDate.parse(row.getField("engage_date")),
                        LocalDate.parse(row.getField("close_date")))).sorted().toArray();
        BigDecimal revenue = pipeline.stream().filter(row -> row.getField("deal_stage").equals("Won"))
                .map(row -> new BigDecimal(row.getField("close_value"))).reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(funnel.overall().medianDaysToWin()).isCloseTo(percentile(days, 0.5), within(1e-9));
        assertThat(funnel.overall().p75DaysToWin()).isCloseTo(percentile(days, 0.75), within(1e-9));
        assertThat(funnel.overall().wonRevenue()).isEqualByComparingTo(revenue).isEqualByComparingTo("10005534");
    }

    @Test
    void timeInStageAndConversionComeFromTheStageHistory() {
        Instant start = Instant.parse("2025-01-06T09:00:00Z");
        List<Deal> deals = new ArrayList<>();
        List<StageChange> changes = new ArrayList<>();
        // deal 1: Prospecting 2 days, Qualification 10 days, won; deal 2: Prospecting 4 days, lost in Qualification
        // after 6; deal 3: Prospecting 6 days, still in Qualification; deal 4: still in Prospecting
        history(deals, changes, 1, Outcome.WON, start, "Prospecting", 2, "Qualification", 10, "Closed Won");
        history(deals, changes, 2, Outcome.LOST, start, "Prospecting", 4, "Qualification", 6, "Closed Lost");
        history(deals, changes, 3, Outcome.OPEN, start, "Prospecting", 6, "Qualification");
        history(deals, changes, 4, Outcome.OPEN, start, "Prospecting");
        Rep rep = new Rep(1, "test", "r1", "Ana", null, "East", null, "UTC", null);
        Dataset data = new Dataset(List.of(rep), List.of(), List.of(), deals, changes, List.of(), List.of(), List.of());

        Funnel small = Funnel.of(data, Instant.parse("2025-03-01T00:00:00Z"));

        assertThat(small.stages()).containsExactly("Prospecting", "Qualification");
        Funnel.Step prospecting = small.overall().steps().get(0);
        Funnel.Step qualification = small.overall().steps().get(1);
        assertThat(prospecting.entered()).isEqualTo(4);
        assertThat(prospecting.advanced()).isEqualTo(3);
        assertThat(prospecting.conversion()).isEqualTo(1.0); // all three that left Prospecting went on
        assertThat(prospecting.medianDays()).isCloseTo(4, within(1e-9));
        assertThat(prospecting.p75Days()).isCloseTo(5, within(1e-9));
        assertThat(qualification.entered()).isEqualTo(3);
        assertThat(qualification.conversion()).isEqualTo(0.5);
        assertThat(qualification.stays()).isEqualTo(2);
        assertThat(qualification.medianDays()).isCloseTo(8, within(1e-9));
        assertThat(small.overall().medianDaysToWin()).isCloseTo(12, within(1e-9));
    }

    /** Stage, days in it, next stage, days in it, …, final stage. */
    private static void history(List<Deal> deals, List<StageChange> changes, long id, Outcome outcome, Instant start,
                                Object... path) {
        Instant at = start;
        String previous = null;
        for (int index = 0; index < path.length; index += 2) {
            String stage = (String) path[index];
            changes.add(new StageChange(changes.size() + 1, id, previous, stage, at));
            previous = stage;
            if (index + 1 < path.length) at = at.plus(Duration.ofDays((Integer) path[index + 1]));
        }
        LocalDate closed = outcome == Outcome.OPEN ? null : LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
        deals.add(new Deal(id, "test", "d" + id, null, 1L, "Deal " + id, BigDecimal.TEN, "USD", previous, "Web", "Widget",
                start, null, closed, outcome));
    }

    private static Map<String, Double> winRates(Function<NamedCsvRecord, String> group) {
        Map<String, long[]> counts = new HashMap<>();
        for (NamedCsvRecord row : pipeline) {
            long[] count = counts.computeIfAbsent(group.apply(row), key -> new long[2]);
            if (row.getField("deal_stage").equals("Won")) count[0]++;
            if (row.getField("deal_stage").equals("Lost")) count[1]++;
        }
        Map<String, Double> rates = new HashMap<>();
        counts.forEach((key, count) -> rates.put(key, (double) count[0] / (count[0] + count[1])));
        return rates;
    }

    private static long count(String stage) {
        return pipeline.stream().filter(row -> row.getField("deal_stage").equals(stage)).count();
    }

    /** Linear interpolation between order statistics, as R's default and NumPy's. */
    private static double percentile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        return sorted[below] + (position - below) * (sorted[Math.min(below + 1, sorted.length - 1)] - sorted[below]);
    }

    private static List<NamedCsvRecord> rows(String file) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(path("maven-crm-sales-opportunities", file))) {
            return reader.stream().toList();
        }
    }
}
