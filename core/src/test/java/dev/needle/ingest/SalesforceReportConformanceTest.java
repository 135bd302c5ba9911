package dev.needle.ingest;

import dev.needle.app.Needle;
import dev.needle.domain.Account;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.Rep;
import dev.needle.store.StoreCounts;
import dev.needle.testing.Backend;
import dev.needle.testing.ExportFixtures;
import dev.needle.testing.Imports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Salesforce opportunities report exported as CSV (docs/export-shapes.md, salesforce/report-opportunities):
 * no ids, locale-formatted amounts and dates, a footer; imports to what a direct count over its rows says,
 * on H2 and PostgreSQL.
 */
class SalesforceReportConformanceTest {
    private static final Path FOLDER = ExportFixtures.folder("salesforce", "report-opportunities");
    private static final Path US = FOLDER.resolve("report1709733780123.csv");
    private static final Path UK = FOLDER.resolve("report1709733912456.csv");
    private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("M/d/yyyy");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static ImportOptions british() {
        return new ImportOptions(false, null, Imports.CALENDAR_FROM, Imports.CALENDAR_TO, false, null, Locale.UK);
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void everyRowOfAUsReportBecomesADealWonLostOrOpenByItsStageAndTheFooterIsOnlyAWarning(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), US);

            assertThat(report.errors()).isEmpty();
            assertThat(report.committed()).isTrue();
            assertThat(report.files()).singleElement().satisfies(file -> {
                assertThat(file.format()).isEqualTo("salesforce-report-opportunities");
                assertThat(file.bad()).isZero();
            });
            assertThat(report.warnings()).filteredOn(warning -> warning.contains("footer")).singleElement().asString()
                    .contains("report1709733780123.csv").contains("5 footer lines of a report export ignored");
            StoreCounts stats = needle.store().stats();
            assertThat(stats.deals()).isEqualTo(opportunities(US, row -> true));
            assertThat(stats.wonDeals()).isEqualTo(opportunities(US, row -> row.is("Stage", "Closed Won"))).isPositive();
            assertThat(stats.lostDeals()).isEqualTo(opportunities(US, row -> row.is("Stage", "Closed Lost"))).isPositive();
            assertThat(stats.openDeals()).isEqualTo(opportunities(US, row -> !row.get("Stage").startsWith("Closed"))).isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aReportRowIsKeyedByItsAccountAndOpportunityNameInASystemOfItsOwn(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.allOrNothing(), US);
            Map<String, Deal> deals = byExternalId(needle.store().dataset());

            long keyed = opportunities(US, row -> {
                Deal deal = deals.get(row.get("Account Name") + " / " + row.get("Opportunity Name"));
                return deal != null && deal.source().equals("salesforce-report") && deal.name().equals(row.get("Opportunity Name"));
            });
            assertThat(keyed).isEqualTo(opportunities(US, row -> true));
            assertThat(deals).containsKey("Umbrella \"Health\" Group / Umbrella, phase 2");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void dollarAmountsAreReadAsUsdAndMonthFirstDatesAsTheUsLocaleWritesThem(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.allOrNothing(), US);
            Map<String, Deal> deals = byExternalId(needle.store().dataset());

