package dev.needle.store;

import dev.needle.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a store starts Flyway only when its history does not end at the newest migration. */
class DatabaseMigrationCheckTest {
    @TempDir
    Path home;

    @Test
    void theNewestMigrationIsTheHighestVersionedFile() {
        assertThat(Migrations.newest(List.of("V1__schema.sql", "V10__more.sql", "V2__users.sql", "README.md"))).hasValue(10);
    }

    @Test
    void aMigrationNamedOtherwiseLeavesTheDecisionToFlyway() {
        assertThat(Migrations.newest(List.of("V1__schema.sql", "R__views.sql"))).isEmpty();
        assertThat(Migrations.newest(List.of("V1__schema.sql", "V1.1__patch.sql"))).isEmpty();
        assertThat(Migrations.newest(List.of())).isEmpty();
    }

    @Test
    void bothFoldersOfMigrationsAreFoundOnTheClassPath() {
        assertThat(Migrations.newest(Dialect.SQLITE)).isPresent().isEqualTo(Migrations.newest(Dialect.H2));
    }

    @Test
    void aFreshDatabaseIsNotCurrent() throws SQLException {
        try (Connection fresh = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("fresh.db"))) {
            assertThat(Database.schemaIsCurrent(fresh, Dialect.SQLITE)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStoreJustOpenedIsCurrentUntilItsHistoryLacksTheNewestMigration(Backend backend) throws SQLException {
        String newest = String.valueOf(Migrations.newest(Dialect.SQLITE).orElseThrow());
        try (Database database = backend.freshDatabase(); Connection connection = database.connection()) {
            assertThat(Database.schemaIsCurrent(connection, database.dialect())).isTrue();

            database.jdbi().useHandle(handle -> handle.execute("delete from \"flyway_schema_history\" where \"version\" = ?", newest));
            assertThat(Database.schemaIsCurrent(connection, database.dialect())).isFalse();
        }
    }

    @Test
    void aStoreWhoseNewestMigrationFailedIsNotCurrent() throws SQLException {
        String newest = String.valueOf(Migrations.newest(Dialect.SQLITE).orElseThrow());
        try (Database database = Backend.SQLITE.freshDatabase(); Connection connection = database.connection()) {
            database.jdbi().useHandle(handle -> handle.execute("update flyway_schema_history set success = 0 where version = ?", newest));
            assertThat(Database.schemaIsCurrent(connection, Dialect.SQLITE)).isFalse();
        }
    }
}
