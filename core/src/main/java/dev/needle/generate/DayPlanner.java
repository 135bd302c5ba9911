package dev.needle.generate;

import dev.needle.generate.Model.Account;
import dev.needle.generate.Model.Contact;
import dev.needle.generate.Model.Deal;
import dev.needle.generate.Model.Rep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One rep's working day: which activities, on which accounts and deals, in which order. Whether
 * the day starts with prospecting or with email/admin is drawn from the rep's planted share.
 */
final class DayPlanner {
    private final Dice dice;

    DayPlanner(Dice dice) {
        this.dice = dice;
    }

    /** The activities of a day, in the order the rep does them (times come from {@link DayLayout}). */
    List<Planned> plan(Rep rep, LocalDate day, double intensity) {
        LoggingHabits habits = rep.busy ? LoggingHabits.BUSY : LoggingHabits.NORMAL;
        double scale = rep.volume * intensity;
        List<Deal> deals = dealsToWork(rep, day);
        List<Planned> prospecting = new ArrayList<>();
        List<Planned> dealWork = new ArrayList<>();
        List<Planned> prep = new ArrayList<>();
        List<Planned> admin = new ArrayList<>();
        List<Planned> distractions = new ArrayList<>();
        for (Map.Entry<Kind, Double> rate : habits.prospecting().entrySet()) {
            repeat(rate.getValue() * scale, () -> addIfPresent(prospecting, accountTouch(rep, rate.getKey(), false)));
        }
        for (Map.Entry<Kind, Double> rate : habits.clientCare().entrySet()) {
            boolean checkIn = rate.getKey() == Kind.CLIENT_CHECK_IN;
            repeat(rate.getValue() * scale, () -> addIfPresent(dealWork, accountTouch(rep, rate.getKey(), true, checkIn)));
        }
        double dealShare = Math.min(1.0, deals.size() / 10.0);
        repeat(habits.dealTouches() * scale * dealShare, () -> dealWork.add(dealTouch(rep, habits, deals)));
        for (Map.Entry<Kind, Double> rate : habits.admin().entrySet()) {
            Kind kind = rate.getKey();
            List<Planned> group = switch (kind) {
                case MEETING_PREP -> prep;
                case SOCIAL_MEDIA -> distractions;
                case INTERNAL_MEETING -> dealWork;
                default -> admin;
            };
            repeat(rate.getValue() * scale, () -> group.add(internal(kind, deals)));
        }
        return order(rep, prospecting, dealWork, prep, admin, distractions);
    }

    /** Prospecting first (then deals, preparation, admin) or email/admin first, as the rep's day goes. */
    private List<Planned> order(Rep rep, List<Planned> prospecting, List<Planned> dealWork, List<Planned> prep,
                                List<Planned> admin, List<Planned> distractions) {
        boolean prospectingFirst = dice.chance(rep.prospectingFirstShare);
        if (prospectingFirst && prospecting.isEmpty()) addIfPresent(prospecting, accountTouch(rep, Kind.PROSPECTING_CALL, false));
        List<Planned> day = new ArrayList<>();
        dice.shuffle(prospecting);
        dice.shuffle(dealWork);
        dice.shuffle(admin);
        Planned firstEmail = prospectingFirst ? null : firstEmail(admin);
        if (rep.busy) {
            List<Planned> rest = new ArrayList<>(dealWork);
            rest.addAll(prep);
            rest.addAll(admin);
            if (prospectingFirst) day.addAll(prospecting); else rest.addAll(prospecting);
            dice.shuffle(rest);
            if (firstEmail != null) day.add(firstEmail);
            day.addAll(rest);
        } else if (prospectingFirst) {
            day.addAll(prospecting);
            day.addAll(dealWork);
            day.addAll(prep);
            day.addAll(admin);
        } else {
            int morningAdmin = admin.size() / 2;
            day.add(firstEmail);
            day.addAll(admin.subList(0, morningAdmin));
            day.addAll(dealWork);
            day.addAll(prospecting);
            day.addAll(prep);
            day.addAll(admin.subList(morningAdmin, admin.size()));
        }
        for (Planned distraction : distractions) day.add(day.isEmpty() ? 0 : 1 + dice.below(day.size()), distraction);
        return day;
    }

