package dev.needle.ingest;

import dev.needle.app.Needle;
import dev.needle.store.StoreCounts;
import dev.needle.testing.Backend;
import dev.needle.testing.ExportFixtures;
import dev.needle.testing.Imports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;

import static dev.needle.testing.SharedData.path;
import static org.assertj.core.api.Assertions.assertThat;

/** The real exports in ../shared/data import with the counts their SOURCE.md gives, on H2 and PostgreSQL. */
class ImportRealExportsTest {

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void salesforceDataExportGives31DealsOf18Won12AccountsTheirStageHistoryAndItsLeads(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.creatingMissingOwners(), path("salesforce-dev-org-export-sample"));

            assertThat(report.committed()).isTrue();
            assertThat(report.errors()).isEmpty();
            StoreCounts stats = needle.store().stats();
            assertThat(stats.deals()).isEqualTo(31);
            assertThat(stats.wonDeals()).isEqualTo(18);
            assertThat(stats.openDeals()).isEqualTo(13);
            assertThat(stats.accounts()).isEqualTo(12);
            assertThat(stats.stageChanges()).isEqualTo(62);
            assertThat(report.files()).filteredOn(file -> file.file().endsWith("Lead.csv"))
                    .singleElement().satisfies(file -> assertThat(file.format()).isEqualTo("salesforce-lead"));
            Path leads = path("salesforce-dev-org-export-sample", "Lead.csv");
            assertThat(stats.leads()).isEqualTo(22).isEqualTo(ExportFixtures.count(leads, row -> row.is("IsDeleted", "0")));
            assertThat(needle.store().dataset().accounts()).isNotEmpty();
            long converted = ExportFixtures.count(leads, row -> row.is("IsConverted", "1"));
            long storedConverted = needle.database().jdbi().withHandle(handle -> handle.createQuery(
                    "select count(*) from lead where converted").mapTo(Long.class).one());
            assertThat(storedConverted).isEqualTo(converted);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void mavenCrmSetGives8800DealsAnd30SellingReps(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(),
                    path("maven-crm-sales-opportunities", "sales_pipeline.csv"),
                    path("maven-crm-sales-opportunities", "sales_teams.csv"),
                    path("maven-crm-sales-opportunities", "accounts.csv"));

            assertThat(report.errors()).isEmpty();
            StoreCounts stats = needle.store().stats();
            assertThat(stats.deals()).isEqualTo(8_800);
            assertThat(stats.wonDeals()).isEqualTo(4_238);
            assertThat(stats.lostDeals()).isEqualTo(2_473);
            assertThat(stats.sellingReps()).isEqualTo(30);
            assertThat(stats.accounts()).isEqualTo(85);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void excelDateVariantOfTheMavenSetImportsToTheSameDeals(Backend backend) {
        Path excel = path("maven-crm-sales-opportunities", "variants", "sales_pipeline_excel_mdy_dates.csv");
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.allOrNothing(), path("maven-crm-sales-opportunities", "sales_pipeline.csv"));
            String before = DealDigest.of(needle);

            ImportReport report = Imports.run(needle, Imports.allOrNothing(), excel);

            assertThat(report.errors()).isEmpty();
            assertThat(needle.store().stats().deals()).isEqualTo(8_800);
            assertThat(DealDigest.of(needle)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void mavenListPriceFillsTheAmountOfLostAndOpenDealsDespiteTheGtxProSpelling(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.allOrNothing(), path("maven-crm-sales-opportunities", "sales_pipeline.csv"));

            // products.csv lists "GTX Pro" at 4821; sales_pipeline.csv says "GTXPro"
            assertThat(DealDigest.amountsByProductOfOpenDeals(needle)).containsEntry("GTXPro", new java.math.BigDecimal("4821"));
        }
    }
}
