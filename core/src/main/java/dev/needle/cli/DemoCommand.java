package dev.needle.cli;

import dev.needle.app.ImportFiles;
import dev.needle.app.Needle;
import dev.needle.app.PlanQuery;
import dev.needle.app.ValueQuery;
import dev.needle.auth.Role;
import dev.needle.auth.Users;
import dev.needle.domain.Dataset;
import dev.needle.domain.Rep;
import dev.needle.generate.GeneratorSettings;
import dev.needle.generate.Summary;
import dev.needle.ingest.ImportOptions;
import dev.needle.ingest.ImportProgress;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.ImportSession;
import dev.needle.measure.UnitRunner;
import dev.needle.measure.DealHealth;
import dev.needle.measure.DealHygiene;
import dev.needle.measure.HygieneReport;
import dev.needle.plan.DayPlan;
import dev.needle.plan.WorkingDays;
import dev.needle.plan.Workloads;
import dev.needle.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"On an empty home, generates and imports a demo org; then shows what Needle knows."})
final class DemoCommand implements Callable<Integer> {
    static final long DEMO_SEED = 42;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    static final String DEMO_ADMIN = "admin@needle-demo.example";

    @Option(names = "--reps", defaultValue = "20", description = "Reps in the demo org (default ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--serve", description = "Then serve the dashboard and API until stopped (Ctrl-C).")
    boolean serve;

