package dev.needle.web;

import dev.needle.auth.Principal;
import dev.needle.domain.Account;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.NextAction;
import dev.needle.domain.Rep;
import dev.needle.measure.DealHealth;
import dev.needle.measure.HygieneFlag;
import dev.needle.measure.HygieneReport;
import dev.needle.measure.Meetings;
import dev.needle.view.DealDocument;
import dev.needle.view.DealsDocument;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.needle.web.Schemas.enumOf;
import static dev.needle.web.Schemas.string;

/**
 * The open deals the caller may see, with their hygiene flags ({@code needle deals --json}), and one deal
 * as its page in the dashboard shows it.
 */
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
                .returns(200, DealsDocument.class),
                Route.get("/api/deals/{deal}", "One deal: its facts, hygiene flags with their reasons, open next action and latest activities",
                                Access.ANY_USER, this::deal)
                        .returns(200, DealDocument.class));
    }

    /**
     * GET /api/deals/{deal}: Needle's id or the source system's; a deal the caller may not see answers 404
     * like one that does not exist. A closed deal is answered too (no flags: hygiene judges open deals).
     */
    private void deal(Context ctx, Principal caller) {
        Snapshot snapshot = snapshots.current();
        Deal deal = Requests.visibleDeal(snapshot, caller, ctx.pathParam("deal"));
        Requests.cachedJson(ctx, snapshot, List.of("deal", deal.id(), caller.visibility()), () -> {
            DealIndex index = snapshot.derive(new DealIndexKey(), () -> DealIndex.of(snapshot.data()));
            DealHealth health = snapshot.hygiene().deals().stream().filter(candidate -> candidate.deal().id() == deal.id())
                    .findFirst().orElse(null);
            Rep owner = deal.ownerId() == null ? null : snapshot.reps().get(deal.ownerId());
            Function<Long, String> visibleNames = repId -> caller.visibility().canSee(repId) && snapshot.reps().containsKey(repId)
                    ? snapshot.reps().get(repId).name() : null;
            return DealDocument.of(deal, health, owner, deal.accountId() == null ? null : index.accounts().get(deal.accountId()),
                    index.openNextAction(deal.id()), index.activities().getOrDefault(deal.id(), List.of()), visibleNames,
                    new Meetings(snapshot.catalog())::isMeeting, snapshot.takenAt());
        });
    }

    /** The key of the index among what a snapshot derives: a type of its own, so it can meet no other key. */
    private record DealIndexKey() {
    }

    /** What a deal page needs found by deal, built once per snapshot rather than scanned for per request. */
    private record DealIndex(Map<Long, Account> accounts, Map<Long, List<Activity>> activities, Map<Long, List<NextAction>> openActions) {
        static DealIndex of(Dataset data) {
            Map<Long, List<NextAction>> open = new HashMap<>();
            for (NextAction action : data.nextActions()) {
                if (action.status() == NextAction.Status.OPEN) open.computeIfAbsent(action.dealId(), id -> new java.util.ArrayList<>()).add(action);
            }
            return new DealIndex(data.accounts().stream().collect(Collectors.toUnmodifiableMap(Account::id, Function.identity())),
                    data.activities().stream().filter(activity -> activity.dealId() != null)
                            .collect(Collectors.groupingBy(Activity::dealId)), open);
        }

        /** The open next action due first, as a reschedule rewrites it (one without a due day last). */
        NextAction openNextAction(long dealId) {
            return openActions.getOrDefault(dealId, List.of()).stream()
                    .min(Comparator.comparing(NextAction::due, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparingLong(NextAction::id)).orElse(null);
        }
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
