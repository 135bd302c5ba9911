package dev.needle.ingest.run;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.ActivityType;
import dev.needle.domain.NeedleException;
import dev.needle.domain.Rep;
import dev.needle.ingest.CalendarParser;
import dev.needle.ingest.ImportOptions;
import dev.needle.ingest.ImportProgress;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.MailCounts;
import dev.needle.ingest.mail.MailboxReader;
import dev.needle.ingest.RowError;
import dev.needle.ingest.UnknownOwners;
import dev.needle.ingest.mapping.EntityKind;
import dev.needle.ingest.mapping.MappedFile;
import dev.needle.ingest.mapping.Mapping;
import dev.needle.ingest.mapping.MappingLibrary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Imports files and folders in one transaction: CSVs through the mapping their header matches, in
 * dependency order (reps before the deals they own, deals before their history), then calendars.
 * All or nothing unless {@code skipBad}: a bad row anywhere means nothing is stored.
 */
public final class Importer {
    /** The catalogue type of a mail touch. */
    static final String MAIL_TYPE = "Email";
    private final ActivityCatalog catalog;
    private final MappingLibrary mappings;
    private final CalendarParser calendars;

    public Importer(ActivityCatalog catalog, MappingLibrary mappings, CalendarParser calendars) {
        this.catalog = catalog;
        this.mappings = mappings;
        this.calendars = calendars;
    }

    public ImportReport run(List<Path> paths, ImportOptions options, ImportSession session, ImportProgress progress) {
        return run(paths, options, session, progress, ImportGuard.NONE);
    }

    /**
     * @throws ImportStoppedException when {@code guard} stops the import (too many rows, or nobody waiting for it);
     *                                the session is rolled back first
     */
    public ImportReport run(List<Path> paths, ImportOptions options, ImportSession session, ImportProgress progress,
                            ImportGuard guard) {
        try {
            return runGuarded(paths, options, session, progress, guard);
        } catch (ImportStoppedException stopped) {
            session.rollback();
            throw stopped;
        }
    }

    private ImportReport runGuarded(List<Path> paths, ImportOptions options, ImportSession session, ImportProgress progress,
                                    ImportGuard bounds) {
        ImportGuard.Run guard = bounds.start();
        List<Path> files = expand(paths);
        FileClassifier.Classified classified = new FileClassifier(mappings, options).classify(files);
        List<MappedFile> tables = classified.tables();
        List<Path> calendars = classified.calendars();
        List<ImportReport.SkippedFile> skipped = classified.skipped();

        session.unknownOwners(new UnknownOwners(options.createMissing(), sourcesWithoutUsers()));
        progress.start(totalBytes(tables, calendars) + classified.mailboxes().stream().mapToLong(Importer::size).sum());
        List<RowError> errors = new ArrayList<>();
        List<ImportReport.FileReport> reports = new ArrayList<>();
        // counted by hash, once per activity, and sorted once for the report
        Map<String, Long> counted = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        List<String> refused = new ArrayList<>(classified.refused().stream().map(RowError::file).toList());
        for (MappedFile table : tables) {
            MappedFile.Counts counts = table.read(session, catalog, options.locale(), errors::add,
                    type -> counted.merge(type, 1L, Long::sum), bytes -> {
                        guard.beforeRow();
                        progress.advance(bytes);
                    });
            session.flush();
            reports.add(new ImportReport.FileReport(table.file().toString(), table.mapping().name(),
                    table.firstEntity().name(), counts.stored(), counts.skipped(), counts.bad()));
            if (counts.unreadable()) refused.add(table.file().toString());
            if (counts.footerLines() > 0) {
                warnings.add(table.file().getFileName() + ": " + counts.footerLines() + " footer lines of a report export ignored");
            }
        }
        for (Path calendar : calendars) {
            guard.checkAbandoned();
            reports.add(size(calendar) > bounds.maxCalendarBytes() ? refuseLarge(calendar, bounds.maxCalendarBytes(), errors)
                    : importCalendar(calendar, options, session, errors, warnings));
            progress.advance(size(calendar));
        }
        MailCounts mail = classified.mailboxes().isEmpty() ? null
                : importMailboxes(classified.mailboxes(), options, session, errors, reports, counted, guard, progress);
        warnings.addAll(session.warnings());

        // a refused file fails the import even with --skip-bad: that flag is about rows, not files
        boolean commit = refused.isEmpty() && (errors.isEmpty() || options.skipBad());
        errors.addAll(0, classified.refused());
        // the last moment to notice that nobody waits for the result: after the commit it is stored
        guard.checkAbandoned();
        if (commit) session.commit();
        else session.rollback();
        Map<String, Long> uncatalogued = new TreeMap<>();
        Map<String, Long> types = new TreeMap<>(counted);
        types.forEach((type, count) -> {
            if (!catalog.classify(type).catalogued()) uncatalogued.put(type, count);
        });
        return new ImportReport(commit, reports, skipped, errors, warnings, types, uncatalogued, refused,
                commit ? session.placeholders() : List.of(), mail);
    }