    @Option(names = "--port", defaultValue = "7070", description = "Port for --serve and the address shown (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (Needle needle = Needle.open(main.settings())) {
            StoreCounts stats = needle.store().stats();
            if (stats.deals() == 0 && stats.activities() == 0) {
                loadDemoOrg(needle, out);
                stats = needle.store().stats();
            } else {
                out.println("The store already holds data; showing it (use an empty --home for a fresh demo).");
            }
            out.println();
            StatsText.print(out, stats, needle.databaseDescription());
            Dataset data = needle.store().dataset();
            showValue(needle, data, out);
            showHygiene(needle, data, out);
            showPlan(needle, data, out);
            out.println();
            out.println("Next: needle report (time and results per rep), needle deals --flag STALLED, needle value --json.");
            showSignIn(needle, data, out);
            if (serve) ServeCommand.serveUntilStopped(needle, "127.0.0.1", port, out);
        }
        out.flush();
        return 0;
    }

    /**
     * A token per role — a rep, their manager and an admin — fresh on every run (Needle keeps only
     * hashes, so earlier tokens cannot be shown again).
     */
    private void showSignIn(Needle needle, Dataset data, PrintWriter out) {
        java.util.Set<Long> managers = new java.util.HashSet<>();
        data.reps().forEach(member -> managers.add(member.managerId()));
        Rep rep = data.reps().stream()
                .filter(candidate -> candidate.managerId() != null && candidate.email() != null && !managers.contains(candidate.id()))
                .min(java.util.Comparator.comparing(Rep::externalId)).orElse(null);
        Rep manager = rep == null ? null : data.reps().stream().filter(candidate -> candidate.id() == rep.managerId()).findFirst().orElse(null);
        Users users = needle.users();
        if (users.all().stream().noneMatch(user -> user.user().email().equals(DEMO_ADMIN))) users.add(DEMO_ADMIN, "Demo Admin", Role.ADMIN);
        out.println();
        out.printf("Dashboard: ./needle serve, then open http://127.0.0.1:%d/ and sign in with a token:%n", port);
        if (rep != null) out.printf("  rep      %-40s %s%n", rep.email(), users.createToken(rep.email(), "demo"));
        if (manager != null && manager.email() != null) {
            out.printf("  manager  %-40s %s%n", manager.email(), users.createToken(manager.email(), "demo"));
        }
        out.printf("  admin    %-40s %s%n", DEMO_ADMIN, users.createToken(DEMO_ADMIN, "demo"));
        out.println("(API: curl -H 'Authorization: Bearer TOKEN' http://127.0.0.1:" + port + "/api/me; the document is at /openapi.json)");
        out.flush();
    }

    /** What each activity type is worth in the demo org's last year: needle value's answer. */
    private void showValue(Needle needle, Dataset stored, PrintWriter out) {
        ValueQuery value = ValueQuery.run(stored.history(), UnitRunner.parallel(), needle.catalog(),
                ValueQuery.cutoffAt(main.clock().instant()), ValueQuery.Request.DEFAULT);
        out.println();
        ValueText.print(out, value.report(), value.chosen().label(), value.chosen().note());
    }

    /** The open deals in the worst shape: most hygiene flags first, then the largest. */
    private void showHygiene(Needle needle, Dataset data, PrintWriter out) {
        LocalDate today = LocalDate.now(main.clock().withZone(ZoneOffset.UTC));
        java.time.Instant asOf = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        HygieneReport report = DealHygiene.check(data, needle.catalog(), asOf);
        List<DealHealth> worst = report.deals().stream().filter(deal -> !deal.flags().isEmpty())
                .sorted(java.util.Comparator.comparingInt((DealHealth deal) -> deal.flags().size()).reversed()
                        .thenComparing(deal -> deal.deal().amount() == null ? java.math.BigDecimal.ZERO : deal.deal().amount(),
                                java.util.Comparator.reverseOrder()))
                .limit(10).toList();
        Map<Long, Rep> reps = new java.util.HashMap<>();
        data.reps().forEach(rep -> reps.put(rep.id(), rep));
        out.println();
        out.println("Top deal hygiene problems:");
        DealsText.print(out, report, worst, reps, ZoneOffset.UTC);
    }

    /** The next working day of the rep with the most open deals, planned around their calendar. */
    private void showPlan(Needle needle, Dataset data, PrintWriter out) {
        Map<Long, Long> openDeals = new java.util.HashMap<>();
        data.deals().stream().filter(deal -> deal.isOpen() && deal.ownerId() != null)
                .forEach(deal -> openDeals.merge(deal.ownerId(), 1L, Long::sum));
        Rep rep = data.reps().stream().filter(r -> openDeals.containsKey(r.id()))
                .max(java.util.Comparator.comparingLong((Rep r) -> openDeals.get(r.id())).thenComparing(Rep::externalId))
                .orElse(null);
        if (rep == null) return;
        LocalDate next = WorkingDays.MONDAY_TO_FRIDAY.next(LocalDate.now(main.clock().withZone(ZoneOffset.UTC)));
        List<DayPlan> plan = PlanQuery.plan(PlanQuery.Request.of(rep, next, 1), main.clock(), Workloads.of(data), needle.store());
        out.println();
        out.printf("%s's plan for the next working day (needle plan --rep %s --date %s):%n", rep.name(), rep.email(), next);
        DayPlanText.print(out, plan.get(0));
    }

    private void loadDemoOrg(Needle needle, PrintWriter out) throws IOException {
        LocalDate today = LocalDate.now(main.clock().withZone(ZoneOffset.UTC));
        Path export = needle.settings().home().resolve("demo-export");
        out.printf("Generating a demo org (%d reps, 250 working days up to %s, seed %d) into %s …%n", reps, today, DEMO_SEED, export);
        out.flush();
        Summary summary = GenerateCommand.generate(
                new GeneratorSettings(reps, 250, DEMO_SEED, today, GeneratorSettings.Style.EXPORT), export);
        out.printf("Importing %,d activities, %,d deals and %,d calendar events …%n", summary.activities(), summary.deals(),
                summary.calendarEvents());
        out.flush();
        // calendars from two years back: the generated history's first events are older than the usual one
        ImportFiles.Request request = new ImportFiles.Request(List.of(export), null, today.minusYears(2), null,
                new ImportOptions(false, null, LocalDate.EPOCH, LocalDate.EPOCH));
        ImportReport report;
        try (ImportSession session = needle.store().beginImport()) {
            report = new ImportFiles(needle::importer, main.clock()).run(request, session, ImportProgress.NONE);
        }
        if (!report.committed()) {
            ImportText.print(report, out, spec.commandLine().getErr());
            throw new IllegalStateException("the generated demo org did not import cleanly");
        }
        out.printf("Imported %,d rows.%n", report.rowsStored());
    }
}
