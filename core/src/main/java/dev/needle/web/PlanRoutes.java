package dev.needle.web;

import dev.needle.app.PlanQuery;
import dev.needle.auth.Principal;
import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;
import dev.needle.plan.DayPlan;
import dev.needle.plan.PlanCalendar;
import dev.needle.store.Store;
import dev.needle.view.PlanDocument;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.needle.web.Schemas.date;
import static dev.needle.web.Schemas.integer;
import static dev.needle.web.Schemas.string;

/** A rep's planned day, as JSON ({@code needle plan --json}) or as an iCalendar file ({@code --ics}). */
final class PlanRoutes {
    private final Snapshots snapshots;
    private final Store store;
    private final Clock clock;

    PlanRoutes(Snapshots snapshots, Store store, Clock clock) {
        this.snapshots = snapshots;
        this.store = store;
        this.clock = clock;
    }

    List<Route> routes() {
        Map<String, Object> plans = Map.of("oneOf", List.of(DocumentSchemas.of(PlanDocument.class), DocumentSchemas.of(PlanDocument.Plans.class)));
        return List.of(
                days(Route.get("/api/reps/{rep}/plan", "A rep's planned day(s) (needle plan --json); several days come as {plans: [...]}",
                        Access.ANY_USER, this::json)).returns(200, plans),
                days(Route.get("/api/reps/{rep}/plan.ics", "The same plan as an iCalendar file, one event per block",
                        Access.ANY_USER, this::ics)).returns(200, string("an RFC 5545 calendar"), "text/calendar"));
    }

    private static Route days(Route route) {
        return route.query("date", date(), "The first day to plan (default: today in the rep's time zone)")
                .query("days", integer(), "How many working days, 1 to 31 (default 1)");
    }

    private void json(Context ctx, Principal caller) {
        Snapshot snapshot = snapshots.current();
        Request request = request(ctx, caller, snapshot);
        // the hours are in the key: changing them (PUT .../hours) changes the plan without a new snapshot
        Requests.cachedJson(ctx, snapshot, List.of("plan", request.wanted().rep().id(), request.first(), request.wanted().days(), request.hours()), () -> {
            List<DayPlan> plans = plans(snapshot, request);
            return plans.size() == 1 ? PlanDocument.of(plans.get(0)) : PlanDocument.Plans.of(plans);
        });
    }

    private void ics(Context ctx, Principal caller) {
        Snapshot snapshot = snapshots.current();
        List<DayPlan> plans = plans(snapshot, request(ctx, caller, snapshot));
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"plan-" + plans.get(0).date() + ".ics\"");
        ctx.result(PlanCalendar.write(plans, clock.instant()));
    }

    /** The plan asked for (the CLI's defaults: lunch at noon, 1.5 h prospecting, admin capped at 30 min), from which day, in which hours. */
    private record Request(PlanQuery.Request wanted, LocalDate first, WorkingHours hours) {
    }

    private Request request(Context ctx, Principal caller, Snapshot snapshot) {
        Rep rep = Requests.visibleRep(snapshot, caller, ctx.pathParam("rep"));
        PlanQuery.Request wanted = PlanQuery.Request.of(rep, Requests.date(ctx, "date"), Requests.integer(ctx, "days", 1, 1, PlanQuery.MAX_DAYS));
        return new Request(wanted, wanted.first(clock), wanted.hours(store));
    }

    private List<DayPlan> plans(Snapshot snapshot, Request request) {
        return PlanQuery.plan(request.wanted(), request.first(), request.hours(), snapshot.workloads(), store);
    }
}
