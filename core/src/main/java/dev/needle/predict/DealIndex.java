package dev.needle.predict;

import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.NextAction;
import dev.needle.domain.Outcome;
import dev.needle.domain.StageChange;
import dev.needle.measure.Touches;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset indexed by deal so that any deal can be seen as of any moment: only stage changes,
 * touches and closes recorded before that moment count (the rule of {@code Datasets.asOf}).
 */
final class DealIndex {
    final Dataset data;
    private final Map<Long, List<StageChange>> changes = new HashMap<>();
    private final Map<Long, List<Activity>> touches = new HashMap<>();
    private final Map<Long, List<NextAction>> nextActions = new HashMap<>();
    private final Map<Long, List<Deal>> closedByOwner = new HashMap<>();
    private final Map<Long, Instant> closedAt = new HashMap<>();
    private final Map<Long, long[]> repTouchTimes = new HashMap<>();
    private final Map<Long, int[]> repEmptyBefore = new HashMap<>();
    private final Map<Long, long[]> repAdvanceTimes = new HashMap<>();
    private final long[] closeTimes;
    private final int[] wonBefore;

    private DealIndex(Dataset data) {
        this.data = data;
        for (StageChange change : data.stageChanges()) changes.computeIfAbsent(change.dealId(), d -> new ArrayList<>()).add(change);
        changes.values().forEach(list -> list.sort(Comparator.comparing(StageChange::at).thenComparingLong(StageChange::id)));
        for (Activity activity : data.activities()) {
            if (Touches.isDealTouch(activity)) touches.computeIfAbsent(activity.dealId(), d -> new ArrayList<>()).add(activity);
        }
        touches.values().forEach(list -> list.sort(Comparator.comparing(Activity::start)));
        Map<Long, List<Activity>> byRep = new HashMap<>();
        for (List<Activity> list : touches.values()) for (Activity touch : list) byRep.computeIfAbsent(touch.repId(), r -> new ArrayList<>()).add(touch);
        byRep.forEach((rep, list) -> {
            list.sort(Comparator.comparing(Activity::start));
            long[] times = new long[list.size()];
            int[] empty = new int[list.size() + 1];
            for (int i = 0; i < list.size(); i++) {
                times[i] = list.get(i).start().getEpochSecond();
                empty[i + 1] = empty[i] + (Touches.isEmpty(list.get(i)) ? 1 : 0);
            }
            repTouchTimes.put(rep, times);
            repEmptyBefore.put(rep, empty);
        });
        List<Deal> byClose = data.deals().stream().filter(deal -> closedAt.containsKey(deal.id()))
                .sorted(Comparator.comparing(deal -> closedAt.get(deal.id()))).toList();
        closeTimes = byClose.stream().mapToLong(deal -> closedAt.get(deal.id()).getEpochSecond()).toArray();
        wonBefore = new int[byClose.size() + 1];
        for (int i = 0; i < byClose.size(); i++) wonBefore[i + 1] = wonBefore[i] + (byClose.get(i).outcome() == Outcome.WON ? 1 : 0);
        java.util.Set<String> lostStages = new java.util.HashSet<>();
        for (Deal deal : data.deals()) if (deal.outcome() == Outcome.LOST && deal.stage() != null) lostStages.add(deal.stage());
        Map<Long, Long> owners = new HashMap<>();
        for (Deal deal : data.deals()) if (deal.ownerId() != null) owners.put(deal.id(), deal.ownerId());
        Map<Long, List<Long>> advances = new HashMap<>();
        for (StageChange change : data.stageChanges()) {
            Long owner = owners.get(change.dealId());
            if (owner == null || change.fromStage() == null || lostStages.contains(change.toStage())) continue;
            advances.computeIfAbsent(owner, o -> new ArrayList<>()).add(change.at().getEpochSecond());
        }
        advances.forEach((owner, times) -> repAdvanceTimes.put(owner, times.stream().mapToLong(Long::longValue).sorted().toArray()));
        for (NextAction action : data.nextActions()) nextActions.computeIfAbsent(action.dealId(), d -> new ArrayList<>()).add(action);
        for (Deal deal : data.deals()) {
            Instant closed = closeOf(deal);
            if (closed == null) continue;
            closedAt.put(deal.id(), closed);
            if (deal.ownerId() != null) closedByOwner.computeIfAbsent(deal.ownerId(), o -> new ArrayList<>()).add(deal);
        }
    }

    static DealIndex of(Dataset data) {
        return new DealIndex(data);
    }

