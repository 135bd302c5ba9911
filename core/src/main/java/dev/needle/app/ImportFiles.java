package dev.needle.app;

import dev.needle.ingest.ImportOptions;
import dev.needle.ingest.ImportProgress;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.mapping.MappingLibrary;
import dev.needle.ingest.run.ImportGuard;
import dev.needle.ingest.run.Importer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Files into the store, the same for {@code needle import}, {@code POST /api/import} and {@code needle demo}: the
 * mappings given (default: the shipped ones), calendars read for a year either side of today unless the request
 * names the days, all in one session that stores everything or nothing.
 */
public final class ImportFiles {
    /** How far from today calendars are read when the request names no days, both ways. */
    public static final int CALENDAR_YEARS = 1;

    private final Function<MappingLibrary, Importer> importers;
    private final Clock clock;

    /** {@code importers}: an importer over given mappings ({@code needle::importer}); {@code clock}: "today". */
    public ImportFiles(Function<MappingLibrary, Importer> importers, Clock clock) {
        this.importers = importers;
        this.clock = clock;
    }

    /**
     * What to import and how. {@code mappings} null: the shipped ones. {@code calendarFrom}/{@code calendarTo}: the
     * days, in each rep's zone and both included, whose calendar events are read (null: a year before / after today).
     * {@code options} carries the rest ({@code skipBad}, the calendar's rep, encodings, mail); its own window is
     * not used (write {@link LocalDate#EPOCH} there).
     */
    public record Request(List<Path> paths, MappingLibrary mappings, LocalDate calendarFrom, LocalDate calendarTo, ImportOptions options) {
        public Request {
            if (paths == null || paths.isEmpty()) throw new InvalidRequestException("{paths} are required: the files or folders to import");
            paths = List.copyOf(paths);
            mappings = mappings == null ? MappingLibrary.shipped() : mappings;
            Objects.requireNonNull(options, "options");
            if (calendarFrom != null && calendarTo != null && calendarTo.isBefore(calendarFrom)) {
                throw new InvalidRequestException("{calendar-to} must not be before {calendar-from}");
            }
        }

        /** The options with the calendar window this request means today, as {@code clock} tells it (UTC). */
        public ImportOptions optionsOn(Clock clock) {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            LocalDate from = calendarFrom != null ? calendarFrom : today.minusYears(CALENDAR_YEARS);
            LocalDate to = calendarTo != null ? calendarTo : today.plusYears(CALENDAR_YEARS);
            if (to.isBefore(from)) throw new InvalidRequestException("{calendar-to} must not be before {calendar-from}");
            return new ImportOptions(options.skipBad(), options.calendarRep(), from, to, options.skipUnknown(), options.encoding(),
                    options.locale(), options.createMissing(), options.mail());
        }
    }

    /** Imports {@code request} in {@code session} (the caller opens it: the API's names its actor for the audit trail). */
    public ImportReport run(Request request, ImportSession session, ImportProgress progress, ImportGuard guard) {
        return importers.apply(request.mappings()).run(request.paths(), request.optionsOn(clock), session, progress, guard);
    }

    public ImportReport run(Request request, ImportSession session, ImportProgress progress) {
        return run(request, session, progress, ImportGuard.NONE);
    }
}
