package dev.needle.ingest;

import dev.needle.app.Needle;
import dev.needle.domain.Account;
import dev.needle.domain.Activity;
import dev.needle.domain.Commitment;
import dev.needle.domain.Contact;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.store.StoreCounts;
import dev.needle.testing.Backend;
import dev.needle.testing.ExportFixtures;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pipedrive's real export shapes (src/test/resources/exports/pipedrive/, see docs/export-shapes.md)
 * imported as the CLI does, on H2 and PostgreSQL, and the store compared with a direct count over the
 * CSV rows: status gives the outcome, both spellings of the currency column keep the currency, people's
 * e-mails come from the Work/Home/Other columns, and an organization named by deals and numbered by
 * activities is one account.
 */
class PipedriveConformanceTest {
    private static final Path PEOPLE_FOLDER = ExportFixtures.folder("pipedrive", "people");
    private static final Path DEALS_FOLDER = ExportFixtures.folder("pipedrive", "deals");
    private static final Path ACTIVITIES_FOLDER = ExportFixtures.folder("pipedrive", "activities");
    private static final Path PEOPLE = PEOPLE_FOLDER.resolve("people-8412345-17.csv");
    private static final Path ACTIVITIES = ACTIVITIES_FOLDER.resolve("activities-8412345-20.csv");
    private static final List<Path> DEALS = List.of(DEALS_FOLDER.resolve("deals-8412345-18.csv"), DEALS_FOLDER.resolve("deals-8412345-19.csv"));
    private static final String[] EMAILS = {"Person - Email - Work", "Person - Email - Home", "Person - Email - Other"};

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void dealsAreCountedByTheirStatusWithTheDeletedOnesLeftOut(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), DEALS_FOLDER);

            assertThat(report.errors()).isEmpty();
            assertThat(report.committed()).isTrue();
            StoreCounts stats = needle.store().stats();
            assertThat(stats.deals()).isEqualTo(count(DEALS, row -> !row.is("Deal - Status", "deleted")));
            assertThat(stats.wonDeals()).isEqualTo(count(DEALS, row -> row.is("Deal - Status", "won")));
            assertThat(stats.lostDeals()).isEqualTo(count(DEALS, row -> row.is("Deal - Status", "lost")));
            assertThat(stats.openDeals()).isEqualTo(count(DEALS, row -> row.is("Deal - Status", "open")));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theCurrencyIsKeptWhetherTheColumnSaysCurrencyOfValueOrCurrencyOfValueCapitalised(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            Imports.run(needle, Imports.allOrNothing(), DEALS_FOLDER);

            List<Deal> deals = needle.store().dataset().deals();
            for (Path file : DEALS) {
                // the column is "Currency of value" in one file and "Currency of Value" in the other; the count ignores case
                assertThat(count(List.of(file), row -> !row.is("Deal - Status", "deleted") && deals.stream().anyMatch(deal ->
                        deal.externalId().equals(row.get("Deal - ID")) && row.get("Deal - Currency of value").equals(deal.currency()))))
                        .as(file.getFileName().toString())
                        .isEqualTo(count(List.of(file), row -> !row.is("Deal - Status", "deleted")));
            }
            assertThat(deals).filteredOn(deal -> deal.externalId().equals("207")).singleElement()
                    .satisfies(deal -> assertThat(deal.currency()).isEqualTo("USD"));
            assertThat(deals).filteredOn(deal -> deal.externalId().equals("210")).singleElement()
                    .satisfies(deal -> assertThat(deal.currency()).isEqualTo("GBP"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void peopleGetTheirEmailFromTheWorkHomeOrOtherColumnAndTheFirstOfSeveralAddresses(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), PEOPLE_FOLDER);

            assertThat(report.errors()).isEmpty();
            assertThat(report.files()).extracting(ImportReport.FileReport::format).containsExactly("pipedrive-people");
            List<Contact> contacts = needle.store().dataset().contacts();
            assertThat((long) contacts.size()).isEqualTo(ExportFixtures.count(PEOPLE, row -> true));
            assertThat(contacts.stream().filter(contact -> contact.email() != null).count())
                    .isEqualTo(ExportFixtures.count(PEOPLE, row -> !firstEmail(row).isEmpty()));
            assertThat(ExportFixtures.count(PEOPLE, row -> contacts.stream().anyMatch(contact ->
                    contact.externalId().equals(row.get("Person - ID")) && firstEmail(row).equals(contact.email() == null ? "" : contact.email()))))
                    .as("every person's e-mail is the first address of the first filled e-mail column")
                    .isEqualTo(ExportFixtures.count(PEOPLE, row -> true));
            assertThat(email(contacts, "103")).as("a Home address only").isEqualTo("peter.g@mail.example");
            assertThat(email(contacts, "104")).as("an Other address only").isEqualTo("alice@umbrella.example");
            assertThat(email(contacts, "105")).as("two addresses in one cell").isEqualTo("pepper@stark.example");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void doneActivitiesAreActivitiesAndToDoOnesNextActionsOrCommitmentsEachOnTheAccountItsDealIsOn(Backend backend) {
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), PEOPLE_FOLDER, DEALS_FOLDER, ACTIVITIES_FOLDER);

            assertThat(report.errors()).isEmpty();
            assertThat(report.committed()).isTrue();
            StoreCounts stats = needle.store().stats();
            Dataset dataset = needle.store().dataset();
            assertThat(stats.activities()).isEqualTo(ExportFixtures.count(ACTIVITIES, row -> row.is("Activity - Done", "Done")));
            assertThat(stats.nextActions()).isEqualTo(ExportFixtures.count(ACTIVITIES,
                    row -> row.is("Activity - Done", "To do") && !row.get("Deal - ID").isEmpty()));
            assertThat((long) dataset.commitments().size()).isEqualTo(ExportFixtures.count(ACTIVITIES,
                    row -> row.is("Activity - Done", "To do") && row.get("Deal - ID").isEmpty()));
            // no organizations export: each organization the deals name is one account, known by its name
            assertThat(stats.accounts()).isEqualTo(distinct(DEALS, "Deal - Organization", row -> !row.is("Deal - Status", "deleted")));
            Activity discovery = activity(dataset, "301");
            assertThat(discovery.durationMinutes()).isEqualTo(30);
            assertThat(account(dataset, discovery.accountId()).name()).isEqualTo("Acme, Ltd");
            assertThat(discovery.accountId()).isEqualTo(deal(dataset, "201").accountId());
            Commitment caseStudy = dataset.commitments().stream().filter(c -> c.externalId().equals("306")).findFirst().orElseThrow();
            assertThat(caseStudy.accountId()).as("the organization named on a to-do with no deal").isEqualTo(deal(dataset, "204").accountId());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void anOrganizationNamedByDealsAndPeopleAndNumberedByActivitiesIsOneAccount(Backend backend) throws IOException {
        Path folder = temp.resolve("export");
        Files.createDirectories(folder);
        for (Path file : List.of(PEOPLE, DEALS.get(0), DEALS.get(1), ACTIVITIES)) Files.copy(file, folder.resolve(file.getFileName()));
        Path organizations = folder.resolve("organizations-8412345-16.csv");
        Files.writeString(organizations, """
                Organization - ID,Organization - Name,Organization - Owner
                11,"Acme, Ltd",Ben Okafor
                12,Globex Corporation,Cho Min-jun
                13,Initech,Devi Raman
                14,"Umbrella ""Health"" Group",Ben Okafor
                15,Stark Industries,Cho Min-jun
                16,Wayne Enterprises,Devi Raman
                """, StandardCharsets.UTF_8);
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), folder);

            assertThat(report.errors()).isEmpty();
            // Pipedrive exports no users here, so owners are reps known by name; but no link dangles and no account is a stand-in
            assertThat(report.warnings()).as("every organization, person and deal linked to is there")
                    .noneMatch(warning -> warning.contains("links to a") || warning.contains("accounts known only"));
            Dataset dataset = needle.store().dataset();
            assertThat((long) dataset.accounts().size()).isEqualTo(ExportFixtures.count(organizations, row -> true));
            assertThat(dataset.deals()).allSatisfy(deal -> assertThat(account(dataset, deal.accountId()).externalId()).matches("1[1-6]"));
            assertThat(dataset.contacts()).filteredOn(contact -> !contact.externalId().equals("107"))
                    .allSatisfy(contact -> assertThat(contact.accountId()).isNotNull());
            assertThat(dataset.activities()).allSatisfy(activity -> assertThat(account(dataset, activity.accountId()).externalId())
                    .isEqualTo(cell(ACTIVITIES, "Activity - ID", activity.externalId(), "Organization - ID")));
            assertThat(account(dataset, deal(dataset, "201").accountId()).externalId()).isEqualTo("11");
        }
    }

    private static String firstEmail(ExportFixtures.Row row) {
        for (String column : EMAILS) {
            if (!row.get(column).isEmpty()) return row.get(column).split(",")[0].trim();
        }
        return "";
    }

    private static long count(List<Path> files, java.util.function.Predicate<ExportFixtures.Row> wanted) {
        return files.stream().mapToLong(file -> ExportFixtures.count(file, wanted)).sum();
    }

    private static long distinct(List<Path> files, String column, java.util.function.Predicate<ExportFixtures.Row> wanted) {
        Set<String> values = new HashSet<>();
        count(files, row -> {
            if (wanted.test(row) && !row.get(column).isEmpty()) values.add(row.get(column));
            return false;
        });
        return values.size();
    }

    private static String cell(Path csv, String idColumn, String id, String column) {
        StringBuilder value = new StringBuilder();
        ExportFixtures.count(csv, row -> {
            if (row.get(idColumn).equals(id)) value.append(row.get(column));
            return false;
        });
        return value.toString();
    }

    private static String email(List<Contact> contacts, String id) {
        return contacts.stream().filter(c -> c.externalId().equals(id)).findFirst().orElseThrow().email();
    }

    private static Deal deal(Dataset dataset, String externalId) {
        return dataset.deals().stream().filter(d -> d.externalId().equals(externalId)).findFirst().orElseThrow();
    }

    private static Account account(Dataset dataset, Long id) {
        return dataset.accounts().stream().filter(a -> id != null && a.id() == id).findFirst().orElseThrow();
    }

    private static Activity activity(Dataset dataset, String externalId) {
        return dataset.activities().stream().filter(a -> a.externalId().equals(externalId)).findFirst().orElseThrow();
    }
}
