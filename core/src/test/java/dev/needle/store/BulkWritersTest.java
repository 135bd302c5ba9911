package dev.needle.store;

import dev.needle.testing.Backend;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bulk paths an import writes through: batches of a prepared upsert (SQLite, H2) and COPY into staging (PostgreSQL). */
class BulkWritersTest {

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aFileThatGivesARecordTwiceKeepsItsLastVersion(Backend backend) {
        try (Database database = backend.freshDatabase(); Handle handle = database.jdbi().open()) {
            handle.begin();
            TableWriter reps = TableWriter.of(handle.getConnection(), database.dialect(), JdbiImportSession.REP);
            reps.add("salesforce", "005A", "Ann Lee", "ann@example.com", "East", "Europe/Paris", null);
            reps.add("salesforce", "005B", "Bo Chen", null, null, null, null);
            reps.add("salesforce", "005A", "Ann Lee-Smith", "ann@example.com", "West", "Europe/Paris", new BigDecimal("1000"));
            assertThat(reps.flush()).isTrue();
            reps.finish();
            handle.commit();

            assertThat(handle.createQuery("select name, team from rep where external_id = '005A'").mapToMap().list())
                    .containsExactly(Map.of("name", "Ann Lee-Smith", "team", "West"));
            assertThat(handle.createQuery("select count(*) from rep").mapTo(Long.class).one()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void valuesReadBackExactlyAsTheyWereGiven(Backend backend) throws SQLException {
        String awkward = "Smith, \"Jones\" & Co\nsecond line \\N";
        Instant created = Instant.parse("2026-03-01T09:30:15.123456Z");
        try (Database database = backend.freshDatabase(); Handle handle = database.jdbi().open()) {
            handle.begin();
            TableWriter reps = TableWriter.of(handle.getConnection(), database.dialect(), JdbiImportSession.REP);
            reps.add("salesforce", "005A", "Ann", null, "", null, null);
            reps.flush();
            long rep = handle.createQuery("select id from rep").mapTo(Long.class).one();
            TableWriter deals = TableWriter.of(handle.getConnection(), database.dialect(), JdbiImportSession.DEAL);
            deals.add("salesforce", "006A", rep, null, awkward, new BigDecimal("1234.5678"), "EUR", "Closed Won", null, "",
                    created, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 2), "WON");
            deals.finish();
            reps.finish();
            handle.commit();

            assertThat(handle.createQuery("select team from rep").mapTo(String.class).one()).isEmpty();
            assertThat(handle.createQuery("select email from rep").mapTo(String.class).findOne()).isEmpty();
            handle.createQuery("select * from deal").map((rs, ctx) -> {
                assertThat(rs.getString("name")).isEqualTo(awkward);
                assertThat(new BigDecimal(rs.getString("amount"))).isEqualByComparingTo("1234.5678");
                assertThat(rs.getString("lead_source")).isNull();
                assertThat(rs.getString("product")).isEmpty();
                assertThat(database.dialect().instant(rs, "created_at")).isEqualTo(created);
                assertThat(rs.getString("expected_close")).startsWith("2026-04-30");
                return 1;
            }).one();
        }
    }

    @Test
    void loadingAnEmptyTableOnPostgresqlPutsEveryForeignKeyBackAtTheEndAndTheyStillRefuseADanglingLink() {
        try (Database database = Backend.POSTGRES.freshDatabase(); Handle handle = database.jdbi().open()) {
            List<String> before = foreignKeys(handle, "deal");
            handle.begin();
            TableWriter reps = TableWriter.of(handle.getConnection(), database.dialect(), JdbiImportSession.REP);
            reps.add("salesforce", "005A", "Ann", null, null, null, null);
            reps.flush();
            long rep = handle.createQuery("select id from rep").mapTo(Long.class).one();
            TableWriter deals = new CopyWriter(handle.getConnection(), JdbiImportSession.DEAL, 2);
            for (int i = 0; i < 3; i++) {
                deals.add("salesforce", "006" + i, rep, null, "Deal " + i, null, null, "Prospecting", null, null,
                        Instant.parse("2026-03-01T09:30:00Z"), null, null, "OPEN");
            }
            assertThat(deals.flush()).isTrue();
            assertThat(foreignKeys(handle, "deal")).as("checked once, when the import ends").isEmpty();
            deals.finish();
            reps.finish();
            handle.commit();

            assertThat(foreignKeys(handle, "deal")).isNotEmpty().isEqualTo(before);
            assertThat(handle.createQuery("select count(*) from deal").mapTo(Long.class).one()).isEqualTo(3);
            assertThatThrownBy(() -> handle.execute("insert into deal (source, external_id, owner_id, name, stage, created_at, outcome)"
                    + " values ('salesforce', '006X', 999999, 'Dangling', 'Prospecting', now(), 'OPEN')"))
                    .hasMessageContaining("foreign key");
        }
    }

    @Test
    void anEmptySqliteTableIsLoadedWithoutItsIndexesWhichAreBuiltWhenTheImportEndsAndSurviveARollback() {
        try (Database database = Backend.SQLITE.freshDatabase(); Handle handle = database.jdbi().open()) {
            List<String> before = indexes(handle, "deal");
            handle.begin();
            TableWriter reps = TableWriter.of(handle.getConnection(), database.dialect(), JdbiImportSession.REP);
            reps.add("salesforce", "005A", "Ann", null, null, null, null);
            reps.flush();
            long rep = handle.createQuery("select id from rep").mapTo(Long.class).one();
            TableWriter deals = TableWriter.of(handle.getConnection(), database.dialect(), JdbiImportSession.DEAL);
            deals.add("salesforce", "0061", rep, null, "Deal", null, null, "Prospecting", null, null, null, null, null, "OPEN");

            assertThat(indexes(handle, "deal")).hasSizeLessThan(before.size());
            deals.flush();
            assertThat(indexes(handle, "deal")).hasSizeLessThan(before.size());
            deals.finish();
            assertThat(indexes(handle, "deal")).isEqualTo(before);
            assertThat(handle.createQuery("pragma temp_store").mapTo(Integer.class).one())
                    .as("the builds sorted on disk; the import goes on with its journals in memory").isEqualTo(2);
            handle.rollback();
            assertThat(indexes(handle, "deal")).isEqualTo(before).contains("deal_owner");
        }
    }

    private static List<String> indexes(Handle handle, String table) {
        return handle.createQuery("select name from sqlite_master where type = 'index' and tbl_name = :table order by name")
                .bind("table", table).mapTo(String.class).list();
    }

    private static List<String> foreignKeys(Handle handle, String table) {
        return handle.createQuery("select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint"
                + " where conrelid = '" + table + "'::regclass and contype = 'f' order by conname").mapTo(String.class).list();
    }
}
