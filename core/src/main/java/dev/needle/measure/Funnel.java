package dev.needle.measure;

import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Outcome;
import dev.needle.domain.Rep;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Stage-to-stage conversion and time in stage over every deal recorded by as-of (all history, not a
 * period: conversion needs deals that had time to convert), overall and by owner, team, lead source
 * and product. {@code inferredPaths} counts deals without stage history, whose path is inferred
 * ({@link DealAsOf#stagesEntered}).
 */
public record Funnel(Instant asOf, List<String> stages, int inferredPaths, Segment overall, List<Segment> byRep,
                     List<Segment> byTeam, List<Segment> bySource, List<Segment> byProduct) {

    /**
     * One group of deals. Win rate = won / (won + lost). Cycle time: days from creation to close of
     * the won deals.
     */
    public record Segment(String key, String label, int deals, int open, int won, int lost, BigDecimal wonRevenue,
                          double winRate, double medianDaysToWin, double p75DaysToWin, List<Step> steps) {
    }

    /**
     * One open stage: of the deals that {@code entered} it, how many reached a later stage or won
     * ({@code advanced}), were won, were lost, and are still in it. Conversion = advanced / (entered -
     * stillInStage): among deals whose time in the stage is over. Win rate from the stage = won /
     * (won + lost). Days in stage: median and 75th percentile of the stays that ended ({@code stays}).
     */
    public record Step(String stage, int entered, int advanced, int won, int lost, int stillInStage,
                       double conversion, double winRate, int stays, double medianDays, double p75Days) {
    }

    public static Funnel of(Dataset data, Instant asOf) {
        return of(data, asOf, deal -> true);
    }

    /** The funnel of some deals (a rep's, a team's); the stage order still comes from all of them. */
    public static Funnel of(Dataset data, Instant asOf, Predicate<Deal> which) {
        return of(data.history(), UnitRunner.sequential(), asOf, which);
    }

    public static Funnel of(OrgHistory history, UnitRunner runner, Instant asOf) {
        return of(history, runner, asOf, deal -> true);
    }

    /**
     * The funnel of some deals of a history as it stood at as-of. Each unit gives its deals as of then
     * ({@link PipelineAsOf#of(OrgHistory, UnitRunner, Instant)}); the counts and percentiles are taken over
     * all of them at once, since the stage order they are counted in comes from every deal's history.
     */
    public static Funnel of(OrgHistory history, UnitRunner runner, Instant asOf, Predicate<Deal> which) {
        return of(PipelineAsOf.of(history, runner, asOf), history.reps(), which);
    }

    /** The funnel of some deals of a pipeline, with their owners among {@code reps}. */
    public static Funnel of(PipelineAsOf pipeline, List<Rep> people, Predicate<Deal> which) {
        Map<Long, Rep> reps = new HashMap<>();
        people.forEach(rep -> reps.put(rep.id(), rep));
        List<DealAsOf> deals = pipeline.deals().stream().filter(deal -> which.test(deal.deal())).toList();
        List<String> stages = pipeline.openStages();
        int inferred = (int) deals.stream().filter(DealAsOf::inferredPath).count();
        Function<DealAsOf, Rep> owner = deal -> deal.deal().ownerId() == null ? null : reps.get(deal.deal().ownerId());
        return new Funnel(pipeline.asOf(), stages, inferred, segment("all", "all deals", deals, stages),
                segments(deals, stages, deal -> owner.apply(deal) == null ? null : String.valueOf(owner.apply(deal).id()),
                        key -> reps.get(Long.parseLong(key)).name()),
                segments(deals, stages, deal -> owner.apply(deal) == null ? null : PerformanceReport.teamOf(owner.apply(deal)),
                        Function.identity()),
                segments(deals, stages, deal -> orNone(deal.deal().leadSource()), Function.identity()),
                segments(deals, stages, deal -> orNone(deal.deal().product()), Function.identity()));
    }

    private static List<Segment> segments(List<DealAsOf> deals, List<String> stages, Function<DealAsOf, String> key,
                                          Function<String, String> label) {
        Map<String, List<DealAsOf>> groups = new TreeMap<>();
        for (DealAsOf deal : deals) {
            String group = key.apply(deal);
            if (group != null) groups.computeIfAbsent(group, g -> new ArrayList<>()).add(deal);
        }
        List<Segment> segments = new ArrayList<>();
        groups.forEach((group, members) -> segments.add(segment(group, label.apply(group), members, stages)));
        return segments;
    }

    static Segment segment(String key, String label, List<DealAsOf> deals, List<String> stages) {
        int open = 0, won = 0, lost = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        List<Double> daysToWin = new ArrayList<>();
        for (DealAsOf deal : deals) {
            Outcome outcome = deal.deal().outcome();
            if (outcome == Outcome.OPEN) open++;
            if (outcome == Outcome.LOST) lost++;
            if (outcome != Outcome.WON) continue;
            won++;
            if (deal.deal().amount() != null) revenue = revenue.add(deal.deal().amount());
            if (deal.deal().createdAt() != null && deal.closedAt() != null) {
                daysToWin.add(DealAsOf.Stay.days(deal.deal().createdAt(), deal.closedAt()));
            }
        }
        return new Segment(key, label, deals.size(), open, won, lost, revenue, Stats.ratio(won, won + lost),
                Stats.median(daysToWin), Stats.quantile(daysToWin, 0.75), steps(deals, stages));
    }

    private static List<Step> steps(List<DealAsOf> deals, List<String> stages) {
        int count = stages.size();
        int[] entered = new int[count], advanced = new int[count], won = new int[count], lost = new int[count],
                still = new int[count];
        List<List<Double>> stays = new ArrayList<>();
        for (int index = 0; index < count; index++) stays.add(new ArrayList<>());
        for (DealAsOf deal : deals) {
            List<String> path = deal.stagesEntered(stages);
            Deal record = deal.deal();
            int furthest = path.stream().mapToInt(stages::indexOf).max().orElse(-1);
            for (String entry : path) {
                int stage = stages.indexOf(entry);
                entered[stage]++;
                if (stage < furthest || record.outcome() == Outcome.WON) advanced[stage]++;
                if (record.outcome() == Outcome.WON) won[stage]++;
                if (record.outcome() == Outcome.LOST) lost[stage]++;
                if (deal.isOpen() && entry.equals(record.stage())) still[stage]++;
            }
            for (DealAsOf.Stay stay : deal.completedStays(stages)) stays.get(stages.indexOf(stay.stage())).add(stay.days());
        }
        List<Step> steps = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            List<Double> days = stays.get(index);
            steps.add(new Step(stages.get(index), entered[index], advanced[index], won[index], lost[index], still[index],
                    Stats.ratio(advanced[index], entered[index] - still[index]), Stats.ratio(won[index], won[index] + lost[index]),
                    days.size(), Stats.median(days), Stats.quantile(days, 0.75)));
        }
        return steps;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "(none)" : value;
    }
}
