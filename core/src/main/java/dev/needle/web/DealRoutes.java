package dev.needle.web;

import dev.needle.auth.Principal;
import dev.needle.domain.Rep;
import dev.needle.measure.DealHealth;
import dev.needle.measure.HygieneFlag;
import dev.needle.measure.HygieneReport;
import dev.needle.view.DealsDocument;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;

import static dev.needle.web.Schemas.array;
import static dev.needle.web.Schemas.dateTime;
import static dev.needle.web.Schemas.enumOf;
import static dev.needle.web.Schemas.integer;
import static dev.needle.web.Schemas.number;
import static dev.needle.web.Schemas.object;
import static dev.needle.web.Schemas.string;

/** The open deals the caller may see, with their hygiene flags: {@code needle deals --json}. */
final class DealRoutes {
    static final List<String> FLAGS = Arrays.stream(HygieneFlag.values()).map(Enum::name).toList();
    private final Snapshots snapshots;

    DealRoutes(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    List<Route> routes() {
        return List.of(Route.get("/api/deals", "Open deals with their hygiene flags (needle deals --json)", Access.ANY_USER, this::deals)
                .query("flag", enumOf(FLAGS), "Only deals with this flag; repeat or separate by commas for any of several")
                .query("rep", string(), "Only this rep's deals: Needle id, source id or email")
                .returns(200, object("*asOf", dateTime(), "*deals", array(object("*id", integer(), "*externalId", string(),
                                "name", Schemas.nullableString(), "owner", object(), "stage", Schemas.nullableString(), "amount", number(),
                                "*flags", array(enumOf(FLAGS)), "reasons", object())),
                        "*openDeals", integer(), "openPipeline", number(), "dealsFlagged", object(), "pipelineAffected", object())));
    }

    private void deals(Context ctx, Principal caller) {
        Snapshot snapshot = snapshots.current();
        List<HygieneFlag> flags = Requests.options(ctx, "flag", HygieneFlag.class);
        String repKey = ctx.queryParam("rep");
        Rep only = repKey == null || repKey.isBlank() ? null : Requests.visibleRep(snapshot, caller, repKey);
        Requests.cachedJson(ctx, snapshot, List.of("deals", caller.visibility(), flags, only == null ? 0L : only.id()), () -> {
            HygieneReport report = snapshot.hygiene().only(deal -> owned(deal, caller, only));
            return DealsDocument.of(report, DealsDocument.listed(report, flags), snapshot.reps());
        });
    }

    private static boolean owned(DealHealth deal, Principal caller, Rep only) {
        Long owner = deal.deal().ownerId();
        return caller.visibility().canSee(owner) && (only == null || owner != null && owner == only.id());
    }
}
