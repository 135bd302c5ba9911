package dev.needle.measure;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.ActivityType;
import dev.needle.domain.Dataset;
import dev.needle.domain.DealHistory;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Rep;
import dev.needle.measure.BusyVsProductive.Measured;
import dev.needle.measure.RepPerformance.Classification;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Activities against results, per rep and per team, for a period (seed 000, 004). Looks only at
 * what was recorded before {@code asOf}: the period is cut off there. A rep is in the report when
 * they logged an activity or owned a result in the period.
 */
public record PerformanceReport(Period period, Instant asOf, List<RepPerformance> reps, List<TeamPerformance> teams) {
    static final double DAYS_PER_YEAR = 365.0;

    public PerformanceReport {
        reps = List.copyOf(reps);
        teams = List.copyOf(teams);
    }

    public static PerformanceReport of(Dataset dataset, ActivityCatalog catalog, Instant asOf, Period period) {
        return of(dataset.history(), UnitRunner.sequential(), catalog, asOf, period);
    }

    /**
     * The report from one walk over the history's units on {@code runner}: each unit gives its reps' time in
     * the period ({@link TimeWork}) and its deals as they stood at as-of ({@link PipelineAsOf.Work}).
     */
    public static PerformanceReport of(OrgHistory history, UnitRunner runner, ActivityCatalog catalog, Instant asOf, Period period) {
        TimeWork time = new TimeWork(history.reps(), catalog, asOf, period);
        PipelineAsOf.Work pipeline = new PipelineAsOf.Work(asOf);
        UnitWork.Walked walked = UnitWork.run(history, runner, time, pipeline);
        return of(history.reps(), asOf, period, walked.of(time), walked.of(pipeline));
    }

    /**
     * The report's part of a walk: each rep's time in the period, tallied in minutes per unit, so the parts
     * add up to the same whatever order they come in.
     */
    static final class TimeWork implements UnitWork<Map<Long, AllocationTally>, Map<Long, AllocationTally>> {
        private final Map<Long, ZoneId> zones = new HashMap<>();
        private final Map<String, ActivityType> types = new ConcurrentHashMap<>();
        private final ActivityCatalog catalog;
        private final Period window;
        private final Map<Long, AllocationTally> unlinked = new HashMap<>();

        TimeWork(List<Rep> reps, ActivityCatalog catalog, Instant asOf, Period period) {
            this.catalog = catalog;
            this.window = period.upTo(asOf);
            reps.forEach(rep -> zones.put(rep.id(), rep.zone()));
        }

        @Override
        public Map<Long, AllocationTally> unit(AccountHistory unit) {
            Map<Long, AllocationTally> time = new HashMap<>();
            for (DealHistory deal : unit.deals()) deal.activities().forEach(activity -> tally(time, activity));
            unit.touches().forEach(activity -> tally(time, activity));
            return time;
        }

        @Override
        public void unlinked(Activity activity) {
            tally(unlinked, activity);
        }

        private void tally(Map<Long, AllocationTally> time, Activity activity) {
            if (!window.contains(activity.start())) return;
            time.computeIfAbsent(activity.repId(), id -> new AllocationTally(zones.getOrDefault(id, ZoneOffset.UTC)))
                    .add(activity, types.computeIfAbsent(activity.type(), catalog::classify));
        }

        /** Adds the parts into fresh tallies, leaving the parts as they were: a kept walk finishes them again after a write. */
        @Override
        public Map<Long, AllocationTally> finish(List<Map<Long, AllocationTally>> parts) {
            Map<Long, AllocationTally> time = new HashMap<>();
            parts.forEach(part -> add(time, part));
            add(time, unlinked);
            return time;
        }

        private void add(Map<Long, AllocationTally> total, Map<Long, AllocationTally> part) {
            part.forEach((rep, tally) -> total.computeIfAbsent(rep, id -> new AllocationTally(zones.getOrDefault(id, ZoneOffset.UTC))).add(tally));
        }
    }

    /** The report of the period (cut off at as-of) from each rep's time in it and the pipeline at as-of. */
    static PerformanceReport of(List<Rep> reps, Instant asOf, Period period, Map<Long, AllocationTally> tallies, PipelineAsOf pipeline) {
        Period window = period.upTo(asOf);
        Map<Long, Rep> repsById = new HashMap<>();
        reps.forEach(rep -> repsById.put(rep.id(), rep));
        Map<Long, Results> results = ResultsTally.byOwner(pipeline, window);
        List<Measured> measured = new ArrayList<>();
        for (Rep rep : reps) {
            AllocationTally tally = tallies.get(rep.id());
            Results produced = results.getOrDefault(rep.id(), Results.NONE);
            if (tally == null && produced.outcomes() + produced.wins() == 0) continue;
            TimeAllocation time = tally != null ? tally.result() : new AllocationTally(ZoneOffset.UTC).result();
            measured.add(new Measured(rep.id(), teamOf(rep), time, produced));
        }
        Map<Long, Classification> classes = BusyVsProductive.classify(measured);
        List<RepPerformance> performances = new ArrayList<>();
        for (Measured rep : measured) {
            Rep person = repsById.get(rep.repId());
            performances.add(new RepPerformance(person, rep.time(), rep.results(),
                    attainment(rep.results().wonRevenue(), person.quota(), window), classes.get(rep.repId())));
        }
        return new PerformanceReport(window, asOf, performances, teams(performances, window));
    }

    private static List<TeamPerformance> teams(List<RepPerformance> reps, Period window) {
        Map<String, List<RepPerformance>> byTeam = new TreeMap<>();
        for (RepPerformance rep : reps) byTeam.computeIfAbsent(teamOf(rep.rep()), team -> new ArrayList<>()).add(rep);
        List<TeamPerformance> teams = new ArrayList<>();
        byTeam.forEach((team, members) -> {
            Results results = Results.NONE;
            BigDecimal quota = BigDecimal.ZERO;
            BigDecimal wonWithQuota = BigDecimal.ZERO;
            Map<Quadrant, Integer> quadrants = new EnumMap<>(Quadrant.class);
            for (RepPerformance member : members) {
                results = results.plus(member.results());
                quadrants.merge(member.quadrant(), 1, Integer::sum);
                if (member.rep().quota() != null && member.rep().quota().signum() > 0) {
                    quota = quota.add(member.rep().quota());
                    wonWithQuota = wonWithQuota.add(member.results().wonRevenue());
                }
            }
            TimeAllocation time = AllocationTally.sum(members.stream().map(RepPerformance::time).toList());
            teams.add(new TeamPerformance(team, members.size(), time, results,
                    attainment(wonWithQuota, quota.signum() > 0 ? quota : null, window), quadrants));
        });
        return teams;
    }

    /** Won revenue over the quota prorated to the period; a quota is taken to be annual. */
    static double attainment(BigDecimal wonRevenue, BigDecimal annualQuota, Period window) {
        if (annualQuota == null || annualQuota.signum() <= 0 || window.days() <= 0) return Double.NaN;
        BigDecimal prorated = annualQuota.multiply(BigDecimal.valueOf(window.days() / DAYS_PER_YEAR));
        return wonRevenue.divide(prorated, MathContext.DECIMAL64).doubleValue();
    }

    static String teamOf(Rep rep) {
        return rep.team() == null || rep.team().isBlank() ? "(no team)" : rep.team();
    }

}
