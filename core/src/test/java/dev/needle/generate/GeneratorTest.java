package dev.needle.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.generate.GeneratorSettings.Style;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
    private static final GeneratorSettings SMALL = new GeneratorSettings(8, 60, 7L);

    @Test
    void sameSeedWritesIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        new Generator(SMALL).writeTo(first, rows -> { });
        new Generator(SMALL).writeTo(second, rows -> { });

        List<Path> files = files(first);
        assertThat(files).hasSize(8 + 8); // 7 CSVs, the JSON, one calendar per rep
        assertThat(files).isEqualTo(files(second));
        for (Path file : files) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file.toString()).isEqualTo(-1L);
        }
    }

    @Test
    void differentSeedWritesDifferentOrg(@TempDir Path first, @TempDir Path second) throws IOException {
        GeneratedOrg one = GeneratedOrg.generate(SMALL, first);
        GeneratedOrg other = GeneratedOrg.generate(SMALL.withSeed(8L), second);

        assertThat(other.summary()).isNotEqualTo(one.summary());
        assertThat(names(other)).isNotEqualTo(names(one));
        assertThat(Files.mismatch(first.resolve("Task.csv"), second.resolve("Task.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void writesOneCsvPerObjectWithTheDocumentedHeaders(@TempDir Path directory) throws IOException {
        GeneratedOrg org = GeneratedOrg.generate(SMALL, directory);

        assertThat(org.rows("Opportunity.csv").get(0).getHeader()).containsExactly("Id", "IsDeleted", "AccountId",
                "Name", "StageName", "Amount", "Probability", "CloseDate", "Type", "NextStep", "LeadSource", "IsClosed",
                "IsWon", "ForecastCategory", "OwnerId", "CreatedDate", "LastModifiedDate");
        assertThat(org.rows("OpportunityHistory.csv").get(0).getHeader()).containsExactly("Id", "OpportunityId",
                "CreatedById", "CreatedDate", "StageName", "Amount", "ExpectedRevenue", "CloseDate", "Probability",
                "ForecastCategory", "IsDeleted");
        assertThat(org.rows("User.csv").get(0).getHeader()).containsExactly("Id", "Username", "LastName",
                "FirstName", "Name", "Email", "IsActive", "ManagerId", "UserRoleId", "TimeZoneSidKey", "Department",
                "Title", "Quota__c", "CreatedDate");
        assertThat(org.rows("Account.csv").get(0).getHeader()).containsExactly("Id", "IsDeleted", "Name", "Type",
                "Industry", "AnnualRevenue", "NumberOfEmployees", "OwnerId", "Dream_Client__c", "CreatedDate");
        assertThat(org.rows("Contact.csv").get(0).getHeader()).containsExactly("Id", "IsDeleted", "AccountId",
                "LastName", "FirstName", "Name", "Title", "Email", "OwnerId", "CreatedDate");
        assertThat(org.rows("Task.csv").get(0).getHeader()).containsExactly("Id", "WhoId", "WhatId", "Subject",
                "ActivityDate", "Status", "Priority", "OwnerId", "Description", "Type", "IsDeleted", "AccountId",
                "IsClosed", "CreatedDate", "CallDurationInSeconds", "CallType", "TaskSubtype", "CompletedDateTime",
                "Value_for_Buyer__c", "Buyer_Next_Step__c");
        assertThat(org.rows("Event.csv").get(0).getHeader()).containsExactly("Id", "WhoId", "WhatId", "Subject",
                "Location", "IsAllDayEvent", "ActivityDateTime", "ActivityDate", "DurationInMinutes", "Description",
                "AccountId", "OwnerId", "Type", "ShowAs", "IsDeleted", "CreatedDate", "Value_for_Buyer__c",
                "Buyer_Next_Step__c");
    }

    @Test
    void summaryCountsWhatWasWritten(@TempDir Path directory) throws IOException {
        GeneratedOrg org = GeneratedOrg.generate(SMALL, directory);
        Summary summary = org.summary();

        long logged = Stream.concat(org.rows("Task.csv").stream(), org.rows("Event.csv").stream())
                .filter(org::logged).count();
        long openTasks = org.rows("Task.csv").stream().filter(task -> !GeneratedOrg.isTrue(task.getField("IsClosed")))
                .count();
        assertThat(summary.reps()).isEqualTo(8).isEqualTo(org.reps().size());
        assertThat(summary.accounts()).isEqualTo(org.rows("Account.csv").size());
        assertThat(summary.contacts()).isEqualTo(org.rows("Contact.csv").size());
        assertThat(summary.deals()).isEqualTo(org.rows("Opportunity.csv").size());
        assertThat(summary.activities()).isEqualTo(logged);
        assertThat(summary.openTasks()).isEqualTo((int) openTasks).isPositive();
        assertThat(summary.calendarEvents()).isGreaterThan(8 * 5);
    }

    @Test
    void progressHearsGrowingRowCounts(@TempDir Path directory) throws IOException {
        List<Long> heard = new ArrayList<>();
        new Generator(SMALL).writeTo(directory, heard::add);

        assertThat(heard).hasSizeGreaterThan(60).isSorted();
        assertThat(heard.get(heard.size() - 1)).isGreaterThan(10_000L);
    }

    @Test
    void aHigherLossFactorLosesMoreDealsAndWinsFewer(@TempDir Path usual, @TempDir Path harsh) throws IOException {
        GeneratorSettings settings = new GeneratorSettings(8, 120, 7L);
        GeneratedOrg one = GeneratedOrg.generate(settings, usual);
        GeneratedOrg other = GeneratedOrg.generate(settings.withLossFactor(3), harsh);

        long[] before = outcomes(one);
        long[] after = outcomes(other);
        assertThat(after[1]).isGreaterThan(before[1]);
        assertThat(after[0] / (double) (after[0] + after[1])).isLessThan(before[0] / (double) (before[0] + before[1]) - 0.1);
        assertThat(new GeneratorSettings(8, 120, 7L, LocalDate.of(2025, 6, 30), Style.EXPORT, GeneratorSettings.Shape.AS_EXPORTED))
                .isEqualTo(settings).extracting(GeneratorSettings::lossFactor).isEqualTo(1.0);
        assertThatThrownBy(() -> settings.withLossFactor(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Won and lost deals. */
    private static long[] outcomes(GeneratedOrg org) throws IOException {
        var deals = org.rows("Opportunity.csv");
        long won = deals.stream().filter(d -> d.getField("IsClosed").equals("1") && d.getField("IsWon").equals("1")).count();
        long lost = deals.stream().filter(d -> d.getField("IsClosed").equals("1") && d.getField("IsWon").equals("0")).count();
        return new long[]{won, lost};
    }

    @Test
    void settingsRejectWhatCannotBeGenerated() {
        assertThatThrownBy(() -> new GeneratorSettings(0, 250, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorSettings(20, 0, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorSettings(20, 250, 1L, null, Style.EXPORT))
                .isInstanceOf(NullPointerException.class);
        assertThat(GeneratorSettings.defaults()).isEqualTo(
                new GeneratorSettings(20, 250, 42L, LocalDate.of(2025, 6, 30), Style.EXPORT));
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).map(directory::relativize).sorted().toList();
        }
    }

    private static List<String> names(GeneratedOrg org) throws IOException {
        return org.rows("User.csv").stream().map(user -> user.getField("Name")).toList();
    }
}
