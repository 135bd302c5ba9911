package dev.needle.ingest.mapping;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.ingest.ImportOptions;
import dev.needle.ingest.ImportProgress;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.run.Importer;
import dev.needle.store.Database;
import dev.needle.store.Store;
import dev.needle.store.StoreCounts;
import dev.needle.testing.Backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A folder of export files written the way the vendor writes them, and a fresh store on one backend
 * to import them into through the real importer and the shipped mappings.
 */
final class ExportFolder implements AutoCloseable {
    private static final ImportOptions ALL_OR_NOTHING = new ImportOptions(false, null,
            LocalDate.of(2000, 1, 1), LocalDate.of(2029, 12, 31));

    private final Path folder;
    private final Database database;

    ExportFolder(Backend backend, Path folder) {
        this.folder = folder;
        this.database = backend.freshDatabase();
    }

    /** A CSV file with Unix line ends. */
    Path write(String name, String... lines) {
        return writeBytes(name, String.join("\n", lines) + "\n");
    }

    /** A CSV file as Excel-minded exporters write it: a UTF-8 byte order mark and CRLF line ends. */
    Path writeWithBomAndCrlf(String name, String... lines) {
        return writeBytes(name, "\uFEFF" + String.join("\r\n", lines) + "\r\n");
    }

    /** Imports every file in the folder in one all-or-nothing import, as {@code needle import FOLDER} does. */
    ImportReport importAll() {
        try (ImportSession session = new Store(database).beginImport()) {
            Importer importer = new Importer(ActivityCatalog.defaults(), MappingLibrary.shipped(),
                    (file, zone, from, to) -> {
                        throw new IllegalStateException("no calendars in these exports");
                    });
            return importer.run(List.of(folder), ALL_OR_NOTHING, session, ImportProgress.NONE);
        }
    }

    StoreCounts stats() {
        return new Store(database).stats();
    }

    /** The single value a query returns; empty when no row or a null value. */
    <T> Optional<T> value(Class<T> type, String sql, Object... arguments) {
        return database.jdbi().withHandle(handle -> {
            var query = handle.createQuery(sql);
            for (int i = 0; i < arguments.length; i++) query.bind(i, arguments[i]);
            return query.mapTo(type).findOne();
        });
    }

    Optional<String> text(String sql, Object... arguments) {
        return value(String.class, sql, arguments);
    }

    long count(String sql, Object... arguments) {
        return value(Long.class, sql, arguments).orElseThrow();
    }

    @Override
    public void close() {
        database.close();
    }

    private Path writeBytes(String name, String content) {
        try {
            return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
