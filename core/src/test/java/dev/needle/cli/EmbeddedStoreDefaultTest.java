package dev.needle.cli;

import dev.needle.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store is SQLite; a home made before keeps its H2 store, and is told once how things stand. */
class EmbeddedStoreDefaultTest {

    @Test
    void aNewHomeGetsAnSqliteStore(@TempDir Path home) {
        CliRun run = CliRun.in(home, "stats");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("jdbc:sqlite:");
        assertThat(home.resolve("needle.db")).exists();
        assertThat(home.resolve("needle.mv.db")).doesNotExist();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aHomeWithAnH2StoreKeepsUsingItAndSaysSoOnceOnStderr(@TempDir Path home) {
        Database.h2(home).close();

        CliRun run = CliRun.in(home, "stats");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("jdbc:h2:");
        assertThat(home.resolve("needle.db")).doesNotExist();
        assertThat(run.err().lines()).singleElement().asString()
                .contains("holds an H2 store (needle.mv.db)").contains("SQLite");
    }

    @Test
    void theHelpOfDbNamesSqliteAsTheEmbeddedStore() {
        CliRun help = CliRun.of(java.util.Map.of(), "--help");

        assertThat(help.out()).contains("embedded SQLite store").doesNotContain("H2");
    }
}
