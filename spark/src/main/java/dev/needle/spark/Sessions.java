package dev.needle.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session Needle runs in, set up the same way for the CLI, spark-submit and the tests. */
final class Sessions {
    private Sessions() {
    }

    /** A session on {@code master}; null takes the master spark-submit gave. */
    static SparkSession open(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("needle")
                // instants and dates come out of rows as java.time values, in UTC, as the store gives them
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                // the unit rows' plan is wide; its text is only for Spark's own log
                .config("spark.sql.debug.maxToStringFields", "1000");
        if (master != null) builder = builder.master(master);
        if (local(master)) builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        // Spark's default of 200 groups per shuffle suits a big cluster; a unit walk on a few cores spends more on
        // scheduling them than on the units (a conf given to spark-submit still wins)
        if (!new SparkConf().contains("spark.sql.shuffle.partitions")) builder = builder.config("spark.sql.shuffle.partitions", "16");
        SparkSession session = builder.getOrCreate();
        session.sparkContext().setLogLevel("WARN");
        return session;
    }

    /** On one machine, the driver listens on loopback: a host name that does not resolve would otherwise stop it. */
    private static boolean local(String master) {
        if (master == null) return false;
        return master.startsWith("local") || master.startsWith("spark://127.0.0.1") || master.startsWith("spark://localhost");
    }
}
