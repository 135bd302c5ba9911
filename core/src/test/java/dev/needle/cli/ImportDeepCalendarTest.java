package dev.needle.cli;

import dev.needle.testing.DeepCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A calendar nested 20,000 deep once overflowed the parser's stack: now it is one line of error and exit 1. */
class ImportDeepCalendarTest {
    private static final String REP = "lou@example.com";

    @TempDir
    Path home;
    @TempDir
    Path export;

    @Test
    void aCalendarNestedTwentyThousandDeepFailsWithOneLineNamingTheFileAndLineAndStoresNothing() throws IOException {
        Path reps = Files.writeString(export.resolve("reps.csv"),
                "id,name,email,team,manager_id,time_zone,quota\nR1,Lou Rep," + REP + ",West,,America/Los_Angeles,100000\n");
        assertThat(CliRun.in(home, "import", reps.toString()).exitCode()).isZero();
        Path calendar = Files.writeString(export.resolve(REP + ".ics"), DeepCalendar.nested(20_000, false));

        CliRun run = CliRun.in(home, "import", calendar.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("StackOverflowError", "\tat ");
        assertThat(run.err().lines().filter(line -> line.startsWith("error:")))
                .containsExactly("error: " + calendar + ": line 26: components nest deeper than 20 levels (BEGIN:X-NEST);"
                        + " not a calendar Needle reads");
    }
}
