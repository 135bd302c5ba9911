package dev.needle.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.needle.app.Needle;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Dataset;
import dev.needle.domain.ValueClass;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import dev.needle.ingest.ImportReport;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Activities against results on a generated org, checked against what the generator planted and
 * against counts taken straight from its CSV files. One import for the class.
 */
class PerformanceReportTest {
    /** 20 reps over 180 working days: each rep logs well over a thousand deal touches. */
    static final GeneratorSettings SETTINGS = new GeneratorSettings(20, 180, 7L);
    static final List<String> SALESFORCE_STAGES = List.of("Prospecting", "Qualification", "Needs Analysis",
            "Value Proposition", "Proposal/Price Quote", "Negotiation/Review", "Closed Won");
    private static final DateTimeFormatter EXPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    static Path export;
    static Dataset data;
    static JsonNode planted;
    static Period window;
    static Instant asOf;
    static PerformanceReport report;

    @BeforeAll
    static void generateAndImportOnce() throws IOException {
        new Generator(SETTINGS).writeTo(export, rows -> { });
        try (Needle needle = Imports.needle(Backend.H2)) {
            ImportReport imported = Imports.run(needle, Imports.allOrNothing(), export);
            assertThat(imported.errors()).isEmpty();
            data = needle.store().dataset();
        }
        planted = new ObjectMapper().readTree(export.resolve("planted-effects.json").toFile());
        asOf = SETTINGS.until().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        window = new Period(LocalDate.parse(planted.get("firstDay").asText()).atStartOfDay(ZoneOffset.UTC).toInstant(), asOf);
        report = PerformanceReport.of(data, ActivityCatalog.defaults(), asOf, window);
    }

    @Test
    void everyRepsEmptyTouchShareIsWithinFivePointsOfWhatTheGeneratorPlanted() {
        JsonNode shares = planted.get("repEmptyTouchShare");
        assertThat(report.reps()).hasSize(shares.size());
        for (RepPerformance rep : report.reps()) {
            assertThat(rep.time().dealTouches()).as(rep.rep().name()).isGreaterThan(500);
            assertThat(rep.time().emptyTouchShare()).as(rep.rep().name())
                    .isCloseTo(shares.get(rep.rep().externalId()).asDouble(), within(0.05));
        }
    }

    @Test
    void theRepsTheGeneratorMadeBusyButNotProductiveAreExactlyTheOnesClassifiedSo() {
        Set<String> busy = new HashSet<>();
        planted.get("busyNotProductiveReps").forEach(id -> busy.add(id.asText()));

        Set<String> classified = report.reps().stream().filter(rep -> rep.quadrant() == Quadrant.BUSY_NOT_PRODUCTIVE)
                .map(rep -> rep.rep().externalId()).collect(Collectors.toSet());

        assertThat(busy).hasSize(3);
        assertThat(classified).isEqualTo(busy);
    }

    @Test
    void busyRepsSpendFarLessOfTheirTimeOnHighValueWorkThanTheOthers() {
        Set<String> busy = new HashSet<>();
        planted.get("busyNotProductiveReps").forEach(id -> busy.add(id.asText()));
        for (RepPerformance rep : report.reps()) {
            if (busy.contains(rep.rep().externalId())) assertThat(rep.time().highValueShare()).isLessThan(0.3);
            else assertThat(rep.time().highValueShare()).isGreaterThan(0.55);
        }
    }

    @Test
    void daysStartedWithOpportunityCreationFollowEachRepsPlantedHabit() {
        JsonNode shares = planted.get("repStartsWithProspectingShare");
        double[] measured = report.reps().stream().mapToDouble(rep -> rep.time().startedWithOpportunityCreationShare()).toArray();
        double[] intended = report.reps().stream().mapToDouble(rep -> shares.get(rep.rep().externalId()).asDouble()).toArray();

        // the planted share is a probability (one rep-day is one draw), and the generator also counts a Discovery
        // Meeting on an account as opportunity creation, which the catalogue calls DEAL_ADVANCEMENT
        double meanDifference = 0;
        for (int index = 0; index < measured.length; index++) meanDifference += Math.abs(measured[index] - intended[index]) / measured.length;
        assertThat(correlation(measured, intended)).isGreaterThan(0.95);
        assertThat(meanDifference).isLessThan(0.06);
    }

    @Test
    void opportunitiesCreatedAreTheDealsEachRepOpenedInThePeriod() throws IOException {
        Map<String, Integer> expected = new HashMap<>();
        for (NamedCsvRecord deal : csv("Opportunity.csv")) {
            if (window.contains(instant(deal.getField("CreatedDate")))) expected.merge(deal.getField("OwnerId"), 1, Integer::sum);
        }

        assertThat(byRep(rep -> rep.results().opportunitiesCreated())).isEqualTo(expected);
    }

