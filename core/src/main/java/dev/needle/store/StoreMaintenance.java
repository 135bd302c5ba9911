package dev.needle.store;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compaction, backup and restore of the embedded stores, in the SQL each database speaks. PostgreSQL
 * has its own tools for all three (VACUUM FULL, pg_dump, pg_restore); Needle points to them.
 */
public final class StoreMaintenance {
    /** The tables every Needle store has since V1; a file without them is not a Needle store. */
    private static final List<String> CORE_TABLES = List.of("flyway_schema_history", "rep", "deal", "activity");
    /**
     * Byte 128 of SQLite's {@code -shm} file: every connection of any process that has the store open
     * in WAL mode holds a shared lock on it (SQLite's "DMS" lock, os_unix.c) for as long as it is open.
     */
    private static final long SHM_DMS_BYTE = 128;
    /** H2's ErrorCode.DATABASE_CALLED_AT_SHUTDOWN and DATABASE_IS_CLOSED. */
    private static final int H2_DATABASE_CLOSED = 90121;

    private StoreMaintenance() {
    }

    /** Bytes of the store's files: the database, and its write-ahead log and index where they exist. */
    public record Size(long bytes) {
        public String megabytes() {
            return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
        }
    }

    /** The size before and after a compaction. */
    public record Compaction(Size before, Size after) {
    }

