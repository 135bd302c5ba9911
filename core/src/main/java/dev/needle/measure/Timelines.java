package dev.needle.measure;

import dev.needle.domain.Dataset;
import dev.needle.domain.Days;
import dev.needle.domain.Deal;
import dev.needle.domain.StageChange;
import dev.needle.measure.ValueReading.DealDraft;
import dev.needle.measure.ValueReading.Touch;
import dev.needle.measure.ValueReading.UnitDraft;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The touches and results of every account and deal within a period, ready for attribution, as one
 * timeline per unit built from that unit's rows ({@link AccountTimeline}, {@link ProspectTimeline},
 * {@link DealTimeline}); each model reduces those to counts ({@link UnitStatistics}) and adds them up:
 * accounts with their touches (those made while a deal was open left out, apart or pooled: {@link
 * OpenDeals}) and the opportunities created
 * on them; leads not converted, with their touches and no opportunity, one unit per company (the
 * leads of one company are one prospect, as its account would be); deals with their touches
 * (coded 2·type + empty) and their stage advances. Made from the value model's reading of a history
 * ({@link ValueReading}) once the period's facts decide the types and the first day.
 */
final class Timelines {
    private final Map<String, Integer> typeIndex;
    private final int fromDay;
    private final int toDay;
    private final boolean clusterByRep;
    private final int context;
    private final List<AccountTimeline> accounts = new ArrayList<>();
    private final List<ProspectTimeline> prospects = new ArrayList<>();
    private final List<DealTimeline> deals = new ArrayList<>();

    Timelines(ValueReading.Read read, StageOrder order, Map<String, Integer> typeIndex, int fromDay, int toDay, boolean clusterByRep,
              int context) {
        this.typeIndex = typeIndex;
        this.fromDay = fromDay;
        this.toDay = toDay;
        this.clusterByRep = clusterByRep;
        this.context = context;
        for (UnitDraft unit : read.units()) {
            for (DealDraft deal : unit.deals()) {
                DealTimeline timeline = deal(deal.deal(), modelled(deal.touches()), deal.changes(), order);
                if (timeline != null) deals.add(timeline);
            }
            ValueReading.AccountDraft account = unit.account();
            if (account == null) continue;
            List<Touch> touches = modelled(account.touches());
            if (!account.deals().isEmpty() || !touches.isEmpty()) accounts.add(account(account.account(), account.deals(), touches));
        }
        accounts.sort(Comparator.comparingLong(AccountTimeline::account));
        deals.sort(Comparator.comparingLong(DealTimeline::deal));
        read.leadTouches().forEach((prospect, all) -> {
            List<Touch> touches = modelled(all);
            if (!touches.isEmpty()) prospects.add(new ProspectTimeline(prospect, touches.get(0).rep(), days(touches), types(touches)));
        });
    }

    /** A dataset's timelines (the dataset as recorded, no moment applied), over whole UTC days fromDay..toDay. */
    Timelines(Dataset data, Map<String, Integer> typeIndex, int fromDay, int toDay, boolean clusterByRep, int context) {
        this(ValueReading.read(data.history(), UnitRunner.sequential(), Instant.MAX, ZoneOffset.UTC), StageOrder.of(data), typeIndex, fromDay, toDay,
                clusterByRep, context);
    }

    /** Touches the model counts: of a known type, from {@code context} days before the period to its end. */
    private List<Touch> modelled(List<Touch> touches) {
        List<Touch> kept = new ArrayList<>(touches.size());
        for (Touch touch : touches) {
            if (touch.day() < fromDay - context || touch.day() > toDay || !typeIndex.containsKey(touch.type())) continue;
            kept.add(touch);
        }
        return kept;
    }

