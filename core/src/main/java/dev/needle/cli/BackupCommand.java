package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.store.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code needle backup FILE}: a consistent copy of the embedded store, also while needle serve writes to it. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent copy of the embedded store to FILE, also while needle serve runs:",
                "SQLite: a store file (VACUUM INTO); H2: a zip (BACKUP TO). On PostgreSQL use pg_dump."})
final class BackupCommand implements Runnable {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to write; must not exist.")
    Path file;

    @Override
    public void run() {
        try (Needle needle = Needle.open(main.settings())) {
            long start = System.nanoTime();
            StoreMaintenance.backup(needle.database(), file);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("backed up %s to %s in %.1f s%n", needle.databaseDescription(), file, (System.nanoTime() - start) / 1e9);
            out.flush();
        }
    }
}