    /** When a closed deal closed: entering its final stage in the history, else 00:00 UTC of its close date. */
    private Instant closeOf(Deal deal) {
        if (deal.isOpen()) return null;
        Instant closed = null;
        for (StageChange change : changes.getOrDefault(deal.id(), List.of())) if (change.toStage().equals(deal.stage())) closed = change.at();
        if (closed == null && deal.closedAt() != null) closed = deal.closedAt().atStartOfDay(ZoneOffset.UTC).toInstant();
        return closed;
    }

    Instant closedAt(Deal deal) {
        return closedAt.get(deal.id());
    }

    /** Whether the deal was open at the moment: created before it and not closed by then. */
    boolean isOpenAt(Deal deal, Instant moment) {
        if (deal.createdAt() == null || !deal.createdAt().isBefore(moment)) return false;
        if (deal.isOpen()) return true;
        Instant closed = closedAt(deal);
        return closed != null && !closed.isBefore(moment);
    }

    /**
     * The stage the history shows at the moment. A deal with no history at all shows its stored
     * stage only while it is still open (that stage is the current one); otherwise the stage is unknown.
     */
    String stageAt(Deal deal, Instant moment) {
        List<StageChange> history = changes.getOrDefault(deal.id(), List.of());
        if (history.isEmpty()) return deal.isOpen() ? deal.stage() : null;
        String stage = null;
        for (StageChange change : history) if (change.at().isBefore(moment)) stage = change.toStage();
        return stage;
    }

    /** When the deal entered the stage it was in at the moment (its creation when unknown). */
    Instant stageEnteredAt(Deal deal, Instant moment) {
        Instant entered = deal.createdAt();
        String stage = stageAt(deal, moment);
        for (StageChange change : changes.getOrDefault(deal.id(), List.of())) {
            if (change.at().isBefore(moment) && change.toStage().equals(stage)) entered = change.at();
        }
        return entered;
    }

    /** Stage changes recorded in [from, to). */
    List<StageChange> changesBetween(Deal deal, Instant from, Instant to) {
        return changes.getOrDefault(deal.id(), List.of()).stream()
                .filter(change -> !change.at().isBefore(from) && change.at().isBefore(to)).toList();
    }

    /** Every stage the deal entered before the moment. */
    List<String> stagesBefore(Deal deal, Instant moment) {
        return changes.getOrDefault(deal.id(), List.of()).stream().filter(change -> change.at().isBefore(moment))
                .map(StageChange::toStage).distinct().toList();
    }

    /** Deal touches (see {@link Touches}) that started before the moment, oldest first. */
    List<Activity> touchesBefore(Deal deal, Instant moment) {
        List<Activity> all = touches.getOrDefault(deal.id(), List.of());
        int end = 0;
        while (end < all.size() && all.get(end).start().isBefore(moment)) end++;
        return all.subList(0, end);
    }

    List<NextAction> nextActions(Deal deal) {
        return nextActions.getOrDefault(deal.id(), List.of());
    }

    /** The owner's won and closed deals, counting only closes recorded before the moment. */
    int[] ownerRecord(Long ownerId, Instant moment) {
        int won = 0;
        int closed = 0;
        if (ownerId == null) return new int[]{0, 0};
        for (Deal deal : closedByOwner.getOrDefault(ownerId, List.of())) {
            if (!closedAt.get(deal.id()).isBefore(moment)) continue;
            closed++;
            if (deal.outcome() == Outcome.WON) won++;
        }
        return new int[]{won, closed};
    }

    /** The rep's deal touches and empty ones among them in [from, to). */
    int[] repTouches(Long repId, Instant from, Instant to) {
        long[] times = repTouchTimes.get(repId);
        if (times == null) return new int[]{0, 0};
        int start = firstAtOrAfter(times, from.getEpochSecond());
        int end = firstAtOrAfter(times, to.getEpochSecond());
        int[] empty = repEmptyBefore.get(repId);
        return new int[]{end - start, empty[end] - empty[start]};
    }

    private static int firstAtOrAfter(long[] times, long value) {
        int low = 0, high = times.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[mid] < value) low = mid + 1; else high = mid;
        }
        return low;
    }

    /** Stage moves (not into a lost stage) recorded on the rep's deals in [from, to). */
    int repAdvances(Long repId, Instant from, Instant to) {
        long[] times = repAdvanceTimes.get(repId);
        if (times == null) return 0;
        return firstAtOrAfter(times, to.getEpochSecond()) - firstAtOrAfter(times, from.getEpochSecond());
    }

    /** The team's won and closed deals, counting only closes recorded before the moment. */
    int[] teamRecord(Instant moment) {
        int closed = firstAtOrAfter(closeTimes, moment.getEpochSecond());
        return new int[]{wonBefore[closed], closed};
    }
}
