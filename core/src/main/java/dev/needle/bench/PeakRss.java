package dev.needle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A process's peak resident set size, as Linux keeps it: {@code VmHWM} in /proc/self/status. Read by
 * the process itself, it needs no tool beside the JVM and misses nothing a poll from outside could.
 */
public final class PeakRss {
    private static final Path STATUS = Path.of("/proc/self/status");

    private PeakRss() {
    }

    /** Megabytes so far; empty where there is no /proc (not Linux). */
    public static OptionalLong megabytes() {
        try {
            return parseMegabytes(Files.readString(STATUS));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong parseMegabytes(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                // "VmHWM:	  123456 kB"
                String kilobytes = line.substring("VmHWM:".length()).replace("kB", "").trim();
                return OptionalLong.of(Long.parseLong(kilobytes) / 1024);
            }
        }
        return OptionalLong.empty();
    }
}
