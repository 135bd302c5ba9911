package dev.needle.cli;

import dev.needle.app.ImportFiles;
import dev.needle.app.InvalidRequestException;
import dev.needle.app.Needle;
import dev.needle.ingest.ImportOptions;
import dev.needle.ingest.ImportProgress;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.mapping.MappingLibrary;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports CRM exports, calendars and mailboxes: files or folders, format recognised from headers and names.",
                "Salesforce (Data Export and Data Loader), HubSpot, Pipedrive, the Maven CRM set, Needle's canonical CSV, iCalendar, .mbox and .eml.",
                "All or nothing: one bad row and nothing is stored, unless --skip-bad."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--mapping", paramLabel = "FILE", description = "A column mapping for files no shipped mapping recognises.")
    Path mapping;

    @Option(names = "--rep", paramLabel = "REP", description = "Whose calendar the .ics files are: Needle id, source id or email.")
    String rep;

    @Option(names = "--skip-bad", description = "Store the good rows and report the bad ones.")
    boolean skipBad;

    @Option(names = "--calendar-from", paramLabel = "DATE", description = "Expand recurring events from this date (default: a year ago).")
    LocalDate calendarFrom;

    @Option(names = "--calendar-to", paramLabel = "DATE", description = "…to this date, inclusive (default: a year ahead).")
    LocalDate calendarTo;

    @Option(names = "--skip-unknown", description = "Skip, with a warning, CSV/XLSX files that match no known format (default: fail the import).")
    boolean skipUnknown;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "The encoding of files that are not UTF-8 or UTF-16, e.g. windows-1252.")
    java.nio.charset.Charset encoding;

    @Option(names = "--locale", paramLabel = "TAG", converter = LocaleTag.class, description = "How amounts and dates are written: en-US (default) 1,234.56 and 3/28/2024; en-GB 28/03/2024; de-DE 1.234,56.")
    java.util.Locale locale;

    @Option(names = "--create-missing", description = "Make a placeholder rep for an owner id no user in the files or the store has (default: that row is an error).")
    boolean createMissing;

    @Option(names = "--keep-bodies", description = "Mailboxes: store each touch's text body too (by default only headers are read and no body is stored).")
    boolean keepBodies;

    @Option(names = "--internal-domain", paramLabel = "DOMAIN", description = "Mailboxes: a domain of the company besides those of the reps' emails (repeatable); mail with every address in them is internal, not a touch.")
    List<String> internalDomains = new java.util.ArrayList<>();

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportFiles.Request request;
        try {
            // days in each rep's zone, both included: ImportOptions turns them into instants per calendar
            request = new ImportFiles.Request(paths, mapping == null ? null : MappingLibrary.shipped().with(mapping), calendarFrom, calendarTo,
                    new ImportOptions(skipBad, rep, LocalDate.EPOCH, LocalDate.EPOCH, skipUnknown, encoding, locale)
                            .withCreateMissing(createMissing).withMail(new ImportOptions.Mail(keepBodies, java.util.Set.copyOf(internalDomains))));
            request.optionsOn(main.clock()); // refused before the store is opened
        } catch (InvalidRequestException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.message(field -> "--" + field));
        }
        ImportReport report;
        try (Needle needle = Needle.open(main.settings());
             ImportSession session = needle.store().beginImport(); Progress progress = new Progress(!output.json)) {
            report = new ImportFiles(needle::importer, main.clock()).run(request, session, progress);
        }
        if (output.json) Json.print(out, report);
        else ImportText.print(report, out, spec.commandLine().getErr());
        return report.committed() ? 0 : Main.FAILURE;
    }

    /** A BCP 47 language tag (de-DE, en-US); Locale.forLanguageTag accepts anything, so an unknown one is refused here. */
    static final class LocaleTag implements CommandLine.ITypeConverter<java.util.Locale> {
        @Override
        public java.util.Locale convert(String tag) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(tag.trim());
            if (locale.getLanguage().isEmpty()) throw new CommandLine.TypeConversionException("not a language tag: " + tag + " (e.g. de-DE)");
            return locale;
        }
    }

    /** A progress bar on stderr when a person is watching a terminal. */
    private static final class Progress implements ImportProgress, AutoCloseable {
        private final boolean enabled;
        private ProgressBar bar;

        Progress(boolean wanted) {
            this.enabled = wanted && System.console() != null;
        }

        @Override
        public void start(long totalBytes) {
            if (!enabled || totalBytes < 5_000_000) return;
            bar = new ProgressBarBuilder().setTaskName("Importing").setInitialMax(totalBytes)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1_000_000).showSpeed().build();
        }

        @Override
        public void advance(long bytes) {
            if (bar != null) bar.stepBy(bytes);
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }
}
