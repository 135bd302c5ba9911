package dev.needle.measure;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.DealHistory;
import dev.needle.domain.OrgHistory;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * When a history's records happened, up to as-of: activities, stage changes, deals created and closed
 * (a close date at midnight in the zone the period is counted in). Kept as sorted milliseconds, eight
 * bytes a record, so that whether anything falls in a period is a binary search; built unit by unit
 * and added up, like every other summary of a history.
 */
public final class RecordTimes {
    private final Instant oldest;
    private final Instant newest;
    private final long[] millis;

    private RecordTimes(Instant oldest, Instant newest, long[] millis) {
        this.oldest = oldest;
        this.newest = newest;
        this.millis = millis;
    }

    /** One walk over the history. */
    public static RecordTimes of(OrgHistory history, Instant asOf, ZoneId zone) {
        return of(history, UnitRunner.sequential(), asOf, zone);
    }

    /** One walk over the history, its units on {@code runner}. */
    public static RecordTimes of(OrgHistory history, UnitRunner runner, Instant asOf, ZoneId zone) {
        return UnitWork.run(history, runner, new Work(asOf, zone));
    }

    /** The record times' part of a walk: each unit's instants before as-of, put together in one sorted array. */
    static final class Work implements UnitWork<Builder, RecordTimes> {
        private final Instant asOf;
        private final ZoneId zone;
        private final Builder unlinked;

        Work(Instant asOf, ZoneId zone) {
            this.asOf = asOf;
            this.zone = zone;
            this.unlinked = new Builder(asOf);
        }

        @Override
        public Builder unit(AccountHistory unit) {
            return RecordTimes.unit(unit, HistoryAsOf.of(unit, asOf), asOf, zone);
        }

        @Override
        public void unlinked(Activity activity) {
            unlinked.add(activity.start());
        }

        /** Copies the parts into a new builder, leaving them as they were (a kept walk finishes them again). */
        @Override
        public RecordTimes finish(List<Builder> parts) {
            Builder times = new Builder(asOf);
            parts.forEach(times::add);
            times.add(unlinked);
            return times.build();
        }

        /** One pass over the sorted times, where finishing again would sort every record's time. */
        @Override
        public RecordTimes replace(RecordTimes before, List<Builder> removed, List<Builder> added) {
            Builder gone = new Builder(asOf);
            removed.forEach(gone::add);
            Builder come = new Builder(asOf);
            added.forEach(come::add);
            return before.replacing(gone, come);
        }
    }

    /**
     * These times with {@code gone}'s taken out and {@code come}'s put in; null when that cannot be known
     * from them alone: a time to take out is not here, or the exact oldest or newest went out and none
     * as old or as new came in.
     */
    private RecordTimes replacing(Builder gone, Builder come) {
        Instant first = oldest;
        Instant last = newest;
        if (gone.size > 0) {
            if (gone.oldest.equals(first) && (come.oldest == null || come.oldest.isAfter(first))) return null;
            if (gone.newest.equals(last) && (come.newest == null || come.newest.isBefore(last))) return null;
        }
        if (come.size > 0) {
            first = first == null || come.oldest.isBefore(first) ? come.oldest : first;
            last = last == null || come.newest.isAfter(last) ? come.newest : last;
        }
        long[] out = new long[millis.length - gone.size + come.size];
        long[] taken = Arrays.copyOf(gone.millis, gone.size);
        long[] put = Arrays.copyOf(come.millis, come.size);
        Arrays.sort(taken);
        Arrays.sort(put);
        int t = 0;
        int p = 0;
        int o = 0;
        for (long time : millis) {
            if (t < taken.length && taken[t] == time) {
                t++;
                continue;
            }
            if (t < taken.length && taken[t] < time) return null;
            while (p < put.length && put[p] < time) out[o++] = put[p++];
            out[o++] = time;
        }
        if (t < taken.length) return null;
        while (p < put.length) out[o++] = put[p++];
        return new RecordTimes(first, last, out);
    }

    /**
     * One unit's records before as-of: every activity as recorded, and the deals and stage changes of the
     * unit {@code then}, as {@link HistoryAsOf} puts it back (null when none of it existed yet).
     */
    static Builder unit(AccountHistory recorded, AccountHistory then, Instant asOf, ZoneId zone) {
        Builder times = new Builder(asOf);
        for (DealHistory deal : recorded.deals()) deal.activities().forEach(activity -> times.add(activity.start()));
        recorded.touches().forEach(activity -> times.add(activity.start()));
        if (then == null) return times;
        AccountHistory unit = then;
        for (DealHistory deal : unit.deals()) {
            deal.changes().forEach(change -> times.add(change.at()));
            times.add(deal.deal().createdAt());
            if (deal.deal().closedAt() != null) times.add(deal.deal().closedAt().atStartOfDay(zone).toInstant());
        }
        return times;
    }

    /** The oldest record's instant; null when nothing was recorded. */
    public Instant oldest() {
        return oldest;
    }

    public Instant newest() {
        return newest;
    }

    /** The same times, whatever walk or replacement made them. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RecordTimes times && java.util.Objects.equals(oldest, times.oldest)
                && java.util.Objects.equals(newest, times.newest) && Arrays.equals(millis, times.millis);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(millis);
    }

    /** Periods start and end on whole seconds, so a record's instant floored to the millisecond falls on the same side. */
    public boolean anyIn(Period period) {
        long from = period.from().toEpochMilli();
        int low = 0;
        int high = millis.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (millis[middle] < from) low = middle + 1;
            else high = middle;
        }
        return low < millis.length && millis[low] < period.to().toEpochMilli();
    }

    /** Instants before as-of, as milliseconds, with the exact oldest and newest. */
    static final class Builder implements Serializable {
        private final Instant asOf;
        private long[] millis = new long[16];
        private int size;
        private Instant oldest;
        private Instant newest;

        Builder(Instant asOf) {
            this.asOf = asOf;
        }

        void add(Instant at) {
            if (at == null || !at.isBefore(asOf)) return;
            if (oldest == null || at.isBefore(oldest)) oldest = at;
            if (newest == null || at.isAfter(newest)) newest = at;
            if (size == millis.length) millis = Arrays.copyOf(millis, size * 2);
            millis[size++] = at.getEpochSecond() * 1000 + at.getNano() / 1_000_000;
        }

        void add(Builder other) {
            if (other.size == 0) return;
            if (oldest == null || other.oldest.isBefore(oldest)) oldest = other.oldest;
            if (newest == null || other.newest.isAfter(newest)) newest = other.newest;
            if (size + other.size > millis.length) millis = Arrays.copyOf(millis, Math.max(size + other.size, millis.length * 2));
            System.arraycopy(other.millis, 0, millis, size, other.size);
            size += other.size;
        }

        RecordTimes build() {
            long[] sorted = Arrays.copyOf(millis, size);
            Arrays.sort(sorted);
            return new RecordTimes(oldest, newest, sorted);
        }
    }
}
