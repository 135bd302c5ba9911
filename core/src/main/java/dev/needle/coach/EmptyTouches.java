package dev.needle.coach;

import dev.needle.measure.ActivityValue;
import dev.needle.measure.ValueReport.Estimate;
import dev.needle.measure.ValueReport.TouchQuality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Empty touches (seed 003: a touch with no value for the buyer trains them to ignore you). A rep with at
 * least {@value #MIN_SHARE} of deal touches empty, from {@value #MIN_DEAL_TOUCHES} touches or more, and at least
 * {@value #MIN_GAP} more than the team's top performers, is shown what bringing the share down to theirs would
 * bring, from the learned advances per valuable and per empty touch. A rep whose share is no worse than the top
 * performers' gets no point: the sentence compares with them, and it must not contradict itself.
 */
final class EmptyTouches {
    /** The target is no empty touch at all; one in four is a habit worth a point whatever the team does. */
    static final double MIN_SHARE = 0.25;
    /** Fewer deal touches in the period than this and a share says little. */
    static final int MIN_DEAL_TOUCHES = 40;
    /** A share within this of the top performers' is within the noise of a quarter's touches (docs/metrics.md). */
    static final double MIN_GAP = 0.05;

    private EmptyTouches() {
    }

    static Optional<CoachingPoint> check(RepContext context) {
        RepFigures rep = context.rep();
        int touches = rep.performance().time().dealTouches();
        int empty = rep.performance().time().emptyTouches();
        double share = rep.emptyTouchShare();
        double top = context.benchmark().emptyTouchShare();
        if (touches < MIN_DEAL_TOUCHES || !(share >= MIN_SHARE) || !(share - top >= MIN_GAP)) return Optional.empty();
        double perWeek = rep.perWeek(empty);
        double excessPerWeek = rep.perWeek((share - top) * touches);
        String fact = String.format("%s of your deal touches (%s a week) gave the buyer nothing (no value recorded, or only"
                        + " \"checking in\"); the team's top performers: %s.", Words.percent(share), Words.number(perWeek),
                Words.percent(top));
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("emptyTouchShare", share, "share"),
                new Figure("emptyTouchesPerWeek", perWeek, "touches/week"),
                new Figure("topPerformersEmptyTouchShare", top, "share"),
                new Figure("excessEmptyTouchesPerWeek", excessPerWeek, "touches/week")));
        TouchQuality quality = context.rates().touchQuality();
        Estimate valuable = quality.advancesPerValuableTouch();
        Estimate hollow = quality.advancesPerEmptyTouch();
        if (valuable == null || hollow == null || quality.valuableTouches() < ActivityValue.MIN_TOUCHES
                || quality.emptyTouches() < ActivityValue.MIN_TOUCHES) {
            return Optional.of(new CoachingPoint(PointKind.EMPTY_TOUCHES, fact + " The data is too thin to say what that costs:"
                    + " fewer than " + ActivityValue.MIN_TOUCHES + " valuable or empty touches to compare.", figures, null, true, 0));
        }
        Effect effect = new Effect("stage advances per week", excessPerWeek * (valuable.value() - hollow.value()),
                excessPerWeek * (valuable.low() - hollow.high()), excessPerWeek * (valuable.high() - hollow.low()));
        figures.add(new Figure("advancesPerValuableTouch", valuable.value(), "advances/touch"));
        figures.add(new Figure("advancesPerEmptyTouch", hollow.value(), "advances/touch"));
        if (effect.includesZero()) {
            return Optional.of(new CoachingPoint(PointKind.EMPTY_TOUCHES, fact + String.format(" The data is too thin to say"
                            + " what that costs: valuable and empty touches advance deals %s and %s times here, and the 95%%"
                            + " interval of the difference over the touches above the top performers' share (%s a week)"
                            + " includes zero.",
                    Words.number(valuable.value()), Words.number(hollow.value()), Words.interval(effect.low(), effect.high())),
                    figures, effect, true, 0));
        }
        String gain = String.format(" In this team's data a valuable touch advances a deal %s times, an empty one %s times:"
                        + " giving %s more touches a week a reason, down to the top performers' share, would bring about %s"
                        + " more stage advances a week (95%% interval %s).",
                Words.number(valuable.value()), Words.number(hollow.value()), Words.number(excessPerWeek),
                Words.number(effect.value()),
                Words.interval(effect.low(), effect.high()));
        return Optional.of(new CoachingPoint(PointKind.EMPTY_TOUCHES, fact + gain, figures, effect, false, effect.value()));
    }
}
