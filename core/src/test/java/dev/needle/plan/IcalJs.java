package dev.needle.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs src/test/js/parse-ics.mjs (ical.js, from the npm registry) over a file. Strict: fails when
 * Node is missing, and installs ical.js with npm when node_modules is not there yet.
 */
public final class IcalJs {
    private static final Path SCRIPTS = Path.of("src", "test", "js");

    private IcalJs() {
    }

    static JsonNode events(Path ics) throws IOException, InterruptedException {
        return parse("parse-ics.mjs", ics);
    }

    /** What {@code script} (a file in src/test/js) prints as JSON for the iCalendar file {@code ics}. */
    public static JsonNode parse(String script, Path ics) throws IOException, InterruptedException {
        installOnce();
        return new ObjectMapper().readTree(run(List.of("node", script, ics.toAbsolutePath().toString())));
    }

    private static synchronized void installOnce() throws IOException, InterruptedException {
        if (Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("ical.js"))) return;
        run(List.of("npm", Files.exists(SCRIPTS.resolve("package-lock.json")) ? "ci" : "install", "--no-audit", "--no-fund"));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0)
                    + ": Node.js and npm are needed for the independent iCalendar check", e);
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in 120 s");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) throw new IllegalStateException(command + " failed: " + text);
        return text;
    }
}