    /** Takes an email out of the admin pile to open the day with, or makes one. */
    private Planned firstEmail(List<Planned> admin) {
        for (int index = 0; index < admin.size(); index++) {
            if (admin.get(index).kind() == Kind.EMAIL) return admin.remove(index);
        }
        return new Planned(Kind.EMAIL, null, null, null, true);
    }

    /** The touch fits the stage Salesforce shows, so a touch's type never reveals an unrecorded advance. */
    private Planned dealTouch(Rep rep, LoggingHabits habits, List<Deal> deals) {
        Deal deal = pickByAttention(deals);
        double total = 0;
        for (Kind touch : LoggingHabits.DEAL_TOUCHES) total += habits.weight(touch, deal.recorded);
        double draw = dice.unit() * total;
        Kind kind = LoggingHabits.DEAL_TOUCHES.get(LoggingHabits.DEAL_TOUCHES.size() - 1);
        for (Kind touch : LoggingHabits.DEAL_TOUCHES) {
            draw -= habits.weight(touch, deal.recorded);
            if (draw < 0) {
                kind = touch;
                break;
            }
        }
        Contact contact = dice.pick(deal.account.contacts);
        return new Planned(kind, deal, deal.account, contact, !dice.chance(rep.emptyShare));
    }

    /** Email, CRM updates, internal meetings, preparation and social media: no buyer on the other end. */
    private Planned internal(Kind kind, List<Deal> deals) {
        boolean onDeal = !deals.isEmpty() && switch (kind) {
            case CRM_UPDATE -> dice.chance(0.7);
            case MEETING_PREP -> dice.chance(0.8);
            case INTERNAL_MEETING -> dice.chance(0.3);
            default -> false;
        };
        if (!onDeal) return new Planned(kind, null, null, null, true);
        Deal deal = dice.pick(deals);
        return new Planned(kind, deal, deal.account, null, true);
    }

    private Planned accountTouch(Rep rep, Kind kind, boolean customersOnly) {
        return accountTouch(rep, kind, customersOnly, true);
    }

    /** A touch on one of the rep's accounts, if one qualifies (in the market for a deal, when that matters). */
    private Planned accountTouch(Rep rep, Kind kind, boolean customersOnly, boolean inMarket) {
        Account account = account(rep, customersOnly, inMarket);
        if (account == null) return null;
        return new Planned(kind, null, account, dice.pick(account.contacts), true);
    }

    /** One of the rep's accounts; {@code inMarket}: one that can take a new deal ({@link Account#inMarket}). */
    Account account(Rep rep, boolean customersOnly, boolean inMarket) {
        for (int attempt = 0; attempt < 12; attempt++) {
            Account account = dice.pick(rep.accounts);
            if ((!customersOnly || account.customer) && (!inMarket || account.inMarket())) return account;
        }
        return null;
    }

    /** Open deals created before today; a deal is worked from the day after it appears. */
    private static List<Deal> dealsToWork(Rep rep, LocalDate day) {
        List<Deal> deals = new ArrayList<>(rep.openDeals.size());
        for (Deal deal : rep.openDeals) if (deal.createdDay.isBefore(day)) deals.add(deal);
        return deals;
    }

    private Deal pickByAttention(List<Deal> deals) {
        double total = 0;
        for (Deal deal : deals) total += deal.attention;
        double draw = dice.unit() * total;
        for (Deal deal : deals) {
            draw -= deal.attention;
            if (draw < 0) return deal;
        }
        return deals.get(deals.size() - 1);
    }

    private void repeat(double mean, Runnable action) {
        int count = dice.poisson(mean);
        for (int time = 0; time < count; time++) action.run();
    }

    private static void addIfPresent(List<Planned> list, Planned item) {
        if (item != null) list.add(item);
    }
}
