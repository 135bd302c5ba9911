package dev.needle.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code needle ARGS…} as another process: a JVM of its own on the tests' class path, so that what
 * two processes do to one store (locks, a kill -9) is real.
 */
public final class ChildNeedle {
    private ChildNeedle() {
    }

    /** Starts {@code needle args…}; its stdout and stderr go to {@code log}. */
    public static Process start(Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.needle.cli.Main"));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code needle args…} to its end (at most two minutes): exit code and output. */
    public static Result run(String... args) {
        try {
            Path log = Scratch.file("needle-child-", ".log");
            Process process = start(log, args);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("needle " + String.join(" ", args) + " did not end: " + Files.readString(log));
            }
            return new Result(process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Result(int exitCode, String output) {
    }
}
