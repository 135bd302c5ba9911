package dev.needle.ingest.run;

import dev.needle.ingest.ImportOptions;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.RowError;
import dev.needle.ingest.mail.MailboxReader;
import dev.needle.ingest.mapping.FileSample;
import dev.needle.ingest.mapping.MappedFile;
import dev.needle.ingest.mapping.Mapping;
import dev.needle.ingest.mapping.MappingLibrary;
import dev.needle.ingest.mapping.Recognition;
import dev.needle.ingest.mapping.UnreadableFileException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides what each file of an import is: a table a mapping reads, a calendar, a file that is no
 * export (a README), or a table Needle cannot read — which is refused loudly, naming the nearest
 * format and what it lacks, unless the user said {@code --skip-unknown}.
 */
final class FileClassifier {
    /** .xls is taken as a table so that the reader refuses it with what to do instead. */
    private static final Set<String> TABLES = Set.of("csv", "tsv", "xlsx", "xls");
    private static final Set<String> CALENDARS = Set.of("ics", "ical", "ifb");

    private final MappingLibrary mappings;
    private final ImportOptions options;

    FileClassifier(MappingLibrary mappings, ImportOptions options) {
        this.mappings = mappings;
        this.options = options;
    }

    Classified classify(List<Path> files) {
        Classified classified = new Classified();
        List<Unrecognised> unrecognised = new ArrayList<>();
        for (Path file : files) {
            String extension = extension(file);
            if (MailboxReader.isMailbox(file)) {
                classified.mailboxes().add(file);
            } else if (CALENDARS.contains(extension)) {
                classified.calendars().add(file);
            } else if (TABLES.contains(extension)) {
                table(file, classified, unrecognised);
            } else {
                classified.skipped().add(new ImportReport.SkippedFile(file.toString(), "not imported: not a CSV, XLSX, iCalendar or mailbox file", false));
            }
        }
        Set<String> sideTables = sideTablesOf(classified.tables());
        for (Unrecognised file : unrecognised) {
            if (sideTables.contains(file.path().getFileName().toString().toLowerCase(Locale.ROOT))) {
                classified.skipped().add(new ImportReport.SkippedFile(file.path().toString(), "read as a side table of another file", false));
            } else if (options.skipUnknown()) {
                classified.skipped().add(new ImportReport.SkippedFile(file.path().toString(), "skipped (--skip-unknown): " + file.why(), true));
            } else {
                classified.refuse(file.path(), file.why() + ". Give a mapping with --mapping, or skip such files with --skip-unknown");
            }
        }
        classified.tables().sort(Comparator.comparing(MappedFile::firstEntity).thenComparing(t -> t.file().toString()));
        return classified;
    }

    private void table(Path file, Classified classified, List<Unrecognised> unrecognised) {
        FileSample sample;
        try {
            sample = MappedFile.sample(file, options.encoding());
        } catch (UnreadableFileException e) {
            classified.refused().add(RowError.ofFile(file, e.line(), e.getMessage()));
            return;
        }
        if (sample.header().isEmpty()) {
            classified.refuse(file, "the file is empty");
            return;
        }
        Recognition recognition = mappings.recognise(sample);
        if (recognition instanceof Recognition.Recognised recognised) {
            classified.tables().add(MappedFile.of(file, recognised, options.encoding()));
        } else if (recognition instanceof Recognition.LacksColumns lacks) {
            classified.refuse(file, "recognised by " + lacks.how() + " as " + lacks.mapping().name()
                    + ", but it lacks the column" + (lacks.missing().size() > 1 ? "s " : " ") + describe(lacks.missing())
                    + ", without which no record can be made");
        } else if (recognition instanceof Recognition.Unknown unknown) {
            unrecognised.add(new Unrecognised(file, unknownWhy(unknown)));
        }
    }

    private static String unknownWhy(Recognition.Unknown unknown) {
        if (unknown.closest() == null) return "its columns match no known format";
        return "its columns match no known format; the closest is " + unknown.closest().name()
                + ", which needs " + describe(unknown.missing());
    }

    private static String describe(List<String> columns) {
        return String.join(", ", columns.stream().map(c -> c.replace("|", " or ")).toList());
    }

    private static Set<String> sideTablesOf(List<MappedFile> tables) {
        Set<String> names = new HashSet<>();
        for (MappedFile table : tables) {
            for (Mapping.Lookup lookup : table.mapping().lookups().values()) names.add(lookup.file().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private record Unrecognised(Path path, String why) {
    }

    /** The files of one import by what they are; {@code refused} ones fail the import. */
    record Classified(List<MappedFile> tables, List<Path> calendars, List<Path> mailboxes, List<ImportReport.SkippedFile> skipped,
                      List<RowError> refused) {
        Classified() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        void refuse(Path file, String why) {
            refused.add(new RowError(file.toString(), 0, null, why));
        }
    }
}
