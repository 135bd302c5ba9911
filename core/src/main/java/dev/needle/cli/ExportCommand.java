package dev.needle.cli;

import dev.needle.app.Cluster;
import dev.needle.app.Needle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store's history as Parquet files (one folder per table), for Spark to read from object",
                "storage or HDFS: needle value --spark MASTER --parquet DIR. Needs needle-spark (./needle adds it)."})
final class ExportCommand implements Runnable {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--parquet", paramLabel = "DIR", required = true, description = "The folder to write; it must be empty or new.")
    Path directory;

    @Override
    public void run() {
        if (!empty(directory)) {
            throw new ParameterException(spec.commandLine(), "--parquet: " + directory + " is not empty; give a new or empty folder");
        }
        long rows;
        try (Needle needle = Needle.open(main.settings())) {
            rows = Cluster.provider().exportParquet(needle.store().history(), directory);
        }
        spec.commandLine().getOut().printf("Wrote %,d rows as Parquet to %s%n", rows, directory.toAbsolutePath());
        spec.commandLine().getOut().flush();
    }

    private static boolean empty(Path directory) {
        if (!Files.exists(directory)) return true;
        if (!Files.isDirectory(directory)) return false;
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
