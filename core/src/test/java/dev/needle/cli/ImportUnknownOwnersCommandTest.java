package dev.needle.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** needle import refuses a task of an owner nobody knows, and with --create-missing says which placeholders it made. */
class ImportUnknownOwnersCommandTest {
    private static final String TASK = """
            Id,Subject,Type,ActivityDate,OwnerId,Status
            00T000000000001,Call Acme,Call,2024-01-05,005000000000999,Completed
            """;

    @TempDir
    Path home;
    @TempDir
    Path export;

    @Test
    void aTaskOfAnUnknownOwnerExitsOneNamingFileLineColumnAndWhatToDo() throws IOException {
        Files.writeString(export.resolve("Task.csv"), TASK);

        CliRun run = CliRun.in(home, "import", export.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Task.csv:2 [OwnerId]: 005000000000999AAA: no user with this id in the files or the store;")
                .contains("--create-missing");
        assertThat(CliRun.in(home, "stats", "--json").out()).containsPattern("\"reps\" *: *0,");
    }

    @Test
    void createMissingImportsTheTaskAndListsThePlaceholderInTextAndJson() throws IOException {
        Files.writeString(export.resolve("Task.csv"), TASK);

        CliRun run = CliRun.in(home, "import", "--create-missing", export.toString());
        CliRun again = CliRun.in(home, "import", "--create-missing", "--json", export.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Placeholder reps made").contains("salesforce 005000000000999AAA (first referenced at ")
                .contains("Task.csv:2)");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).as("the second import finds the placeholder stored").containsPattern("\"placeholders\" *: *\\[ *]");
    }

    @Test
    void aTaskWithActivityDateInMonthThirteenExitsOne() throws IOException {
        Files.writeString(export.resolve("User.csv"), "Id,Name,Email\n005000000000001,Ana Silva,ana@acme.test\n");
        Files.writeString(export.resolve("Task.csv"), TASK.replace("2024-01-05", "2024-13-05").replace("999", "001"));

        CliRun run = CliRun.in(home, "import", export.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Task.csv:2 [ActivityDate]");
    }
}