            long agreeing = opportunities(US, row -> {
                Deal deal = deals.get(row.get("Account Name") + " / " + row.get("Opportunity Name"));
                String amount = row.get("Amount");
                boolean amountAgrees = amount.isEmpty()
                        ? deal.amount() == null && deal.currency() == null
                        : deal.amount().compareTo(new BigDecimal(amount.replace("$", "").replace(",", ""))) == 0
                          && "USD".equals(deal.currency());
                LocalDate close = LocalDate.parse(row.get("Close Date"), MONTH_FIRST);
                LocalDate created = LocalDate.parse(row.get("Created Date"), MONTH_FIRST);
                return amountAgrees && deal.expectedClose().equals(close)
                        && Objects.equals(deal.closedAt(), deal.isOpen() ? null : close)
                        && deal.createdAt().equals(created.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            });

            assertThat(agreeing).isEqualTo(opportunities(US, row -> true));
            Deal acme = deals.get("Acme, Ltd / Acme rollout");
            assertThat(acme.amount()).isEqualByComparingTo("48000");
            assertThat(acme.closedAt()).isEqualTo(LocalDate.of(2024, 3, 28));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void ownersAndAccountsNamedInTheReportBecomeRepsAndAccountsOfThoseNames(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.allOrNothing(), US);
            Dataset dataset = needle.store().dataset();
            Map<String, Deal> deals = byExternalId(dataset);
            Map<Long, Rep> reps = dataset.reps().stream().collect(Collectors.toMap(Rep::id, Function.identity()));
            Map<Long, Account> accounts = dataset.accounts().stream().collect(Collectors.toMap(Account::id, Function.identity()));

            long linked = opportunities(US, row -> {
                Deal deal = deals.get(row.get("Account Name") + " / " + row.get("Opportunity Name"));
                return reps.get(deal.ownerId()).name().equals(row.get("Opportunity Owner"))
                        && accounts.get(deal.accountId()).name().equals(row.get("Account Name"));
            });
            assertThat(linked).isEqualTo(opportunities(US, row -> true));
            // Acme, Ltd has two opportunities and Ben Okafor owns two: one account, one rep each
            assertThat(dataset.accounts()).extracting(Account::name).doesNotHaveDuplicates().hasSize(6);
            assertThat(dataset.reps()).extracting(Rep::name)
                    .containsExactlyInAnyOrder("Ben Okafor", "Cho Min-jun", "Devi Raman", "Eli Navarro");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aBritishReportImportedWithABritishLocaleReadsItsDatesDayFirstAndKeepsTheCurrencyOfEachAmount(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, british(), UK);

            assertThat(report.errors()).isEmpty();
            assertThat(report.warnings()).filteredOn(warning -> warning.contains("footer")).singleElement().asString().contains("5 footer lines of a report export ignored");
            Map<String, Deal> deals = byExternalId(needle.store().dataset());
            long agreeing = opportunities(UK, row -> {
                Deal deal = deals.get(row.get("Account Name") + " / " + row.get("Opportunity Name"));
                String[] amount = row.get("Amount").split(" ");
                LocalDate close = LocalDate.parse(row.get("Close Date"), DAY_FIRST);
                return deal != null && deal.currency().equals(amount[0])
                        && deal.amount().compareTo(new BigDecimal(amount[1].replace(",", ""))) == 0
                        && deal.expectedClose().equals(close)
                        && Objects.equals(deal.closedAt(), deal.isOpen() ? null : close)
                        && deal.createdAt().equals(LocalDate.parse(row.get("Created Date"), DAY_FIRST)
                                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            });
            assertThat(agreeing).isEqualTo(opportunities(UK, row -> true));
            StoreCounts stats = needle.store().stats();
            assertThat(stats.wonDeals()).isEqualTo(opportunities(UK, row -> row.is("Stage", "Closed Won")));
            assertThat(stats.lostDeals()).isEqualTo(opportunities(UK, row -> row.is("Stage", "Closed Lost")));
            Deal acme = deals.get("Acme, Ltd / Acme rollout");
            assertThat(acme.currency()).isEqualTo("EUR");
            assertThat(acme.closedAt()).isEqualTo(LocalDate.of(2024, 3, 28));
            assertThat(acme.createdAt()).isEqualTo(java.time.Instant.parse("2024-01-05T00:00:00Z"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aBritishReportImportedWithTheDefaultUsLocaleIsRefusedWithTheFixAndNothingIsStored(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), UK);

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.line()).isPositive();
                assertThat(error.reason()).contains("month-first").contains("--locale en-GB");
            });
            assertThat(report.errors()).extracting(RowError::column).contains("Close Date");
            assertThat(needle.store().stats().deals()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theTwoReportsOfOneOrgNameTheSameOpportunitiesAndSoTheSameDeals(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.allOrNothing(), US);
            ImportReport second = Imports.run(needle, british(), UK);

            assertThat(second.errors()).isEmpty();
            assertThat(needle.store().stats().deals()).isEqualTo(opportunities(US, row -> true));
            assertThat(byExternalId(needle.store().dataset()).get("Acme, Ltd / Acme rollout").currency()).isEqualTo("EUR");
        }
    }

    /**
     * Report rows that satisfy {@code wanted}, counted directly over the CSV; the footer's one-field
     * lines (report name, copyright, Generated By) name no opportunity and are not rows.
     */
    private static long opportunities(Path report, java.util.function.Predicate<ExportFixtures.Row> wanted) {
        return ExportFixtures.count(report, row -> !row.get("Opportunity Name").isEmpty() && wanted.test(row));
    }

    private static Map<String, Deal> byExternalId(Dataset dataset) {
        return dataset.deals().stream().collect(Collectors.toMap(Deal::externalId, Function.identity()));
    }
}
