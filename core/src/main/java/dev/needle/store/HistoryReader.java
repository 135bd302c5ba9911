package dev.needle.store;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.Deal;
import dev.needle.domain.DealHistory;
import dev.needle.domain.Lead;
import dev.needle.domain.NextAction;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Rep;
import dev.needle.domain.StageChange;
import dev.needle.domain.StageSteps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The store as keyed units, streamed: four cursors in unit-key order (deals, their stage history, the
 * activities on a deal or an account, and the deals' next actions), merged one unit at a time, so a walk
 * holds one unit and the rows the driver fetches ahead, never the whole history. A unit's key is its
 * account, or minus the id of a deal with no account; an activity on a deal belongs to the deal's unit
 * whatever account it names.
 */
final class HistoryReader implements OrgHistory {
    private static final int FETCH = 10_000;
    private static final String KEY = "coalesce(d.account_id, -d.id)";
    private static final String ACTIVITY_KEY = "coalesce(d.account_id, -d.id, a.account_id)";
    private static final String DEALS = "select d.*, " + KEY + " unit_key from deal d"
            + " where " + KEY + " >= ? and " + KEY + " < ? order by unit_key, d.id";
    private static final String CHANGES = "select s.*, " + KEY + " unit_key from stage_change s join deal d on d.id = s.deal_id"
            + " where " + KEY + " >= ? and " + KEY + " < ? order by unit_key, s.deal_id, s.changed_at, s.id";
    private static final String ACTIVITIES = "select a.*, " + ACTIVITY_KEY + " unit_key"
            + " from activity a left join deal d on d.id = a.deal_id"
            + " where (a.deal_id is not null or a.account_id is not null)"
            + " and " + ACTIVITY_KEY + " >= ? and " + ACTIVITY_KEY + " < ? order by unit_key, a.started_at, a.id";
    /** Every next action names a deal (the column is not null), so it keys by its deal as the stage history does. */
    private static final String NEXT_ACTIONS = "select n.*, " + KEY + " unit_key from next_action n join deal d on d.id = n.deal_id"
            + " where " + KEY + " >= ? and " + KEY + " < ? order by unit_key, n.deal_id, n.id";
    private static final String UNLINKED = "select * from activity where deal_id is null and account_id is null"
            + " order by lead_id, started_at, id";

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final List<Rep> reps;
    private final List<Lead> leads;
    /** Units with keys in [fromKey, toKey); only the part that starts the walk reads the unlinked activities. */
    private final long fromKey;
    private final long toKey;
    private final boolean unlinked;

    HistoryReader(Jdbi jdbi, Dialect dialect) {
        this(jdbi, dialect, jdbi.withHandle(handle -> handle.createQuery("select * from rep order by id").map(Store.REP).list()),
                jdbi.withHandle(handle -> handle.createQuery("select * from lead order by id")
                        .map((rs, ctx) -> new Lead(rs.getLong("id"), rs.getString("source"), rs.getString("external_id"),
                                rs.getString("name"), rs.getString("company"), Dialect.nullableLong(rs, "owner_id"),
                                rs.getBoolean("converted"), Dialect.nullableLong(rs, "converted_account_id"))).list()),
                Long.MIN_VALUE, Long.MAX_VALUE, true);
    }

    private HistoryReader(Jdbi jdbi, Dialect dialect, List<Rep> reps, List<Lead> leads, long fromKey, long toKey, boolean unlinked) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.reps = reps;
        this.leads = leads;
        this.fromKey = fromKey;
        this.toKey = toKey;
        this.unlinked = unlinked;
    }

    /**
     * Parts cut at accounts spaced evenly by id (the deals with no account, keyed below every account,
     * go with the first): a cheap cut that balances as long as accounts are alike in size.
     */
    @Override
    public List<OrgHistory> split(int parts) {
        if (parts < 2 || fromKey != Long.MIN_VALUE || toKey != Long.MAX_VALUE) return List.of(this);
        List<Long> accounts = jdbi.withHandle(handle -> handle.createQuery("select id from account order by id").mapTo(Long.class).list());
        List<Long> cuts = new ArrayList<>();
        for (int part = 1; part < parts; part++) {
            long cut = accounts.isEmpty() ? Long.MAX_VALUE : accounts.get(part * accounts.size() / parts);
            if (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1)) cuts.add(cut);
        }
        List<OrgHistory> split = new ArrayList<>();
        long from = Long.MIN_VALUE;
        for (long cut : cuts) {
            split.add(new HistoryReader(jdbi, dialect, reps, leads, from, cut, split.isEmpty()));
            from = cut;
        }
        split.add(new HistoryReader(jdbi, dialect, reps, leads, from, Long.MAX_VALUE, split.isEmpty()));
        return split;
    }

    @Override
    public List<Rep> reps() {
        return reps;
    }

    @Override
    public List<Lead> leads() {
        return leads;
    }

    @Override
    public void forEachAccount(Consumer<AccountHistory> each) {
        read(connection -> {
            DatasetReader rows = new DatasetReader(dialect);
            StageSteps steps = new StageSteps();
            try (Cursor deals = new Cursor(connection, DEALS, fromKey, toKey); Cursor changes = new Cursor(connection, CHANGES, fromKey, toKey);
                 Cursor activities = new Cursor(connection, ACTIVITIES, fromKey, toKey);
                 Cursor nextActions = new Cursor(connection, NEXT_ACTIONS, fromKey, toKey)) {
                while (deals.more || activities.more) {
                    long key = Math.min(deals.more ? deals.key() : Long.MAX_VALUE, activities.more ? activities.key() : Long.MAX_VALUE);
                    Map<Long, Deal> unitDeals = new LinkedHashMap<>();
                    while (deals.more && deals.key() == key) {
                        Deal deal = rows.deal(deals.rs);
                        unitDeals.put(deal.id(), deal);
                        deals.advance();
                    }
                    Map<Long, List<StageChange>> unitChanges = new LinkedHashMap<>();
                    while (changes.more && changes.key() <= key) {
                        StageChange change = rows.stageChange(steps, changes.rs);
                        if (change != null && changes.key() == key) {
                            unitChanges.computeIfAbsent(change.dealId(), d -> new ArrayList<>()).add(change);
                        }
                        changes.advance();
                    }
                    Map<Long, List<Activity>> onDeal = new LinkedHashMap<>();
                    List<Activity> onAccount = new ArrayList<>();
                    while (activities.more && activities.key() == key) {
                        Activity activity = rows.activity(activities.rs);
                        if (activity.dealId() != null) onDeal.computeIfAbsent(activity.dealId(), d -> new ArrayList<>()).add(activity);
                        else onAccount.add(activity);
                        activities.advance();
                    }
                    Map<Long, List<NextAction>> unitNextActions = new LinkedHashMap<>();
                    while (nextActions.more && nextActions.key() <= key) {
                        // every deal's key is visited, so no row has a lower one; were there one, it is skipped as above
                        if (nextActions.key() == key) {
                            NextAction action = rows.nextAction(nextActions.rs);
                            unitNextActions.computeIfAbsent(action.dealId(), d -> new ArrayList<>()).add(action);
                        }
                        nextActions.advance();
                    }
                    List<DealHistory> histories = new ArrayList<>(unitDeals.size());
                    for (Deal deal : unitDeals.values()) {
                        histories.add(new DealHistory(deal, unitChanges.getOrDefault(deal.id(), List.of()),
                                onDeal.getOrDefault(deal.id(), List.of()), unitNextActions.getOrDefault(deal.id(), List.of())));
                    }
                    each.accept(new AccountHistory(key < 0 ? null : key, histories, onAccount));
                }
            }
        });
    }

    @Override
    public void forEachUnlinked(Consumer<Activity> each) {
        if (!unlinked) return;
        read(connection -> {
            DatasetReader rows = new DatasetReader(dialect);
            try (Cursor activities = new Cursor(connection, UNLINKED)) {
                while (activities.more) {
                    each.accept(rows.activity(activities.rs));
                    activities.advance();
                }
            }
        });
    }

    private interface Walk {
        void run(Connection connection) throws SQLException;
    }

    /**
     * PostgreSQL streams a result only inside a transaction, which also gives all the cursors one state.
     * SQLite's transactions here begin IMMEDIATE and take the write lock: a walk inside one would hold
     * off every import and every other walk, so there it runs on autocommit, where the open statements
     * of one connection share one read snapshot anyway. H2 needs neither.
     */
    private void read(Walk walk) {
        jdbi.useHandle(handle -> {
            if (dialect == Dialect.SQLITE) {
                sortingOnDisk(handle, walk);
                return;
            }
            if (dialect != Dialect.POSTGRES) {
                walk(walk, handle.getConnection());
                return;
            }
            handle.useTransaction(transaction -> walk(walk, transaction.getConnection()));
        });
    }

    /**
     * The store keeps SQLite's temporary data in memory for imports (statement journals); a walk's sort of
     * every activity by unit key would then take as much memory as the rows. Past the page cache it goes
     * to temporary files for the walk.
     */
    private static void sortingOnDisk(Handle handle, Walk walk) {
        handle.execute("pragma temp_store = FILE");
        try {
            walk(walk, handle.getConnection());
        } finally {
            handle.execute("pragma temp_store = MEMORY");
        }
    }

    private static void walk(Walk walk, Connection connection) {
        try {
            walk.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the store failed: " + e.getMessage(), e);
        }
    }

    /** One result set read ahead by a row, with the unit key of the row it stands on. */
    private static final class Cursor implements AutoCloseable {
        private final PreparedStatement statement;
        final ResultSet rs;
        private int keyColumn;
        boolean more;

        Cursor(Connection connection, String sql, long... keys) throws SQLException {
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH);
            for (int i = 0; i < keys.length; i++) statement.setLong(i + 1, keys[i]);
            rs = statement.executeQuery();
            more = rs.next();
        }

        long key() throws SQLException {
            if (keyColumn == 0) keyColumn = rs.findColumn("unit_key");
            return rs.getLong(keyColumn);
        }

        void advance() throws SQLException {
            more = rs.next();
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}
