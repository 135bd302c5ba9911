package dev.needle.cli;

import dev.needle.store.Database;
import dev.needle.testing.Backend;
import dev.needle.testing.ChildNeedle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** needle backup and needle restore on the embedded SQLite store. */
class BackupAndRestoreTest {
    @TempDir
    static Path export;

    @BeforeAll
    static void generate() {
        CliRun generated = CliRun.of(Map.of(), "generate", export.toString(), "--reps", "6", "--days", "60", "--until", "2026-06-30");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
    }

    @Test
    void aRestoredBackupHoldsEveryRowOfEveryTableAndTheOldStoreIsKept(@TempDir Path home, @TempDir Path other, @TempDir Path backups) throws SQLException {
        assertThat(CliRun.in(home, "import", export.toString()).exitCode()).isZero();
        assertThat(CliRun.in(home, "user", "add", "ops@acme.test", "--name", "Ops", "--role", "admin").exitCode()).isZero();
        assertThat(CliRun.in(home, "token", "create", "--user", "ops@acme.test").exitCode()).isZero();
        assertThat(CliRun.in(other, "stats").exitCode()).isZero();
        Path backup = backups.resolve("needle-backup.db");

        CliRun backedUp = CliRun.in(home, "backup", backup.toString());
        CliRun restored = CliRun.in(other, "restore", backup.toString());

        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(other.resolve("needle.db.before-restore")).exists();
        assertThat(restored.out()).contains("the previous store is " + other.resolve("needle.db.before-restore").toAbsolutePath());
        Map<String, List<String>> original = tables(home.resolve("needle.db"));
        assertThat(original.get("activity")).hasSizeGreaterThan(1000);
        assertThat(original.get("api_token")).hasSize(1);
        assertThat(tables(other.resolve("needle.db"))).isEqualTo(original);
        assertThat(CliRun.in(other, "stats").out().replace(other.toString(), "HOME"))
                .isEqualTo(CliRun.in(home, "stats").out().replace(home.toString(), "HOME"));
    }

    @Test
    void restoreRefusesAFileThatIsNotANeedleStore(@TempDir Path home, @TempDir Path files) throws IOException, SQLException {
        Path text = Files.writeString(files.resolve("notes.db"), "not a database at all, just text of some length".repeat(100));
        Path foreign = files.resolve("foreign.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement statement = connection.createStatement()) {
            statement.execute("create table customer (id integer primary key, name text)");
        }

        CliRun fromText = CliRun.in(home, "restore", text.toString());
        CliRun fromForeign = CliRun.in(home, "restore", foreign.toString());

        assertThat(fromText.exitCode()).isEqualTo(1);
        assertThat(fromText.err()).contains("is not a Needle SQLite store");
        assertThat(fromForeign.exitCode()).isEqualTo(1);
        assertThat(fromForeign.err()).contains("not a Needle store");
        assertThat(home.resolve("needle.db")).doesNotExist();
    }

    @Test
    void restoreRefusesWhileAServerHasTheStoreOpen(@TempDir Path home, @TempDir Path backups) throws Exception {
        assertThat(CliRun.in(home, "stats").exitCode()).isZero();
        Path backup = backups.resolve("backup.db");
        assertThat(CliRun.in(home, "backup", backup.toString()).exitCode()).isZero();
        Path log = backups.resolve("serve.log");
        Process serving = ChildNeedle.start(log, "--home", home.toString(), "serve", "--port", "0");
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Files.readString(log).contains("Needle serves") && System.nanoTime() < deadline) Thread.sleep(100);
            assertThat(Files.readString(log)).contains("Needle serves");

            CliRun restored = CliRun.in(home, "restore", backup.toString());

            assertThat(restored.exitCode()).isEqualTo(1);
            assertThat(restored.err()).contains("another process (needle serve?) has");
            assertThat(home.resolve("needle.db.before-restore")).doesNotExist();
        } finally {
            serving.destroy();
            serving.waitFor();
        }
        assertThat(CliRun.in(home, "restore", backup.toString()).exitCode()).isZero();
    }

    @Test
    void anH2HomeIsBackedUpAsAZipAndPostgresqlIsPointedToItsOwnTools(@TempDir Path home, @TempDir Path backups) throws IOException {
        Database.h2(home).close();
        Path zip = backups.resolve("needle-h2.zip");

        CliRun backedUp = CliRun.in(home, "backup", zip.toString());
        String postgres = Backend.POSTGRES.freshUrl(null);
        CliRun compactPostgres = CliRun.of(Map.of(), "--db", postgres, "store", "compact");
        CliRun backUpPostgres = CliRun.of(Map.of(), "--db", postgres, "backup", backups.resolve("pg.db").toString());

        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        try (ZipFile backup = new ZipFile(zip.toFile())) {
            assertThat(backup.stream().map(ZipEntry::getName)).contains("needle.mv.db");
        }
        assertThat(compactPostgres.exitCode()).isEqualTo(1);
        assertThat(compactPostgres.err()).contains("VACUUM FULL");
        assertThat(backUpPostgres.exitCode()).isEqualTo(1);
        assertThat(backUpPostgres.err()).contains("pg_dump");
    }

    /** Every table's rows in id order, each row as text. */
    static Map<String, List<String>> tables(Path file) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select name from sqlite_master where type = 'table' order by name")) {
                while (rs.next()) names.add(rs.getString(1));
            }
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("select * from " + name + " order by rowid")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) row.append(rs.getString(i)).append('|');
                        rows.add(row.toString());
                    }
                }
                tables.put(name, rows);
            }
        }
        return tables;
    }
}
