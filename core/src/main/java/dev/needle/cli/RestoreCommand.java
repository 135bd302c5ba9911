package dev.needle.cli;

import dev.needle.app.Settings;
import dev.needle.store.StoreMaintenance;
import dev.needle.store.UnableToMaintainStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** {@code needle restore FILE}: the home's SQLite store replaced by a backup, the old one kept beside it. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the home's SQLite store with a backup written by needle backup, keeping the old",
                "store as needle.db.before-restore. Refuses while another process (needle serve) has the store open."})
final class RestoreCommand implements Runnable {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup written by needle backup.")
    Path file;

    @Override
    public void run() {
        Settings settings = main.settings();
        if (!settings.embedded()) throw new UnableToMaintainStoreException("cannot restore into PostgreSQL: use pg_restore (or psql) with a pg_dump", null);
        if (settings.legacyH2()) {
            throw new UnableToMaintainStoreException("cannot restore this H2 store: unzip the backup into " + settings.home()
                    + " with org.h2.tools.Restore while nothing runs", null);
        }
        Optional<Path> kept = StoreMaintenance.restore(settings.home(), file);
        PrintWriter out = spec.commandLine().getOut();
        out.println("restored " + file + " into " + settings.home() + kept.map(previous -> "; the previous store is " + previous).orElse(""));
        out.flush();
    }
}
