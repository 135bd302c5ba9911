package dev.needle.ingest;

import dev.needle.app.Needle;
import dev.needle.domain.Account;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.Outcome;
import dev.needle.domain.Rep;
import dev.needle.store.StoreCounts;
import dev.needle.testing.Backend;
import dev.needle.testing.ExportFixtures;
import dev.needle.testing.Imports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Zoho CRM export (docs/export-shapes.md, zoho/deals) imports to what a direct count over its CSV
 * rows says, on H2 and PostgreSQL.
 */
class ZohoConformanceTest {
    private static final Path FOLDER = ExportFixtures.folder("zoho", "deals");
    private static final Path DEALS = FOLDER.resolve("Deals_2024_03_15.csv");
    private static final Path ACCOUNTS = FOLDER.resolve("Accounts_2024_03_15.csv");

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void everyDealRowBecomesADealWonLostOrOpenByItsStage(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), FOLDER);

            assertThat(report.errors()).isEmpty();
            assertThat(report.committed()).isTrue();
            assertThat(report.files()).extracting(ImportReport.FileReport::format)
                    .containsExactlyInAnyOrder("zoho-accounts", "zoho-deals");
            StoreCounts stats = needle.store().stats();
            assertThat(stats.deals()).isEqualTo(ExportFixtures.count(DEALS, row -> true));
            assertThat(stats.wonDeals()).isEqualTo(ExportFixtures.count(DEALS, row -> row.is("Stage", "Closed Won"))).isPositive();
            assertThat(stats.lostDeals()).isEqualTo(ExportFixtures.count(DEALS, row -> row.is("Stage", "Closed Lost"))).isPositive();
            assertThat(stats.openDeals()).isEqualTo(ExportFixtures.count(DEALS, row -> !row.get("Stage").startsWith("Closed"))).isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void everyDealKeepsItsRecordIdAmountCreatedTimeAndClosingDate(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.allOrNothing(), FOLDER);
            Map<String, Deal> deals = byExternalId(needle.store().dataset());

            long agreeing = ExportFixtures.count(DEALS, row -> {
                Deal deal = deals.get(row.get("Record Id"));
                if (deal == null || !deal.source().equals("zoho") || !deal.name().equals(row.get("Deal Name"))) return false;
                BigDecimal amount = row.get("Amount").isEmpty() ? null : new BigDecimal(row.get("Amount"));
                boolean amountAgrees = amount == null ? deal.amount() == null : deal.amount().compareTo(amount) == 0;
                LocalDate close = row.get("Closing Date").isEmpty() ? null : LocalDate.parse(row.get("Closing Date"));
                Instant created = LocalDateTime.parse(row.get("Created Time").replace(' ', 'T')).toInstant(ZoneOffset.UTC);
                return amountAgrees && deal.currency() == null && Objects.equals(deal.expectedClose(), close)
                        && Objects.equals(deal.closedAt(), deal.outcome() == Outcome.OPEN ? null : close)
                        && deal.createdAt().equals(created) && Objects.equals(deal.stage(), row.get("Stage"))
                        && Objects.equals(deal.leadSource(), row.get("Lead Source").isEmpty() ? null : row.get("Lead Source"));
            });

            assertThat(agreeing).isEqualTo(ExportFixtures.count(DEALS, row -> true));
            assertThat(deals.get("zcrm_4876876000000511003").amount()).isEqualByComparingTo("12000.5");
            assertThat(deals.get("zcrm_4876876000000511001").closedAt()).isEqualTo(LocalDate.of(2024, 3, 28));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void dealsLinkToTheAccountsOfTheAccountsFileThroughTheirZcrmIds(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.allOrNothing(), FOLDER);
            Dataset dataset = needle.store().dataset();
            Map<String, Deal> deals = byExternalId(dataset);
            Map<Long, Account> accounts = dataset.accounts().stream().collect(Collectors.toMap(Account::id, Function.identity()));

            // no stub: every linked account is one of the file's, under its own name
            assertThat((long) dataset.accounts().size()).isEqualTo(ExportFixtures.count(ACCOUNTS, row -> true));
            long linked = ExportFixtures.count(DEALS, row -> {
                Deal deal = deals.get(row.get("Record Id"));
                Account account = deal.accountId() == null ? null : accounts.get(deal.accountId());
                return account != null && account.externalId().equals(row.get("Account Name.id"))
                        && account.name().equals(row.get("Account Name"));
            });
            assertThat(linked).isEqualTo(ExportFixtures.count(DEALS, row -> !row.get("Account Name.id").isEmpty())).isPositive();
            assertThat(deals.get("zcrm_4876876000000511005").accountId()).isNull();
            assertThat(dataset.accounts()).filteredOn(account -> account.name().equals("Umbrella \"Health\" Group"))
                    .singleElement().satisfies(account -> assertThat(account.industry()).isEqualTo("Healthcare"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void eachDealOwnerBecomesOneRepKnownByItsZohoUserIdForWantOfAUsersFile(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.allOrNothing(), FOLDER);
            Dataset dataset = needle.store().dataset();
            Map<String, Deal> deals = byExternalId(dataset);
            Map<Long, Rep> reps = dataset.reps().stream().collect(Collectors.toMap(Rep::id, Function.identity()));

            long owners = ExportFixtures.count(DEALS, row -> {
                Rep owner = reps.get(deals.get(row.get("Record Id")).ownerId());
                return owner != null && owner.externalId().equals(row.get("Deal Owner.id"));
            });
            assertThat(owners).isEqualTo(ExportFixtures.count(DEALS, row -> true));
            assertThat(needle.store().stats().sellingReps()).isEqualTo(3);
            // the store names a rep it creates from a link by the link: Zoho's user id, not "Ben Okafor"
            assertThat(dataset.reps()).extracting(Rep::name).allMatch(name -> name.startsWith("zcrm_"));
        }
    }

    private static Map<String, Deal> byExternalId(Dataset dataset) {
        return dataset.deals().stream().collect(Collectors.toMap(Deal::externalId, Function.identity()));
    }
}
