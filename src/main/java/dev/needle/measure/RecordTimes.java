package dev.needle.measure;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.DealHistory;
import dev.needle.domain.OrgHistory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

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
        Builder times = new Builder(asOf);
        runner.map(history, unit -> unit(unit, HistoryAsOf.of(unit, asOf), asOf, zone)).forEach(times::add);
        history.forEachUnlinked(activity -> times.add(activity.start()));
        return times.build();
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
    static final class Builder {
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
