package dev.needle.web;

import dev.needle.app.Needle;
import dev.needle.auth.Role;
import dev.needle.auth.Users;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.NextAction;
import dev.needle.domain.Rep;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import dev.needle.ingest.ImportReport;
import dev.needle.store.WorkLog;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the browser tests open: a small generated org imported into a fresh database of one backend,
 * a rep, another rep, their manager and an admin with tokens minted by the real auth code, and
 * {@code needle serve} on a free port with its clock set to the morning after the generated history.
 */
final class DashboardSite implements AutoCloseable {
    static final LocalDate HISTORY_ENDS = LocalDate.of(2026, 6, 30);
    /** The server's "now": the first working day after the history, early in the morning. */
    static final Instant NOW = Instant.parse("2026-07-01T05:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    private static final GeneratorSettings ORG = new GeneratorSettings(8, 120, 11, HISTORY_ENDS, GeneratorSettings.Style.EXPORT);
    private static Path export;

    final Needle needle;
    final ApiServer server;
    final Rep rep;
    final Rep otherRep;
    final Rep manager;
    final Map<Role, String> tokens;

    private DashboardSite(Needle needle, ApiServer server, Rep rep, Rep otherRep, Rep manager, Map<Role, String> tokens) {
        this.needle = needle;
        this.server = server;
        this.rep = rep;
        this.otherRep = otherRep;
        this.manager = manager;
        this.tokens = tokens;
    }

    static DashboardSite start(Backend backend) {
        Needle needle = Imports.needle(backend);
        ImportReport report = Imports.run(needle, Imports.allOrNothing(), generatedExport());
        if (!report.committed()) throw new IllegalStateException("the generated org did not import: " + report.errors());
        Dataset data = needle.store().dataset();
        Rep rep = busiestRep(data, null);
        Rep otherRep = busiestRep(data, rep);
        Rep manager = data.reps().stream().filter(candidate -> rep.managerId() != null && candidate.id() == rep.managerId())
                .findFirst().orElseThrow(() -> new IllegalStateException("the generated rep has no manager"));
        Users users = needle.users();
        users.add("admin@needle.test", "Ada Admin", Role.ADMIN);
        Map<Role, String> tokens = Map.of(
                Role.REP, users.createToken(rep.email(), "browser test"),
                Role.MANAGER, users.createToken(manager.email(), "browser test"),
                Role.ADMIN, users.createToken("admin@needle.test", "browser test"));
        ApiServer server = ApiServer.start(needle.store(), new WorkLog(needle.database()), users, needle.catalog(), needle::importer,
                Clock.fixed(NOW, ZoneOffset.UTC), ApiServer.Limits.DEFAULT, "127.0.0.1", 0);
        return new DashboardSite(needle, server, rep, otherRep, manager, tokens);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    String token(Role role) {
        return tokens.get(role);
    }

    /** The owner's open deals with an open next action due by the server's today (so on today's plan), by id. */
    List<Deal> openDealsWithNextActionDue(Rep owner) {
        Dataset data = needle.store().dataset();
        Map<Long, NextAction> due = data.nextActions().stream()
                .filter(action -> action.status() == NextAction.Status.OPEN && action.due() != null && !action.due().isAfter(TODAY))
                .collect(Collectors.toMap(NextAction::dealId, Function.identity(), (one, other) -> one));
        return data.deals().stream()
                .filter(deal -> deal.isOpen() && deal.ownerId() != null && owner.id() == deal.ownerId() && due.containsKey(deal.id()))
                .sorted(Comparator.comparing(Deal::id)).toList();
    }

    List<NextAction> nextActions(long dealId) {
        return needle.store().dataset().nextActions().stream().filter(action -> action.dealId() == dealId).toList();
    }

    /** The rep (other than {@code except}) with the most open deals that have a next action: the fullest day. */
    private static Rep busiestRep(Dataset data, Rep except) {
        Map<Long, Deal> openDeals = data.deals().stream().filter(deal -> deal.isOpen() && deal.ownerId() != null)
                .collect(Collectors.toMap(Deal::id, Function.identity()));
        Map<Long, Long> withActions = data.nextActions().stream()
                .filter(action -> action.status() == NextAction.Status.OPEN && openDeals.containsKey(action.dealId()))
                .collect(Collectors.groupingBy(action -> openDeals.get(action.dealId()).ownerId(), Collectors.counting()));
        return data.reps().stream()
                .filter(candidate -> except == null || candidate.id() != except.id())
                .filter(candidate -> candidate.managerId() != null && withActions.containsKey(candidate.id()))
                .max(Comparator.comparingLong((Rep candidate) -> withActions.get(candidate.id())).thenComparing(Rep::externalId))
                .orElseThrow(() -> new IllegalStateException("no rep in the generated org has open next actions"));
    }

    /** The org is generated once per test run and imported into each backend's fresh database. */
    private static synchronized Path generatedExport() {
        if (export == null) {
            try {
                export = dev.needle.testing.Scratch.directory("needle-dashboard-org-");
                new Generator(ORG).writeTo(export, rows -> { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return export;
    }

    @Override
    public void close() {
        server.close();
        needle.close();
    }
}
