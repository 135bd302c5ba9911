package dev.needle.measure;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.DealHistory;
import dev.needle.domain.Lead;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.StageChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The touches and results of every account and deal within a period, ready for attribution, as one
 * timeline per unit built from that unit's rows ({@link AccountTimeline}, {@link ProspectTimeline},
 * {@link DealTimeline}); each model reduces those to counts ({@link UnitStatistics}) and adds them up:
 * accounts with their touches (those made while a deal was open left out, apart or pooled: {@link
 * OpenDeals}) and the opportunities created
 * on them; leads not converted, with their touches and no opportunity, one unit per company (the
 * leads of one company are one prospect, as its account would be); deals with their touches
 * (coded 2·type + empty) and their stage advances.
 */
final class Timelines {
    private final Map<String, Integer> typeIndex;
    private final int fromDay;
    private final int toDay;
    private final boolean clusterByRep;
    private final int context;
    private final StageOrder order;
    private final List<AccountTimeline> accounts = new ArrayList<>();
    private final List<ProspectTimeline> prospects = new ArrayList<>();
    private final List<DealTimeline> deals = new ArrayList<>();

    /**
     * What the model must know before it reads any unit's touches, from one walk over the history as it
     * stood before {@code moment}: the activities of each type in the period and their minutes (in type
     * order), the day of the first activity, the order of the stages, and how many reps there are.
     */
    record Facts(Map<String, TypeTally> tallies, OptionalInt firstDay, StageOrder order, int reps) {
        static Facts of(OrgHistory history, UnitRunner runner, Instant moment, Instant from, Instant to) {
            Tally total = new Tally(moment, from, to);
            StageOrder.Tally stages = new StageOrder.Tally();
            for (UnitFacts unit : runner.map(history, unit -> UnitFacts.of(unit, moment, from, to))) {
                total.add(unit.tally);
                if (unit.then != null) for (DealHistory deal : unit.then.deals()) stages.add(deal.deal(), deal.changes());
            }
            history.forEachUnlinked(total::count);
            Map<String, TypeTally> tallies = new LinkedHashMap<>();
            total.byType.forEach((type, counts) -> tallies.put(type, new TypeTally(counts[0], counts[1])));
            return new Facts(tallies, total.first == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(total.first),
                    stages.order(), history.reps().size());
        }
    }

    /** The activities of one type in the period, and the minutes they took. */
    record TypeTally(long activities, long minutes) {
    }

    /** One unit's part of the facts: its activities tallied, and the unit as of the moment for the stage order. */
    private record UnitFacts(Tally tally, AccountHistory then) {
        static UnitFacts of(AccountHistory unit, Instant moment, Instant from, Instant to) {
            Tally tally = new Tally(moment, from, to);
            for (DealHistory deal : unit.deals()) deal.activities().forEach(tally::count);
            unit.touches().forEach(tally::count);
            return new UnitFacts(tally, HistoryAsOf.of(unit, moment));
        }
    }

    /** Activities recorded before the moment: by type within the period, and the first day of any. */
    private static final class Tally {
        private final Instant moment;
        private final Instant from;
        private final Instant to;
        private final Map<String, long[]> byType = new TreeMap<>();
        private int first = Integer.MAX_VALUE;

        Tally(Instant moment, Instant from, Instant to) {
            this.moment = moment;
            this.from = from;
            this.to = to;
        }

        void count(Activity activity) {
            if (!activity.start().isBefore(moment)) return;
            first = Math.min(first, Days.of(activity.start()));
            if (activity.start().isBefore(from) || !activity.start().isBefore(to)) return;
            long[] tally = byType.computeIfAbsent(activity.type(), t -> new long[2]);
            tally[0]++;
            tally[1] += activity.durationMinutes();
        }

        void add(Tally other) {
            first = Math.min(first, other.first);
            other.byType.forEach((type, counts) -> {
                long[] tally = byType.computeIfAbsent(type, t -> new long[2]);
                tally[0] += counts[0];
                tally[1] += counts[1];
            });
        }
    }

