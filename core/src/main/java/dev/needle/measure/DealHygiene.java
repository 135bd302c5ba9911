package dev.needle.measure;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.DealHistory;
import dev.needle.domain.NextAction;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Outcome;
import dev.needle.domain.Rep;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deal hygiene at as-of: one small rule per {@link HygieneFlag}. Next actions carry no creation date,
 * so the open ones are taken as open at as-of; a meeting on the deal that starts after as-of is a
 * booked next meeting. Both are exact when as-of is the time of the export, approximate before it.
 * Each unit gives what the rules read of its own deals ({@link DealFacts}); the thresholds (how long
 * deals stay in a stage, how long won deals took) are percentiles over every deal, so they and the
 * flags are taken once all units are in.
 */
public final class DealHygiene {
    /** A deal nobody touched for this many days is untouched. */
    static final int UNTOUCHED_DAYS = 30;
    /** Percentiles from fewer observations than this are not trusted, and the rule then says nothing. */
    static final int MIN_HISTORY = 10;

    private final Instant asOf;
    private final LocalDate asOfDay;
    private final StageThresholds stalledAfter;
    private final double oldAfterDays;

    /**
     * One deal at as-of and what the rules read of its own rows: for an open deal its open next actions, its
     * last touch before as-of, and whether a meeting on it was held before as-of and one is booked after.
     */
    record DealFacts(DealAsOf deal, List<NextAction> openNextActions, Instant lastTouch, boolean meetingHeld,
                     boolean meetingBooked) implements Serializable {
        DealFacts {
            openNextActions = List.copyOf(openNextActions);
        }

        /** The unit function: the facts of each deal of the unit that existed at as-of. */
        static List<DealFacts> of(AccountHistory unit, Meetings meetings, Instant asOf) {
            List<DealFacts> facts = new ArrayList<>(unit.deals().size());
            for (DealHistory history : unit.deals()) {
                DealAsOf deal = PipelineAsOf.dealAsOf(history.deal(), history.changes(), asOf);
                if (deal != null) facts.add(deal.isOpen() ? ofOpen(deal, history, meetings, asOf) : ofClosed(deal));
            }
            return facts;
        }

        /** A closed deal is flagged for nothing; the thresholds read only its stage history. */
        private static DealFacts ofClosed(DealAsOf deal) {
            return new DealFacts(deal, List.of(), null, false, false);
        }

        /** Every activity on the deal counts, those after as-of too: a meeting then is a booked one. */
        private static DealFacts ofOpen(DealAsOf deal, DealHistory history, Meetings meetings, Instant asOf) {
            Instant lastTouch = null;
            boolean held = false;
            boolean booked = false;
            for (Activity activity : history.activities()) {
                if (!Touches.isDealTouch(activity)) continue;
                boolean past = activity.start().isBefore(asOf);
                if (past && (lastTouch == null || activity.start().isAfter(lastTouch))) lastTouch = activity.start();
                if (meetings.isMeeting(activity)) {
                    held |= past;
                    booked |= !past;
                }
            }
            List<NextAction> open = history.nextActions().stream()
                    .filter(action -> action.status() == NextAction.Status.OPEN).toList();
            return new DealFacts(deal, open, lastTouch, held, booked);
        }
    }

    private DealHygiene(PipelineAsOf pipeline, Map<Long, Rep> reps) {
        this.asOf = pipeline.asOf();
        this.asOfDay = asOf.atOffset(ZoneOffset.UTC).toLocalDate();
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
        return check(data.history(), UnitRunner.sequential(), catalog, asOf);
    }

    /**
     * Every open deal of a history at as-of with its flags, its units read on {@code runner}: the deals in id
     * order (as a dataset lists them), the same report however the units ran.
     */
    public static HygieneReport check(OrgHistory history, UnitRunner runner, ActivityCatalog catalog, Instant asOf) {
        return UnitWork.run(history, runner, new Work(history.reps(), catalog, asOf));
    }

    /** Hygiene's part of a walk: the facts of each unit's deals, flagged once every deal is in (limits compare deals). */
    static final class Work implements UnitWork<List<DealFacts>, HygieneReport> {
        private final List<Rep> reps;
        private final Meetings meetings;
        private final Instant asOf;

        Work(List<Rep> reps, ActivityCatalog catalog, Instant asOf) {
            this.reps = reps;
            this.meetings = new Meetings(catalog);
            this.asOf = asOf;
        }

        @Override
        public List<DealFacts> unit(AccountHistory unit) {
            return DealFacts.of(unit, meetings, asOf);
        }

        @Override
        public HygieneReport finish(List<List<DealFacts>> parts) {
            List<DealFacts> deals = new ArrayList<>();
            parts.forEach(deals::addAll);
            deals.sort(Comparator.comparingLong(facts -> facts.deal().deal().id()));
            PipelineAsOf pipeline = PipelineAsOf.of(asOf, deals.stream().map(DealFacts::deal).toList());
            Map<Long, Rep> byId = new HashMap<>();
            reps.forEach(rep -> byId.put(rep.id(), rep));
            DealHygiene rules = new DealHygiene(pipeline, byId);
            List<DealHealth> open = new ArrayList<>();
            for (DealFacts facts : deals) {
                DealAsOf deal = facts.deal();
                if (!deal.isOpen()) continue;
                Rep owner = deal.deal().ownerId() == null ? null : byId.get(deal.deal().ownerId());
                open.add(new DealHealth(deal.deal(), deal.stage(), rules.flags(facts, owner)));
            }
            return HygieneReport.of(asOf, open);
        }
    }

    private Map<HygieneFlag, String> flags(DealFacts facts, Rep owner) {
        Map<HygieneFlag, String> flags = new LinkedHashMap<>();
        List<NextAction> next = facts.openNextActions();
        noNextAction(next, flags);
        overdueNextAction(next, flags);
        noBuyerValue(next, flags);
        noNextMeeting(facts, flags);
        stalled(facts.deal(), owner, flags);
        lowQuality(facts, flags);
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
    private void noNextMeeting(DealFacts facts, Map<HygieneFlag, String> flags) {
        if (facts.meetingHeld() && !facts.meetingBooked()) {
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
    private void lowQuality(DealFacts facts, Map<HygieneFlag, String> flags) {
        Deal deal = facts.deal().deal();
        if (Double.isNaN(oldAfterDays) || deal.createdAt() == null) return;
        double age = DealAsOf.Stay.days(deal.createdAt(), asOf);
        Instant touched = facts.lastTouch();
        boolean untouched = touched == null || DealAsOf.Stay.days(touched, asOf) > UNTOUCHED_DAYS;
        if (age > oldAfterDays && untouched) {
            flags.put(HygieneFlag.LOW_QUALITY, String.format("%.0f days old (won deals: 75th percentile %.0f days), %s",
                    age, oldAfterDays, touched == null ? "never touched" : "last touched " + touched.atOffset(ZoneOffset.UTC).toLocalDate()));
        }
    }
}
