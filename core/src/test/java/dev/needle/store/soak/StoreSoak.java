package dev.needle.store.soak;

import dev.needle.web.ApiServer;
import dev.needle.app.Needle;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import dev.needle.ingest.ImportReport;
import dev.needle.store.Database;
import dev.needle.testing.Imports;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Soaks one embedded store ("arm"): cycles of imports (some run to the end, some killed with
 * {@code kill -9} after a seeded random delay) and API writes (a {@code needle serve} killed mid-writes),
 * each in a child JVM with assertions on, and after every cycle a fresh JVM reopens the store and dumps
 * every table. The same committed operations are replayed on a PostgreSQL database; the two dumps must
 * be equal.
 *
 * <p>What counts as committed: an import whose process exited 0; a killed import if the store's import
 * counter ({@code store_version}) moved — then everything of it must be there, else nothing (all or
 * nothing is checked by the table comparison either way). An API write is committed when the server
 * answered 2xx; the one write in flight when the server died (the client writes one at a time) may or
 * may not be stored, and is replayed on PostgreSQL exactly when its marker is found in the store. A
 * write the server acknowledged but the reopened store lacks is a lost write.
 *
 * <p>A cycle whose check fails (the store does not open, an AssertionError, tables that differ) is
 * counted, and the arm goes on with a fresh store and a fresh PostgreSQL database.
 */
