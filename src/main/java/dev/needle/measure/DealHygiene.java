package dev.needle.measure;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.NextAction;
import dev.needle.domain.Outcome;
import dev.needle.domain.Rep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deal hygiene at as-of: one small rule per {@link HygieneFlag}. Next actions carry no creation date,
 * so the open ones are taken as open at as-of; a meeting on the deal that starts after as-of is a
 * booked next meeting. Both are exact when as-of is the time of the export, approximate before it.
 */
public final class DealHygiene {
    /** A deal nobody touched for this many days is untouched. */
    static final int UNTOUCHED_DAYS = 30;
    /** Percentiles from fewer observations than this are not trusted, and the rule then says nothing. */
    static final int MIN_HISTORY = 10;

    private final Instant asOf;
    private final LocalDate asOfDay;
    private final Map<Long, List<NextAction>> openNextActions = new HashMap<>();
    private final Map<Long, Instant> lastTouch = new HashMap<>();
    private final Set<Long> meetingHeld = new HashSet<>();
    private final Set<Long> meetingBooked = new HashSet<>();
    private final StageThresholds stalledAfter;
    private final double oldAfterDays;

    private DealHygiene(Dataset data, ActivityCatalog catalog, PipelineAsOf pipeline, Map<Long, Rep> reps) {
        this.asOf = pipeline.asOf();
        this.asOfDay = asOf.atOffset(ZoneOffset.UTC).toLocalDate();
        for (NextAction action : data.nextActions()) {
            if (action.status() == NextAction.Status.OPEN) {
                openNextActions.computeIfAbsent(action.dealId(), id -> new ArrayList<>()).add(action);
            }
        }
        Meetings meetings = new Meetings(catalog);
        for (Activity activity : data.activities()) {
            if (!Touches.isDealTouch(activity)) continue;
            boolean past = activity.start().isBefore(asOf);
            if (past) lastTouch.merge(activity.dealId(), activity.start(), (one, other) -> one.isAfter(other) ? one : other);
            if (meetings.isMeeting(activity)) (past ? meetingHeld : meetingBooked).add(activity.dealId());
        }
        this.stalledAfter = StageThresholds.of(pipeline, reps);
        List<Double> daysToWin = new ArrayList<>();
        for (DealAsOf deal : pipeline.deals()) {
            if (deal.deal().outcome() == Outcome.WON && deal.deal().createdAt() != null && deal.closedAt() != null) {
                daysToWin.add(DealAsOf.Stay.days(deal.deal().createdAt(), deal.closedAt()));
            }
        }
        this.oldAfterDays = daysToWin.size() >= MIN_HISTORY ? Stats.quantile(daysToWin, 0.75) : Double.NaN;
    }

    /** Every open deal at as-of with its flags. */
    public static HygieneReport check(Dataset data, ActivityCatalog catalog, Instant asOf) {
        PipelineAsOf pipeline = PipelineAsOf.of(data, asOf);
        Map<Long, Rep> reps = new HashMap<>();
        data.reps().forEach(rep -> reps.put(rep.id(), rep));
        DealHygiene rules = new DealHygiene(data, catalog, pipeline, reps);
        List<DealHealth> deals = new ArrayList<>();
        for (DealAsOf deal : pipeline.open()) {
            Rep owner = deal.deal().ownerId() == null ? null : reps.get(deal.deal().ownerId());
            deals.add(new DealHealth(deal.deal(), deal.stage(), rules.flags(deal, owner)));
        }
        return HygieneReport.of(asOf, deals);
    }

    private Map<HygieneFlag, String> flags(DealAsOf deal, Rep owner) {
        Map<HygieneFlag, String> flags = new LinkedHashMap<>();
        List<NextAction> next = openNextActions.getOrDefault(deal.deal().id(), List.of());
        noNextAction(next, flags);
        overdueNextAction(next, flags);
        noBuyerValue(next, flags);
        noNextMeeting(deal, flags);
        stalled(deal, owner, flags);
        lowQuality(deal, flags);
        return flags;
    }

    /** Every open deal has a very next action (seed 003). */
    private void noNextAction(List<NextAction> next, Map<HygieneFlag, String> flags) {
        if (next.isEmpty()) flags.put(HygieneFlag.NO_NEXT_ACTION, "no open next action");
    }

    /** A next action is done by its due date. */
    private void overdueNextAction(List<NextAction> next, Map<HygieneFlag, String> flags) {
        next.stream().filter(action -> action.due() != null && action.due().isBefore(asOfDay)).findFirst()
                .ifPresent(action -> flags.put(HygieneFlag.OVERDUE_NEXT_ACTION,
                        "\"" + action.what() + "\" was due " + action.due()));
    }

    /** Every next action gives the buyer information, context or insight (seed 003). */
    private void noBuyerValue(List<NextAction> next, Map<HygieneFlag, String> flags) {
        next.stream().filter(action -> action.valueForBuyer() == null || action.valueForBuyer().isBlank()
                        || Touches.isContentFree(action.valueForBuyer())).findFirst()
                .ifPresent(action -> flags.put(HygieneFlag.NO_BUYER_VALUE,
                        "\"" + action.what() + "\" has no value for the buyer"));
    }

    /** Never leave a meeting without the next meeting scheduled (seed 001). */
    private void noNextMeeting(DealAsOf deal, Map<HygieneFlag, String> flags) {
        long id = deal.deal().id();
        if (meetingHeld.contains(id) && !meetingBooked.contains(id)) {
            flags.put(HygieneFlag.NO_NEXT_MEETING, "a meeting was held and none is booked");
        }
    }

    /** A deal stays in a stage no longer than most of the team's deals did (75th percentile). */
    private void stalled(DealAsOf deal, Rep owner, Map<HygieneFlag, String> flags) {
        if (deal.stageEnteredAt() == null) return;
        double days = DealAsOf.Stay.days(deal.stageEnteredAt(), asOf);
        StageThresholds.Threshold limit = stalledAfter.forStage(owner, deal.stage());
        if (limit != null && days > limit.days()) {
            flags.put(HygieneFlag.STALLED, String.format("%.0f days in %s; %s's 75th percentile is %.0f days",
                    days, deal.stage(), limit.group(), limit.days()));
        }
    }

    /** Old, untouched and unlikely: older than most won deals took to win, and nobody touched it for 30 days. */
    private void lowQuality(DealAsOf deal, Map<HygieneFlag, String> flags) {
        if (Double.isNaN(oldAfterDays) || deal.deal().createdAt() == null) return;
        double age = DealAsOf.Stay.days(deal.deal().createdAt(), asOf);
        Instant touched = lastTouch.get(deal.deal().id());
        boolean untouched = touched == null || DealAsOf.Stay.days(touched, asOf) > UNTOUCHED_DAYS;
        if (age > oldAfterDays && untouched) {
            flags.put(HygieneFlag.LOW_QUALITY, String.format("%.0f days old (won deals: 75th percentile %.0f days), %s",
                    age, oldAfterDays, touched == null ? "never touched" : "last touched " + touched.atOffset(ZoneOffset.UTC).toLocalDate()));
        }
    }
}
