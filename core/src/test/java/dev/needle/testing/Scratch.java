package dev.needle.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Temporary folders and files that outlive one test (databases, generated orgs), deleted with all they
 * hold when the test JVM exits. {@code File.deleteOnExit} cannot do that for a folder that is not empty,
 * and the gigabytes left behind by each run filled the disk.
 */
public final class Scratch {
    private static final List<Path> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Scratch::deleteAll, "scratch-cleanup"));
    }

    private Scratch() {
    }

    public static Path directory(String prefix) {
        try {
            return remember(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(String prefix, String suffix) {
        try {
            return remember(Files.createTempFile(prefix, suffix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path remember(Path path) {
        CREATED.add(path);
        return path;
    }

    private static void deleteAll() {
        for (Path root : CREATED) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // already gone, or a process still writes there: nothing more to do at exit
            }
        }
    }
}
