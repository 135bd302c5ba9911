package dev.needle.generate;

import dev.needle.generate.Model.Account;
import dev.needle.generate.Model.Deal;
import dev.needle.generate.Model.Rep;
import java.time.LocalDate;

/**
 * The deals each rep already holds when the simulated window opens (about 12), created 5-120
 * working days earlier and already some stages in, with the stage history behind them. No logged
 * activity caused them: the export starts after they did.
 */
final class OpeningPipeline {
    /** How far in the deals are: Prospecting (0 advances) to Negotiation/Review (5). */
    private static final double[] STAGE_WEIGHTS = {3, 3, 2.5, 2, 1.5, 1};
    private final Dice dice;
    private final Pipeline pipeline;
    private final DayPlanner planner;
    private final LocalDate firstDay;

    OpeningPipeline(Dice dice, Pipeline pipeline, DayPlanner planner, LocalDate firstDay) {
        this.dice = dice;
        this.pipeline = pipeline;
        this.planner = planner;
        this.firstDay = firstDay;
    }

    void open(Rep rep) {
        int count = dice.poisson(rep.busy ? 10 : 12);
        for (int number = 0; number < count; number++) {
            Account account = planner.account(rep, false, true);
            if (account == null) continue;
            LocalDate created = WorkTime.minusWorkdays(firstDay, dice.between(5, 120));
            String source = account.customer ? "Existing Customer"
                    : dice.pick("Outbound", "Outbound", "Web", "Partner Referral", "Phone Inquiry");
            Deal deal = pipeline.open(account, WorkTime.randomWorkInstant(created, rep.zone, dice), created, source,
                    Stage.PROSPECTING);
            int stages = stagesIn();
            long span = firstDay.toEpochDay() - created.toEpochDay();
            for (int step = 1; step <= stages; step++) {
                LocalDate when = WorkTime.minusWorkdays(created.plusDays(step * span / (stages + 1)), 0);
                pipeline.advance(deal);
                pipeline.recordAdvance(deal, WorkTime.randomWorkInstant(when, rep.zone, dice), when);
            }
            deal.lastTouchDay = firstDay.minusDays(dice.between(1, 30));
        }
    }

    private int stagesIn() {
        double total = 0;
        for (double weight : STAGE_WEIGHTS) total += weight;
        double draw = dice.unit() * total;
        for (int index = 0; index < STAGE_WEIGHTS.length; index++) {
            draw -= STAGE_WEIGHTS[index];
            if (draw < 0) return index;
        }
        return STAGE_WEIGHTS.length - 1;
    }
}
