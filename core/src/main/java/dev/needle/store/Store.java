package dev.needle.store;

import dev.needle.audit.Actor;
import dev.needle.audit.Change;
import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Dataset;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Rep;
import dev.needle.ingest.ImportSession;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Needle's storage: writes come in through import sessions, reads go out as domain records. */
public final class Store {
    private final Database database;

    public Store(Database database) {
        this.database = database;
    }

    /** A new all-or-nothing import; the caller commits or rolls back, and closes it. */
    public ImportSession beginImport() {
        Handle handle = database.jdbi().open();
        return new JdbiImportSession(handle, database.dialect());
    }

    /** An import through the API: on commit, the audit trail records {@code actor}, the files and the rows stored per table. */
    public ImportSession beginImport(Actor actor, List<String> files) {
        AuditTrail trail = auditTrail();
        Handle handle = database.jdbi().open();
        return new JdbiImportSession(handle, database.dialect(),
                (transaction, rows) -> trail.append(transaction, actor, Change.imported(files, rows)));
    }

    /** The audit trail of API writes. */
    public AuditTrail auditTrail() {
        return new AuditTrail(database, Clock.systemUTC());
    }

    public StoreCounts stats() {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                select (select count(*) from rep) reps,
                       (select count(distinct owner_id) from deal) selling_reps,
                       (select count(*) from account) accounts,
                       (select count(*) from contact) contacts,
                       (select count(*) from lead) leads,
                       (select count(*) from deal) deals,
                       (select count(*) from deal where outcome = 'OPEN') open_deals,
                       (select count(*) from deal where outcome = 'WON') won_deals,
                       (select count(*) from deal where outcome = 'LOST') lost_deals,
                       (select count(*) from stage_change) stage_changes,
                       (select count(*) from activity) activities,
                       (select count(*) from next_action) next_actions,
                       (select count(*) from calendar_event) calendar_events
                """).map((rs, ctx) -> new StoreCounts(rs.getLong("reps"), rs.getLong("selling_reps"), rs.getLong("accounts"),
                rs.getLong("contacts"), rs.getLong("leads"), rs.getLong("deals"), rs.getLong("open_deals"), rs.getLong("won_deals"),
                rs.getLong("lost_deals"), rs.getLong("stage_changes"), rs.getLong("activities"),
                rs.getLong("next_actions"), rs.getLong("calendar_events"))).one());
    }

    /** Calendar feeds of reps' plans, and what each served. */
    public JdbiFeedDirectory feedDirectory() {
        return new JdbiFeedDirectory(database);
    }

    /** The API server's answers saved for its next start. */
    public SavedAnswers savedAnswers() {
        return new SavedAnswers(database);
    }

    /** Working hours: each team's default and each rep's own. */
    public WorkSchedules workSchedules() {
        return new WorkSchedules(database);
    }

    /** Goes up with every committed import, from any process: what a long-running reader checks for changes. */
    public long version() {
        return database.jdbi().withHandle(handle -> handle.createQuery("select version from store_version where id = 1")
                .mapTo(Long.class).one());
    }

    /** Everything stored, as records for the analyses. */
    public Dataset dataset() {
        return database.jdbi().withHandle(handle -> new DatasetReader(database.dialect()).read(handle));
    }

    /**
     * Everything stored, as keyed units streamed from the store each time a walk starts: what the
     * analyses read when the history is too big to hold, or when they run unit by unit.
     */
    public OrgHistory history() {
        return new HistoryReader(database.jdbi(), database.dialect());
    }

    public List<Rep> reps() {
        return database.jdbi().withHandle(handle -> handle.createQuery("select * from rep order by id").map(REP).list());
    }

    /** The rep's calendar occurrences that overlap {@code [from, to)}, in start order. */
    public List<CalendarEvent> calendarEvents(long repId, Instant from, Instant to) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        select * from calendar_event
                        where rep_id = :rep and starts_at < :to and ends_at > :from
                        order by starts_at, ends_at, uid""")
                .bind("rep", repId)
                .bind("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .bind("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .map((rs, ctx) -> new CalendarEvent(rs.getLong("id"), rs.getLong("rep_id"), rs.getString("calendar"),
                        rs.getString("uid"), database.dialect().instant(rs, "starts_at"),
                        database.dialect().instant(rs, "ends_at"), rs.getBoolean("all_day"),
                        rs.getBoolean("busy"), rs.getString("summary")))
                .list());
    }

    static final RowMapper<Rep> REP = (rs, ctx) -> new Rep(rs.getLong("id"), rs.getString("source"),
            rs.getString("external_id"), rs.getString("name"), rs.getString("email"), rs.getString("team"),
            Dialect.nullableLong(rs, "manager_id"), rs.getString("time_zone"), rs.getBigDecimal("quota"));
}
