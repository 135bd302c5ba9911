package dev.needle.measure;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.OrgHistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A walk that keeps every unit's parts by the unit's key, so that when a few units change only they are
 * mapped again and the works finished anew over the kept parts of the rest: the API server's runner.
 * The works are made for an as-of ({@code worksAt}, as they would be for a whole walk). A walk moved to a
 * later as-of maps the changed units with works made for it and keeps the others' parts as they were
 * mapped; at an unchanged as-of the result is exactly what a whole walk of the changed history gives.
 * Immutable: {@link #after} returns a new walk and leaves this one answering as before.
 */
final class KeptWalk {
    private final Function<Instant, List<UnitWork<?, ?>>> worksAt;
    private final Instant asOf;
    /** Each unit's parts, one per work, in walk order; never changed once built. */
    private final Map<Long, Object[]> parts;
    /** The activities on neither deal nor account: few, and given to every new set of works again. */
    private final List<Activity> unlinked;
    private final Object[] results;

    /** {@code known}: the results already made by {@link UnitWork#replace}, null where the work finishes again. */
    private KeptWalk(Function<Instant, List<UnitWork<?, ?>>> worksAt, Instant asOf, Map<Long, Object[]> parts, List<Activity> unlinked,
                     List<UnitWork<?, ?>> works, Object[] known) {
        this.worksAt = worksAt;
        this.asOf = asOf;
        this.parts = parts;
        this.unlinked = List.copyOf(unlinked);
        this.results = finish(works, parts, this.unlinked, known);
    }

    /** A whole walk of {@code history} on {@code runner}, keeping the parts. */
    static KeptWalk of(OrgHistory history, UnitRunner runner, Instant asOf, Function<Instant, List<UnitWork<?, ?>>> worksAt) {
        List<UnitWork<?, ?>> works = worksAt.apply(asOf);
        List<Map.Entry<Long, Object[]>> mapped = runner.map(history, unit -> Map.entry(unit.key(), partsOf(works, unit)));
        Map<Long, Object[]> parts = new LinkedHashMap<>();
        mapped.forEach(entry -> parts.put(entry.getKey(), entry.getValue()));
        List<Activity> unlinked = new ArrayList<>();
        history.forEachUnlinked(unlinked::add);
        return new KeptWalk(worksAt, asOf, parts, unlinked, works, new Object[works.size()]);
    }

    /**
     * This walk after a change, as of {@code later}: {@code changed} are the units the change touched, as
     * they now stand (a new unit goes last), {@code addedUnlinked} the activities on neither deal nor account it added.
     */
    KeptWalk after(Instant later, Collection<AccountHistory> changed, List<Activity> addedUnlinked) {
        List<UnitWork<?, ?>> works = worksAt.apply(later);
        Map<Long, Object[]> moved = new LinkedHashMap<>(parts);
        List<Object[]> removed = new ArrayList<>();
        List<Object[]> added = new ArrayList<>();
        for (AccountHistory unit : changed) {
            Object[] now = partsOf(works, unit);
            Object[] before = moved.put(unit.key(), now);
            if (before != null) removed.add(before);
            added.add(now);
        }
        List<Activity> allUnlinked = new ArrayList<>(unlinked);
        allUnlinked.addAll(addedUnlinked);
        Object[] replaced = addedUnlinked.isEmpty() ? replace(works, results, removed, added) : new Object[works.size()];
        return new KeptWalk(worksAt, later, moved, allUnlinked, works, replaced);
    }

    Instant asOf() {
        return asOf;
    }

    /** The result of the {@code index}th work {@code worksAt} makes. */
    @SuppressWarnings("unchecked")
    <R> R result(int index) {
        return (R) results[index];
    }

    private static Object[] partsOf(List<UnitWork<?, ?>> works, AccountHistory unit) {
        Object[] each = new Object[works.size()];
        for (int i = 0; i < each.length; i++) each[i] = works.get(i).unit(unit);
        return each;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object[] finish(List<UnitWork<?, ?>> works, Map<Long, Object[]> parts, List<Activity> unlinked, Object[] known) {
        Object[] results = new Object[works.size()];
        for (int i = 0; i < results.length; i++) {
            UnitWork work = works.get(i);
            unlinked.forEach(work::unlinked);
            if (known[i] != null) {
                results[i] = known[i];
                continue;
            }
            List<Object> mine = new ArrayList<>(parts.size());
            for (Object[] each : parts.values()) mine.add(each[i]);
            results[i] = work.finish(mine);
        }
        return results;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object[] replace(List<UnitWork<?, ?>> works, Object[] before, List<Object[]> removed, List<Object[]> added) {
        Object[] results = new Object[works.size()];
        for (int i = 0; i < results.length; i++) {
            int work = i;
            results[i] = ((UnitWork) works.get(i)).replace(before[i], removed.stream().map(parts -> parts[work]).toList(),
                    added.stream().map(parts -> parts[work]).toList());
        }
        return results;
    }
}