    @Test
    void stageAdvancesAndWinsAreTheForwardMovesInTheOpportunityHistory() throws IOException {
        Map<String, String> owner = new HashMap<>();
        Map<String, BigDecimal> amount = new HashMap<>();
        for (NamedCsvRecord deal : csv("Opportunity.csv")) {
            owner.put(deal.getField("Id"), deal.getField("OwnerId"));
            amount.put(deal.getField("Id"), new BigDecimal(deal.getField("Amount")));
        }
        Map<String, List<NamedCsvRecord>> histories = csv("OpportunityHistory.csv").stream()
                .collect(Collectors.groupingBy(row -> row.getField("OpportunityId")));
        Map<String, Integer> advances = new HashMap<>();
        Map<String, Integer> wins = new HashMap<>();
        Map<String, BigDecimal> revenue = new HashMap<>();
        for (List<NamedCsvRecord> history : histories.values()) {
            history.sort(Comparator.comparing(row -> instant(row.getField("CreatedDate"))));
            for (int index = 1; index < history.size(); index++) {
                NamedCsvRecord row = history.get(index);
                if (!window.contains(instant(row.getField("CreatedDate")))) continue;
                int from = SALESFORCE_STAGES.indexOf(history.get(index - 1).getField("StageName"));
                int to = SALESFORCE_STAGES.indexOf(row.getField("StageName"));
                String rep = owner.get(row.getField("OpportunityId"));
                if (to > from) advances.merge(rep, 1, Integer::sum);
                if (row.getField("StageName").equals("Closed Won")) {
                    wins.merge(rep, 1, Integer::sum);
                    revenue.merge(rep, amount.get(row.getField("OpportunityId")), BigDecimal::add);
                }
            }
        }

        assertThat(byRep(rep -> rep.results().stageAdvances())).isEqualTo(advances);
        assertThat(byRep(rep -> rep.results().wins())).isEqualTo(wins);
        for (RepPerformance rep : report.reps()) {
            assertThat(rep.results().wonRevenue()).isEqualByComparingTo(revenue.getOrDefault(rep.rep().externalId(), BigDecimal.ZERO));
        }
    }

    @Test
    void quotaAttainmentIsWonRevenueOverTheQuotaProratedToThePeriod() {
        RepPerformance rep = report.reps().get(0);
        double prorated = rep.rep().quota().doubleValue() * window.days() / 365;

        assertThat(rep.quotaAttainment()).isCloseTo(rep.results().wonRevenue().doubleValue() / prorated, within(1e-9));
    }

    @Test
    void hoursSplitIntoValueClassesAndCategoriesThatAddUp() {
        for (RepPerformance rep : report.reps()) {
            TimeAllocation time = rep.time();
            assertThat(time.hoursByValueClass().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(time.hours(), within(1e-6));
            assertThat(time.hoursByCategory().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(time.hours(), within(1e-6));
            assertThat(time.hoursByType().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(time.hours(), within(1e-6));
            assertThat(time.shareOf(ValueClass.HIGH)).isEqualTo(time.highValueShare());
            assertThat(time.adminHoursBeforeNoon()).isBetween(0.0, time.hoursByCategory().get(dev.needle.domain.WorkCategory.ADMIN));
        }
    }

    @Test
    void eachTeamAddsUpItsReps() {
        for (TeamPerformance team : report.teams()) {
            List<RepPerformance> members = report.reps().stream().filter(rep -> rep.team().equals(team.team())).toList();
            assertThat(team.reps()).isEqualTo(members.size());
            assertThat(team.time().hours()).isCloseTo(members.stream().mapToDouble(rep -> rep.time().hours()).sum(), within(1e-6));
            assertThat(team.time().emptyTouches()).isEqualTo(members.stream().mapToInt(rep -> rep.time().emptyTouches()).sum());
            assertThat(team.results().opportunitiesCreated())
                    .isEqualTo(members.stream().mapToInt(rep -> rep.results().opportunitiesCreated()).sum());
            assertThat(team.quadrants().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(members.size());
        }
    }

    @Test
    void nothingRecordedAfterAsOfCounts() {
        Instant middle = window.from().plusSeconds((long) (window.days() / 2 * 86_400));
        PerformanceReport cutAtAsOf = PerformanceReport.of(data, ActivityCatalog.defaults(), middle, window);
        PerformanceReport periodEndingThere = PerformanceReport.of(data, ActivityCatalog.defaults(), asOf,
                new Period(window.from(), middle));

        assertThat(cutAtAsOf.period()).isEqualTo(periodEndingThere.period());
        for (int index = 0; index < cutAtAsOf.reps().size(); index++) {
            assertThat(cutAtAsOf.reps().get(index).time()).isEqualTo(periodEndingThere.reps().get(index).time());
            assertThat(cutAtAsOf.reps().get(index).results()).isEqualTo(periodEndingThere.reps().get(index).results());
        }
    }

    private static Map<String, Integer> byRep(java.util.function.ToIntFunction<RepPerformance> value) {
        Map<String, Integer> counts = new HashMap<>();
        for (RepPerformance rep : report.reps()) {
            int count = value.applyAsInt(rep);
            if (count > 0) counts.put(rep.rep().externalId(), count);
        }
        return counts;
    }

    private static List<NamedCsvRecord> csv(String file) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(export.resolve(file))) {
            return new ArrayList<>(reader.stream().toList());
        }
    }

    /** The export's GMT "yyyy-MM-dd HH:mm:ss". */
    private static Instant instant(String value) {
        return LocalDateTime.parse(value, EXPORT_TIME).toInstant(ZoneOffset.UTC);
    }

    private static double correlation(double[] x, double[] y) {
        double meanX = java.util.Arrays.stream(x).average().orElseThrow();
        double meanY = java.util.Arrays.stream(y).average().orElseThrow();
        double xy = 0, xx = 0, yy = 0;
        for (int index = 0; index < x.length; index++) {
            xy += (x[index] - meanX) * (y[index] - meanY);
            xx += (x[index] - meanX) * (x[index] - meanX);
            yy += (y[index] - meanY) * (y[index] - meanY);
        }
        return xy / Math.sqrt(xx * yy);
    }
}
