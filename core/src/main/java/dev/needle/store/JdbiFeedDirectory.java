package dev.needle.store;

import dev.needle.audit.Actor;
import dev.needle.audit.Changes;
import dev.needle.feed.EventState;
import dev.needle.feed.Feed;
import dev.needle.feed.FeedDirectory;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Calendar feeds in the plan_feed table, and what each served in plan_feed_block. */
public final class JdbiFeedDirectory implements FeedDirectory {
    private final Jdbi jdbi;
    private final RowMapper<Feed> feed;
    private final RowMapper<EventState> state;
    private final AuditTrail trail;

    public JdbiFeedDirectory(Database database) {
        this.jdbi = database.jdbi();
        this.trail = new AuditTrail(database, Clock.systemUTC());
        Dialect dialect = database.dialect();
        this.feed = (rs, ctx) -> new Feed(rs.getLong("id"), rs.getLong("rep_id"), rs.getInt("days"), rs.getString("created_by"),
                dialect.instant(rs, "created_at"), dialect.instant(rs, "revoked_at"));
        this.state = (rs, ctx) -> new EventState(rs.getString("uid"), LocalDate.parse(rs.getString("plan_date")),
                rs.getString("content_hash"), rs.getInt("sequence"), dialect.instant(rs, "last_modified"));
    }

    /** {@code created_by} holds the API caller's email; null says the feed was made on the command line. */
    @Override
    public Feed add(long repId, String secretHash, int days, Actor actor, Instant at) {
        long id = jdbi.inTransaction(handle -> {
            long made = handle.createUpdate("""
                            insert into plan_feed (rep_id, secret_hash, days, created_by, created_at)
                            values (:rep, :hash, :days, :by, :at)""")
                    .bind("rep", repId).bind("hash", secretHash).bind("days", days)
                    .bind("by", actor.onCommandLine() ? null : actor.email()).bind("at", utc(at))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            trail.append(handle, actor, Changes.feedCreated(made, repId, days));
            return made;
        });
        return byId(id).orElseThrow();
    }

    @Override
    public Optional<Feed> live(String secretHash) {
        return jdbi.withHandle(handle -> handle.createQuery("select * from plan_feed where secret_hash = :hash and revoked_at is null")
                .bind("hash", secretHash).map(feed).findOne());
    }

    @Override
    public Optional<Feed> byId(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("select * from plan_feed where id = :id").bind("id", id).map(feed).findOne());
    }

    @Override
    public List<Feed> all() {
        return jdbi.withHandle(handle -> handle.createQuery("select * from plan_feed order by id").map(feed).list());
    }

    @Override
    public boolean revoke(long id, Instant at, Actor actor) {
        return jdbi.inTransaction(handle -> {
            Optional<Long> rep = handle.createQuery("select rep_id from plan_feed where id = :id and revoked_at is null")
                    .bind("id", id).mapTo(Long.class).findOne();
            if (rep.isEmpty()) return false;
            boolean revoked = handle.createUpdate("update plan_feed set revoked_at = :at where id = :id and revoked_at is null")
                    .bind("at", utc(at)).bind("id", id).execute() == 1;
            if (revoked) trail.append(handle, actor, Changes.feedRevoked(id, rep.get(), at));
            return revoked;
        });
    }

    @Override
    public Map<String, EventState> served(long feedId) {
        Map<String, EventState> states = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("select * from plan_feed_block where feed_id = :feed").bind("feed", feedId)
                .map(state).forEach(served -> states.put(served.uid(), served)));
        return states;
    }

    @Override
    public void keep(long feedId, Collection<EventState> states, LocalDate from) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("delete from plan_feed_block where feed_id = :feed and plan_date < :from")
                    .bind("feed", feedId).bind("from", from).execute();
            PreparedBatch delete = handle.prepareBatch("delete from plan_feed_block where feed_id = :feed and uid = :uid");
            PreparedBatch insert = handle.prepareBatch("""
                    insert into plan_feed_block (feed_id, uid, plan_date, content_hash, sequence, last_modified)
                    values (:feed, :uid, :day, :hash, :sequence, :modified)""");
            for (EventState kept : states) {
                delete.bind("feed", feedId).bind("uid", kept.uid()).add();
                insert.bind("feed", feedId).bind("uid", kept.uid()).bind("day", kept.day()).bind("hash", kept.contentHash())
                        .bind("sequence", kept.sequence()).bind("modified", utc(kept.lastModified())).add();
            }
            if (!states.isEmpty()) {
                delete.execute();
                insert.execute();
            }
        });
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
