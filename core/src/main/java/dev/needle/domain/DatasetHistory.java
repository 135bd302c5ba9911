package dev.needle.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A {@link Dataset} walked as keyed units: accounts in id order, then the deals with no account in the
 * dataset's order. Each deal's rows come in the order a store streams them: stage changes by time (then
 * id), activities by start, next actions by id.
 */
final class DatasetHistory implements OrgHistory {
    private final Dataset data;

    DatasetHistory(Dataset data) {
        this.data = data;
    }

    @Override
    public List<Rep> reps() {
        return data.reps();
    }

    @Override
    public List<Lead> leads() {
        return data.leads();
    }

    @Override
    public void forEachAccount(Consumer<AccountHistory> each) {
        Map<Long, List<StageChange>> changes = new HashMap<>();
        for (StageChange change : data.stageChanges()) changes.computeIfAbsent(change.dealId(), d -> new ArrayList<>()).add(change);
        changes.values().forEach(history -> history.sort(Comparator.comparing(StageChange::at).thenComparingLong(StageChange::id)));
        Map<Long, List<NextAction>> nextActions = new HashMap<>();
        for (NextAction action : data.nextActions()) nextActions.computeIfAbsent(action.dealId(), d -> new ArrayList<>()).add(action);
        nextActions.values().forEach(actions -> actions.sort(Comparator.comparingLong(NextAction::id)));
        Map<Long, List<Activity>> onDeal = new HashMap<>();
        Map<Long, List<Activity>> onAccount = new TreeMap<>();
        for (Activity activity : data.activities()) {
            if (activity.dealId() != null) onDeal.computeIfAbsent(activity.dealId(), d -> new ArrayList<>()).add(activity);
            else if (activity.accountId() != null) onAccount.computeIfAbsent(activity.accountId(), a -> new ArrayList<>()).add(activity);
        }
        Map<Long, List<DealHistory>> dealsOf = new TreeMap<>();
        List<DealHistory> alone = new ArrayList<>();
        for (Deal deal : data.deals()) {
            DealHistory history = new DealHistory(deal, changes.getOrDefault(deal.id(), List.of()), inTimeOrder(onDeal.get(deal.id())),
                    nextActions.getOrDefault(deal.id(), List.of()));
            if (deal.accountId() != null) dealsOf.computeIfAbsent(deal.accountId(), a -> new ArrayList<>()).add(history);
            else alone.add(history);
        }
        TreeMap<Long, Boolean> accounts = new TreeMap<>();
        dealsOf.keySet().forEach(id -> accounts.put(id, true));
        onAccount.keySet().forEach(id -> accounts.put(id, true));
        for (long account : accounts.keySet()) {
            each.accept(new AccountHistory(account, dealsOf.getOrDefault(account, List.of()), inTimeOrder(onAccount.get(account))));
        }
        for (DealHistory deal : alone) each.accept(new AccountHistory(null, List.of(deal), List.of()));
    }

    @Override
    public void forEachUnlinked(Consumer<Activity> each) {
        for (Activity activity : data.activities()) {
            if (activity.dealId() == null && activity.accountId() == null) each.accept(activity);
        }
    }

    /** The unit with {@code key}: the history of a dataset cut down to that unit's rows, so it is built as every unit is. */
    static Optional<AccountHistory> unit(Dataset data, long key) {
        Set<Long> deals = new HashSet<>();
        for (Deal deal : data.deals()) {
            if (key == AccountHistory.keyOf(deal)) deals.add(deal.id());
        }
        Dataset only = new Dataset(data.reps(), List.of(), List.of(), data.deals().stream().filter(deal -> deals.contains(deal.id())).toList(),
                data.stageChanges().stream().filter(change -> deals.contains(change.dealId())).toList(),
                data.activities().stream().filter(activity -> activity.dealId() != null ? deals.contains(activity.dealId())
                        : activity.accountId() != null && activity.accountId() == key).toList(),
                data.nextActions().stream().filter(action -> deals.contains(action.dealId())).toList(), List.of(), data.leads());
        List<AccountHistory> found = new ArrayList<>(1);
        new DatasetHistory(only).forEachAccount(found::add);
        return found.stream().filter(unit -> unit.key() == key).findFirst();
    }

    private static List<Activity> inTimeOrder(List<Activity> activities) {
        if (activities == null) return List.of();
        List<Activity> sorted = new ArrayList<>(activities);
        sorted.sort(Comparator.comparing(Activity::start));
        return sorted;
    }
}
