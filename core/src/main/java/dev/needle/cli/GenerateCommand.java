package dev.needle.cli;

import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import dev.needle.generate.GeneratorSettings.HeaderCase;
import dev.needle.generate.GeneratorSettings.Shape;
import dev.needle.generate.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--chosen-columns",
            description = "Write only the columns a Data Loader / Workbench / SOQL user picks (Task and Event without AccountId).")
    boolean chosenColumns;

    @Option(names = "--header-case", paramLabel = "CASE", defaultValue = "as-is", converter = HeaderCaseConverter.class,
            description = "Header names upper (Data Loader up to v60), lower (v62) or as-is. Default ${DEFAULT-VALUE}.")
    HeaderCase headerCase;

    @Option(names = "--loader-file-names",
            description = "Name the files extract.csv, extract (1).csv, ... as Data Loader's default output, not by object.")
    boolean loaderFileNames;

    @Option(names = "--leads",
            description = "Export prospects with no opportunity as Leads (Lead.csv) that convert at their first opportunity.")
    boolean leads;

    @Option(names = "--excel-amounts",
            description = "Write Opportunity.Amount and User.Quota__c as a spreadsheet saves them: $24,000.00.")
    boolean excelAmounts;

    @Option(names = "--loss-factor", paramLabel = "F", defaultValue = "1",
            description = "Multiply the weekly chance that an open deal is lost (default ${DEFAULT-VALUE}; 5: a harsh year, few deals won).")
    double lossFactor;

    @Option(names = "--multi-deal-accounts", paramLabel = "SHARE", defaultValue = "0",
            description = "Share of accounts (0..1) that open a new deal while one is open: expansion, another product, "
                    + "another department. Default ${DEFAULT-VALUE}: one open deal per account.")
    double multiDealAccounts;

    @Mixin
    JsonOption output;

    /** Takes upper, lower or as-is in any letter case. */
    static final class HeaderCaseConverter implements CommandLine.ITypeConverter<HeaderCase> {
        @Override
        public HeaderCase convert(String value) {
            try {
                return HeaderCase.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        LocalDate last = until != null ? until : LocalDate.now(ZoneOffset.UTC);
        Shape shape = new Shape(chosenColumns, headerCase, loaderFileNames, leads, excelAmounts);
        Summary summary = generate(new GeneratorSettings(reps, days, seed, last, style, shape, lossFactor, multiDealAccounts), out);
        PrintWriter stdout = spec.commandLine().getOut();
        if (output.json) Json.print(stdout, summary);
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
