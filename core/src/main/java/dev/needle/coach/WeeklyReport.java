package dev.needle.coach;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Dataset;
import dev.needle.domain.Rep;
import dev.needle.measure.DealHygiene;
import dev.needle.measure.Datasets;
import dev.needle.measure.Funnel;
import dev.needle.measure.HygieneReport;
import dev.needle.measure.PerformanceReport;
import dev.needle.measure.Period;
import dev.needle.measure.RepPerformance;
import dev.needle.measure.TeamPerformance;
import dev.needle.measure.ValueReport;
import dev.needle.predict.Forecast;
import dev.needle.predict.ForecastPeriod;
import dev.needle.predict.WinModel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the weekly team report shows the sales leader, measured once (docs/metrics.md, "Weekly
 * report"): the week's activities and results per rep; over the {@value #WINDOW_DAYS} days up to the
 * week's end, the busy-vs-productive quadrant and each rep's coaching; the value per hour of each activity
 * type; the team's funnel, forecast and deal hygiene. Pure: the same data, team and as-of give the same
 * report.
 *
 * @param week      the ISO week reported on, cut off at as-of
 * @param window    the {@value #WINDOW_DAYS} days up to the week's end, for the quadrant and coaching (a week is too
 *                  short to judge habits or results per hour)
 * @param weekTeam  the team's totals for the week; null when nothing was recorded in it
 */
public record WeeklyReport(String team, Instant asOf, Period week, Period window, List<RepPerformance> weekReps,
                           TeamPerformance weekTeam, List<RepPerformance> windowReps, List<RepCoaching> coaching,
                           ValueReport value, Funnel funnel, Forecast.Result month, Forecast.Result quarter,
                           HygieneReport hygiene) {
    /** Days of history the quadrant and the coaching look at. */
    public static final int WINDOW_DAYS = 90;

    public WeeklyReport {
        weekReps = List.copyOf(weekReps);
        windowReps = List.copyOf(windowReps);
        coaching = List.copyOf(coaching);
    }

    /**
     * @param team a team's name, in any case
     * @param week the ISO week to report on; the report looks only at what was recorded before {@code asOf}
     * @throws IllegalArgumentException when no rep belongs to the team
     */
    public static WeeklyReport of(Dataset data, ActivityCatalog catalog, String team, Period week, Instant asOf) {
        List<Rep> members = data.reps().stream().filter(rep -> rep.inTeam(team)).toList();
        if (members.isEmpty()) throw new IllegalArgumentException("no team named " + team);
        String name = members.get(0).team();
        Set<Long> ids = members.stream().map(Rep::id).collect(Collectors.toSet());
        Instant end = week.to().isAfter(asOf) ? asOf : week.to();
        Period window = Period.lastDays(end, WINDOW_DAYS);

        PerformanceReport thisWeek = PerformanceReport.of(data, catalog, asOf, week);
        PerformanceReport recent = PerformanceReport.of(data, catalog, asOf, window);
        ValueReport value = Coach.learn(data, catalog, asOf);
        HygieneReport allDeals = DealHygiene.check(data, catalog, asOf);
        List<RepCoaching> coaching = Coach.coach(recent, value, allDeals).stream()
                .filter(rep -> ids.contains(rep.rep().id())).toList();
        Dataset teamData = Datasets.ofTeam(data, name);
        LocalDate today = asOf.atOffset(ZoneOffset.UTC).toLocalDate();
        Map<Long, Double> winProbability = WinModel.winProbabilityById(teamData, asOf);
        Forecast.Result month = Forecast.of(teamData, asOf, ForecastPeriod.containing(today, ForecastPeriod.Kind.MONTH),
                winProbability, Forecast.SEED);
        Forecast.Result quarter = Forecast.of(teamData, asOf, ForecastPeriod.containing(today, ForecastPeriod.Kind.QUARTER),
                winProbability, Forecast.SEED);
        Optional<TeamPerformance> weekTeam = thisWeek.teams().stream().filter(t -> t.team().equals(name)).findFirst();
        return new WeeklyReport(name, asOf, week.upTo(asOf), window.upTo(asOf),
                thisWeek.reps().stream().filter(rep -> ids.contains(rep.rep().id())).toList(), weekTeam.orElse(null),
                recent.reps().stream().filter(rep -> ids.contains(rep.rep().id())).toList(), coaching, value,
                Funnel.of(data, asOf, deal -> deal.ownerId() != null && ids.contains(deal.ownerId())), month, quarter,
                allDeals.only(deal -> deal.deal().ownerId() != null && ids.contains(deal.deal().ownerId())));
    }
}
