package dev.needle.store;

import dev.needle.feed.EventState;
import dev.needle.feed.Feed;
import dev.needle.feed.FeedDirectory;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

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

    public JdbiFeedDirectory(Database database) {
        this.jdbi = database.jdbi();
        Dialect dialect = database.dialect();
        this.feed = (rs, ctx) -> new Feed(rs.getLong("id"), rs.getLong("rep_id"), rs.getInt("days"), rs.getString("created_by"),
                dialect.instant(rs, "created_at"), dialect.instant(rs, "revoked_at"));
        this.state = (rs, ctx) -> new EventState(rs.getString("uid"), LocalDate.parse(rs.getString("plan_date")),
                rs.getString("content_hash"), rs.getInt("sequence"), dialect.instant(rs, "last_modified"));
    }

    @Override
    public Feed add(long repId, String secretHash, int days, String createdBy, Instant at) {
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                        insert into plan_feed (rep_id, secret_hash, days, created_by, created_at)
                        values (:rep, :hash, :days, :by, :at)""")
                .bind("rep", repId).bind("hash", secretHash).bind("days", days).bind("by", createdBy).bind("at", utc(at))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
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
    public boolean revoke(long id, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate("update plan_feed set revoked_at = :at where id = :id and revoked_at is null")
                .bind("at", utc(at)).bind("id", id).execute()) == 1;
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
