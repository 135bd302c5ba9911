package dev.needle.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.needle.app.Needle;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.AccountHistory;
import dev.needle.domain.DealHistory;
import dev.needle.domain.OrgHistory;
import dev.needle.generate.GeneratorSettings;
import dev.needle.testing.Backend;
import dev.needle.testing.GeneratedOrg;
import dev.needle.testing.GeneratedStores;
import dev.needle.view.ValueDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The value model gives the same JSON whether it reads the whole store into memory, streams the store's
 * units one at a time, or maps them on several threads — on H2, SQLite and PostgreSQL, at the end of the
 * history and as of a day within it, on an org with leads logged before they convert.
 */
class UnitRunnersTest {
    private static final GeneratorSettings ORG = new GeneratorSettings(20, 120, 11, GeneratedOrg.UNTIL,
            GeneratorSettings.Style.LOADER, GeneratedOrg.DATA_LOADER);
    private static final GeneratedStores STORES = new GeneratedStores(ORG);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .findAndRegisterModules();

    private static Needle store(Backend backend) {
        return STORES.of(backend);
    }

    @AfterAll
    static void close() {
        STORES.close();
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theStreamedUnitsRunInParallelGiveTheValuesTheWholeStoreInMemoryGives(Backend backend) throws IOException {
        Needle needle = store(backend);
        for (LocalDate until : List.of(GeneratedOrg.UNTIL, GeneratedOrg.UNTIL.minusDays(45))) {
            Instant asOf = until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant from = until.minusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            String inMemory = json(ActivityValue.estimate(Datasets.asOf(needle.store().dataset(), asOf), ActivityCatalog.defaults(), from, asOf));
            String sequential = json(ActivityValue.estimate(needle.store().history(), UnitRunner.sequential(), asOf,
                    ActivityCatalog.defaults(), from, asOf));
            String parallel = json(ActivityValue.estimate(needle.store().history(), UnitRunner.parallel(4), asOf,
                    ActivityCatalog.defaults(), from, asOf));

            assertThat(sequential).as("streamed, one unit at a time, as of %s", until).isEqualTo(inMemory);
            assertThat(parallel).as("streamed on four threads, as of %s", until).isEqualTo(sequential);
            assertThat(inMemory).contains("\"opportunitiesPerTouch\"");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void oneWalkFeedsEveryAnalysisWhatItWouldReadAlone(Backend backend) throws IOException {
        Needle needle = store(backend);
        ActivityCatalog catalog = ActivityCatalog.defaults();
        Instant asOf = GeneratedOrg.UNTIL.minusDays(20).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant yearBefore = asOf.minus(java.time.Duration.ofDays(365));
        Period quarter = Period.lastDays(asOf, 90);
        var recorded = needle.store().dataset();
        var data = Datasets.asOf(recorded, asOf);
        OrgHistory history = needle.store().history();

        Analyses.Results walked = Analyses.inOneWalk(history, UnitRunner.parallel(3), catalog, asOf, quarter);

        assertThat(json(ActivityValue.estimate(walked.value(), catalog, yearBefore, asOf)))
                .isEqualTo(json(ActivityValue.estimate(data, catalog, yearBefore, asOf)));
        assertThat(JSON.writeValueAsString(walked.report()))
                .isEqualTo(JSON.writeValueAsString(PerformanceReport.of(data, catalog, asOf, quarter)));
        assertThat(JSON.writeValueAsString(walked.hygiene()))
                .as("hygiene reads the meetings booked after as-of, so it takes the store as recorded")
                .isEqualTo(JSON.writeValueAsString(DealHygiene.check(recorded, catalog, asOf)));
        assertThat(JSON.writeValueAsString(Funnel.of(walked.pipeline(), history.reps(), deal -> true)))
                .isEqualTo(JSON.writeValueAsString(Funnel.of(recorded, asOf)));
        assertThat(walked.report().reps()).isNotEmpty();
        assertThat(walked.hygiene().deals()).isNotEmpty();
        assertThat(walked.value().activities()).isEqualTo(data.activities().size());
    }

    @Test
    void everyAnalysisGivesTheSameWhenItsUnitsAreSentAwayAsACluster() throws IOException {
        Needle needle = store(Backend.SQLITE);
        ActivityCatalog catalog = ActivityCatalog.defaults();
        Instant asOf = GeneratedOrg.UNTIL.minusDays(20).atStartOfDay(ZoneOffset.UTC).toInstant();
        Period quarter = Period.lastDays(asOf, 90);
        OrgHistory history = needle.store().history();

        Analyses.Results here = Analyses.inOneWalk(history, UnitRunner.sequential(), catalog, asOf, quarter);
        Analyses.Results sent = Analyses.inOneWalk(history, new SendingAway(), catalog, asOf, quarter);

        assertThat(json(ActivityValue.learnedBefore(sent.value(), catalog, asOf)))
                .isEqualTo(json(ActivityValue.learnedBefore(here.value(), catalog, asOf)));
        assertThat(JSON.writeValueAsString(sent.report())).isEqualTo(JSON.writeValueAsString(here.report()));
        assertThat(JSON.writeValueAsString(sent.hygiene())).isEqualTo(JSON.writeValueAsString(here.hygiene()));
        assertThat(JSON.writeValueAsString(Funnel.of(sent.pipeline(), history.reps(), deal -> true)))
                .isEqualTo(JSON.writeValueAsString(Funnel.of(here.pipeline(), history.reps(), deal -> true)));
        RecordTimes times = RecordTimes.of(history, UnitRunner.sequential(), asOf, ZoneOffset.UTC);
        assertThat(RecordTimes.of(history, new SendingAway(), asOf, ZoneOffset.UTC)).isEqualTo(times);
        assertThat(times.oldest()).isNotNull();
        assertThat(here.report().reps()).isNotEmpty();
    }

    /**
     * A runner that does to every unit what a cluster does: the function (with the analysis it belongs to)
     * is serialized and read back before it runs, and so is each unit and each part it gives.
     */
    private static final class SendingAway implements UnitRunner {
        @Override
        public <R> List<R> map(OrgHistory history, UnitFunction<R> function) {
            List<R> parts = new ArrayList<>();
            history.forEachAccount(unit -> {
                UnitFunction<R> sentFunction = roundTrip(function);
                parts.add(roundTrip(sentFunction.apply(roundTrip(unit))));
            });
            return parts;
        }

        @SuppressWarnings("unchecked")
        private static <T> T roundTrip(T object) {
            try {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                    out.writeObject(object);
                }
                try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                    return (T) in.readObject();
                }
            } catch (IOException | ClassNotFoundException e) {
                throw new AssertionError("not serializable as a cluster needs: " + e, e);
            }
        }
    }

    @Test
    void theStoreWalksEveryAccountAndDealOnceWithAllItsRows() throws IOException {
        Needle needle = store(Backend.SQLITE);
        var data = needle.store().dataset();
        OrgHistory history = needle.store().history();
        Set<Long> accounts = new HashSet<>();
        Set<Long> deals = new HashSet<>();
        long[] activities = {0};
        long[] changes = {0};
        List<Long> keys = new ArrayList<>();
        history.forEachAccount(unit -> {
            keys.add(unit.key());
            if (unit.accountId() != null) assertThat(accounts.add(unit.accountId())).as("account %s once", unit.accountId()).isTrue();
            activities[0] += unit.touches().size();
            for (DealHistory deal : unit.deals()) {
                assertThat(deals.add(deal.deal().id())).isTrue();
                assertThat(deal.deal().accountId()).isEqualTo(unit.accountId());
                assertThat(deal.activities()).allSatisfy(activity -> assertThat(activity.dealId()).isEqualTo(deal.deal().id()));
                activities[0] += deal.activities().size();
                changes[0] += deal.changes().size();
            }
            assertThat(unit.touches()).allSatisfy(activity -> {
                assertThat(activity.dealId()).isNull();
                assertThat(activity.accountId()).isEqualTo(unit.accountId());
            });
            assertThat(inTimeOrder(unit)).isTrue();
        });
        history.forEachUnlinked(activity -> activities[0]++);

        assertThat(keys).as("units come in key order").isSorted();
        assertThat(deals).hasSize(data.deals().size());
        assertThat(activities[0]).isEqualTo(data.activities().size());
        assertThat(changes[0]).isEqualTo(data.stageChanges().size());
        assertThat(accounts).isNotEmpty();
    }

    private static boolean inTimeOrder(AccountHistory unit) {
        for (int i = 1; i < unit.touches().size(); i++) {
            if (unit.touches().get(i).start().isBefore(unit.touches().get(i - 1).start())) return false;
        }
        return true;
    }

    private static String json(ValueReport report) throws IOException {
        return JSON.writeValueAsString(ValueDocument.of(report));
    }
}