    /**
     * The timelines of the history as it stood before {@code moment}, one unit at a time on {@code runner}.
     * Touches {@code context} days before the period are kept as context for results early in it.
     */
    Timelines(OrgHistory history, UnitRunner runner, Instant moment, Map<String, Integer> typeIndex, int fromDay, int toDay,
              boolean clusterByRep, int context, StageOrder order) {
        this.typeIndex = typeIndex;
        this.fromDay = fromDay;
        this.toDay = toDay;
        this.clusterByRep = clusterByRep;
        this.context = context;
        this.order = order;
        for (UnitTimelines unit : runner.map(history, unit -> of(HistoryAsOf.of(unit, moment)))) {
            if (unit == null) continue;
            if (unit.account != null) accounts.add(unit.account);
            deals.addAll(unit.deals);
        }
        accounts.sort(Comparator.comparingLong(AccountTimeline::account));
        deals.sort(Comparator.comparingLong(DealTimeline::deal));
        prospects(history, moment);
    }

    /** A dataset's timelines (the dataset as recorded, no moment applied), with the stage order of its deals. */
    Timelines(Dataset data, Map<String, Integer> typeIndex, int fromDay, int toDay, boolean clusterByRep, int context) {
        this(data.history(), UnitRunner.sequential(), Instant.MAX, typeIndex, fromDay, toDay, clusterByRep, context, StageOrder.of(data));
    }

    private record UnitTimelines(AccountTimeline account, List<DealTimeline> deals) {
    }

    private UnitTimelines of(AccountHistory unit) {
        if (unit == null) return null;
        List<DealTimeline> dealTimelines = new ArrayList<>();
        for (DealHistory history : unit.deals()) {
            DealTimeline timeline = deal(history.deal(), modelled(history.activities(), Touches::isDealTouch), history.changes(), order);
            if (timeline != null) dealTimelines.add(timeline);
        }
        AccountTimeline account = null;
        if (unit.accountId() != null) {
            List<Deal> created = unit.deals().stream().map(DealHistory::deal).filter(deal -> deal.createdAt() != null).toList();
            List<Activity> touches = modelled(unit.touches(), Touches::isAccountTouch);
            if (!created.isEmpty() || !touches.isEmpty()) account = account(unit.accountId(), created, touches);
        }
        return new UnitTimelines(account, dealTimelines);
    }

    /** Touches the model counts: of a known type, from {@code context} days before the period to its end. */
    private List<Activity> modelled(List<Activity> activities, Predicate<Activity> kind) {
        List<Activity> kept = new ArrayList<>();
        for (Activity activity : activities) {
            int day = Days.of(activity.start());
            if (day < fromDay - context || day > toDay || !typeIndex.containsKey(activity.type())) continue;
            if (kind.test(activity)) kept.add(activity);
        }
        return kept;
    }

    /** Touches on leads not converted, one unit per company: the first lead of the lead's company (or the lead). */
    private void prospects(OrgHistory history, Instant moment) {
        Map<Long, Long> prospectOfLead = new HashMap<>();
        Map<List<String>, Long> firstLeadOfCompany = new HashMap<>();
        history.leads().stream().sorted(Comparator.comparingLong(Lead::id)).forEach(lead -> {
            if (lead.company() == null || lead.company().isBlank()) return;
            List<String> company = List.of(lead.source(), lead.company().strip().toLowerCase(Locale.ROOT));
            prospectOfLead.put(lead.id(), firstLeadOfCompany.computeIfAbsent(company, c -> lead.id()));
        });
        Map<Long, List<Activity>> leadTouches = new TreeMap<>();
        history.forEachUnlinked(activity -> {
            if (!activity.start().isBefore(moment) || !Touches.isLeadTouch(activity)) return;
            int day = Days.of(activity.start());
            if (day < fromDay - context || day > toDay || !typeIndex.containsKey(activity.type())) return;
            leadTouches.computeIfAbsent(prospectOfLead.getOrDefault(activity.leadId(), activity.leadId()), l -> new ArrayList<>()).add(activity);
        });
        leadTouches.forEach((prospect, touches) -> {
            List<Activity> inOrder = sorted(touches);
            prospects.add(new ProspectTimeline(prospect, inOrder.get(0).repId(), days(inOrder), types(inOrder)));
        });
    }

