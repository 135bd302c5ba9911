package dev.needle.measure;

import dev.needle.domain.Dataset;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Rep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The period an analysis covers, decided in one place for the CLI and the API (docs/metrics.md, "Period").
 * A period the user names is used as given. Without one, the command's usual window (the 90 days up to
 * as-of for report and coach, the year up to as-of for value) is used — unless the store's newest record
 * (activity, stage change, deal created or closed, up to as-of) is older than that window's start: an
 * export whose last activity is months old. Then the window is the data's own last {@code days} days,
 * ending with the day of that newest record in the team's zone, and {@link Chosen#note()} says so.
 * Either way, a period in which nothing was recorded gets a note giving the data's range.
 * Pure: the caller passes "now" (as-of) in.
 */
public final class DefaultPeriod {
    /** The default window of report and coach. */
    public static final int DAYS = 90;

    private DefaultPeriod() {
    }

    /**
     * The period used, the zone its days are counted and shown in, and a note when the period was moved
     * to the data or nothing falls in it.
     */
    public record Chosen(Period period, ZoneId zone, String note, boolean moved, LocalDate dataFirst, LocalDate dataLast) {
        public Chosen {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(zone, "zone");
        }

        /** The first day of the period, in its zone. */
        public LocalDate firstDay() {
            return period.from().atZone(zone).toLocalDate();
        }

        /** The last day the period touches (its end is exclusive), in its zone. */
        public LocalDate lastDay() {
            Instant end = period.to().isAfter(period.from()) ? period.to().minusNanos(1) : period.to();
            return end.atZone(zone).toLocalDate();
        }

        /** "2026-04-02 to 2026-06-30 (America/New_York)". */
        public String label() {
            return firstDay() + " to " + lastDay() + " (" + zoneName(zone) + ")";
        }
    }

    /** A zone as people read it: "UTC" rather than "Z". */
    public static String zoneName(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** The usual window, or the data's own last {@code days} days when the data ends before the usual window starts. */
    public static Chosen choose(Dataset data, Instant asOf, Period usual, int days, ZoneId zone) {
        return choose(data.history(), asOf, usual, days, zone);
    }

    /** {@link #choose(Dataset, Instant, Period, int, ZoneId)} over a history as it stood before as-of. */
    public static Chosen choose(OrgHistory history, Instant asOf, Period usual, int days, ZoneId zone) {
        return choose(RecordTimes.of(history, asOf, zone), asOf, usual, days, zone);
    }

    /** {@link #choose(Dataset, Instant, Period, int, ZoneId)} from the times of the records, taken in {@code zone}. */
    public static Chosen choose(RecordTimes times, Instant asOf, Period usual, int days, ZoneId zone) {
        Range range = Range.of(times, zone);
        if (range.newest() != null && range.newest().isBefore(usual.from())) {
            LocalDate last = range.newest().atZone(zone).toLocalDate();
            LocalDate first = last.minusDays(days - 1L);
            Period moved = new Period(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant()).upTo(asOf);
            LocalDate usualLast = (usual.to().isAfter(usual.from()) ? usual.to().minusNanos(1) : usual.to()).atZone(zone).toLocalDate();
            String note = "no activity in the " + days + " days to " + usualLast + "; showing the data's last " + days
                    + " days, " + first + " to " + last;
            return new Chosen(moved, zone, note, true, range.first(), range.last());
        }
        return given(usual, range, zone);
    }

    /**
     * The weekly report's week when none is named: the ISO week (Monday 00:00 UTC to the next Monday)
     * of {@code now}, or — when the newest record is older than that week — the week of the newest
     * record, with a note.
     */
    public static Chosen week(Dataset data, Instant now) {
        Range range = Range.of(RecordTimes.of(data.history(), now, ZoneOffset.UTC), ZoneOffset.UTC);
        Period current = weekOf(now.minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate());
        if (range.newest() != null && range.newest().isBefore(current.from())) {
            Period last = weekOf(range.newest().atOffset(ZoneOffset.UTC).toLocalDate());
            Chosen moved = new Chosen(last, ZoneOffset.UTC, null, true, range.first(), range.last());
            String note = "no activity in the week of " + current.from().atOffset(ZoneOffset.UTC).toLocalDate()
                    + "; showing the data's last week, " + moved.firstDay() + " to " + moved.lastDay();
            return new Chosen(last, ZoneOffset.UTC, note, true, range.first(), range.last());
        }
        return new Chosen(current, ZoneOffset.UTC, null, false, range.first(), range.last());
    }

    private static Period weekOf(LocalDate day) {
        LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
        return new Period(monday.atStartOfDay(ZoneOffset.UTC).toInstant(), monday.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** A period the user named: used as is, with a note when nothing was recorded in it. */
    public static Chosen given(Dataset data, Instant asOf, Period period, ZoneId zone) {
        return given(data.history(), asOf, period, zone);
    }

    public static Chosen given(OrgHistory history, Instant asOf, Period period, ZoneId zone) {
        return given(RecordTimes.of(history, asOf, zone), period, zone);
    }

    public static Chosen given(RecordTimes times, Period period, ZoneId zone) {
        return given(period, Range.of(times, zone), zone);
    }

    private static Chosen given(Period period, Range range, ZoneId zone) {
        Chosen chosen = new Chosen(period, zone, null, false, range.first(), range.last());
        if (range.newest() == null) {
            return new Chosen(period, zone, "nothing is recorded in the store yet", false, null, null);
        }
        if (!range.anyIn(period)) {
            return new Chosen(period, zone, "nothing was recorded from " + chosen.firstDay() + " to " + chosen.lastDay()
                    + "; the data runs from " + range.first() + " to " + range.last(), false, range.first(), range.last());
        }
        return chosen;
    }

    /**
     * The team's zone: the time zone most of these reps work in (the first rep's on a tie), UTC when
     * none has a valid one.
     */
    public static ZoneId zoneOf(Collection<Rep> reps) {
        Map<ZoneId, Long> counts = reps.stream().map(Rep::knownZone).flatMap(java.util.Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), java.util.LinkedHashMap::new, Collectors.counting()));
        // max keeps the first of equal counts: the zone met first wins a tie
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(ZoneOffset.UTC);
    }

    /** When the records up to as-of begin and end, in a zone's days. */
    private record Range(RecordTimes times, LocalDate first, LocalDate last) {
        static Range of(RecordTimes times, ZoneId zone) {
            return new Range(times, times.oldest() == null ? null : times.oldest().atZone(zone).toLocalDate(),
                    times.newest() == null ? null : times.newest().atZone(zone).toLocalDate());
        }

        Instant newest() {
            return times.newest();
        }

        boolean anyIn(Period period) {
            return times.anyIn(period);
        }
    }
}
