package dev.needle.coach;

import java.util.List;
import java.util.Optional;

/** The order of the day (seeds 001, 002): prospecting first, admin last. Habits, not effect claims. */
final class Habits {
    /** A rep who starts at least half the days with opportunity creation is not told to. */
    static final double PROSPECTING_FIRST_ENOUGH = 0.5;
    /** ... nor one within this many points of the top performers. */
    static final double PROSPECTING_FIRST_GAP = 0.15;
    /** Admin before noon below this many hours a week is not worth a point. */
    static final double MORNING_ADMIN_HOURS = 2.0;
    /** ... nor within this many hours a week of the top performers. */
    static final double MORNING_ADMIN_GAP = 1.0;
    /** Severity of morning admin saturates at this many extra hours a week. */
    private static final double MORNING_ADMIN_FULL_SEVERITY = 5.0;

    private Habits() {
    }

    /** Opportunity creation is the first block of the day, before email (seed 001). */
    static Optional<CoachingPoint> prospectingFirst(RepContext context) {
        RepFigures rep = context.rep();
        double share = rep.startedWithOpportunityCreationShare();
        double top = context.benchmark().startedWithOpportunityCreationShare();
        if (Double.isNaN(share) || share >= PROSPECTING_FIRST_ENOUGH || !(top - share >= PROSPECTING_FIRST_GAP)) {
            return Optional.empty();
        }
        int days = rep.performance().time().workingDays();
        int started = rep.performance().time().daysStartedWithOpportunityCreation();
        String sentence = String.format("You started %d of your %d working days (%s) with opportunity creation; the team's"
                        + " top performers: %s. Make prospecting the first block of the day, before email.", started, days,
                Words.percent(share), Words.percent(top));
        return Optional.of(new CoachingPoint(PointKind.PROSPECTING_NOT_FIRST, sentence, List.of(
                new Figure("daysStartedWithOpportunityCreation", started, "days"),
                new Figure("workingDays", days, "days"),
                new Figure("startedWithOpportunityCreationShare", share, "share"),
                new Figure("topPerformersStartedWithOpportunityCreationShare", top, "share")), null, false, top - share));
    }

    /** Admin (email replies, CRM updates, paperwork) belongs at the end of the day, not the morning (seed 002). */
    static Optional<CoachingPoint> adminInTheMorning(RepContext context) {
        double hours = context.rep().adminHoursBeforeNoonPerWeek();
        double top = context.benchmark().adminHoursBeforeNoonPerWeek();
        if (Double.isNaN(hours) || hours < MORNING_ADMIN_HOURS || !(hours - top >= MORNING_ADMIN_GAP)) return Optional.empty();
        String sentence = String.format("You spent %s/week on admin before noon; the team's top performers: %s. Move email"
                + " replies, CRM updates and paperwork to the end of the day (e.g. 4:30–5:00 PM) and keep the morning for"
                + " prospecting and deals.", Words.hours(hours), Words.hours(top));
        return Optional.of(new CoachingPoint(PointKind.ADMIN_IN_THE_MORNING, sentence, List.of(
                new Figure("adminHoursBeforeNoonPerWeek", hours, "h/week"),
                new Figure("topPerformersAdminHoursBeforeNoonPerWeek", top, "h/week")), null, false,
                Math.min(1, (hours - top) / MORNING_ADMIN_FULL_SEVERITY)));
    }
}