    private AccountTimeline account(long account, List<Deal> deals, List<Activity> touches) {
        List<Activity> inOrder = sorted(touches);
        int[] created = deals.stream().mapToInt(d -> Days.of(d.createdAt()))
                .filter(day -> day >= fromDay && day <= toDay).sorted().toArray();
        boolean[] openAt = new boolean[inOrder.size()];
        boolean[] openPast = new boolean[inOrder.size()];
        long[] reps = new long[inOrder.size()];
        for (int i = 0; i < inOrder.size(); i++) {
            openAt[i] = openAt(inOrder.get(i), deals);
            openPast[i] = openPast(inOrder.get(i), deals);
            reps[i] = inOrder.get(i).repId();
        }
        Long owner = deals.stream().map(Deal::ownerId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        int[] dealCreated = deals.stream().mapToInt(deal -> Days.of(deal.createdAt())).toArray();
        int[] dealClosed = deals.stream().mapToInt(deal -> deal.closedAt() == null ? AccountTimeline.OPEN : Days.of(deal.closedAt())).toArray();
        return new AccountTimeline(account, created, dealCreated, dealClosed, opensBeside(deals), days(inOrder), types(inOrder),
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
                        && (first.closedAt() == null || Days.of(first.closedAt()) >= Days.of(second.createdAt()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A deal with its owner and the part of its life inside the period; null when it has neither. */
    private DealTimeline deal(Deal deal, List<Activity> touches, List<StageChange> changes, StageOrder order) {
        if (deal.createdAt() == null || deal.ownerId() == null) return null;
        int start = Math.max(fromDay, Days.of(deal.createdAt()));
        int end = Math.min(toDay, deal.isOpen() || deal.closedAt() == null ? toDay : Days.of(deal.closedAt()));
        if (end < start) return null;
        List<Activity> inOrder = sorted(touches);
        List<Integer> advanceDays = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (StageChange change : changes) {
            int day = Days.of(change.at());
            if (day < fromDay || day > toDay || !order.isAdvance(change.fromStage(), change.toStage())) continue;
            advanceDays.add(day);
            boolean win = order.isWon(change.toStage()) && deal.amount() != null;
            values.add(win ? deal.amount().doubleValue() : 0.0);
        }
        int[] kinds = inOrder.stream().mapToInt(t -> 2 * typeIndex.get(t.type()) + (Touches.isEmpty(t) ? 1 : 0)).toArray();
        return new DealTimeline(deal.id(), deal.ownerId(), start, end, days(inOrder), kinds,
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

    /**
     * A deal of the account was created by the touch's time and closed after its day: open for sure. On
     * the day a deal closes the record has no time, and a touch after the close is on an account with
     * none open; such touches stay with those of no deal open, or they would read as deals opened beside
     * open ones where there were none (on generated data with one open deal per account they earned
     * twice the others' rate).
     */
    private static boolean openPast(Activity touch, List<Deal> deals) {
        return deals.stream().anyMatch(deal -> !deal.createdAt().isAfter(touch.start())
                && (deal.closedAt() == null || Days.of(deal.closedAt()) > Days.of(touch.start())));
    }

    /** A deal of the account was created by the touch's time and not closed before its day. */
    private static boolean openAt(Activity touch, List<Deal> deals) {
        return deals.stream().anyMatch(deal -> !deal.createdAt().isAfter(touch.start())
                && (deal.closedAt() == null || Days.of(deal.closedAt()) >= Days.of(touch.start())));
    }

    private static List<Activity> sorted(List<Activity> touches) {
        List<Activity> sorted = new ArrayList<>(touches);
        sorted.sort(Comparator.comparing(Activity::start));
        return sorted;
    }

    private static int[] days(List<Activity> touches) {
        return touches.stream().mapToInt(t -> Days.of(t.start())).toArray();
    }

    private int[] types(List<Activity> touches) {
        return touches.stream().mapToInt(t -> typeIndex.get(t.type())).toArray();
    }
}
