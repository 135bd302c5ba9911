package dev.needle.generate;

import dev.needle.generate.Model.Account;
import dev.needle.generate.Model.Deal;
import dev.needle.generate.Model.Rep;
import dev.needle.generate.OrgBuilder.Org;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Day by day, rep by rep: plan and log the day's activities, let each touch cause what
 * {@link Effects} says it causes, and lose deals at the planted weekly hazard. A touch's effect is
 * real at once but reaches Salesforce later: a new deal 0-5 working days after the touch, the record
 * of a stage advance 1-2 working days after it. Only the open pipeline is held in memory; every
 * activity goes straight to disk.
 */
final class Simulation {
    /** Day intensity: a rep-day's volume of every type is scaled by exp(N(0, 0.2)). */
    static final double INTENSITY_SIGMA = 0.2;
    /** Busy reps surge on a quarter of their days, doing 35% more of every type. */
    static final double SURGE_DAY_SHARE = 0.25;
    static final double SURGE_FACTOR = 1.35;

    /** What waits for its day: a new deal on an account, or the record of a deal's advance or loss. */
    private enum Change { CREATE, RECORD_ADVANCE, RECORD_LOSS }

    private record Pending(Change change, Deal deal, Account account, String leadSource) {
    }

    private final Dice dice;
    private final Org org;
    private final Pipeline pipeline;
    private final ActivityLog log;
    private final DayPlanner planner;
    private final DayLayout layout;
    private final LocalDate firstDay;
    private final LocalDate until;
    private final double lossFactor;
    private final List<List<Pending>> pending = new ArrayList<>();

    Simulation(Dice dice, Org org, Pipeline pipeline, ActivityLog log, LocalDate firstDay, LocalDate until, double lossFactor) {
        this.lossFactor = lossFactor;
        this.dice = dice;
        this.org = org;
        this.pipeline = pipeline;
        this.log = log;
        this.planner = new DayPlanner(dice);
        this.layout = new DayLayout(dice);
        this.firstDay = firstDay;
        this.until = until;
        for (LocalDate day = firstDay; !day.isAfter(until); day = day.plusDays(1)) pending.add(null);
    }

    void run(LongConsumer progress, LongSupplier rowsWritten) {
        OpeningPipeline opening = new OpeningPipeline(dice, pipeline, planner, firstDay);
        for (Rep rep : org.reps()) opening.open(rep);
        pipeline.historyStarts(org.accounts());
        for (LocalDate day = firstDay; !day.isAfter(until); day = day.plusDays(1)) {
            if (!WorkTime.isWorkday(day)) continue;
            applyPending(day);
            for (Rep rep : org.reps()) workDay(rep, day);
            loseDeals(day);
            progress.accept(rowsWritten.getAsLong());
        }
        pipeline.settle();
    }

    private void workDay(Rep rep, LocalDate day) {
        double intensity = dice.logNormal(1.0, INTENSITY_SIGMA);
        if (rep.busy && dice.chance(SURGE_DAY_SHARE)) intensity *= SURGE_FACTOR;
        // the confounder: busy days also bring more inbound deals, which no touch caused
        if (dice.chance(Effects.INBOUND_PER_REP_DAY * intensity)) inbound(rep, day);
        for (Planned item : layout.place(planner.plan(rep, day, intensity), rep.busy)) {
            if (item.deal() != null && item.deal().stage.isClosed()) continue; // closed earlier today
            log.logged(rep, day, item);
            effects(rep, day, item);
        }
    }

    private void inbound(Rep rep, LocalDate day) {
        Account account = planner.account(rep, false, true);
        if (account == null) return;
        Stage stage = dice.chance(0.3) ? Stage.QUALIFICATION : Stage.PROSPECTING;
        pipeline.open(account, WorkTime.randomWorkInstant(day, rep.zone, dice), day,
                dice.pick("Web", "Phone Inquiry", "Partner Referral"), stage);
    }

    /** The planted causal effects of one touch (see {@link Effects}). */
    private void effects(Rep rep, LocalDate day, Planned item) {
        if (item.accountTouch() && item.account().inMarket()) {
            double chance = Effects.opportunityChance(item.kind());
            if (chance > 0 && dice.chance(chance)) {
                int delay = dice.between(0, Effects.CREATION_DELAY_MAX_WORKDAYS);
                String source = item.account().customer ? "Existing Customer" : "Outbound";
                if (delay == 0) {
                    long touchEnd = WorkTime.at(day, item.start() + item.minutes(), rep.zone);
                    pipeline.open(item.account(), touchEnd + 60L * dice.between(10, 90), day, source, Stage.PROSPECTING);
                } else {
                    schedule(WorkTime.plusWorkdays(day, delay), new Pending(Change.CREATE, null, item.account(), source));
                }
            }
        } else if (item.dealTouch()) {
            item.deal().lastTouchDay = day;
            double chance = Effects.advanceChance(item.kind(), item.valuable());
            if (chance > 0 && dice.chance(chance)) {
                int delay = dice.between(Effects.ADVANCE_DELAY_MIN_WORKDAYS, Effects.ADVANCE_DELAY_MAX_WORKDAYS);
                pipeline.advance(item.deal());
                scheduleRecord(item.deal(), WorkTime.plusWorkdays(day, delay), Change.RECORD_ADVANCE);
            }
        }
    }

    private void scheduleRecord(Deal deal, LocalDate day, Change change) {
        if (day.isAfter(deal.recordsQueuedUntil)) deal.recordsQueuedUntil = day;
        schedule(day, new Pending(change, deal, null, null));
    }

    /** Whatever is due after {@code until} is beyond the export and is dropped. */
    private void schedule(LocalDate day, Pending effect) {
        if (day.isAfter(until)) return;
        int index = (int) (day.toEpochDay() - firstDay.toEpochDay());
        if (pending.get(index) == null) pending.set(index, new ArrayList<>());
        pending.get(index).add(effect);
    }

    private void applyPending(LocalDate day) {
        List<Pending> due = pending.set((int) (day.toEpochDay() - firstDay.toEpochDay()), null);
        if (due == null) return;
        for (Pending effect : due) {
            Account account = effect.change() == Change.CREATE ? effect.account() : effect.deal().account;
            long at = WorkTime.randomWorkInstant(day, account.owner.zone, dice);
            switch (effect.change()) {
                case CREATE -> pipeline.open(account, at, day, effect.leadSource(), Stage.PROSPECTING);
                case RECORD_ADVANCE -> pipeline.recordAdvance(effect.deal(), at, day);
                case RECORD_LOSS -> pipeline.recordLoss(effect.deal(), at, day);
            }
        }
    }

    /** Deals die: a weekly hazard, higher for deals nobody has touched for 21 days or more. */
    private void loseDeals(LocalDate day) {
        for (Rep rep : org.reps()) {
            for (Deal deal : new ArrayList<>(rep.openDeals)) {
                if (!deal.createdDay.isBefore(day)) continue;
                boolean untouched = !deal.lastTouchDay.plusDays(Effects.UNTOUCHED_DAYS).isAfter(day);
                if (dice.chance(Effects.lossPerWorkday(untouched, lossFactor))) {
                    pipeline.lose(deal);
                    if (deal.recordsQueuedUntil.isAfter(day)) {
                        scheduleRecord(deal, deal.recordsQueuedUntil, Change.RECORD_LOSS); // after its advances
                    } else {
                        pipeline.recordLoss(deal, WorkTime.randomWorkInstant(day, rep.zone, dice), day);
                    }
                }
            }
        }
    }
}
