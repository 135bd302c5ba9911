package dev.needle.store;

import dev.needle.audit.Actor;
import dev.needle.audit.AuditEntry;
import dev.needle.audit.Change;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The audit trail of API writes in the audit_record table. Appending takes the handle of the write's
 * own transaction, so the record commits or rolls back with the change it describes.
 */
public final class AuditTrail {
    /** What a read without {@code since} covers. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    public static final int MAX_LIMIT = 1000;
    private static final int RECORDS_WIDTH = 4000;
    private final Jdbi jdbi;
    private final Clock clock;
    private final RowMapper<AuditEntry> entry;

    AuditTrail(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
        Dialect dialect = database.dialect();
        this.entry = (rs, ctx) -> AuditEntry.of(rs.getLong("id"), dialect.instant(rs, "recorded_at"),
                new Actor(Dialect.nullableLong(rs, "user_id"), rs.getString("email"), rs.getString("role"),
                        Dialect.nullableLong(rs, "token_id"), rs.getString("route")),
                rs.getString("action"), records(rs.getString("records")), rs.getString("change_json"));
    }

    /** Records {@code change} by {@code actor} inside the transaction {@code handle} runs. */
    void append(Handle handle, Actor actor, Change change) {
        handle.createUpdate("""
                        insert into audit_record (recorded_at, user_id, email, role, token_id, route, action, records, change_json)
                        values (:at, :user, :email, :role, :token, :route, :action, :records, :change)""")
                .bind("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .bind("user", actor.userId()).bind("email", actor.email()).bind("role", actor.role())
                .bind("token", actor.tokenId()).bind("route", actor.route()).bind("action", change.action())
                .bind("records", cut(change.recordList())).bind("change", change.json())
                .execute();
    }

    /**
     * Records in time order; {@code more} when others after them matched too (read on from the last one's time).
     * Also the document {@code needle audit --json} and {@code GET /api/audit} write, fields in this order.
     */
    public record Page(List<AuditEntry> records, boolean more) {
    }

    /**
     * The records made at or after {@code since} (null: the last {@link #DEFAULT_WINDOW}), oldest first,
     * at most {@code limit} (1 to {@link #MAX_LIMIT}).
     */
    public Page since(Instant since, int limit) {
        Instant from = since != null ? since : clock.instant().minus(DEFAULT_WINDOW);
        int rows = Math.max(1, Math.min(limit, MAX_LIMIT));
        // one row more than asked tells whether there are more
        List<AuditEntry> found = jdbi.withHandle(handle -> handle.createQuery("""
                        select * from audit_record where recorded_at >= :from order by recorded_at, id""")
                .bind("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .setMaxRows(rows + 1)
                .map(entry).list());
        return new Page(found.subList(0, Math.min(rows, found.size())), found.size() > rows);
    }

    private static List<String> records(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(", "));
    }

    /** A write touches a handful of records; the column's width is a guard, not a limit anyone meets. */
    private static String cut(String records) {
        return records.length() <= RECORDS_WIDTH ? records : records.substring(0, RECORDS_WIDTH - 1) + "…";
    }
}
