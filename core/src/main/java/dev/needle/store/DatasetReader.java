package dev.needle.store;

import dev.needle.domain.Account;
import dev.needle.domain.Activity;
import dev.needle.domain.Commitment;
import dev.needle.domain.Contact;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.Direction;
import dev.needle.domain.Lead;
import dev.needle.domain.NextAction;
import dev.needle.domain.Outcome;
import dev.needle.domain.StageChange;
import dev.needle.domain.StageSteps;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the whole store into a {@link Dataset}. Repeated texts (types, sources, stock phrases) are
 * shared, which keeps a million activities in a few hundred megabytes. Stage history is returned
 * as changes of stage: Salesforce writes a history row for amount and date edits too, and those
 * repeat the stage, so consecutive rows with the same stage collapse into the first.
 */
final class DatasetReader {
    private final Map<String, String> shared = new HashMap<>();
    private final Dialect dialect;

    DatasetReader(Dialect dialect) {
        this.dialect = dialect;
    }

    Dataset read(Handle handle) {
        var reps = handle.createQuery("select * from rep order by id").map(Store.REP).list();
        List<Account> accounts = handle.createQuery("select * from account order by id")
                .map((rs, ctx) -> new Account(rs.getLong("id"), share(rs.getString("source")), rs.getString("external_id"),
                        rs.getString("name"), share(rs.getString("industry")), rs.getBoolean("dream_client"))).list();
        List<Contact> contacts = handle.createQuery("select * from contact order by id")
                .map((rs, ctx) -> new Contact(rs.getLong("id"), share(rs.getString("source")), rs.getString("external_id"),
                        longOrNull(rs, "account_id"), rs.getString("name"), share(rs.getString("title")), rs.getString("email"))).list();
        List<Deal> deals = handle.createQuery("select * from deal order by id").map((rs, ctx) -> deal(rs)).list();
        List<StageChange> changes = stageChanges(handle);
        List<Activity> activities = new ArrayList<>();
        handle.createQuery("select * from activity order by started_at, id").setFetchSize(10_000)
                .map((rs, ctx) -> activity(rs))
                .forEach(activities::add);
        List<NextAction> nextActions = handle.createQuery("select * from next_action order by id")
                .map((rs, ctx) -> nextAction(rs)).list();
        List<Commitment> commitments = handle.createQuery("select * from commitment order by id")
                .map((rs, ctx) -> new Commitment(rs.getLong("id"), share(rs.getString("source")), rs.getString("external_id"),
                        rs.getLong("rep_id"), longOrNull(rs, "deal_id"), longOrNull(rs, "account_id"), rs.getString("what"),
                        date(rs, "due"), rs.getBoolean("done"))).list();
        List<Lead> leads = handle.createQuery("select * from lead order by id")
                .map((rs, ctx) -> new Lead(rs.getLong("id"), share(rs.getString("source")), rs.getString("external_id"),
                        rs.getString("name"), rs.getString("company"), longOrNull(rs, "owner_id"), rs.getBoolean("converted"),
                        longOrNull(rs, "converted_account_id"))).list();
        return new Dataset(reps, accounts, contacts, deals, changes, activities, nextActions, commitments, leads);
    }

    private List<StageChange> stageChanges(Handle handle) {
        List<StageChange> changes = new ArrayList<>();
        StageSteps steps = new StageSteps();
        handle.createQuery("select * from stage_change order by deal_id, changed_at, id")
                .map((rs, ctx) -> stageChange(steps, rs))
                .forEach(change -> {
                    if (change != null) changes.add(change);
                });
        return changes;
    }

    Deal deal(ResultSet rs) throws SQLException {
        return new Deal(rs.getLong("id"), share(rs.getString("source")), rs.getString("external_id"),
                longOrNull(rs, "account_id"), longOrNull(rs, "owner_id"), rs.getString("name"),
                rs.getBigDecimal("amount"), share(rs.getString("currency")), share(rs.getString("stage")),
                share(rs.getString("lead_source")), share(rs.getString("product")), instant(rs, "created_at"),
                date(rs, "expected_close"), date(rs, "closed_at"), Outcome.valueOf(rs.getString("outcome")));
    }

    Activity activity(ResultSet rs) throws SQLException {
        return new Activity(rs.getLong("id"), share(rs.getString("source")), rs.getString("external_id"),
                rs.getLong("rep_id"), share(rs.getString("type")), instant(rs, "started_at"),
                rs.getInt("duration_minutes"), rs.getBoolean("duration_recorded"), longOrNull(rs, "deal_id"),
                longOrNull(rs, "account_id"), longOrNull(rs, "contact_id"), longOrNull(rs, "lead_id"),
                direction(rs.getString("direction")),
                share(rs.getString("outcome")), share(rs.getString("value_for_buyer")),
                share(rs.getString("buyer_next_step")), share(rs.getString("subject")), share(rs.getString("notes")));
    }

    NextAction nextAction(ResultSet rs) throws SQLException {
        return new NextAction(rs.getLong("id"), share(rs.getString("source")), rs.getString("external_id"),
                rs.getLong("deal_id"), longOrNull(rs, "rep_id"), rs.getString("what"), date(rs, "due"),
                share(rs.getString("value_for_buyer")), share(rs.getString("buyer_next_step")),
                NextAction.Status.valueOf(rs.getString("status")));
    }

    /** The next row of a stage history read in (deal, time, id) order, through {@code steps}. */
    StageChange stageChange(StageSteps steps, ResultSet rs) throws SQLException {
        return steps.next(rs.getLong("id"), rs.getLong("deal_id"), share(rs.getString("from_stage")), share(rs.getString("to_stage")),
                instant(rs, "changed_at"));
    }

    /** Repeated texts become one object; past a bound, unique texts (free-form notes) are left alone. */
    private String share(String text) {
        if (text == null) return null;
        String known = shared.get(text);
        if (known != null) return known;
        if (text.length() <= 200 && shared.size() < 100_000) shared.put(text, text);
        return text;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        return Dialect.nullableLong(rs, column);
    }

    private Instant instant(ResultSet rs, String column) throws SQLException {
        return dialect.instant(rs, column);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Direction direction(String value) {
        return value == null ? null : Direction.valueOf(value);
    }
}
