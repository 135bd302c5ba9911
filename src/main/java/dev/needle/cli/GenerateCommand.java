package dev.needle.cli;

import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import dev.needle.generate.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic, reproducible sales org as a Salesforce export, with planted effects",
                "(documented in docs/generator.md and written to OUT/planted-effects.json)."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "OUT", description = "Folder to write the export into.")
    Path out;

    @Option(names = "--reps", defaultValue = "20", description = "Number of reps (default ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--days", defaultValue = "250", description = "Working days of history (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--until", paramLabel = "DATE", description = "Last day of history (default: today, UTC).")
    LocalDate until;

    @Option(names = "--style", defaultValue = "EXPORT",
            description = "EXPORT (Salesforce weekly Data Export) or LOADER (Data Loader / API). Default ${DEFAULT-VALUE}.")
    GeneratorSettings.Style style;

    @Option(names = "--json", description = "Print the summary as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        LocalDate last = until != null ? until : LocalDate.now(ZoneOffset.UTC);
        Summary summary = generate(new GeneratorSettings(reps, days, seed, last, style), out);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) Json.print(stdout, summary);
        else stdout.printf("Wrote %s: %,d reps, %,d accounts, %,d contacts, %,d deals, %,d activities, %,d open tasks, %,d calendar events.%n",
                out, summary.reps(), summary.accounts(), summary.contacts(), summary.deals(), summary.activities(),
                summary.openTasks(), summary.calendarEvents());
        stdout.flush();
        return 0;
    }

    static Summary generate(GeneratorSettings settings, Path out) throws IOException {
        return new Generator(settings).writeTo(out, rows -> { });
    }
}
