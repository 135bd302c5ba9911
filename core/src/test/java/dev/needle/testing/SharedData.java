package dev.needle.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real exports in shared/data/ beside the checkout, read in place (never copied into the repository). */
public final class SharedData {
    private SharedData() {
    }

    public static Path path(String first, String... more) {
        // tests run in the module's folder (core/, spark/): shared/ sits beside the checkout, two levels up
        Path root = Path.of("..", "..", "shared", "data");
        if (!Files.isDirectory(root)) root = Path.of("/work/shared/data");
        Path path = root.resolve(Path.of(first, more));
        if (!Files.exists(path)) throw new IllegalStateException("shared test data missing: " + path.toAbsolutePath());
        return path;
    }
}
