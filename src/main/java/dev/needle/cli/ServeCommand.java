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

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535");
        try (Needle needle = Needle.open(main.settings())) {
            serveUntilStopped(needle, host, port, spec.commandLine().getOut());
        }
        return 0;
    }

    /**
     * Serves until the JVM is asked to stop (Ctrl-C, SIGTERM); the shutdown hook waits while the server
     * and then the store close, so the embedded database is closed cleanly.
     */
    static void serveUntilStopped(Needle needle, String host, int port, PrintWriter out) throws InterruptedException {
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
        try (ApiServer server = needle.serve(host, port)) {
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
