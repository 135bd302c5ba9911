package dev.needle.store.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak's child JVMs: this test's classpath, assertions on (H2's included), a small heap, and quick
 * start-up; output to a log file each, read back once the child is done.
 */
final class ChildJvms {
    private static final List<String> OPTIONS = List.of("-ea", "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final Pattern PORT = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
    private final Path work;
    private final Map<Process, Path> logs = new HashMap<>();

    ChildJvms(Path work) {
        this.work = work;
    }

    Process start(String mainClass, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(arguments);
        Path log = work.resolve("child-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("NEEDLE_"));
        builder.environment().put("NEEDLE_DEBUG", "1");
        Process process = builder.start();
        logs.put(process, log);
        return process;
    }

    /** Everything the child wrote; call once it has ended. */
    String output(Process process) throws IOException {
        Path log = logs.remove(process);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return text;
    }

    /** The port {@code needle serve} printed, or -1 if it died or took over two minutes to start. */
    int port(Process server) throws IOException, InterruptedException {
        Path log = logs.get(server);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && server.isAlive()) {
            Matcher matcher = PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (matcher.find()) return Integer.parseInt(matcher.group(1));
            Thread.sleep(100);
        }
        return -1;
    }

    /** The end of a child's output, for a message. */
    static String tail(String output) {
        String trimmed = output.strip();
        return trimmed.substring(Math.max(0, trimmed.length() - 1500));
    }
}
