package dev.needle.testing;

import dev.needle.app.Needle;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.ingest.ImportOptions;
import dev.needle.ingest.ImportProgress;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.mapping.MappingLibrary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Runs real imports in tests, the way the CLI does. */
public final class Imports {
    public static final LocalDate CALENDAR_FROM = LocalDate.of(2000, 1, 1);
    public static final LocalDate CALENDAR_TO = LocalDate.of(2029, 12, 31);

    private Imports() {
    }

    public static ImportOptions allOrNothing() {
        return new ImportOptions(false, null, CALENDAR_FROM, CALENDAR_TO);
    }

    public static ImportOptions skipBad() {
        return new ImportOptions(true, null, CALENDAR_FROM, CALENDAR_TO);
    }

    /**
     * For real exports that come without their users file (the Salesforce dev-org sample has no User.csv): their
     * owners become placeholder reps, as {@code needle import --create-missing} makes them.
     */
    public static ImportOptions creatingMissingOwners() {
        return allOrNothing().withCreateMissing(true);
    }

    public static ImportOptions calendarOf(String rep) {
        return new ImportOptions(false, rep, CALENDAR_FROM, CALENDAR_TO);
    }

    public static ImportReport run(Needle needle, ImportOptions options, Path... paths) {
        try (ImportSession session = needle.store().beginImport()) {
            return needle.importer(MappingLibrary.shipped()).run(List.of(paths), options, session, ImportProgress.NONE);
        }
    }

    public static Needle needle(Backend backend) {
        return Needle.using(backend.freshDatabase(), ActivityCatalog.defaults());
    }
}
