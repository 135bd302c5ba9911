package dev.needle.ingest;

import dev.needle.app.Needle;
import dev.needle.domain.Account;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.Outcome;
import dev.needle.ingest.mapping.MappingLibrary;
import dev.needle.store.StoreCounts;
import dev.needle.testing.Backend;
import dev.needle.testing.ExportFixtures;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HubSpot's real export shapes (src/test/resources/exports/hubspot/, see docs/export-shapes.md)
 * imported as the CLI does, on H2 and PostgreSQL, and the store compared with a direct count over the
 * CSV rows: won/lost as HubSpot's own columns say, custom-pipeline stages refused rather than guessed,
 * call durations in milliseconds, canceled calls left out, files of user-chosen columns refused.
 */
class HubSpotConformanceTest {
    private static final Path DEALS_FOLDER = ExportFixtures.folder("hubspot", "all-deals");
    private static final Path DEALS = DEALS_FOLDER.resolve("hubspot-crm-exports-all-deals-2024-01-05.csv");
    private static final Path CUSTOM_PIPELINE = DEALS_FOLDER.resolve("hubspot-crm-exports-all-deals-2024-01-05-1.csv");
    private static final Path CALLS = ExportFixtures.folder("hubspot", "calls").resolve("hubspot-crm-exports-all-calls-2024-03-04.csv");

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theDefaultPipelineExportCountsWonLostAndOpenAsItsIsClosedColumnsSay(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), DEALS);

            assertThat(report.errors()).isEmpty();
            assertThat(report.committed()).isTrue();
            StoreCounts stats = needle.store().stats();
            assertThat(stats.deals()).isEqualTo(ExportFixtures.count(DEALS, row -> true));
            assertThat(stats.wonDeals()).isEqualTo(ExportFixtures.count(DEALS, row -> row.is("Is Closed Won", "true")));
            assertThat(stats.lostDeals()).isEqualTo(ExportFixtures.count(DEALS, row -> row.is("Is closed lost", "true")));
            assertThat(stats.openDeals()).isEqualTo(ExportFixtures.count(DEALS,
                    row -> row.is("Is Closed Won", "false") && row.is("Is closed lost", "false")));
            Dataset dataset = needle.store().dataset();
            Deal globex = deal(dataset, "18457700102");
            assertThat(globex.amount()).isEqualByComparingTo(new BigDecimal(cell(DEALS, "18457700102", "Amount")));
            Deal acme = deal(dataset, "18457700101");
            assertThat(acme.closedAt()).isEqualTo(LocalDate.of(2024, 3, 28));
            assertThat(account(dataset, deal(dataset, "18457700105").accountId()).externalId())
                    .as("the first of the Associated Company IDs").isEqualTo(cell(DEALS, "18457700105", "Associated Company IDs").split(";")[0]);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aCustomPipelinesStagesThatAreNeitherClearlyWonLostNorOpenAreRefusedNamingTheStageAndTheFix(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), DEALS_FOLDER);

            assertThat(report.committed()).isFalse();
            assertThat((long) report.errors().size()).isEqualTo(ExportFixtures.count(CUSTOM_PIPELINE,
                    row -> !row.is("Deal Stage", "Won", "Lost to competitor")));
            assertThat(report.errors()).allSatisfy(error -> {
                assertThat(error.file()).endsWith("-1.csv");
                assertThat(error.column()).isEqualTo("Deal Stage");
                assertThat(error.reason()).contains("Is Closed Won").contains("--mapping");
            });
            assertThat(report.errors()).extracting(RowError::reason)
                    .anySatisfy(reason -> assertThat(reason).contains("\"Signed – onboarding\""))
                    .anySatisfy(reason -> assertThat(reason).contains("\"Dropped (no budget)\""));
            assertThat(needle.store().stats().deals()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aCustomPipelinesWonAndLostLabelsAreReadAndTheRestAsTheUsersMappingSays(Backend backend) throws IOException {
        Path mapping = temp.resolve("partner-pipeline.json");
        Files.writeString(mapping, Files.readString(shippedDealsMapping())
                .replace("\"name\": \"hubspot-deals\"", "\"name\": \"partner-pipeline\"")
                .replace("\"match\": {", "\"match\": {\"fileName\": \"-1\\\\.csv$\", ")
                .replace("\"outcome\": {\"rules\": [", "\"outcome\": {\"rules\": ["
                        + "{\"if\": {\"Deal Stage\": [\"Signed – onboarding\"]}, \"then\": \"WON\"},"
                        + "{\"if\": {\"Deal Stage\": [\"Dropped (no budget)\"]}, \"then\": \"LOST\"},"
                        + "{\"if\": {\"Deal Stage\": [\"Terms negotiated\", \"First call\"]}, \"then\": \"OPEN\"},"));
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report;
            try (ImportSession session = needle.store().beginImport()) {
                report = needle.importer(MappingLibrary.shipped().with(mapping))
                        .run(List.of(DEALS_FOLDER), Imports.allOrNothing(), session, ImportProgress.NONE);
            }

            assertThat(report.errors()).isEmpty();
            assertThat(report.files()).extracting(ImportReport.FileReport::format).containsExactlyInAnyOrder("hubspot-deals", "partner-pipeline");
            Dataset dataset = needle.store().dataset();
            assertThat(deal(dataset, "18457700204").outcome()).as("Won").isEqualTo(Outcome.WON);
            assertThat(deal(dataset, "18457700205").outcome()).as("Lost to competitor").isEqualTo(Outcome.LOST);
            assertThat(deal(dataset, "18457700201").outcome()).as("Signed – onboarding, by the user's rule").isEqualTo(Outcome.WON);
            assertThat(needle.store().stats().wonDeals()).isEqualTo(
                    ExportFixtures.count(DEALS, row -> row.is("Is Closed Won", "true"))
                            + ExportFixtures.count(CUSTOM_PIPELINE, row -> row.is("Deal Stage", "Won", "Signed – onboarding")));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void callsAreStoredUnlessCanceledWithTheirMillisecondDurationInMinutesAndLinkedToTheFirstDeal(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), DEALS, CALLS);

            assertThat(report.errors()).isEmpty();
            assertThat(report.committed()).isTrue();
            assertThat(needle.store().stats().activities()).isEqualTo(ExportFixtures.count(CALLS, row -> !row.is("Call status", "Canceled")));
            assertThat(report.files()).filteredOn(file -> file.format().equals("hubspot-calls")).singleElement()
                    .satisfies(file -> assertThat(file.skipped()).isEqualTo(ExportFixtures.count(CALLS, row -> row.is("Call status", "Canceled"))));
            Dataset dataset = needle.store().dataset();
            for (String id : List.of("40100000001", "40100000003", "40100000007")) {
                long minutes = Math.round(Long.parseLong(cell(CALLS, id, "Call duration")) / 60000.0);
                assertThat(activity(dataset, id).durationMinutes()).as("call %s", id).isEqualTo((int) minutes);
                assertThat(activity(dataset, id).durationRecorded()).isTrue();
            }
            assertThat(activity(dataset, "40100000001").durationMinutes()).isEqualTo(21);
            assertThat(activity(dataset, "40100000004").durationRecorded()).as("no answer: no duration recorded").isFalse();
            Activity twoDeals = activity(dataset, "40100000005");
            assertThat(deal(dataset, twoDeals.dealId()).externalId())
                    .isEqualTo(cell(CALLS, "40100000005", "Associated Deal IDs").split(";")[0]);
            Activity discovery = activity(dataset, "40100000001");
            assertThat(discovery.accountId()).as("the call's company is its deal's company").isEqualTo(deal(dataset, discovery.dealId()).accountId());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void exportsOfUserChosenColumnsAreRefusedNamingEachFileAndTheColumnsItLacks(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), ExportFixtures.folder("hubspot", "user-chosen-columns"));

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).hasSize(2);
            assertThat(report.errors()).filteredOn(error -> error.file().endsWith("all-deals-2024-01-05-2.csv")).singleElement()
                    .satisfies(error -> assertThat(error.reason()).contains("hubspot-deals").contains("Deal Stage"));
            assertThat(report.errors()).filteredOn(error -> error.file().endsWith("my-contacts-2024-01-05.csv")).singleElement()
                    .satisfies(error -> assertThat(error.reason()).contains("hubspot-contacts").contains("Last Name").contains("Email"));
            StoreCounts stats = needle.store().stats();
            assertThat(List.of(stats.deals(), stats.contacts(), stats.accounts(), stats.reps())).as("nothing stored").containsOnly(0L);
        }
    }

    private static Path shippedDealsMapping() {
        try {
            return Path.of(MappingLibrary.class.getResource("/mappings/hubspot-deals.json").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cell of {@code column} on the row whose Record ID is {@code id}, read straight from the CSV. */
    private static String cell(Path csv, String id, String column) {
        AtomicReference<String> value = new AtomicReference<>();
        ExportFixtures.count(csv, row -> {
            if (row.get("Record ID").equals(id)) value.set(row.get(column));
            return false;
        });
        return value.get();
    }

    private static Deal deal(Dataset dataset, String externalId) {
        return dataset.deals().stream().filter(d -> d.externalId().equals(externalId)).findFirst().orElseThrow();
    }

    private static Deal deal(Dataset dataset, Long id) {
        return dataset.deals().stream().filter(d -> id != null && d.id() == id).findFirst().orElseThrow();
    }

    private static Account account(Dataset dataset, Long id) {
        return dataset.accounts().stream().filter(a -> id != null && a.id() == id).findFirst().orElseThrow();
    }

    private static Activity activity(Dataset dataset, String externalId) {
        return dataset.activities().stream().filter(a -> a.externalId().equals(externalId)).findFirst().orElseThrow();
    }
}
