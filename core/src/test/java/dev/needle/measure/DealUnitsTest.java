package dev.needle.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.app.Needle;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Dataset;
import dev.needle.domain.DealHistory;
import dev.needle.domain.NextAction;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Rep;
import dev.needle.generate.GeneratorSettings;
import dev.needle.testing.Backend;
import dev.needle.testing.GeneratedOrg;
import dev.needle.testing.GeneratedStores;
import dev.needle.view.Documents;
import dev.needle.view.DealsDocument;
import dev.needle.view.ReportDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deal hygiene and the funnel give the same JSON (the documents {@code needle deals} and {@code needle
 * report} print) whether they read the whole store into memory, stream its units one at a time, or check
 * them on several threads — on H2, SQLite and PostgreSQL, at the end of the history and as of a day
 * within it, on an org whose accounts open deals beside open ones.
 */
class DealUnitsTest {
    private static final GeneratorSettings ORG = new GeneratorSettings(12, 120, 5, GeneratedOrg.UNTIL,
            GeneratorSettings.Style.LOADER, GeneratedOrg.DATA_LOADER).withMultiDealAccounts(0.3);
    private static final GeneratedStores STORES = new GeneratedStores(ORG);
    private static final ObjectMapper JSON = Documents.mapper();

    private static Needle store(Backend backend) {
        return STORES.of(backend);
    }

    @AfterAll
    static void close() {
        STORES.close();
    }

    /** The end of the history and a day six weeks before it, when deals that closed since were still open. */
    private static List<Instant> moments() {
        return List.of(GeneratedOrg.UNTIL, GeneratedOrg.UNTIL.minusDays(45)).stream()
                .map(day -> day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).toList();
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theStreamedUnitsCheckedInParallelFlagTheDealsTheWholeStoreInMemoryFlags(Backend backend) throws IOException {
        Needle needle = store(backend);
        Dataset data = needle.store().dataset();
        ActivityCatalog catalog = ActivityCatalog.defaults();
        for (Instant asOf : moments()) {
            OrgHistory streamed = needle.store().history();
            HygieneReport inMemory = DealHygiene.check(data, catalog, asOf);
            HygieneReport sequential = DealHygiene.check(streamed, UnitRunner.sequential(), catalog, asOf);
            HygieneReport parallel = DealHygiene.check(streamed, UnitRunner.parallel(4), catalog, asOf);

            assertThat(deals(sequential, streamed.reps())).as("streamed, one unit at a time, as of %s", asOf)
                    .isEqualTo(deals(inMemory, data.reps()));
            assertThat(deals(parallel, streamed.reps())).as("streamed on four threads, as of %s", asOf)
                    .isEqualTo(deals(sequential, streamed.reps()));
            // the document lists deals by amount; the report's own order shows where amounts tie
            assertThat(ids(sequential)).as("deals in id order").isSorted().isEqualTo(ids(inMemory)).isEqualTo(ids(parallel));
            assertThat(inMemory.deals()).as("open deals as of %s", asOf).hasSizeGreaterThan(20);
            for (HygieneFlag flag : List.of(HygieneFlag.NO_NEXT_ACTION, HygieneFlag.NO_NEXT_MEETING, HygieneFlag.STALLED)) {
                assertThat(inMemory.dealsFlagged().get(flag)).as("%s as of %s", flag, asOf).isPositive();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theStreamedUnitsInParallelGiveTheFunnelTheWholeStoreInMemoryGives(Backend backend) throws IOException {
        Needle needle = store(backend);
        Dataset data = needle.store().dataset();
        String team = data.reps().get(0).team();
        Set<Long> oneTeam = data.reps().stream().filter(rep -> rep.inTeam(team))
                .map(Rep::id).collect(Collectors.toSet());
        Predicate<dev.needle.domain.Deal> ofOneTeam = deal -> deal.ownerId() != null && oneTeam.contains(deal.ownerId());
        for (Instant asOf : moments()) {
            OrgHistory streamed = needle.store().history();
            String inMemory = funnel(Funnel.of(data, asOf), data.reps());
            String sequential = funnel(Funnel.of(streamed, UnitRunner.sequential(), asOf), streamed.reps());
            String parallel = funnel(Funnel.of(streamed, UnitRunner.parallel(4), asOf), streamed.reps());
            String teamInMemory = funnel(Funnel.of(data, asOf, ofOneTeam), data.reps());
            String teamParallel = funnel(Funnel.of(streamed, UnitRunner.parallel(4), asOf, ofOneTeam), streamed.reps());

            assertThat(sequential).as("streamed, one unit at a time, as of %s", asOf).isEqualTo(inMemory);
            assertThat(parallel).as("streamed on four threads, as of %s", asOf).isEqualTo(sequential);
            assertThat(teamParallel).as("one team's deals, as of %s", asOf).isEqualTo(teamInMemory).isNotEqualTo(inMemory);
            Funnel funnel = Funnel.of(data, asOf);
            assertThat(funnel.stages()).hasSizeGreaterThan(2);
            assertThat(funnel.overall().steps().get(0).stays()).isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theStoreStreamsEveryNextActionOnceWithItsDeal(Backend backend) throws IOException {
        Needle needle = store(backend);
        Map<Long, List<NextAction>> expected = needle.store().dataset().nextActions().stream()
                .collect(Collectors.groupingBy(NextAction::dealId));
        Map<Long, List<NextAction>> streamed = new HashMap<>();
        needle.store().history().forEachAccount(unit -> {
            for (DealHistory deal : unit.deals()) {
                if (!deal.nextActions().isEmpty()) streamed.put(deal.deal().id(), deal.nextActions());
                assertThat(deal.nextActions()).allSatisfy(action -> assertThat(action.dealId()).isEqualTo(deal.deal().id()));
            }
        });

        assertThat(expected).isNotEmpty();
        assertThat(streamed).isEqualTo(expected);
    }

    private static String deals(HygieneReport report, List<Rep> reps) throws IOException {
        Map<Long, Rep> byId = reps.stream().collect(Collectors.toMap(Rep::id, Function.identity()));
        return JSON.writeValueAsString(DealsDocument.of(report, DealsDocument.listed(report, List.of()), byId));
    }

    private static List<Long> ids(HygieneReport report) {
        return report.deals().stream().map(deal -> deal.deal().id()).toList();
    }

    private static String funnel(Funnel funnel, List<Rep> reps) throws IOException {
        return JSON.writeValueAsString(ReportDocument.funnel(funnel, reps));
    }
}
