package dev.needle.spark;

import dev.needle.cli.Main;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The main class of the job jar for spark-submit: Needle's own command line, run on the cluster
 * spark-submit connected, e.g. {@code spark-submit --class dev.needle.spark.Job --master spark://host:7077
 * needle-spark.jar value --db jdbc:postgresql://db/needle --json}.
 */
public final class Job {
    private Job() {
    }

    public static void main(String[] args) {
        List<String> command = new ArrayList<>(Arrays.asList(args));
        if (!command.contains("--spark") && !command.contains("export")) {
            String master = System.getProperty("spark.master");
            if (master == null) throw new IllegalStateException("run this class with spark-submit, which gives the master (spark.master)");
            command.add("--spark");
            command.add(master);
        }
        Main.main(command.toArray(String[]::new));
    }
}
