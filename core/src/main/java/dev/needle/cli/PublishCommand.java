package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.app.PublishedAnswers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Computes the API's main views (value, report, deals, for a caller who sees every rep) as of now, on this",
                "machine or on Spark (--spark), and stores them in the store, where needle serve answers them until the records",
                "change; --out also writes them as JSON files. For a store too large for the server to analyse itself."})
final class PublishCommand implements Runnable {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Also write value.json, report.json and deals.json here.")
    Path out;

    @Override
    public void run() {
        PrintWriter said = spec.commandLine().getOut();
        try (Needle needle = Needle.open(main.settings());
             ClusterOptions.Units units = cluster.open(needle, main.settings(), spec)) {
            // the fingerprint before the records: a change in between makes the answers look older than they are, never newer
            String fingerprint = needle.store().savedAnswers().fingerprint();
            Map<String, byte[]> answers = PublishedAnswers.compute(units.history(), units.runner(), needle.catalog(), main.clock().instant());
            PublishedAnswers.publish(needle.store().savedAnswers(), fingerprint, answers);
            if (out != null) write(answers);
            answers.forEach((path, body) -> said.printf("Published GET %s (%,d bytes)%s%n", path, body.length,
                    out == null ? "" : " and wrote " + out.resolve(file(path))));
        }
        said.flush();
    }

    private void write(Map<String, byte[]> answers) {
        try {
            Files.createDirectories(out);
            for (Map.Entry<String, byte[]> answer : answers.entrySet()) Files.write(out.resolve(file(answer.getKey())), answer.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the answers to " + out + ": " + e.getMessage(), e);
        }
    }

    private static String file(String path) {
        return path.substring(path.lastIndexOf('/') + 1) + ".json";
    }
}
