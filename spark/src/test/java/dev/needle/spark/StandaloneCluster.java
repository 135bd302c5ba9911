package dev.needle.spark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Spark standalone cluster on this machine: a master and a worker, each its own JVM started from
 * the classes of Spark's distribution on the test class path (the worker starts executor JVMs of its
 * own). The worker gives its executors this JVM's class path; its SPARK_HOME is an empty folder with the
 * {@code jars} directory the launcher looks for.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(90);
    private final Path home;
    private final Process master;
    private final Process worker;
    private final int port;

    private StandaloneCluster(Path home, Process master, Process worker, int port) {
        this.home = home;
        this.master = master;
        this.worker = worker;
        this.port = port;
    }

    /** A master and one worker with {@code cores} cores, once the worker has registered. */
    static StandaloneCluster start(int cores) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("needle-spark-home-");
        Files.createDirectories(home.resolve("jars"));
        int port = freePort();
        int masterUi = freePort();
        Process master = java(home, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                String.valueOf(port), "--webui-port", String.valueOf(masterUi));
        Process worker = java(home, "worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores",
                String.valueOf(cores), "--memory", "1g", "--webui-port", String.valueOf(freePort()), "--work-dir",
                home.resolve("work").toString(), "spark://127.0.0.1:" + port);
        StandaloneCluster cluster = new StandaloneCluster(home, master, worker, port);
        try {
            cluster.awaitWorker(masterUi);
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** The applications the worker ran executors for (each has a folder in its work directory). */
    List<String> applications() throws IOException {
        Path work = home.resolve("work");
        if (!Files.isDirectory(work)) return List.of();
        try (var entries = Files.list(work)) {
            return entries.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("app-")).toList();
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + port;
    }

    /** The master's JSON page says when the worker is in; what the two logged is in the error otherwise. */
    private void awaitWorker(int masterUi) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!master.isAlive() || !worker.isAlive()) break;
            try {
                String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (page.replace(" ", "").contains("\"aliveworkers\":1")) return;
            } catch (IOException notYet) {
                // the master's page is not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the Spark worker did not register with the master within " + START.toSeconds() + " s\nmaster:\n"
                + log("master") + "\nworker:\n" + log("worker"));
    }

    private String log(String name) {
        try {
            return Files.readString(home.resolve(name + ".log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static Process java(Path home, String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(List.of(System.getProperty("needle.spark.java.options", "").split(" ")));
        command.removeIf(String::isBlank);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_DIST_CLASSPATH", System.getProperty("java.class.path"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process process : List.of(worker, master)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : List.of(worker, master)) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
