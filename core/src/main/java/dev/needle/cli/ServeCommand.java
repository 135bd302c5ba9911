package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.web.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API (/api/, OpenAPI document at /openapi.json) and the web dashboard (/)",
                "over the same store, until stopped. API calls need a token: needle token create --user EMAIL."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--max-upload-rows", paramLabel = "N", defaultValue = "2000000",
            description = "Table rows one upload to POST /api/import may hold (default: ${DEFAULT-VALUE}); larger uploads get 413, nothing is stored.")
    long maxUploadRows;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535");
        if (maxUploadRows < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-upload-rows must be at least 1");
        try (Needle needle = Needle.open(main.settings())) {
            serveUntilStopped(needle, host, port, ApiServer.Limits.DEFAULT.withUploadRows(maxUploadRows), spec.commandLine().getOut());
        }
        return 0;
    }

    /** With the default limits (needle demo --serve). */
    static void serveUntilStopped(Needle needle, String host, int port, PrintWriter out) throws InterruptedException {
        serveUntilStopped(needle, host, port, ApiServer.Limits.DEFAULT, out);
    }

    /**
     * Serves until the JVM is asked to stop (Ctrl-C, SIGTERM); the shutdown hook waits while the server
     * and then the store close, so the embedded database is closed cleanly.
     */
    static void serveUntilStopped(Needle needle, String host, int port, ApiServer.Limits limits, PrintWriter out) throws InterruptedException {
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.countDown();
            try {
                closed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "needle-stop"));
        try (ApiServer server = ApiServer.start(needle, host, port, limits)) {
            out.printf("Needle serves %s on http://%s:%d/ (API under /api/, OpenAPI at /openapi.json); Ctrl-C stops it.%n",
                    needle.databaseDescription(), host, server.port());
            out.flush();
            stopping.await();
        } finally {
            needle.close();
            closed.countDown();
        }
    }
}