    private AccountTimeline account(long account, List<Deal> deals, List<Touch> touches) {
        int[] created = deals.stream().mapToInt(d -> Days.epochDay(d.createdAt()))
                .filter(day -> day >= fromDay && day <= toDay).sorted().toArray();
        boolean[] openAt = new boolean[touches.size()];
        boolean[] openPast = new boolean[touches.size()];
        long[] reps = new long[touches.size()];
        for (int i = 0; i < touches.size(); i++) {
            openAt[i] = touches.get(i).openAt();
            openPast[i] = touches.get(i).openPast();
            reps[i] = touches.get(i).rep();
        }
        Long owner = deals.stream().map(Deal::ownerId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        int[] dealCreated = deals.stream().mapToInt(deal -> Days.epochDay(deal.createdAt())).toArray();
        int[] dealClosed = deals.stream().mapToInt(deal -> deal.closedAt() == null ? AccountTimeline.OPEN : Days.epochDay(deal.closedAt())).toArray();
        return new AccountTimeline(account, created, dealCreated, dealClosed, opensBeside(deals), days(touches), types(touches),
                reps, openAt, openPast, owner);
    }

    /**
     * The account opened a deal while another of its deals was open: it is in the market for a new deal
     * even while one is open, so its days with a deal open are at risk of an opportunity no touch explains.
     * Other accounts show no such thing, and their days with a deal open stay out of the background rate.
     */
    private static boolean opensBeside(List<Deal> deals) {
        for (Deal second : deals) {
            for (Deal first : deals) {
                if (first != second && first.createdAt().isBefore(second.createdAt())
                        && (first.closedAt() == null || Days.epochDay(first.closedAt()) >= Days.epochDay(second.createdAt()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A deal with its owner and the part of its life inside the period; null when it has neither. */
    private DealTimeline deal(Deal deal, List<Touch> touches, List<StageChange> changes, StageOrder order) {
        if (deal.createdAt() == null || deal.ownerId() == null) return null;
        int start = Math.max(fromDay, Days.epochDay(deal.createdAt()));
        int end = Math.min(toDay, deal.isOpen() || deal.closedAt() == null ? toDay : Days.epochDay(deal.closedAt()));
        if (end < start) return null;
        List<Integer> advanceDays = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (StageChange change : changes) {
            int day = Days.epochDay(change.at());
            if (day < fromDay || day > toDay || !order.isAdvance(change.fromStage(), change.toStage())) continue;
            advanceDays.add(day);
            boolean win = order.isWon(change.toStage()) && deal.amount() != null;
            values.add(win ? deal.amount().doubleValue() : 0.0);
        }
        int[] kinds = touches.stream().mapToInt(t -> 2 * typeIndex.get(t.type()) + (t.empty() ? 1 : 0)).toArray();
        return new DealTimeline(deal.id(), deal.ownerId(), start, end, days(touches), kinds,
                advanceDays.stream().mapToInt(Integer::intValue).toArray(), values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Accounts with a rep to credit, as the opportunity model counts them with {@code openDeals}. */
    long accountsInModel(OpenDeals openDeals) {
        return accounts.stream().filter(account -> account.dealOwner() != null
                || IntStream.range(0, account.touchDays().length).anyMatch(i -> openDeals != OpenDeals.EXCLUDED || !account.openAt()[i]))
                .count();
    }

    long dealsInModel() {
        return deals.size();
    }

    /**
     * Prospects on leads not converted that were touched: units in the opportunity model with no
     * opportunity, one per company (a lead with no company is one of its own).
     */
    long leadsInModel() {
        return prospects.size();
    }

    /**
     * The bootstrap's key for a prospect when it resamples prospects: account and lead ids come from
     * different tables and may be equal, so the kind is part of the key.
     */
    record Prospect(boolean lead, long id) {
    }

    /**
     * How touches on an account with an open deal enter the opportunity model (docs/metrics.md,
     * "Accounts with a deal open").
     */
    enum OpenDeals {
        /** Only touches while the account had no open deal, and only those days at risk: one open deal per account. */
        EXCLUDED,
        /**
         * Every account touch; those made while a deal was open as kinds of their own (type + number of
         * types), to ask the data whether they create opportunities as the others do; a touch on the day a
         * deal closes counts as made with none open. Days at risk: none open.
         */
        SEPARATE,
        /**
         * Every account touch as a touch of its type: accounts open deals beside open ones. Days with a deal
         * open are at risk on the accounts that did so (a deal created while another of theirs was open).
         */
        POOLED
    }

    /**
     * Opportunities created on accounts, against the touches made on them while no deal was open;
     * and leads not converted, whose touches created nothing so far. Those stay in the denominator: they
     * are prospecting that went nowhere yet, and without them every touch would look more productive.
     */
    DelayedEffects accounts(int window) {
        return accounts(window, OpenDeals.EXCLUDED);
    }

    /** Opportunities on accounts and leads, with the touches made while a deal was open as {@code openDeals} says. */
    DelayedEffects accounts(int window, OpenDeals openDeals) {
        int kinds = openDeals == OpenDeals.SEPARATE ? 2 * typeIndex.size() : typeIndex.size();
        DelayedEffects.Builder builder = new DelayedEffects.Builder(kinds, 0, window - 1, fromDay, toDay);
        for (AccountTimeline account : accounts) {
            UnitStatistics unit = account.statistics(builder.window(), openDeals, typeIndex.size(), clusterByRep, fromDay, toDay);
            if (unit != null) builder.add(unit);
        }
        addLeads(builder);
        return builder.build();
    }

    /**
     * A lead has no deal, so every touch on it is eligible and every day is at risk; it creates nothing.
     * The leads of one company are one unit: counted lead by lead, a company with three leads would be
     * at risk three times a day, and the background rate of opportunities no touch explains (measured
     * over the days at risk with no touch) would look a third of what it is, its results credited to
     * whatever touch came before them.
     */
    private void addLeads(DelayedEffects.Builder builder) {
        for (ProspectTimeline prospect : prospects) builder.add(prospect.statistics(builder.window(), clusterByRep, fromDay, toDay));
    }

    /**
     * Stage advances of deals against their touches: {@code pooled} codes touches only as valuable
     * (0) or empty (1); otherwise as 2·type + empty. A win carries the deal's amount as its value.
     */
    DelayedEffects deals(int window, boolean pooled) {
        int kinds = pooled ? 2 : 2 * typeIndex.size();
        DelayedEffects.Builder builder = new DelayedEffects.Builder(kinds, 0, window - 1, fromDay, toDay);
        for (DealTimeline deal : deals) builder.add(deal.statistics(builder.window(), pooled, clusterByRep));
        return builder.build();
    }

    private static int[] days(List<Touch> touches) {
        return touches.stream().mapToInt(Touch::day).toArray();
    }

    private int[] types(List<Touch> touches) {
        return touches.stream().mapToInt(t -> typeIndex.get(t.type())).toArray();
    }
}
