package dev.needle.ingest;

import dev.needle.app.Needle;
import dev.needle.domain.Activity;
import dev.needle.domain.Contact;
import dev.needle.domain.Dataset;
import dev.needle.domain.Outcome;
import dev.needle.domain.Rep;
import dev.needle.store.StoreCounts;
import dev.needle.testing.Backend;
import dev.needle.testing.ExportFixtures;
import dev.needle.testing.Imports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.needle.testing.ExportFixtures.countSalesforce;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Salesforce exports in the shapes users really have (docs/export-shapes.md): Data Loader extracts
 * with chosen columns, in API-name, ALL-CAPS and lower-case headers, named extract.csv; a Data Export
 * in Windows-1252. Each imports on H2 and PostgreSQL to the counts a direct count over its rows gives.
 */
class SalesforceConformanceTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static Stream<Arguments> loaderVariants() {
        return Backend.all().flatMap(backend -> Stream.of("dataloader-chosen-columns", "dataloader-upper", "dataloader-lower")
                .map(variant -> Arguments.of(backend, variant)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("loaderVariants")
    void aDataLoaderExtractImportsEveryObjectToTheCountsItsRowsGive(Backend backend, String variant) {
        Path folder = ExportFixtures.folder("salesforce", variant);
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), folder);

            assertThat(report.errors()).isEmpty();
            assertThat(report.committed()).isTrue();
            StoreCounts stats = needle.store().stats();
            Dataset data = needle.store().dataset();
            assertThat(data.reps().stream().filter(rep -> rep.email() != null).count())
                    .isEqualTo(countSalesforce(folder, "005", row -> true));
            assertThat(stats.deals()).isEqualTo(countSalesforce(folder, "006", row -> true));
            assertThat(stats.wonDeals()).isEqualTo(countSalesforce(folder, "006", row -> row.is("IsWon", "true")));
            assertThat(stats.lostDeals()).isEqualTo(countSalesforce(folder, "006",
                    row -> row.is("IsClosed", "true") && row.is("IsWon", "false")));
            long completedTasks = countSalesforce(folder, "00T", row -> !row.is("IsClosed", "false"));
            long events = countSalesforce(folder, "00U", row -> true);
            assertThat(stats.activities()).isEqualTo(completedTasks + events);
            assertThat(stats.nextActions() + needle.store().dataset().commitments().size()).isEqualTo(countSalesforce(folder, "00T", row -> row.is("IsClosed", "false")));
            assertThat(stats.leads()).isEqualTo(countSalesforce(folder, "00Q", row -> true));
        }
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("loaderVariants")
    void everyTouchOnAnAccountOrOpportunityIsLinkedToItsAccountWithoutAnAccountIdColumn(Backend backend, String variant) {
        Path folder = ExportFixtures.folder("salesforce", variant);
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.allOrNothing(), folder);
            Dataset data = needle.store().dataset();

            Map<String, Activity> byId = data.activities().stream().collect(Collectors.toMap(Activity::externalId, Function.identity()));
            Predicate<ExportFixtures.Row> onAccountOrDeal = row -> row.get("WhatId").startsWith("001") || row.get("WhatId").startsWith("006");
            List<String> touches = new ArrayList<>(ExportFixtures.salesforceIds(folder, "00T", row -> !row.is("IsClosed", "false") && onAccountOrDeal.test(row)));
            touches.addAll(ExportFixtures.salesforceIds(folder, "00U", onAccountOrDeal));

            assertThat(touches).isNotEmpty().allSatisfy(id -> assertThat(byId.get(id)).as(id).isNotNull()
                    .extracting(Activity::accountId).isNotNull());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void chosenColumnsKeepNamesEmailsAndTheConvertedLeadsLinks(Backend backend) {
        Path folder = ExportFixtures.folder("salesforce", "dataloader-chosen-columns");
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.allOrNothing(), folder);
            Dataset data = needle.store().dataset();

            assertThat(data.reps()).extracting(Rep::email).contains("ben.okafor@example.com");
            assertThat(data.contacts()).extracting(Contact::name).contains("Wile E. Coyote");
            assertThat(data.deals()).filteredOn(deal -> deal.name().equals("Acme rollout"))
                    .singleElement().satisfies(deal -> {
                        assertThat(deal.outcome()).isEqualTo(Outcome.WON);
                        assertThat(deal.amount()).isEqualByComparingTo("48000");
                    });
            // the all-day workshop is kept, with no selling hours
            assertThat(data.activities()).filteredOn(activity -> activity.subject().startsWith("On-site workshop"))
                    .singleElement().extracting(Activity::durationMinutes).isEqualTo(0);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aWindows1252DataExportIsRefusedNamingTheEncodingThenReadRightWithIt(Backend backend) {
        // a Data Export of accounts, contacts and events only: no User.csv, so its owners are placeholders
        Path folder = ExportFixtures.folder("salesforce", "data-export-latin1");
        try (Needle needle = Imports.needle(backend)) {
            ImportReport refused = Imports.run(needle, Imports.allOrNothing(), folder);

            assertThat(refused.committed()).isFalse();
            assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.reason())
                    .contains("not UTF-8").contains("--encoding windows-1252"));
            assertThat(needle.store().stats().accounts()).isZero();

            ImportReport read = Imports.run(needle, new ImportOptions(false, null, Imports.CALENDAR_FROM,
                    Imports.CALENDAR_TO, false, WINDOWS_1252, null).withCreateMissing(true), folder);

            assertThat(read.errors()).isEmpty();
            Dataset data = needle.store().dataset();
            assertThat(data.accounts().stream().filter(account -> !account.name().equals(account.externalId())).count())
                    .isEqualTo(countSalesforce(folder, WINDOWS_1252, "001", row -> row.is("IsDeleted", "0")));
            assertThat(data.contacts()).hasSize((int) countSalesforce(folder, WINDOWS_1252, "003", row -> row.is("IsDeleted", "0")));
            assertThat(data.contacts()).extracting(Contact::name).anyMatch(name -> name.contains("Müller"))
                    .noneMatch(name -> name.contains("\uFFFD"));
            assertThat(data.activities()).hasSize((int) countSalesforce(folder, WINDOWS_1252, "00U", row -> row.is("IsDeleted", "0")));
            assertThat(data.activities()).filteredOn(activity -> countSalesforce(folder, WINDOWS_1252, "00U",
                            row -> row.get("Id").startsWith(activity.externalId().substring(0, 15)) && row.is("IsAllDayEvent", "1")) > 0)
                    .isNotEmpty().allSatisfy(activity -> assertThat(activity.durationMinutes()).isZero());
        }
    }

}
