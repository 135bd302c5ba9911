package dev.needle.domain;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the analyses read, as keyed units rather than one list of everything: the small reference
 * tables whole, and the accounts (with their deals and activities) and the activities on neither a
 * deal nor an account one at a time. A store streams them from a cursor; {@link Dataset} holds them
 * in memory. Each walk reads the history afresh, so an analysis may walk it more than once.
 * (Not called a "dataset": Spark's {@code Dataset} will run the same unit functions.)
 */
public interface OrgHistory {
    List<Rep> reps();

    List<Lead> leads();

    /** Every account and every deal with no account, once each, with all their rows. */
    void forEachAccount(Consumer<AccountHistory> each);

    /** Every activity that names neither a deal nor an account (on a lead, or on nothing), once each. */
    void forEachUnlinked(Consumer<Activity> each);

    /**
     * Up to {@code parts} histories over disjoint ranges of units, in walk order: walked one after the
     * other they give {@link #forEachAccount}'s units in its order, so they can be read side by side.
     * Each part has the reps and leads; only the first walks the unlinked activities. A history that
     * cannot be split is its own one part.
     */
    default List<OrgHistory> split(int parts) {
        return List.of(this);
    }
}
