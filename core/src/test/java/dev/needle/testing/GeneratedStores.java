package dev.needle.testing;

import dev.needle.app.Needle;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import dev.needle.ingest.ImportOptions;
import dev.needle.ingest.ImportReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated org imported into a fresh store of each backend a test class asks for, built once and
 * closed with {@link #close()}. The calendar is imported up to three months past the history's end, so
 * meetings booked after it are in the store.
 */
public final class GeneratedStores implements AutoCloseable {
    private final GeneratorSettings settings;
    private final Map<Backend, Needle> stores = new HashMap<>();

    public GeneratedStores(GeneratorSettings settings) {
        this.settings = settings;
    }

    public synchronized Needle of(Backend backend) {
        return stores.computeIfAbsent(backend, this::build);
    }

    private Needle build(Backend backend) {
        try {
            Path export = Scratch.directory("needle-generated-");
            new Generator(settings).writeTo(export, rows -> { });
            Needle needle = Imports.needle(backend);
            ImportOptions options = new ImportOptions(false, null, settings.until().minusYears(2), settings.until().plusMonths(3));
            ImportReport report = Imports.run(needle, options, export);
            if (!report.committed()) throw new IllegalStateException("the generated org did not import: " + report.errors());
            return needle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        List.copyOf(stores.values()).forEach(Needle::close);
        stores.clear();
    }
}
