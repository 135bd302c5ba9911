package dev.needle.spark;

import dev.needle.app.Cluster;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The store's tables as Spark reads them: the PostgreSQL store through Spark's JDBC source, the large
 * tables in ranges of ids read side by side, or the Parquet files of {@code needle export --parquet}. Either
 * way each table comes out with {@link Rows}' columns and types.
 */
final class Tables {
    static final String KEY = "unit_key";
    static final String KIND = "kind";

    private final SparkSession spark;
    private final Cluster.Source source;
    private final int partitions;

    Tables(SparkSession spark, Cluster.Source source, int partitions) {
        this.spark = spark;
        this.source = source;
        this.partitions = Math.max(1, partitions);
    }

    Dataset<Row> reps() {
        return table("rep", Rows.REP);
    }

    Dataset<Row> leads() {
        return table("lead", Rows.LEAD);
    }

    /**
     * Every row of every unit, one wide table, each row with its unit's key and its kind: the deals, their
     * stage history and next actions, and the activities on a deal or an account. The key is the store's
     * own: a deal's account, or minus the deal's id; an activity on a deal goes with the deal whatever
     * account it names.
     */
    Dataset<Row> unitRows() {
        Dataset<Row> deals = table("deal", Rows.DEAL);
        Dataset<Row> keys = deals.select(col("id").as("key_deal"), coalesce(col("account_id"), col("id").multiply(-1)).as(KEY));
        Dataset<Row> withKey = deals.withColumn(KEY, coalesce(col("account_id"), col("id").multiply(-1))).withColumn(KIND, lit("deal"));
        Dataset<Row> changes = keyed(table("stage_change", Rows.STAGE_CHANGE), keys, "change");
        Dataset<Row> nextActions = keyed(table("next_action", Rows.NEXT_ACTION), keys, "next_action");
        Dataset<Row> activities = table("activity", Rows.ACTIVITY).where(col("deal_id").isNotNull().or(col("account_id").isNotNull()));
        Dataset<Row> linked = activities.join(keys, activities.col("deal_id").equalTo(keys.col("key_deal")), "left")
                .withColumn(KEY, coalesce(col(KEY), col("account_id"))).drop("key_deal").withColumn(KIND, lit("activity"));
        return withKey.unionByName(changes, true).unionByName(nextActions, true).unionByName(linked, true);
    }

    /** The activities on neither a deal nor an account, in the order the store walks them. */
    Dataset<Row> unlinked() {
        return table("activity", Rows.ACTIVITY).where(col("deal_id").isNull().and(col("account_id").isNull()))
                .orderBy(col("lead_id").asc_nulls_last(), col("started_at"), col("id"));
    }

    private static Dataset<Row> keyed(Dataset<Row> rows, Dataset<Row> keys, String kind) {
        return rows.join(keys, rows.col("deal_id").equalTo(keys.col("key_deal"))).drop("key_deal").withColumn(KIND, lit(kind));
    }

    private Dataset<Row> table(String name, StructType schema) {
        Dataset<Row> raw = source.parquet() != null
                ? spark.read().parquet(source.parquet().replaceAll("/+$", "") + "/" + name)
                : jdbc(name);
        Column[] columns = Arrays.stream(schema.fields())
                .map((StructField field) -> col(field.name()).cast(field.dataType()).as(field.name())).toArray(Column[]::new);
        return raw.select(columns);
    }

    /** A table of the PostgreSQL store; the large ones in {@code partitions} ranges of ids, each read by its own task. */
    private Dataset<Row> jdbc(String name) {
        DataFrameReader reader = spark.read().format("jdbc").option("url", source.jdbcUrl()).option("driver", "org.postgresql.Driver")
                .option("dbtable", name).option("fetchsize", 10_000);
        if (source.user() != null) reader = reader.option("user", source.user());
        if (source.password() != null) reader = reader.option("password", source.password());
        long[] range = idRange(name);
        if (partitions > 1 && range[1] > range[0]) {
            reader = reader.option("partitionColumn", "id").option("lowerBound", range[0]).option("upperBound", range[1] + 1)
                    .option("numPartitions", partitions);
        }
        return reader.load();
    }

    private long[] idRange(String table) {
        Properties properties = new Properties();
        if (source.user() != null) properties.setProperty("user", source.user());
        if (source.password() != null) properties.setProperty("password", source.password());
        try (Connection connection = DriverManager.getConnection(source.jdbcUrl(), properties);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select coalesce(min(id), 0), coalesce(max(id), 0) from " + table)) {
            rs.next();
            return new long[]{rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw new IllegalStateException("reading the store's " + table + " ids for Spark failed: " + e.getMessage(), e);
        }
    }
}
