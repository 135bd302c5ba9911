package dev.needle.coach;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.needle.coach.CoachingDocument.CoachedRep;
import dev.needle.coach.CoachingDocument.Span;
import dev.needle.domain.ValueClass;
import dev.needle.measure.DealHealth;
import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.Funnel;
import dev.needle.measure.HygieneFlag;
import dev.needle.measure.Quadrant;
import dev.needle.measure.RepPerformance;
import dev.needle.measure.ValueReport;
import dev.needle.measure.ValueReport.LearnedClass;
import dev.needle.predict.Forecast;
import dev.needle.view.Numbers;
import dev.needle.view.PeriodNote;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly report's content as one JSON document (the figures behind every chart and table of the
 * HTML page): for {@code needle report --weekly --json}, {@code GET /api/reports/weekly} and the dashboard's
 * Coaching view.
 *
 * @param week   the ISO week's label, e.g. 2026-W20
 * @param window the {@value WeeklyReport#WINDOW_DAYS} days up to the week's end the quadrant and coaching look at
 */
public record WeeklyReportDocument(String team, Instant asOf, String week, Span weekPeriod, Span window,
                                   List<WeekRep> reps, List<QuadrantRep> busyVsProductive, List<TypeValue> valuePerHour,
                                   FunnelLine funnel, List<ForecastLine> forecast, Hygiene hygiene,
                                   List<CoachedRep> coaching, @JsonUnwrapped @Nullable PeriodNote periodNote) {

    public static WeeklyReportDocument of(WeeklyReport report) {
        return of(report, null);
    }

    /** @param moved the week chosen because the data ends before the current one, or null when none was moved */
    public static WeeklyReportDocument of(WeeklyReport report, DefaultPeriod.@Nullable Chosen moved) {
        return new WeeklyReportDocument(report.team(), report.asOf(), PeriodSpec.weekLabel(report.week()),
                Span.of(report.week()), Span.of(report.window()),
                report.weekReps().stream().map(rep -> WeekRep.of(rep, report.value())).toList(),
                report.windowReps().stream().map(QuadrantRep::of).toList(),
                report.value().types().stream().map(TypeValue::of).toList(),
                FunnelLine.of(report.funnel().overall()),
                List.of(ForecastLine.of("month", report.month()), ForecastLine.of("quarter", report.quarter())),
                Hygiene.of(report), report.coaching().stream().map(CoachedRep::of).toList(),
                moved == null ? null : PeriodNote.of(moved));
    }

    /** A rep's week: time, results and their ratios. */
    public record WeekRep(long id, String externalId, @Nullable String name, @Nullable Double hours,
                          Map<String, @Nullable Double> hoursByValueClass, @Nullable Double highValueShare,
                          @Nullable Double highValueShareLearned, @Nullable Double activitiesPerWorkingDay,
                          int opportunitiesCreated, int stageAdvances, int wins, BigDecimal wonRevenue,
                          @Nullable Double resultsPerHour, @Nullable Double emptyTouchShare) {
        static WeekRep of(RepPerformance rep, ValueReport value) {
            Map<String, @Nullable Double> byClass = new LinkedHashMap<>();
            rep.time().hoursByValueClass().forEach((valueClass, hours) -> byClass.put(valueClass.name(), Numbers.of(hours)));
            return new WeekRep(rep.rep().id(), rep.rep().externalId(), rep.rep().name(), Numbers.of(rep.time().hours()),
                    byClass, Numbers.of(rep.time().highValueShare()), Numbers.of(value.highValueShareLearned(rep.time())),
                    Numbers.of(rep.time().activitiesPerWorkingDay()), rep.results().opportunitiesCreated(),
                    rep.results().stageAdvances(), rep.results().wins(), rep.results().wonRevenue(),
                    Numbers.of(rep.resultsPerHour()), Numbers.of(rep.time().emptyTouchShare()));
        }
    }

    /** A rep in the busy-vs-productive quadrant, over the window. */
    public record QuadrantRep(long id, String externalId, @Nullable String name, Quadrant quadrant,
                              @Nullable Double activitiesPerDayVsMedian, @Nullable Double resultsPerHourVsMedian) {
        static QuadrantRep of(RepPerformance rep) {
            return new QuadrantRep(rep.rep().id(), rep.rep().externalId(), rep.rep().name(), rep.quadrant(),
                    Numbers.of(rep.classification().volumeVsPeers()), Numbers.of(rep.classification().productivityVsPeers()));
        }
    }

    /**
     * What an hour of an activity type produces.
     *
     * @param resultsPerHour null, as is {@code ci95}, when the type is not measurable
     */
    public record TypeValue(String type, ValueClass valueClass, LearnedClass learnedClass, double hours,
                            @Nullable Double resultsPerHour, @Nullable List<@Nullable Double> ci95,
                            ValueReport.Verdict verdict, @Nullable String note) {
        static TypeValue of(ValueReport.TypeValue type) {
            HourlyRate rate = HourlyRate.of(type);
            boolean measurable = type.learnedClass() != LearnedClass.NOT_MEASURABLE;
            return new TypeValue(type.type(), type.valueClass(), type.learnedClass(), type.hours(),
                    measurable ? Numbers.of(rate.value()) : null,
                    measurable ? Arrays.asList(Numbers.of(rate.low()), Numbers.of(rate.high())) : null,
                    type.verdict(), type.note());
        }
    }

    /** The team's funnel over all its deals. */
    public record FunnelLine(int deals, int open, @Nullable Double winRate, List<Step> steps) {
        static FunnelLine of(Funnel.Segment segment) {
            return new FunnelLine(segment.deals(), segment.open(), Numbers.of(segment.winRate()),
                    segment.steps().stream().map(Step::of).toList());
        }
    }

    /** One stage of the funnel. */
    public record Step(String stage, int entered, @Nullable Double conversion, @Nullable Double winRate,
                       @Nullable Double medianDays, @Nullable Double p75Days) {
        static Step of(Funnel.Step step) {
            return new Step(step.stage(), step.entered(), Numbers.of(step.conversion()), Numbers.of(step.winRate()),
                    Numbers.of(step.medianDays()), Numbers.of(step.p75Days()));
        }
    }

    /**
     * The team's forecast for a month or a quarter.
     *
     * @param period "month" or "quarter"
     * @param end    the period's last day
     */
    public record ForecastLine(String period, LocalDate start, LocalDate end, @Nullable Double wonSoFar,
                               @Nullable Double p10, @Nullable Double p50, @Nullable Double p90,
                               @Nullable Double stageWeighted) {
        static ForecastLine of(String kind, Forecast.Result result) {
            return new ForecastLine(kind, result.period().start(), result.period().endExclusive().minusDays(1),
                    Numbers.of(result.wonSoFar()), Numbers.of(result.p10()), Numbers.of(result.p50()),
                    Numbers.of(result.p90()), Numbers.of(result.stageWeighted()));
        }
    }

    /**
     * The team's open deals' hygiene.
     *
     * @param flags by flag's name, every flag
     */
    public record Hygiene(int openDeals, BigDecimal openPipeline, Map<String, FlagCount> flags,
                          List<FlaggedDeal> flaggedDeals) {
        static Hygiene of(WeeklyReport report) {
            Map<String, FlagCount> flags = new LinkedHashMap<>();
            for (HygieneFlag flag : HygieneFlag.values()) {
                flags.put(flag.name(), new FlagCount(report.hygiene().dealsFlagged().get(flag),
                        report.hygiene().pipelineAffected().get(flag)));
            }
            return new Hygiene(report.hygiene().deals().size(), report.hygiene().openPipeline(), flags,
                    report.hygiene().deals().stream().filter(deal -> !deal.flags().isEmpty()).map(FlaggedDeal::of).toList());
        }
    }

    /** How many open deals carry a flag, and their pipeline. */
    public record FlagCount(@Nullable Integer deals, @Nullable BigDecimal pipelineAffected) {
    }

    /** An open deal with at least one hygiene flag. */
    public record FlaggedDeal(long id, String externalId, @Nullable String name, @Nullable Long ownerId, String stage,
                              @Nullable BigDecimal amount, List<HygieneFlag> flags) {
        static FlaggedDeal of(DealHealth deal) {
            return new FlaggedDeal(deal.deal().id(), deal.deal().externalId(), deal.deal().name(), deal.deal().ownerId(),
                    deal.stage(), deal.deal().amount(), List.copyOf(deal.flags().keySet()));
        }
    }
}