    /**
     * Mailboxes after every table, so the reps and contacts of this import are known; one reader for all of
     * them, so a message in two mailboxes is one touch.
     */
    private MailCounts importMailboxes(List<Path> mailboxes, ImportOptions options, ImportSession session, List<RowError> errors,
                                       List<ImportReport.FileReport> reports, Map<String, Long> counted,
                                       ImportGuard.Run guard, ImportProgress progress) {
        ActivityType email = catalog.classify(MAIL_TYPE);
        MailboxReader reader = new MailboxReader(session, options.mail().keepBodies(), options.mail().internalDomains(),
                email.name(), email.defaultMinutes());
        MailCounts total = MailCounts.NONE;
        for (Path mailbox : mailboxes) {
            MailCounts counts = reader.read(mailbox, errors::add, bytes -> {
                guard.beforeRow();
                progress.advance(bytes);
            });
            session.flush();
            String format = mailbox.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml") ? "eml" : "mbox";
            reports.add(new ImportReport.FileReport(mailbox.toString(), format, "ACTIVITY", counts.stored(),
                    counts.read() - counts.stored() - counts.bad(), counts.bad()));
            if (counts.stored() > 0) counted.merge(email.name(), counts.stored(), Long::sum);
            total = total.plus(counts);
        }
        return total;
    }

    /** Systems whose owners no users file can describe, because no mapping reads users of them (Zoho, Pipedrive). */
    private Set<String> sourcesWithoutUsers() {
        Set<String> systems = new HashSet<>();
        mappings.all().forEach(mapping -> systems.add(mapping.system()));
        mappings.all().stream().filter(Importer::readsUsers).forEach(mapping -> systems.remove(mapping.system()));
        return systems;
    }

    private static boolean readsUsers(Mapping mapping) {
        return mapping.entity() == EntityKind.REP
                || mapping.entityWhen().stream().anyMatch(route -> route.entity() == EntityKind.REP);
    }

    private ImportReport.FileReport importCalendar(Path file, ImportOptions options, ImportSession session,
                                                   List<RowError> errors, List<String> warnings) {
        String whose = options.calendarRep() != null ? options.calendarRep() : stem(file);
        Optional<ImportSession.KnownRep> rep;
        try {
            rep = session.findRep(whose);
        } catch (NeedleException ambiguous) {
            // e.g. an email two source systems both know: the file is named in the error, the import goes on to report the rest
            errors.add(new RowError(file.toString(), 0, null, ambiguous.getMessage() + " (give --rep with Needle's id)"));
            return new ImportReport.FileReport(file.toString(), "icalendar", "CALENDAR_EVENT", 0, 0, 1);
        }
        if (rep.isEmpty()) {
            String why = options.calendarRep() != null ? "no rep \"" + whose + "\" is known"
                    : "whose calendar is this? name the file after a rep's email or id, or give --rep";
            errors.add(new RowError(file.toString(), 0, null, why));
            return new ImportReport.FileReport(file.toString(), "icalendar", "CALENDAR_EVENT", 0, 0, 1);
        }
        ZoneId zone = Rep.knownZone(rep.get().timeZone()).orElse(ZoneOffset.UTC);
        Rep.zoneNote(rep.get().timeZone()).ifPresent(note -> warnings.add(file.getFileName() + ": " + note));
        try {
            CalendarParser.Parsed read = calendars.parse(file, zone, options.calendarStart(zone), options.calendarEnd(zone));
            session.replaceCalendar(rep.get().id(), file.getFileName().toString(), read.events());
            read.warnings().forEach(w -> warnings.add(file.getFileName() + ": " + w));
            return new ImportReport.FileReport(file.toString(), "icalendar", "CALENDAR_EVENT", read.events().size(), 0, 0);
        } catch (NeedleException e) {
            errors.add(RowError.ofFile(file, 0, e.getMessage()));
            return new ImportReport.FileReport(file.toString(), "icalendar", "CALENDAR_EVENT", 0, 0, 1);
        }
    }

    /** A calendar too large to parse here is a bad file: the import goes on to report the others. */
    private static ImportReport.FileReport refuseLarge(Path file, long maxBytes, List<RowError> errors) {
        errors.add(new RowError(file.toString(), 0, null, String.format("the calendar is %,d bytes, more than the %,d one"
                + " import may read (it is parsed whole in memory); import it with needle import", size(file), maxBytes)));
        return new ImportReport.FileReport(file.toString(), "icalendar", "CALENDAR_EVENT", 0, 0, 1);
    }

    private static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new NoSuchInputException(path + ": no such file or directory");
            }
        }
        return files;
    }

    private static long totalBytes(List<MappedFile> tables, List<Path> calendars) {
        return tables.stream().mapToLong(t -> size(t.file())).sum() + calendars.stream().mapToLong(Importer::size).sum();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A path given to import does not exist. */
    public static class NoSuchInputException extends NeedleException {
        public NoSuchInputException(String message) {
            super(message);
        }
    }
}
