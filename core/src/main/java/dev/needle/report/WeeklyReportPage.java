package dev.needle.report;

import dev.needle.coach.CoachingPoint;
import dev.needle.coach.HourlyRate;
import dev.needle.coach.PeriodSpec;
import dev.needle.coach.RepCoaching;
import dev.needle.coach.WeeklyReport;
import dev.needle.measure.DealHealth;
import dev.needle.measure.Funnel;
import dev.needle.measure.HygieneFlag;
import dev.needle.measure.Quadrant;
import dev.needle.measure.RepPerformance;
import dev.needle.measure.TeamPerformance;
import dev.needle.measure.ValueReport;
import dev.needle.predict.Forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static dev.needle.report.Html.money;
import static dev.needle.report.Html.number;
import static dev.needle.report.Html.percent;
import static dev.needle.report.Html.text;

/**
 * The weekly team report as one self-contained XHTML page: inline CSS, inline SVG charts, no script and
 * nothing fetched, printable on A4 (each section starts a page). Well-formed XML, so the PDF renderer can
 * parse it as it is. The same report gives the same page, byte for byte.
 */
public final class WeeklyReportPage {
    /** The busy-vs-productive thresholds of docs/metrics.md, drawn on the quadrant. */
    private static final double BUSY_AT = 1.3;
    private static final double PRODUCTIVE_AT = 0.75;
    private static final int DEALS_LISTED = 12;

    private WeeklyReportPage() {
    }

