package dev.needle.measure;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.OrgHistory;

import java.util.ArrayList;
import java.util.List;

/**
 * An analysis as the runners run it: a pure function of one unit giving a small part, a look at each
 * activity that names neither deal nor account, and a finish that makes the result of the parts (in
 * walk order) once the walk is over. One object per run: {@link #unlinked} may keep what it needs.
 * Several works share one walk ({@link #run(OrgHistory, UnitRunner, UnitWork[])}), so the store is read
 * once however many analyses a command prints.
 */
interface UnitWork<P, R> {
    P unit(AccountHistory unit);

    default void unlinked(Activity activity) {
    }

    R finish(List<P> parts);

    /** One work's result from one walk. */
    static <P, R> R run(OrgHistory history, UnitRunner runner, UnitWork<P, R> work) {
        List<P> parts = runner.map(history, work::unit);
        history.forEachUnlinked(work::unlinked);
        return work.finish(parts);
    }

    /** Every work's result from one walk, in the order the works were given. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<Object> run(OrgHistory history, UnitRunner runner, UnitWork<?, ?>... works) {
        List<Object[]> parts = runner.map(history, unit -> {
            Object[] each = new Object[works.length];
            for (int i = 0; i < works.length; i++) each[i] = works[i].unit(unit);
            return each;
        });
        history.forEachUnlinked(activity -> {
            for (UnitWork<?, ?> work : works) work.unlinked(activity);
        });
        List<Object> results = new ArrayList<>(works.length);
        for (int i = 0; i < works.length; i++) {
            List<Object> mine = new ArrayList<>(parts.size());
            for (Object[] each : parts) mine.add(each[i]);
            results.add(((UnitWork) works[i]).finish(mine));
        }
        return results;
    }
}
