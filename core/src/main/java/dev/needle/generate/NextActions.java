package dev.needle.generate;

import dev.needle.generate.ActivityLog.Entry;
import dev.needle.generate.Model.Contact;
import dev.needle.generate.Model.Deal;
import dev.needle.generate.Model.Rep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The state at {@code until}: each open deal's next action (an open Task) and the meetings booked
 * for the next two weeks, with deal-hygiene problems planted among them and listed as ground truth.
 */
final class NextActions {
    /** Open deals left without any next action. */
    static final double NO_NEXT_ACTION_SHARE = 0.12;
    /** Next actions already past due at {@code until}. */
    static final double OVERDUE_SHARE = 0.25;
    /** Open deals with a customer meeting booked in the next 14 days. */
    static final double NEXT_MEETING_SHARE = 0.5;
    static final int HORIZON_DAYS = 14;
    private static final int FIRST_SLOT_MINUTE = 9 * 60;
    private static final int SLOTS = 18;

    record Hygiene(List<String> openDealsWithoutNextAction, List<String> overdueNextActions,
                   List<String> nextActionsWithoutBuyerValue, List<String> openDealsWithoutNextMeeting) {
    }

    private final Dice dice;
    private final ActivityLog log;
    private final LocalDate until;
    private final Hygiene hygiene = new Hygiene(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

    NextActions(Dice dice, ActivityLog log, LocalDate until) {
        this.dice = dice;
        this.log = log;
        this.until = until;
    }

    Hygiene plan(List<Rep> reps) {
        for (Rep rep : reps) {
            for (Deal deal : rep.openDeals) nextAction(rep, deal);
        }
        for (Rep rep : reps) {
            rep.conferenceDay = WorkTime.plusWorkdays(until, dice.between(3, 8));
            meetings(rep);
        }
        return hygiene;
    }

    private void nextAction(Rep rep, Deal deal) {
        if (dice.chance(NO_NEXT_ACTION_SHARE)) {
            hygiene.openDealsWithoutNextAction().add(deal.id);
            return;
        }
        Contact contact = dice.pick(deal.account.contacts);
        Kind kind = deal.stage.ordinal() >= Stage.VALUE_PROPOSITION.ordinal() && dice.chance(0.35) ? Kind.PROPOSAL
                : dice.chance(0.5) ? Kind.FOLLOW_UP_CALL : Kind.EMAIL;
        String subject = switch (kind) {
            case PROPOSAL -> "Send revised proposal to " + contact.name();
            case FOLLOW_UP_CALL -> "Call " + contact.name() + " to confirm "
                    + dice.pick("pilot scope", "budget and timeline", "decision date", "the next meeting");
            default -> "Send " + dice.pick("ROI model", "case study", "security answers", "implementation plan",
                    "revised pricing") + " to " + contact.name();
        };
        boolean empty = dice.chance(rep.emptyShare);
        String value = empty ? "" : dice.pick(Texts.BUYER_VALUES);
        String buyerStep = empty || dice.chance(0.1) ? "" : dice.pick(Texts.BUYER_STEPS);
        boolean overdue = dice.chance(OVERDUE_SHARE);
        LocalDate due = overdue ? WorkTime.minusWorkdays(until.minusDays(1), dice.between(0, 15))
                : WorkTime.plusWorkdays(until.plusDays(1), dice.between(0, 9));
        LocalDate created = WorkTime.minusWorkdays(overdue ? due : until, dice.between(0, 8));
        long createdAt = Math.max(deal.createdAt + 60, WorkTime.randomWorkInstant(created, rep.zone, dice));
        Entry entry = new Entry(rep, kind, contact, deal.id, deal.account, subject,
                dice.chance(0.5) ? "Promised on our last call" : "", value, buyerStep);
        String taskId = log.openTask(entry, due, dice.chance(0.3) ? "In Progress" : "Not Started",
                dice.chance(0.2) ? "High" : "Normal", createdAt);
        deal.nextStep = subject;
        if (overdue) hygiene.overdueNextActions().add(taskId);
        if (empty) hygiene.nextActionsWithoutBuyerValue().add(taskId);
    }

    /** Customer meetings on about half the open deals, two internal meetings a week, none at lunch. */
    private void meetings(Rep rep) {
        boolean[][] taken = new boolean[HORIZON_DAYS + 1][SLOTS];
        for (boolean[] day : taken) day[6] = day[7] = true;
        for (Deal deal : new ArrayList<>(rep.openDeals)) {
            boolean booked = dice.chance(NEXT_MEETING_SHARE) && book(rep, deal, taken);
            if (!booked) hygiene.openDealsWithoutNextMeeting().add(deal.id);
        }
        for (int count = 0; count < 4; count++) book(rep, null, taken);
    }

    private boolean book(Rep rep, Deal deal, boolean[][] taken) {
        Kind kind = deal == null ? Kind.INTERNAL_MEETING
                : deal.stage.ordinal() <= Stage.QUALIFICATION.ordinal() ? Kind.DISCOVERY_MEETING
                : deal.stage.ordinal() <= Stage.VALUE_PROPOSITION.ordinal() ? Kind.DEMO : Kind.CLIENT_CHECK_IN;
        int minutes = kind.drawMinutes(dice);
        int slots = (minutes + 29) / 30;
        for (int attempt = 0; attempt < 12; attempt++) {
            int offset = dice.between(1, HORIZON_DAYS);
            int slot = dice.between(0, SLOTS - slots);
            LocalDate day = until.plusDays(offset);
            if (!WorkTime.isWorkday(day) || day.equals(rep.conferenceDay) || !free(taken[offset], slot, slots)) continue;
            for (int index = slot; index < slot + slots; index++) taken[offset][index] = true;
            write(rep, deal, kind, day, FIRST_SLOT_MINUTE + 30 * slot, minutes);
            return true;
        }
        return false;
    }

    private void write(Rep rep, Deal deal, Kind kind, LocalDate day, int minute, int minutes) {
        Contact contact = deal == null ? null : dice.pick(deal.account.contacts);
        String subject = Texts.subject(kind, contact, deal == null ? null : deal.account, deal, dice);
        boolean empty = deal != null && dice.chance(rep.emptyShare);
        String value = deal == null || empty ? "" : dice.pick(Texts.BUYER_VALUES);
        String buyerStep = value.isEmpty() ? "" : dice.pick(Texts.BUYER_STEPS);
        String description = deal == null ? "Weekly numbers and deals at risk"
                : empty ? dice.pick(Texts.EMPTY_NOTES) : "Agenda: " + value;
        long bookedAt = WorkTime.randomWorkInstant(WorkTime.minusWorkdays(until, dice.between(0, 10)), rep.zone, dice);
        if (deal != null) bookedAt = Math.max(bookedAt, deal.createdAt + 60);
        Entry entry = new Entry(rep, kind, contact, deal == null ? "" : deal.id, deal == null ? null : deal.account,
                subject, description, value, buyerStep);
        log.booked(entry, day, WorkTime.at(day, minute, rep.zone), minutes, bookedAt,
                Texts.location(kind, deal == null ? null : deal.account, dice));
    }

    private static boolean free(boolean[] day, int slot, int slots) {
        for (int index = slot; index < slot + slots; index++) if (day[index]) return false;
        return true;
    }
}
