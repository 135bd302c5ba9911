package dev.needle.web;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.feed.Feeds;
import dev.needle.ingest.run.Importer;
import dev.needle.ingest.mapping.MappingLibrary;
import dev.needle.store.Store;
import dev.needle.store.WorkLog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** Every route the server has, in one list: what it registers and what /openapi.json describes. */
final class RouteTable {
    private RouteTable() {
    }

    static List<Route> of(Snapshots snapshots, Store store, WorkLog work, ActivityCatalog catalog,
                          Function<MappingLibrary, Importer> importers, Clock clock, ApiServer.Limits limits, String version) {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new MeRoutes(snapshots).routes());
        routes.addAll(new DealRoutes(snapshots).routes());
        routes.addAll(new PlanRoutes(snapshots, store, clock).routes());
        routes.addAll(new HoursRoutes(snapshots, store.workSchedules(), clock).routes());
        routes.addAll(new AnalysisRoutes(snapshots, store, catalog).routes());
        routes.addAll(new CoachRoutes(snapshots, catalog).routes());
        routes.addAll(new WriteRoutes(snapshots, work, catalog, clock).routes());
        routes.addAll(new ImportRoutes(snapshots, store, importers, clock, limits.uploadBytes(), limits.uploadRows()).routes());
        routes.addAll(new AuditRoutes(store.auditTrail()).routes());
        routes.addAll(new FeedRoutes(snapshots, store, new Feeds(store.feedDirectory(), clock), clock).routes());
        // the document lists the whole table, itself included
        AtomicReference<List<Route>> table = new AtomicReference<>();
        routes.add(Route.get("/openapi.json", "This document (OpenAPI 3.1)", Access.PUBLIC,
                (ctx, caller) -> ctx.json(OpenApi.document(table.get(), version))));
        table.set(List.copyOf(routes));
        return table.get();
    }
}