    public static Size size(Database database) {
        Path file = embeddedFile(database, "measure");
        long bytes = 0;
        for (Path part : List.of(file, sibling(file, "-wal"), sibling(file, "-shm"))) {
            try {
                if (Files.exists(part)) bytes += Files.size(part);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Size(bytes);
    }

    /**
     * Gives back the space a killed import (or many deletes) left: SQLite folds its write-ahead log into
     * the file and rewrites it without free pages; H2 rewrites its file on a compacting shutdown, after
     * which {@code database} is closed. Runs beside readers; waits for a running write like any write.
     */
    public static Compaction compact(Database database) {
        if (database.dialect() == Dialect.POSTGRES) throw refused("compact", "run VACUUM FULL as the database owner");
        Size before = size(database);
        switch (database.dialect()) {
            case SQLITE -> database.jdbi().useHandle(handle -> {
                handle.execute("pragma wal_checkpoint(truncate)");
                handle.execute("vacuum");
                // VACUUM in WAL mode writes the whole new file into the log first
                handle.execute("pragma wal_checkpoint(truncate)");
            });
            case H2 -> shutDownCompacting(database);
            case POSTGRES -> throw new AssertionError("refused above");
        }
        return new Compaction(before, size(database));
    }

    /** H2's compacting shutdown closes the database under the statement, which then reports the close. */
    private static void shutDownCompacting(Database database) {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("shutdown compact");
        } catch (SQLException e) {
            if (e.getErrorCode() != H2_DATABASE_CLOSED) throw new UnableToMaintainStoreException("cannot compact: " + e.getMessage(), e);
        }
    }

    /**
     * A consistent copy of the store at {@code target}, taken while other connections (needle serve)
     * read and write: SQLite's VACUUM INTO reads one snapshot in a read transaction; H2's BACKUP writes
     * a zip of the file.
     */
    public static void backup(Database database, Path target) {
        if (Files.exists(target)) throw refused("back up", target + " exists; name a new file");
        String path = target.toAbsolutePath().toString();
        switch (database.dialect()) {
            case SQLITE -> database.jdbi().useHandle(handle -> handle.createUpdate("vacuum into :file").bind("file", path).execute());
            case H2 -> database.jdbi().useHandle(handle -> handle.execute("backup to '" + path.replace("'", "''") + "'"));
            case POSTGRES -> throw refused("back up", "use pg_dump (and pg_restore) on the database");
        }
    }

    /**
     * Replaces the SQLite store of {@code home} with the backup {@code source}, keeping the old one as
     * {@code needle.db.before-restore} (returned; empty when the home had none). Refuses a file that is not a Needle SQLite store, and a store that
     * another process (needle serve) has open: it would go on writing to the replaced file.
     */
    public static Optional<Path> restore(Path home, Path source) {
        validateSqliteStore(source);
        Path store = home.toAbsolutePath().resolve(Database.SQLITE_FILE);
        Path kept = sibling(store, ".before-restore");
        boolean replacing = Files.exists(store);
        try {
            Files.createDirectories(home);
            if (replacing) {
                refuseWhenInUse(store);
                foldLog(store);
                Files.move(store, kept, StandardCopyOption.REPLACE_EXISTING);
                Files.deleteIfExists(sibling(store, "-wal"));
                Files.deleteIfExists(sibling(store, "-shm"));
            }
            Path incoming = sibling(store, ".restoring");
            Files.copy(source, incoming, StandardCopyOption.REPLACE_EXISTING);
            Files.move(incoming, store, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UnableToMaintainStoreException("cannot restore " + source + " into " + home + ": " + e.getMessage(), e);
        }
        return replacing ? Optional.of(kept) : Optional.empty();
    }

    /** The write-ahead log's size (SQLite); 0 elsewhere. */
    static long walBytes(Database database) {
        if (database.dialect() != Dialect.SQLITE) return 0;
        Path wal = sibling(database.file(), "-wal");
        try {
            return Files.exists(wal) ? Files.size(wal) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Folds SQLite's write-ahead log into the file and truncates it, without waiting: while another
     * process writes (an import whose log this is) it is left for a later open or needle store compact.
     */
    static void checkpointIfIdle(Database database) {
        database.jdbi().useHandle(handle -> {
            handle.execute("pragma busy_timeout = 0");
            try {
                handle.execute("pragma wal_checkpoint(truncate)");
            } catch (RuntimeException busy) {
                if (!StoreBusyException.causedByBusyStore(busy)) throw busy;
            } finally {
                handle.execute("pragma busy_timeout = " + Database.SQLITE_BUSY_TIMEOUT_MS);
            }
        });
    }

    private static void validateSqliteStore(Path source) {
        if (!Files.isRegularFile(source)) throw refused("restore", source + " is not a file");
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath(), config.toProperties());
             Statement statement = connection.createStatement()) {
            Set<String> tables = new TreeSet<>();
            try (ResultSet rs = statement.executeQuery("select name from sqlite_master where type = 'table'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            if (!tables.containsAll(CORE_TABLES)) {
                throw refused("restore", source + " is an SQLite file but not a Needle store (it lacks " + CORE_TABLES + ")");
            }
            try (ResultSet rs = statement.executeQuery("pragma quick_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) throw refused("restore", source + " is damaged (quick_check fails)");
            }
        } catch (SQLException e) {
            throw refused("restore", source + " is not a Needle SQLite store: " + e.getMessage());
        }
    }

    private static void refuseWhenInUse(Path store) throws IOException {
        Path shm = sibling(store, "-shm");
        if (!Files.exists(shm)) return;
        // a POSIX lock: call this only with no SQLite connection to the store open in this process
        try (FileChannel channel = FileChannel.open(shm, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock(SHM_DMS_BYTE, 1, false)) {
            if (lock == null) {
                throw refused("restore", "another process (needle serve?) has " + store + " open; stop it and restore again");
            }
        }
    }

    /** Opens and closes the old store once, so that its write-ahead log is folded into the file before it is moved. */
    private static void foldLog(Path store) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement()) {
            statement.execute("pragma wal_checkpoint(truncate)");
        } catch (SQLException e) {
            throw new UnableToMaintainStoreException("cannot read " + store + " before replacing it: " + e.getMessage(), e);
        }
    }

    private static Path embeddedFile(Database database, String action) {
        if (database.file() == null) throw refused(action, "only the embedded store's files can be measured");
        return database.file();
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static UnableToMaintainStoreException refused(String action, String reason) {
        return new UnableToMaintainStoreException("cannot " + action + " this store: " + reason, null);
    }
}
