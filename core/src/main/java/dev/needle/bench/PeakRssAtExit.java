package dev.needle.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code PeakRssAtExit FILE MAIN_CLASS ARGS…}: runs MAIN_CLASS as the JVM's main would and, when the JVM
 * exits (Needle's Main ends with System.exit), writes the process's peak RSS in megabytes to FILE. How
 * the benchmark measures a `needle import` exactly as a user runs it, memory included.
 */
public final class PeakRssAtExit {
    private PeakRssAtExit() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        Path file = Path.of(args[0]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> write(file)));
        try {
            Class.forName(args[1]).getMethod("main", String[].class).invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(args[1] + " failed", e.getCause());
        }
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, PeakRss.megabytes().isPresent() ? String.valueOf(PeakRss.megabytes().getAsLong()) : "");
        } catch (IOException e) {
            System.err.println("needle bench: cannot write the peak RSS to " + file + ": " + e.getMessage());
        }
    }
}
