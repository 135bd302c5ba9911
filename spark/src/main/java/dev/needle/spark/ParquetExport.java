package dev.needle.spark;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.DealHistory;
import dev.needle.domain.OrgHistory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history written as Parquet, one folder per table in {@link Rows}' columns, for a cluster to read
 * from object storage or HDFS. Units stream from the store and are written in batches, so the export holds
 * a batch of rows, never the store. Stage history is written as the readers see it (repeats collapsed).
 */
final class ParquetExport {
    private static final int BATCH = 100_000;
    private final SparkSession spark;
    private final Path directory;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private long rows;

    ParquetExport(SparkSession spark, Path directory) {
        this.spark = spark;
        this.directory = directory;
        for (String name : List.of("rep", "lead", "deal", "stage_change", "activity", "next_action")) tables.put(name, new Table(name));
    }

    /** Writes every table and gives the number of rows written. */
    long write(OrgHistory history) {
        history.reps().forEach(rep -> add("rep", Rows.of(rep)));
        history.leads().forEach(lead -> add("lead", Rows.of(lead)));
        history.forEachAccount(this::add);
        history.forEachUnlinked(activity -> add("activity", Rows.of(activity)));
        tables.values().forEach(Table::flush);
        return rows;
    }

    private void add(AccountHistory unit) {
        for (DealHistory deal : unit.deals()) {
            add("deal", Rows.of(deal.deal()));
            deal.changes().forEach(change -> add("stage_change", Rows.of(change)));
            deal.activities().forEach(activity -> add("activity", Rows.of(activity)));
            deal.nextActions().forEach(action -> add("next_action", Rows.of(action)));
        }
        unit.touches().forEach(activity -> add("activity", Rows.of(activity)));
    }

    private void add(String table, Row row) {
        tables.get(table).add(row);
        rows++;
    }

    private final class Table {
        private final String name;
        private final StructType schema;
        private List<Row> batch = new ArrayList<>();
        private boolean written;

        Table(String name) {
            this.name = name;
            this.schema = switch (name) {
                case "rep" -> Rows.REP;
                case "lead" -> Rows.LEAD;
                case "deal" -> Rows.DEAL;
                case "stage_change" -> Rows.STAGE_CHANGE;
                case "activity" -> Rows.ACTIVITY;
                default -> Rows.NEXT_ACTION;
            };
        }

        void add(Row row) {
            batch.add(row);
            if (batch.size() >= BATCH) flush();
        }

        /** Writes what is batched; the first write of a table replaces what the folder held, so an empty table is written too. */
        void flush() {
            if (written && batch.isEmpty()) return;
            spark.createDataFrame(batch, schema).coalesce(1).write().mode(written ? SaveMode.Append : SaveMode.Overwrite)
                    .parquet(directory.resolve(name).toString());
            written = true;
            batch = new ArrayList<>();
        }
    }
}
