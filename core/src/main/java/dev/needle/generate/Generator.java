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

    /**
     * The accounts that open a new deal while one is open, drawn from a stream of their own so the
     * main stream's draws stay as they were; with a share of 0 nothing is drawn.
     */
    private void chooseMultiDealAccounts(Org org) {
        if (settings.multiDealAccounts() == 0) return;
        Dice multiDeal = Dice.derived(settings.seed(), "Multi-deal accounts");
        for (Model.Account account : org.accounts()) account.multiDeal = multiDeal.chance(settings.multiDealAccounts());
    }

    private Summary write(Path outDir, LongConsumer progress) throws IOException {
        Path calendars = Files.createDirectories(outDir.resolve("calendars"));
        Dice dice = new Dice(settings.seed());
        Format format = new Format(settings.style(), settings.shape());
        ExportFiles files = new ExportFiles(outDir, format);
        LocalDate until = settings.until();
        LocalDate firstDay = WorkTime.minusWorkdays(until, settings.days() - 1);
        Leads leads = new Leads(settings.shape().leads(), format, settings.seed(), until);
        Org org = new OrgBuilder(dice, format, firstDay).build(settings.reps());
        chooseMultiDealAccounts(org);
        long userRows = OrgFiles.writeUsers(files, format, org);
        Pipeline pipeline;
        ActivityLog log;
        NextActions.Hygiene hygiene;
        try (CsvFile history = files.create(SalesforceObject.OPPORTUNITY_HISTORY, Pipeline.HISTORY_HEADER);
             CsvFile tasks = files.create(SalesforceObject.TASK, ActivityLog.TASK_HEADER);
             CsvFile events = files.create(SalesforceObject.EVENT, ActivityLog.eventHeader(format))) {
            pipeline = new Pipeline(dice, format, IdSequence.of("006", dice, format), IdSequence.of("008", dice, format),
                    history, leads);
            log = new ActivityLog(format, dice, tasks, events, IdSequence.of("00T", dice, format),
                    IdSequence.of("00U", dice, format), until.minusDays(29), leads);
            new Simulation(dice, org, pipeline, log, firstDay, until, settings.lossFactor())
                    .run(progress, () -> userRows + pipeline.historyRows() + log.rows());
            hygiene = new NextActions(dice, log, until).plan(org.reps());
        }
        long dealRows = pipeline.writeOpportunities(files);
        // written after the simulation: with leads, which companies converted is known only now
        long contactRows = OrgFiles.writeContacts(files, format, org, leads);
        long accountRows = OrgFiles.writeAccounts(files, format, org, leads);
        long leadRows = leads.on() ? leads.write(files) : 0;
        int calendarEvents = new CalendarFiles(dice, until).write(calendars, org.reps());
        PlantedEffects.of(settings, firstDay, org.reps(), hygiene, files, leads)
                .write(outDir.resolve("planted-effects.json"));
        progress.accept(userRows + pipeline.historyRows() + log.rows() + dealRows + contactRows + accountRows
                + leadRows);
        return new Summary(org.reps().size(), (int) accountRows, (int) contactRows, pipeline.deals().size(),
                log.logged(), log.openTasks(), calendarEvents);
    }
}
