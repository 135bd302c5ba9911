package dev.needle.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** needle import is loud: a file it cannot read fails the run on stderr, or is skipped with a warning there when asked. */
class ImportCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path export;

    @Test
    void aCsvOfNoKnownFormatExitsOneNamingTheFileOnStderr() throws IOException {
        Files.writeString(export.resolve("User.csv"), "Id,Name,Email\n005000000000001,Ana Silva,ana@acme.test\n");
        Files.writeString(export.resolve("deals.csv"), "Record Id,Deal Name,Deal Owner\nzcrm_1,Big deal,Ana\n");

        CliRun run = CliRun.in(home, "import", export.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("deals.csv").contains("match no known format").contains("Nothing was stored");
        assertThat(CliRun.in(home, "stats", "--json").out()).containsPattern("\"reps\" *: *0,");
    }

    @Test
    void skipUnknownImportsTheRestAndWarnsOnStderr() throws IOException {
        Files.writeString(export.resolve("User.csv"), "Id,Name,Email\n005000000000001,Ana Silva,ana@acme.test\n");
        Files.writeString(export.resolve("deals.csv"), "Record Id,Deal Name,Deal Owner\nzcrm_1,Big deal,Ana\n");

        CliRun run = CliRun.in(home, "import", "--skip-unknown", export.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning:").contains("deals.csv");
        assertThat(CliRun.in(home, "stats", "--json").out()).containsPattern("\"reps\" *: *1,");
    }

    @Test
    void encodingAndLocaleAreTakenByName() throws IOException {
        Files.writeString(export.resolve("User.csv"), "Id,Name,Email\n005000000000001,Ana Silva,ana@acme.test\n");

        CliRun run = CliRun.in(home, "import", "--encoding", "windows-1252", "--locale", "de-DE", export.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
    }
}
