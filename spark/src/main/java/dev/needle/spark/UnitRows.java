package dev.needle.spark;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.NextAction;
import dev.needle.domain.StageChange;
import dev.needle.domain.StageSteps;
import org.apache.spark.sql.Row;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * One unit made of the rows Spark grouped under its key, as the store's own reader makes it: rows in
 * the store's order (stage history by deal, time and id through {@link StageSteps}; activities by start
 * and id; next actions by id), then put together by {@link Dataset#unit}, the code every in-memory unit
 * comes from.
 */
final class UnitRows {
    private UnitRows() {
    }

    static AccountHistory unit(long key, Iterator<Row> rows) {
        List<Deal> deals = new ArrayList<>();
        List<Row> changes = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        List<NextAction> nextActions = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            switch (row.<String>getAs(Tables.KIND)) {
                case "deal" -> deals.add(Rows.deal(row));
                case "change" -> changes.add(row);
                case "activity" -> activities.add(Rows.activity(row));
                case "next_action" -> nextActions.add(Rows.nextAction(row));
                default -> throw new IllegalStateException("a unit row of no known kind: " + row);
            }
        }
        deals.sort(Comparator.comparingLong(Deal::id));
        activities.sort(Comparator.comparing(Activity::start).thenComparingLong(Activity::id));
        nextActions.sort(Comparator.comparingLong(NextAction::dealId).thenComparingLong(NextAction::id));
        Dataset unit = new Dataset(List.of(), List.of(), List.of(), deals, steps(changes), activities, nextActions, List.of(), List.of());
        return unit.unit(key).orElseThrow(() -> new IllegalStateException("no unit with key " + key + " in its rows"));
    }

    private static List<StageChange> steps(List<Row> rows) {
        rows.sort(Comparator.<Row>comparingLong(row -> row.getAs("deal_id")).thenComparing(row -> row.<Instant>getAs("changed_at"))
                .thenComparingLong(row -> row.getAs("id")));
        StageSteps steps = new StageSteps();
        List<StageChange> changes = new ArrayList<>();
        for (Row row : rows) {
            StageChange change = steps.next(row.getAs("id"), row.getAs("deal_id"), row.getAs("from_stage"), row.getAs("to_stage"),
                    row.getAs("changed_at"));
            if (change != null) changes.add(change);
        }
        return changes;
    }
}
