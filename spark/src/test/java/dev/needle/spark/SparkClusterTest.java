package dev.needle.spark;

import dev.needle.cli.Main;
import dev.needle.testing.Backend;
import dev.needle.testing.Scratch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * value, report, deals and coach print on a real Spark standalone cluster (a master and a worker in
 * their own JVMs, the worker's executors in theirs) exactly what they print in process: from a generated
 * org in PostgreSQL, read through Spark's JDBC source in ranges of ids, and from the Parquet files of
 * {@code needle export --parquet}.
 */
class SparkClusterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T12:00:00Z"), ZoneOffset.UTC);
    private static StandaloneCluster cluster;
    private static String db;
    private static Path parquet;

    @BeforeAll
    static void startClusterAndStore() throws Exception {
        Path export = Scratch.directory("needle-spark-org-");
        db = Backend.POSTGRES.freshUrl(null);
        parquet = Scratch.directory("needle-spark-parquet-").resolve("org");
        run("generate", export.toString(), "--reps", "8", "--days", "80", "--seed", "5", "--until", "2026-06-30");
        run("--db", db, "import", export.toString());
        run("--db", db, "export", "--parquet", parquet.toString());
        cluster = StandaloneCluster.start(2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) cluster.close();
    }

    @Test
    void theAnalysesPrintTheSameOnTheClusterFromPostgresqlAsInProcess() throws Exception {
        int before = cluster.applications().size();
        for (List<String> command : List.of(List.of("value", "--json"), List.of("report", "--json"), List.of("deals", "--json"),
                List.of("coach", "--team", "East", "--json"))) {
            String inProcess = run(with(command, "--db", db));
            String onSpark = run(with(command, "--db", db, "--spark", cluster.masterUrl()));
            assertThat(onSpark).as("%s on the cluster", command).isEqualTo(inProcess);
            assertThat(inProcess).as("%s says something", command).hasSizeGreaterThan(500);
        }
        assertThat(cluster.applications()).as("the worker ran executors for each command").hasSize(before + 4);
    }

    @Test
    void theAnalysesPrintTheSameOnTheClusterFromParquetAsInProcess() {
        for (List<String> command : List.of(List.of("value"), List.of("report", "--json"))) {
            String inProcess = run(with(command, "--db", db));
            String fromParquet = run(with(command, "--spark", cluster.masterUrl(), "--parquet", parquet.toString()));
            assertThat(fromParquet).as("%s from Parquet on the cluster", command).isEqualTo(inProcess);
        }
    }

    @Test
    void publishOnTheClusterStoresAndWritesWhatItComputesInProcess() throws Exception {
        Path inProcess = Scratch.directory("needle-published-here-");
        Path onSpark = Scratch.directory("needle-published-spark-");
        run("--db", db, "publish", "--out", inProcess.toString());
        run("--db", db, "publish", "--spark", cluster.masterUrl(), "--out", onSpark.toString());
        for (String view : List.of("value.json", "report.json", "deals.json")) {
            assertThat(java.nio.file.Files.readString(onSpark.resolve(view))).as(view)
                    .isEqualTo(java.nio.file.Files.readString(inProcess.resolve(view))).hasSizeGreaterThan(500);
        }
        try (var connection = java.sql.DriverManager.getConnection(db); var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from saved_answer where answer_key like 'published GET /api/%'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("the answers needle serve gives from the store").isEqualTo(3);
        }
    }

    @Test
    void sparkSubmitRunsTheJobJarsMainOnTheClusterItConnects() throws Exception {
        String inProcess = run(with(List.of("deals", "--json"), "--db", db));
        // spark-submit wants a jar to submit; the job's classes are on this class path already (in a
        // distribution they are the jar's), so an empty jar stands in for needle-spark.jar
        Path jar = Scratch.directory("needle-spark-submit-").resolve("job.jar");
        new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar)).close();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(List.of(System.getProperty("needle.spark.java.options", "").split(" ")));
        command.removeIf(String::isBlank);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.apache.spark.deploy.SparkSubmit",
                "--class", Job.class.getName(), "--master", cluster.masterUrl(), "--conf", "spark.driver.host=127.0.0.1", jar.toString(),
                "--db", db, "deals", "--json", "--as-of", "2026-06-20"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Path err = jar.resolveSibling("stderr.txt");
        Process submit = builder.redirectError(err.toFile()).start();
        String out = new String(submit.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(submit.waitFor()).as("spark-submit\n%s", java.nio.file.Files.readString(err)).isZero();
        assertThat(out).isEqualTo(inProcess);
    }

    @Test
    void aRunOnSparkRefusesTheEmbeddedStoreSayingWhatItReads() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[]{"--home", Scratch.directory("needle-spark-home-").toString(), "value", "--spark", "local[1]"},
                new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of(), CLOCK);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Spark reads a PostgreSQL store").contains("--parquet DIR");
    }

    private static List<String> with(List<String> command, String... options) {
        List<String> args = new ArrayList<>(List.of(options));
        // the global --db goes before the command word, the rest after it
        List<String> global = new ArrayList<>();
        if (args.size() >= 2 && args.get(0).equals("--db")) {
            global.addAll(args.subList(0, 2));
            args = args.subList(2, args.size());
        }
        List<String> all = new ArrayList<>(global);
        all.addAll(command);
        all.addAll(List.of("--as-of", "2026-06-20"));
        all.addAll(args);
        return all;
    }

    private static String run(List<String> args) {
        return run(args.toArray(String[]::new));
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of(), CLOCK);
        assertThat(code).as("needle %s\n%s", String.join(" ", args), err).isZero();
        return out.toString();
    }
}