    public static String render(WeeklyReport report) {
        StringBuilder page = new StringBuilder(200_000);
        page.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
                <head>
                <meta charset="UTF-8"/>
                <title>%s</title>
                <style>
                %s
                </style>
                </head>
                <body>
                """.formatted(text(title(report)), Style.CSS));
        header(page, report);
        activities(page, report);
        quadrant(page, report);
        value(page, report);
        funnel(page, report);
        forecast(page, report);
        hygiene(page, report);
        coaching(page, report);
        page.append("""
                <p class="foot">Made by Needle from the data recorded before %s. Methods: docs/metrics.md and docs/models.md.</p>
                </body>
                </html>
                """.formatted(moment(report.asOf())));
        return page.toString();
    }

    static String title(WeeklyReport report) {
        return "Weekly report: team " + report.team() + ", " + PeriodSpec.weekLabel(report.week());
    }

    private static void header(StringBuilder page, WeeklyReport report) {
        TeamPerformance team = report.weekTeam();
        page.append("<header><p class=\"kicker\">Needle · weekly team report</p>\n")
                .append("<h1>Team ").append(text(report.team())).append(", week ").append(text(PeriodSpec.weekLabel(report.week())))
                .append("</h1>\n<p class=\"sub\">").append(day(report.week().from())).append(" to ")
                .append(day(report.week().to().minusSeconds(1))).append(" · recorded before ").append(moment(report.asOf()))
                .append(" · ").append(report.weekReps().size()).append(" reps with activity</p></header>\n");
        page.append("<table class=\"kpis\"><tr>");
        kpi(page, "hours logged", team == null ? "–" : number(team.time().hours(), 0));
        kpi(page, "high-value share (by the data)", team == null ? "–" : percent(team.time().highValueShare()) + " ("
                + percent(report.value().highValueShareLearned(team.time())) + ")");
        kpi(page, "opportunities", team == null ? "–" : String.valueOf(team.results().opportunitiesCreated()));
        kpi(page, "stage advances", team == null ? "–" : String.valueOf(team.results().stageAdvances()));
        kpi(page, "wins", team == null ? "–" : team.results().wins() + " · " + money(team.results().wonRevenue()));
        kpi(page, "forecast P50, " + monthLabel(report.month()), money(report.month().p50()));
        page.append("</tr></table>\n");
        long busy = report.windowReps().stream().filter(rep -> rep.quadrant() == Quadrant.BUSY_NOT_PRODUCTIVE).count();
        long flagged = report.hygiene().deals().stream().filter(deal -> !deal.flags().isEmpty()).count();
        page.append("<p class=\"lead\">").append(busy == 0 ? "No rep is busy but not productive"
                        : busy + (busy == 1 ? " rep is" : " reps are") + " busy but not productive")
                .append(" over the last ").append(WeeklyReport.WINDOW_DAYS).append(" days; ").append(flagged).append(" of ")
                .append(report.hygiene().deals().size()).append(" open deals have a hygiene problem, holding ")
                .append(money(report.hygiene().deals().stream().filter(deal -> !deal.flags().isEmpty())
                        .map(deal -> deal.deal().amount() == null ? BigDecimal.ZERO : deal.deal().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add)))
                .append(" of pipeline.</p>\n");
    }

    private static void kpi(StringBuilder page, String label, String value) {
        page.append("<td><span class=\"value\">").append(text(value)).append("</span><span class=\"label\">")
                .append(text(label)).append("</span></td>");
    }

    private static void activities(StringBuilder page, WeeklyReport report) {
        page.append("<section class=\"first\"><h2>Results against activities, this week</h2>\n");
        page.append("<p class=\"note\">Busy is not productive: hours logged by value class beside what they produced. High-value:"
                + " by the catalogue's classes; by the data: on types whose measured effect lies above zero.</p>\n");
        page.append("<table class=\"data\"><thead><tr><th>rep</th><th>hours</th><th>high-value</th><th>by the data</th><th>activities/day</th>"
                + "<th>opps</th><th>advances</th><th>wins</th><th>won revenue</th><th>results/h</th><th>empty touches</th></tr></thead><tbody>\n");
        for (RepPerformance rep : byName(report.weekReps())) {
            page.append("<tr><td>").append(text(rep.rep().name())).append("</td><td>").append(number(rep.time().hours(), 1))
                    .append("</td><td>").append(percent(rep.time().highValueShare())).append("</td><td>")
                    .append(percent(report.value().highValueShareLearned(rep.time()))).append("</td><td>")
                    .append(number(rep.time().activitiesPerWorkingDay(), 1)).append("</td><td>")
                    .append(rep.results().opportunitiesCreated()).append("</td><td>").append(rep.results().stageAdvances())
                    .append("</td><td>").append(rep.results().wins()).append("</td><td>").append(money(rep.results().wonRevenue()))
                    .append("</td><td>").append(number(rep.resultsPerHour(), 2)).append("</td><td>")
                    .append(percent(rep.time().emptyTouchShare())).append("</td></tr>\n");
        }
        page.append("</tbody></table>\n");
        if (!report.weekReps().isEmpty()) {
            figure(page, "Hours by value class (HIGH: do more, LOW: do less, LIMIT: severely limit)",
                    Charts.hoursByValueClass("hours", byName(report.weekReps())));
            figure(page, "What the hours produced", Charts.results("results", byName(report.weekReps())));
        }
        page.append("</section>\n");
    }

    private static void quadrant(StringBuilder page, WeeklyReport report) {
        page.append("<section><h2>Busy against productive, last ").append(WeeklyReport.WINDOW_DAYS).append(" days</h2>\n");
        page.append("<p class=\"note\">Each rep's activities per working day and results per hour, over the median of the "
                + "rep's peers. Busy: at least ").append(BUSY_AT).append("× the median volume; productive: at least ")
                .append(PRODUCTIVE_AT).append("× the median results per hour. A week is too short to judge, so this looks at ")
                .append(day(report.window().from())).append(" to ").append(day(report.window().to().minusSeconds(1))).append(".</p>\n");
        figure(page, "Busy vs productive", Charts.quadrant("quadrant", report.windowReps(), BUSY_AT, PRODUCTIVE_AT));
        page.append("<table class=\"data\"><thead><tr><th>rep</th><th>activities/day ÷ median</th><th>results/h ÷ median</th>"
                + "<th>quadrant</th></tr></thead><tbody>\n");
        for (RepPerformance rep : byName(report.windowReps())) {
            page.append("<tr").append(rep.quadrant() == Quadrant.BUSY_NOT_PRODUCTIVE ? " class=\"alarm\"" : "").append("><td>")
                    .append(text(rep.rep().name())).append("</td><td>").append(number(rep.classification().volumeVsPeers(), 2))
                    .append("</td><td>").append(number(rep.classification().productivityVsPeers(), 2)).append("</td><td>")
                    .append(text(rep.quadrant().name().replace('_', ' ').toLowerCase(Locale.ROOT))).append("</td></tr>\n");
        }
        page.append("</tbody></table></section>\n");
    }

    private static void value(StringBuilder page, WeeklyReport report) {
        List<ValueReport.TypeValue> measured = report.value().types().stream()
                .filter(type -> type.learnedClass() != ValueReport.LearnedClass.NOT_MEASURABLE && type.hours() > 0)
                .sorted(Comparator.comparingDouble((ValueReport.TypeValue type) -> HourlyRate.of(type).value()).reversed()
                        .thenComparing(ValueReport.TypeValue::type))
                .toList();
        page.append("<section><h2>What an hour of each activity brings</h2>\n<p class=\"note\">Learned from every rep's "
                + "history in the year before as-of: opportunities created and stage advances credited to each type's touches "
                + "along each account's and deal's own timeline, per hour spent, with 95% bootstrap intervals.</p>\n");
        if (!measured.isEmpty()) figure(page, "Results per hour by activity type", Charts.valuePerHour("value", measured));
        page.append("<table class=\"data\"><thead><tr><th>type</th><th>class</th><th>by the data</th><th>hours</th><th>results/h</th>"
                + "<th>95% interval</th><th>what the data says</th></tr></thead><tbody>\n");
        for (ValueReport.TypeValue type : report.value().types()) {
            HourlyRate rate = HourlyRate.of(type);
            boolean known = type.learnedClass() != ValueReport.LearnedClass.NOT_MEASURABLE;
            page.append("<tr><td>").append(text(type.type())).append("</td><td>").append(type.valueClass()).append("</td><td>")
                    .append(text(type.learnedClass().label())).append("</td><td>")
                    .append(number(type.hours(), 0)).append("</td><td>").append(known ? number(rate.value(), 2) : "–")
                    .append("</td><td>").append(known ? number(rate.low(), 2) + " to " + number(rate.high(), 2) : "–")
                    .append("</td><td>").append(text(type.note())).append("</td></tr>\n");
        }
        page.append("</tbody></table>\n<p class=\"note\">").append(text(report.value().valuableVsEmpty().finding()))
                .append(".</p></section>\n");
    }

    private static void funnel(StringBuilder page, WeeklyReport report) {
        Funnel.Segment overall = report.funnel().overall();
        page.append("<section><h2>Funnel</h2>\n<p class=\"note\">Every deal of the team recorded before as-of: ")
                .append(overall.deals()).append(" deals, ").append(overall.open()).append(" open, win rate ")
                .append(percent(overall.winRate())).append(", median ").append(number(overall.medianDaysToWin(), 0))
                .append(" days to win.</p>\n");
        figure(page, "Deals that entered each stage", Charts.funnel("funnel", overall));
        page.append("<table class=\"data\"><thead><tr><th>stage</th><th>entered</th><th>converted</th><th>win rate</th>"
                + "<th>days in stage, median / P75</th></tr></thead><tbody>\n");
        for (Funnel.Step step : overall.steps()) {
            page.append("<tr><td>").append(text(step.stage())).append("</td><td>").append(step.entered()).append("</td><td>")
                    .append(percent(step.conversion())).append("</td><td>").append(percent(step.winRate())).append("</td><td>")
                    .append(number(step.medianDays(), 0)).append(" / ").append(number(step.p75Days(), 0)).append("</td></tr>\n");
        }
        page.append("</tbody></table></section>\n");
    }

    private static void forecast(StringBuilder page, WeeklyReport report) {
        List<Forecast.Result> results = List.of(report.month(), report.quarter());
        List<String> labels = List.of(monthLabel(report.month()), quarterLabel(report.quarter()));
        page.append("<section><h2>Forecast</h2>\n<p class=\"note\">Revenue the team will have won by the end of the period: "
                + "what is already won, each open deal's chance to be won in time (from the team's own cycle times), and deals "
                + "not yet created, in 10,000 seeded simulations; beside it the stage-weighted figure CRMs show.</p>\n");
        figure(page, "P10 to P90, with P50", Charts.forecast("forecast", labels, results));
        page.append("<table class=\"data\"><thead><tr><th>period</th><th>won so far</th><th>P10</th><th>P50</th><th>P90</th>"
                + "<th>stage-weighted</th><th>open deals</th></tr></thead><tbody>\n");
        for (int index = 0; index < results.size(); index++) {
            Forecast.Result result = results.get(index);
            page.append("<tr><td>").append(text(labels.get(index))).append("</td><td>").append(money(result.wonSoFar()))
                    .append("</td><td>").append(money(result.p10())).append("</td><td>").append(money(result.p50()))
                    .append("</td><td>").append(money(result.p90())).append("</td><td>").append(money(result.stageWeighted()))
                    .append("</td><td>").append(result.deals().size()).append("</td></tr>\n");
        }
        page.append("</tbody></table></section>\n");
    }

    private static void hygiene(StringBuilder page, WeeklyReport report) {
        page.append("<section><h2>Deal hygiene</h2>\n<p class=\"note\">").append(report.hygiene().deals().size())
                .append(" open deals worth ").append(money(report.hygiene().openPipeline()))
                .append(". Every deal needs a very next action with value for the buyer and, after a meeting, the next "
                        + "meeting booked.</p>\n");
        figure(page, "Pipeline in flagged deals", Charts.hygiene("hygiene", report.hygiene()));
        List<DealHealth> worst = report.hygiene().deals().stream().filter(deal -> !deal.flags().isEmpty())
                .sorted(Comparator.comparingInt((DealHealth deal) -> deal.flags().size()).reversed()
                        .thenComparing(deal -> deal.deal().amount() == null ? BigDecimal.ZERO : deal.deal().amount(),
                                Comparator.reverseOrder())
                        .thenComparing(deal -> deal.deal().id()))
                .limit(DEALS_LISTED).toList();
        page.append("<table class=\"data\"><thead><tr><th>deal</th><th>owner</th><th>stage</th><th>amount</th><th>problems</th>"
                + "</tr></thead><tbody>\n");
        for (DealHealth deal : worst) {
            String owner = report.weekReps().stream().map(RepPerformance::rep).filter(rep -> rep.id() == deal.deal().ownerId())
                    .map(rep -> rep.name()).findFirst()
                    .orElseGet(() -> report.coaching().stream().map(RepCoaching::rep).filter(rep -> rep.id() == deal.deal().ownerId())
                            .map(rep -> rep.name()).findFirst().orElse(""));
            page.append("<tr><td>").append(text(deal.deal().name())).append("</td><td>").append(text(owner)).append("</td><td>")
                    .append(text(deal.stage())).append("</td><td>").append(money(deal.deal().amount())).append("</td><td>")
                    .append(text(deal.flags().keySet().stream().map(Charts::label).collect(Collectors.joining(", "))))
                    .append("</td></tr>\n");
        }
        page.append("</tbody></table></section>\n");
    }

    private static void coaching(StringBuilder page, WeeklyReport report) {
        page.append("<section><h2>Coaching: the few changes that matter most</h2>\n<p class=\"note\">Per rep, over the last ")
                .append(WeeklyReport.WINDOW_DAYS).append(" days, against the team's top performers (the top quartile by results "
                        + "per hour). Effects come from the learned activity values; where their 95% interval includes zero "
                        + "the point says the data is too thin instead of recommending.</p>\n");
        for (RepCoaching rep : report.coaching().stream().sorted(Comparator.comparing(coached -> coached.rep().name())).toList()) {
            page.append("<div class=\"rep\"><h3>").append(text(rep.rep().name())).append(" <span class=\"tag\">")
                    .append(text(rep.quadrant().name().replace('_', ' ').toLowerCase(Locale.ROOT))).append("</span></h3>\n");
            if (rep.note() != null) page.append("<p>").append(text(rep.note())).append("</p>\n");
            else if (rep.ranked().isEmpty()) page.append("<p>Nothing to change: no rule found a gap against the top performers.</p>\n");
            page.append("<ol>\n");
            for (CoachingPoint point : rep.top()) {
                page.append("<li").append(point.tooThin() ? " class=\"thin\"" : point.hasMeasuredEffect() ? " class=\"effect\"" : "")
                        .append(">").append(text(point.sentence())).append("</li>\n");
            }
            page.append("</ol></div>\n");
        }
        page.append("</section>\n");
    }

    private static void figure(StringBuilder page, String caption, String svg) {
        page.append("<figure>").append(svg).append("<figcaption>").append(text(caption)).append("</figcaption></figure>\n");
    }

    private static List<RepPerformance> byName(List<RepPerformance> reps) {
        return reps.stream().sorted(Comparator.comparing(rep -> rep.rep().name())).toList();
    }

    /** An as-of instant as people read it, to the minute (the report's dates are UTC days). */
    private static String moment(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDateTime().toString().replace('T', ' ') + " UTC";
    }

    private static String day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String monthLabel(Forecast.Result result) {
        return result.period().start().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + result.period().start().getYear();
    }

    private static String quarterLabel(Forecast.Result result) {
        return "Q" + ((result.period().start().getMonthValue() - 1) / 3 + 1) + " " + result.period().start().getYear();
    }
}
