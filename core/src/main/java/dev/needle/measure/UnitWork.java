package dev.needle.measure;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.OrgHistory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An analysis as the runners run it: a pure function of one unit giving a small part, a look at each
 * activity that names neither deal nor account, and a finish that makes the result of the parts (in
 * walk order) once the walk is over. One object per run: {@link #unlinked} may keep what it needs.
 * Several works share one walk ({@link #run(OrgHistory, UnitRunner, UnitWork[])}), so the store is read
 * once however many analyses a command prints. A work is serializable, as its unit function is: a runner
 * on other machines sends it where the units are (its parts come back the same way); {@link #unlinked}
 * and {@link #finish} run where the walk began.
 */
interface UnitWork<P, R> extends Serializable {
    P unit(AccountHistory unit);

    default void unlinked(Activity activity) {
    }

    R finish(List<P> parts);

    /**
     * The result after some units' parts were replaced ({@code removed} by {@code added}), made from the
     * result before, where that is cheaper than finishing again over every part; null (the default) when
     * it is not, and then the kept walk finishes again.
     */
    default R replace(R before, List<P> removed, List<P> added) {
        return null;
    }

    /** One work's result from one walk. */
    static <P, R> R run(OrgHistory history, UnitRunner runner, UnitWork<P, R> work) {
        List<P> parts = runner.map(history, work::unit);
        history.forEachUnlinked(work::unlinked);
        return work.finish(parts);
    }

    /** Every work's result from one walk: {@link Walked#of} gives each work's, typed. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Walked run(OrgHistory history, UnitRunner runner, UnitWork<?, ?>... works) {
        List<Object[]> parts = runner.map(history, unit -> {
            Object[] each = new Object[works.length];
            for (int i = 0; i < works.length; i++) each[i] = works[i].unit(unit);
            return each;
        });
        history.forEachUnlinked(activity -> {
            for (UnitWork<?, ?> work : works) work.unlinked(activity);
        });
        Object[] results = new Object[works.length];
        for (int i = 0; i < works.length; i++) {
            List<Object> mine = new ArrayList<>(parts.size());
            for (Object[] each : parts) mine.add(each[i]);
            results[i] = ((UnitWork) works[i]).finish(mine);
        }
        return new Walked(works, results);
    }

    /** The results of the works that shared a walk. */
    final class Walked {
        private final UnitWork<?, ?>[] works;
        private final Object[] results;

        private Walked(UnitWork<?, ?>[] works, Object[] results) {
            this.works = works;
            this.results = results;
        }

        @SuppressWarnings("unchecked")
        <R> R of(UnitWork<?, R> work) {
            for (int i = 0; i < works.length; i++) if (works[i] == work) return (R) results[i];
            throw new IllegalArgumentException("not a work of this walk: " + work);
        }
    }
}
