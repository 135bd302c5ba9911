package dev.needle.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * A Java main run in a JVM of its own, as a user would start it: its wall time from start to exit, its
 * output, and its peak RSS (written by {@link PeakRssAtExit} as the JVM exits). The child gets this
 * JVM's class path without the DuckDB driver, which needle.jar does not carry either.
 */
final class ChildJvm {
    private ChildJvm() {
    }

    record Result(int exitCode, String out, String err, double seconds, OptionalLong peakRssMegabytes) {
        /** The child's own last words, for an error message: the deepest cause a stack trace names, or the last line. */
        String lastError() {
            String[] lines = err.strip().split("\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                if (lines[i].startsWith("Caused by: ") || lines[i].startsWith("Exception in thread")) return lines[i];
            }
            return lines.length == 0 ? "" : lines[lines.length - 1];
        }
    }

    static Result run(List<String> jvmOptions, String mainClass, List<String> args, Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path out = workDir.resolve("stdout.txt");
            Path err = workDir.resolve("stderr.txt");
            Path rss = workDir.resolve("peak-rss.txt");
            Files.deleteIfExists(rss);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classPath(), PeakRssAtExit.class.getName(), rss.toString(), mainClass));
            command.addAll(args);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int exitCode = waitFor(process);
            double seconds = DuckDbBaseline.seconds(start);
            return new Result(exitCode, Files.readString(out), Files.readString(err), seconds, readPeak(rss));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This JVM's -Xmx, -Xms and RAM-percentage options, for a child that should have the same heap. */
    static List<String> heapOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-XX:MaxRAMPercentage")
                        || option.startsWith("-XX:InitialRAMPercentage"))
                .toList();
    }

    static String classPath() {
        String duckDb = codeSourceOf(DuckDbBaseline.DRIVER);
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> duckDb == null || !Path.of(entry).toAbsolutePath().normalize().toString().equals(duckDb))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String codeSourceOf(String className) {
        try {
            Class<?> type = Class.forName(className, false, ChildJvm.class.getClassLoader());
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize().toString();
        } catch (ReflectiveOperationException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static OptionalLong readPeak(Path file) throws IOException {
        if (!Files.exists(file)) return OptionalLong.empty();
        String text = Files.readString(file).strip();
        return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + process.pid(), e);
        }
    }
}
