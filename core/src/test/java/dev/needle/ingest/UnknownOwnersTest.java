package dev.needle.ingest;

import dev.needle.app.Needle;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An owner named by an id that no user in the files or the store has is a row error, not a rep
 * made up on the spot; --create-missing makes the placeholder and the report says which.
 */
class UnknownOwnersTest {
    private static final String USER = "Id,Username,Email,Name\n005000000000001,ana@acme.test,ana@acme.test,Ana Silva\n";
    private static final String TASKS = """
            Id,Subject,Type,ActivityDate,OwnerId,Status
            00T000000000001,Call Acme,Call,2024-01-05,005000000000001,Completed
            00T000000000002,Call Globex,Call,2024-01-05,005000000000999,Completed
            """;

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aTaskWhoseOwnerIdNamesNoUserIsARowErrorNamingFileLineColumnAndId(Backend backend) throws IOException {
        write("User.csv", USER);
        write("Task.csv", TASKS);
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), folder);

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.file()).endsWith("Task.csv");
                assertThat(error.line()).isEqualTo(3);
                assertThat(error.column()).isEqualTo("OwnerId");
                assertThat(error.reason()).contains("005000000000999")
                        .contains("no user with this id in the files or the store; import User.csv too, or pass --create-missing");
            });
            assertThat(needle.store().stats().reps()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void anOpportunityWhoseOwnerIsAlreadyStoredNeedsNoUsersFile(Backend backend) throws IOException {
        write("User.csv", USER);
        try (Needle needle = Imports.needle(backend)) {
            assertThat(Imports.run(needle, Imports.allOrNothing(), folder).committed()).isTrue();
            Files.delete(folder.resolve("User.csv"));
            write("Opportunity.csv", """
                    Id,Name,StageName,IsClosed,IsWon,Amount,CloseDate,OwnerId
                    006000000000001,A,Prospecting,false,false,100,2024-03-01,005000000000001
                    """);

            ImportReport report = Imports.run(needle, Imports.allOrNothing(), folder);

            assertThat(report.errors()).isEmpty();
            assertThat(needle.store().stats().reps()).isEqualTo(1);
            assertThat(report.placeholders()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void withSkipBadTheTaskOfAnUnknownOwnerIsLeftOutAndNoRepIsMade(Backend backend) throws IOException {
        write("User.csv", USER);
        write("Task.csv", TASKS);
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.skipBad(), folder);

            assertThat(report.committed()).isTrue();
            assertThat(report.errors()).hasSize(1);
            assertThat(needle.store().stats().reps()).isEqualTo(1);
            assertThat(needle.store().dataset().activities()).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void createMissingMakesThePlaceholderAndReportsWhereItWasFirstReferenced(Backend backend) throws IOException {
        write("User.csv", USER);
        write("Task.csv", TASKS + "00T000000000003,Call Initech,Call,2024-01-06,005000000000999,Completed\n");
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing().withCreateMissing(true), folder);

            assertThat(report.committed()).isTrue();
            assertThat(report.errors()).isEmpty();
            assertThat(needle.store().stats().reps()).isEqualTo(2);
            assertThat(report.placeholders()).singleElement().satisfies(placeholder -> {
                assertThat(placeholder.source()).isEqualTo("salesforce");
                assertThat(placeholder.externalId()).isEqualTo("005000000000999AAA");
                assertThat(placeholder.file()).endsWith("Task.csv");
                assertThat(placeholder.line()).isEqualTo(3);
            });
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void anOwnerGivenByNameInTheRowIsNoUnknownIdAndBecomesARep(Backend backend) throws IOException {
        // HubSpot's deal export names the owner; the person is in the row itself
        write("hubspot-crm-exports-all-deals-2024-01-05.csv", """
                Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Create Date,Pipeline
                1001,Big deal,Appointment scheduled,100,2024-03-01,Ben Okafor,2024-01-02,Sales Pipeline
                """);
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), folder);

            assertThat(report.errors()).isEmpty();
            assertThat(needle.store().stats().reps()).isEqualTo(1);
            assertThat(report.placeholders()).singleElement()
                    .satisfies(placeholder -> assertThat(placeholder.externalId()).isEqualTo("Ben Okafor"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aTaskWithActivityDateInMonthThirteenIsARowError(Backend backend) throws IOException {
        write("User.csv", USER);
        write("Task.csv", """
                Id,Subject,Type,ActivityDate,OwnerId,Status
                00T000000000001,Call Acme,Call,2024-13-05,005000000000001,Completed
                """);
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), folder);

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.line()).isEqualTo(2);
                assertThat(error.column()).isEqualTo("ActivityDate");
            });
        }
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
    }
}
