package dev.needle.generate;

import dev.needle.generate.OrgBuilder.Org;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Writes a synthetic Salesforce org (one CSV per object, the reps' calendars and the planted
 * effects) into a directory. The same settings always write byte-identical files: one seeded random
 * stream, ordered collections only, no clock. Activities stream to disk as they are simulated.
 */
public final class Generator {
    public final GeneratorSettings settings;

    public Generator(GeneratorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Writes every file into {@code outDir} (created if missing; files of the same name are replaced).
     * {@code progress} hears the number of CSV rows written so far, once per simulated day.
     */
    public Summary writeTo(Path outDir, LongConsumer progress) throws IOException {
        try {
            return write(outDir, progress == null ? rows -> { } : progress);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Summary write(Path outDir, LongConsumer progress) throws IOException {
        Path calendars = Files.createDirectories(outDir.resolve("calendars"));
        Dice dice = new Dice(settings.seed());
        Format format = new Format(settings.style());
        LocalDate until = settings.until();
        LocalDate firstDay = WorkTime.minusWorkdays(until, settings.days() - 1);
        Org org = new OrgBuilder(dice, format, firstDay).build(settings.reps());
        long orgRows = OrgFiles.writeUsers(outDir.resolve("User.csv"), format, org)
                + OrgFiles.writeContacts(outDir.resolve("Contact.csv"), format, org);
        Pipeline pipeline;
        ActivityLog log;
        NextActions.Hygiene hygiene;
        try (CsvFile history = CsvFile.create(outDir.resolve("OpportunityHistory.csv"), format, Pipeline.HISTORY_HEADER);
             CsvFile tasks = CsvFile.create(outDir.resolve("Task.csv"), format, ActivityLog.TASK_HEADER);
             CsvFile events = CsvFile.create(outDir.resolve("Event.csv"), format, ActivityLog.eventHeader(format))) {
            pipeline = new Pipeline(dice, format, IdSequence.of("006", dice, format), IdSequence.of("008", dice, format),
                    history);
            log = new ActivityLog(format, dice, tasks, events, IdSequence.of("00T", dice, format),
                    IdSequence.of("00U", dice, format), until.minusDays(29));
            new Simulation(dice, org, pipeline, log, firstDay, until)
                    .run(progress, () -> orgRows + pipeline.historyRows() + log.rows());
            hygiene = new NextActions(dice, log, until).plan(org.reps());
        }
        long dealRows = pipeline.writeOpportunities(outDir.resolve("Opportunity.csv"));
        long accountRows = OrgFiles.writeAccounts(outDir.resolve("Account.csv"), format, org);
        int calendarEvents = new Calendars(dice, until).write(calendars, org.reps());
        PlantedEffects.of(settings, firstDay, org.reps(), hygiene).write(outDir.resolve("planted-effects.json"));
        progress.accept(orgRows + pipeline.historyRows() + log.rows() + dealRows + accountRows);
        return new Summary(org.reps().size(), org.accounts().size(), org.contacts().size(), pipeline.deals().size(),
                log.logged(), log.openTasks(), calendarEvents);
    }
}
