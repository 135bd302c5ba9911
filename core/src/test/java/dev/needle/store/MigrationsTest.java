package dev.needle.store;

import dev.needle.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** One migration history on every database, in the SQL each accepts. */
class MigrationsTest {
    /** The checksums every H2 and PostgreSQL store migrated before SQLite came carries in its history. */
    private static final Map<String, Integer> APPLIED = Map.of("1", 636555989, "2", -1082612103, "3", 1583961228);

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES"})
    void appliedMigrationsOfH2AndPostgresqlKeepTheirChecksums(Backend backend) {
        try (Database database = backend.freshDatabase()) {
            Map<String, Integer> checksums = new TreeMap<>();
            database.jdbi().useHandle(handle -> handle.createQuery("select \"version\", \"checksum\" from \"flyway_schema_history\" where \"version\" is not null")
                    .map((rs, ctx) -> checksums.put(rs.getString(1), rs.getInt(2))).list());
            assertThat(checksums).containsAllEntriesOf(APPLIED);
        }
    }

    @Test
    void sqliteReachesTheSameTablesAndColumnsAsH2() throws SQLException {
        try (Database h2 = Backend.H2.freshDatabase(); Database sqlite = Backend.SQLITE.freshDatabase()) {
            assertThat(columns(sqlite)).isEqualTo(columns(h2)).containsKeys("deal", "lead", "api_token");
        }
    }

    private static Map<String, Set<String>> columns(Database database) throws SQLException {
        Map<String, Set<String>> columns = new TreeMap<>();
        try (Connection connection = database.jdbi().open().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = database.dialect() == Dialect.H2 ? "PUBLIC" : null;
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.startsWith("flyway") || table.startsWith("sqlite_")) continue;
                    columns.computeIfAbsent(table, t -> new TreeSet<>()).add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }
}
