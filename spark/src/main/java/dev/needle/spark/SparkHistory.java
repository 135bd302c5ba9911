package dev.needle.spark;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.Lead;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Rep;
import dev.needle.measure.UnitRunner;
import org.apache.spark.sql.Row;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import static org.apache.spark.sql.functions.col;

/**
 * The history as Spark reads it. The reference tables (reps, leads) are small and read onto the driver
 * once; the units are read where they are mapped ({@link SparkRunner}); the activities on neither deal nor
 * account stream to the driver, where the analyses look at them one by one.
 */
final class SparkHistory implements OrgHistory {
    private final Tables tables;
    private final List<Rep> reps;
    private final List<Lead> leads;

    SparkHistory(Tables tables) {
        this.tables = tables;
        this.reps = tables.reps().orderBy(col("id")).collectAsList().stream().map(Rows::rep).toList();
        this.leads = tables.leads().orderBy(col("id")).collectAsList().stream().map(Rows::lead).toList();
    }

    Tables tables() {
        return tables;
    }

    @Override
    public List<Rep> reps() {
        return reps;
    }

    @Override
    public List<Lead> leads() {
        return leads;
    }

    /** Every unit, made on the executors and brought to the driver in key order (the runners map units where they are instead). */
    @Override
    public void forEachAccount(Consumer<AccountHistory> each) {
        new SparkRunner().map(this, (UnitRunner.UnitFunction<AccountHistory>) unit -> unit).forEach(each);
    }

    @Override
    public void forEachUnlinked(Consumer<Activity> each) {
        Iterator<Row> rows = tables.unlinked().toLocalIterator();
        while (rows.hasNext()) each.accept(Rows.activity(rows.next()));
    }
}