final class StoreSoak {
    private static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);

    /** A store to soak: a name and the JDBC URL of a fresh store in a given directory. */
    record Arm(String name, java.util.function.Function<Path, String> url) {
    }

    private final Arm arm;
    private final boolean trySecondProcess;
    private final Supplier<String> freshPostgres;
    private final Path work;
    private final Random random;
    private final SoakResult result;
    private final ChildJvms children;
    private final Map<GeneratorSettings, Path> orgs = new HashMap<>();
    private String url;
    private Path store;
    private Needle postgres;
    private String token;
    private String postgresToken;
    private long lastImportMillis = 8000;

    /** With {@code trySecondProcess}, the first API cycle also runs an import in a second process beside the server. */
    StoreSoak(Arm arm, Supplier<String> freshPostgres, Path work, long seed, boolean trySecondProcess) {
        this.arm = arm;
        this.trySecondProcess = trySecondProcess;
        this.freshPostgres = freshPostgres;
        this.work = work;
        this.random = new Random(seed);
        this.result = new SoakResult(arm.name());
        this.children = new ChildJvms(work);
    }

    /**
     * Import speed on this arm's database: a medium org (10 reps, 120 days) into a fresh store, timed
     * around the import alone, in a child JVM without assertions ({@link SoakSpeed}); the best of
     * {@code runs}, in rows per second.
     */
    static double rowsPerSecond(Arm arm, Path work, int runs) throws Exception {
        Path org = work.resolve("speed-org");
        if (!Files.exists(org.resolve("planted-effects.json"))) {
            Files.createDirectories(org);
            new Generator(new GeneratorSettings(10, 120, 99, UNTIL, GeneratorSettings.Style.EXPORT, GeneratorSettings.Shape.AS_EXPORTED))
                    .writeTo(org, rows -> { });
        }
        double best = 0;
        for (int run = 0; run < runs; run++) {
            Path dir = Files.createDirectories(work.resolve("speed-" + System.nanoTime()));
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                    "-cp", System.getProperty("java.class.path"), SoakSpeed.class.getName(), arm.url().apply(dir), org.toString());
            Path log = work.resolve("speed-" + System.nanoTime() + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            process.waitFor(10, TimeUnit.MINUTES);
            Matcher measured = Pattern.compile("ROWS (\\d+) SECONDS ([\\d.]+)").matcher(Files.readString(log));
            if (!measured.find()) throw new IllegalStateException("no speed from " + arm.name() + ": " + Files.readString(log));
            best = Math.max(best, Long.parseLong(measured.group(1)) / Double.parseDouble(measured.group(2)));
        }
        return best;
    }

    /** Runs {@code cycles} cycles: import to the end, import killed, API writes killed, and again. */
    SoakResult run(int cycles) throws Exception {
        freshStores();
        for (int cycle = 0; cycle < cycles; cycle++) {
            result.cycles++;
            boolean checked = switch (cycle % 3) {
                case 0 -> importCycle(cycle, false);
                case 1 -> importCycle(cycle, true);
                default -> apiCycle(cycle);
            };
            if (!checked) freshStores();
        }
        postgres.close();
        return result;
    }

    private void freshStores() throws IOException {
        store = Files.createDirectories(work.resolve(arm.name().replaceAll("\\W+", "-") + "-" + System.nanoTime()));
        url = arm.url().apply(store);
        if (postgres != null) postgres.close();
        postgres = Needle.using(Database.open(freshPostgres.get(), null, null), ActivityCatalog.defaults());
        token = null;
        postgresToken = null;
    }

    // ---- imports

    private boolean importCycle(int cycle, boolean kill) throws Exception {
        Path org = org(cycle);
        long before = currentVersion();
        long started = System.nanoTime();
        Process process = needle(List.of("--db", url, "import", org.toString(), "--calendar-from", "2000-01-01", "--calendar-to", "2029-12-31"));
        boolean finished;
        if (kill) {
            long delay = (long) (lastImportMillis * (0.2 + 0.8 * random.nextDouble()));
            finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) process.destroyForcibly();
        } else {
            finished = true;
        }
        process.waitFor(5, TimeUnit.MINUTES);
        long millis = (System.nanoTime() - started) / 1_000_000;
        String output = children.output(process);
        boolean completed = process.exitValue() == 0;
        if (finished && !completed) {
            result.problems.add("cycle " + cycle + ": import failed: " + ChildJvms.tail(output));
            if (output.contains("AssertionError")) result.assertionErrors++;
            else result.failedOpens++;
            return false;
        }
        if (completed) {
            result.importsCompleted++;
            lastImportMillis = millis;
            Matcher rows = Pattern.compile("Imported ([\\d,]+) rows").matcher(output);
            if (rows.find()) result.rowsImported += Long.parseLong(rows.group(1).replace(",", ""));
        } else {
            result.importsKilled++;
        }
        if (completed) importOnPostgres(org);
        // the first completed import also makes a rep an admin with a token, on both stores, for the API cycles
        String email = token == null && completed ? firstRepEmail() : null;
        Probe probe = probe(cycle, email);
        if (probe == null) return false;
        if (!completed && probe.version() > before) {
            result.killedButCommitted++;
            importOnPostgres(org);
        }
        if (email != null) {
            postgresToken = grantOnPostgres(email);
            token = probe.token();
        }
        return compare(cycle, probe);
    }

    /** Small orgs of four seeds and three lengths, so later imports upsert rows earlier ones stored. */
    private Path org(int cycle) throws IOException {
        GeneratorSettings settings = new GeneratorSettings(3 + cycle % 2, 20 + 10 * (cycle % 3), 1 + cycle % 4, UNTIL,
                GeneratorSettings.Style.EXPORT, GeneratorSettings.Shape.AS_EXPORTED);
        Path dir = orgs.get(settings);
        if (dir == null) {
            dir = Files.createDirectories(work.resolve("org-" + orgs.size()));
            new Generator(settings).writeTo(dir, rows -> { });
            orgs.put(settings, dir);
        }
        return dir;
    }

    private void importOnPostgres(Path org) {
        ImportReport report = Imports.run(postgres, Imports.allOrNothing(), org);
        if (!report.committed()) throw new IllegalStateException("the reference import failed: " + report.errors());
    }

    private long currentVersion() {
        return postgres.database().jdbi().withHandle(handle -> handle.createQuery("select version from store_version where id = 1")
                .mapTo(Long.class).one());
    }

    private String firstRepEmail() {
        return postgres.database().jdbi().withHandle(handle -> handle.createQuery(
                "select email from rep where email is not null order by source, external_id").mapTo(String.class).first());
    }

    private String grantOnPostgres(String email) {
        return SoakProbe.grantToken(postgres, email);
    }

    // ---- API writes

    private boolean apiCycle(int cycle) throws Exception {
        if (token == null) return true;
        result.apiCycles++;
        Process server = needle(List.of("--db", url, "serve", "--port", "0"));
        int port = children.port(server);
        if (port < 0) {
            server.destroyForcibly().waitFor();
            String output = children.output(server);
            result.problems.add("cycle " + cycle + ": the server did not start: " + ChildJvms.tail(output));
            if (output.contains("AssertionError")) result.assertionErrors++;
            else result.failedOpens++;
            return false;
        }
        if (result.multiProcess.equals("not tried") && trySecondProcess) secondProcess(cycle);
        List<String> deals = openDeals();
        List<ApiWrite> writes = new CopyOnWriteArrayList<>();
        CountDownLatch warm = new CountDownLatch(1);
        Thread client = new Thread(() -> ApiWrite.writeUntilKilled(cycle, port, token, deals, writes, warm), "soak-client");
        client.start();
        // the kill is timed from the first answer: the server reads the store into its snapshot on first use
        warm.await(2, TimeUnit.MINUTES);
        Thread.sleep(1000 + random.nextInt(4000));
        server.destroyForcibly().waitFor();
        client.join(30_000);
        Probe probe = probe(cycle, null);
        if (probe == null) return false;
        List<ApiWrite> committed = new ArrayList<>();
        int lost = 0;
        String firstLost = null;
        for (int i = 0; i < writes.size(); i++) {
            ApiWrite w = writes.get(i);
            boolean stored = probe.contains(w.marker());
            switch (w.status()) {
                case -1 -> {
                    result.writesInFlight++;
                    if (stored) {
                        result.inFlightStored++;
                        committed.add(w);
                    }
                }
                case 200, 201 -> {
                    result.writesAcknowledged++;
                    committed.add(w);
                    if (!stored && !ApiWrite.replaced(writes, i, probe::contains)) {
                        lost++;
                        if (firstLost == null) firstLost = w.marker();
                    }
                }
                default -> result.writesRefused++;
            }
        }
        if (lost > 0) {
            result.lostWrites += lost;
            result.problems.add("cycle " + cycle + ": " + lost + " of " + writes.size() + " acknowledged writes lost, the first "
                    + firstLost + ", the last acknowledged " + writes.stream().filter(ApiWrite::acknowledged)
                    .reduce((a, b) -> b).map(ApiWrite::marker).orElse("-"));
        }
        replayOnPostgres(committed);
        return compare(cycle, probe);
    }

    /** A second process importing while the server holds the store: what each store allows. */
    private void secondProcess(int cycle) throws Exception {
        Path org = org(cycle);
        Process other = needle(List.of("--db", url, "import", org.toString(), "--calendar-from", "2000-01-01", "--calendar-to", "2029-12-31"));
        other.waitFor(5, TimeUnit.MINUTES);
        String output = children.output(other);
        if (other.exitValue() == 0) {
            result.multiProcess = "a second process imports while needle serve runs";
            importOnPostgres(org);
        } else {
            result.multiProcess = "a second process is refused: " + output.lines().filter(line -> line.startsWith("needle:"))
                    .findFirst().orElse(ChildJvms.tail(output));
        }
    }

    private List<String> openDeals() {
        return postgres.database().jdbi().withHandle(handle -> handle.createQuery(
                "select external_id from deal where outcome = 'OPEN' order by external_id limit 5").mapTo(String.class).list());
    }

    private void replayOnPostgres(List<ApiWrite> committed) throws Exception {
        // a server started now reads the store afresh, so it sees the imports replayed since the last one
        try (var server = ApiServer.start(postgres, "127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            for (ApiWrite w : committed) {
                int status = client.send(w.request(server.port(), postgresToken), HttpResponse.BodyHandlers.ofString()).statusCode();
                if (status / 100 != 2) result.problems.add("replay on PostgreSQL answered " + status + " to " + w.marker());
            }
        }
    }

    // ---- the check

    /** The reopened store's dump, its import counter, and the token the probe granted if asked. */
    record Probe(Map<String, List<String>> dump, long version, String token) {
        boolean contains(String marker) {
            return dump.values().stream().flatMap(List::stream).anyMatch(row -> row.contains(marker));
        }
    }

    private Probe probe(int cycle, String email) throws Exception {
        Path file = work.resolve("dump-" + arm.name().replaceAll("\\W+", "-") + "-" + cycle + ".txt");
        List<String> command = new ArrayList<>(List.of(url, file.toString()));
        if (email != null) command.add(email);
        Process process = children.start(SoakProbe.class.getName(), command);
        process.waitFor(5, TimeUnit.MINUTES);
        String output = children.output(process);
        if (process.exitValue() != 0) {
            if (output.contains("AssertionError")) result.assertionErrors++;
            else result.failedOpens++;
            result.problems.add("cycle " + cycle + ": reopening failed: " + ChildJvms.tail(output));
            return null;
        }
        Map<String, List<String>> dump = SoakProbe.read(file);
        Files.delete(file);
        String version = dump.getOrDefault("store_version", List.of("{version=0}")).get(0).replaceAll("\\D+", "");
        Matcher granted = Pattern.compile("TOKEN (\\S+)").matcher(output);
        return new Probe(dump, Long.parseLong(version), granted.find() ? granted.group(1) : null);
    }

    private boolean compare(int cycle, Probe probe) throws Exception {
        Map<String, List<String>> reference = postgres.database().jdbi().withHandle(handle -> TableDump.of(handle.getConnection()));
        String difference = TableDump.difference(probe.dump(), reference);
        if (difference == null) return true;
        result.mismatches++;
        result.problems.add("cycle " + cycle + ": tables differ from PostgreSQL: " + difference);
        return false;
    }

    // ---- child JVMs

    private Process needle(List<String> arguments) throws IOException {
        List<String> withHome = new ArrayList<>(List.of("--home", store.resolve("home").toString()));
        withHome.addAll(arguments);
        return children.start("dev.needle.cli.Main", withHome);
    }


}
