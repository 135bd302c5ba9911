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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
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
    private final List<AccountTimeline> accounts = new ArrayList<>();
    private final List<ProspectTimeline> prospects = new ArrayList<>();
    private final List<DealTimeline> deals = new ArrayList<>();

    /**
     * What the model must know before it builds any timeline, from the history as it stood before the
     * moment: the activities of each type in the period and their minutes (in type order), the day of
     * the first activity, the order of the stages, and how many reps there are.
     */
    record Facts(Map<String, TypeTally> tallies, OptionalInt firstDay, StageOrder order, int reps) {
    }

    /** The activities of one type in the period, and the minutes they took. */
    record TypeTally(long activities, long minutes) {
    }

    /**
     * The history read once, before any period is chosen: every unit reduced on the runner to a draft
     * that needs nothing global (when its activities happened, of which type and for how long; its deals
     * with their stage changes; its touches in compact form), the times of all records for choosing the
     * period, and the touches on leads. The facts and the timelines of a period are made from it.
     */
    static Read read(OrgHistory history, UnitRunner runner, Instant moment, ZoneId zone) {
        return UnitWork.run(history, runner, new Reading(history, moment, zone));
    }

    /** The value model's part of a walk: a draft of each unit, the unlinked activities kept compact and the touches on leads by prospect. */
    static final class Reading implements UnitWork<UnitDraft, Read> {
        private final Instant moment;
        private final ZoneId zone;
        private final int reps;
        private final Map<Long, Long> prospectOfLead = new HashMap<>();
        private final Activities unlinked = new Activities();
        private final Map<Long, List<Activity>> byProspect = new TreeMap<>();

        /** Leads not converted are one prospect per company: the first lead of the company (or the lead alone). */
        Reading(OrgHistory history, Instant moment, ZoneId zone) {
            this.moment = moment;
            this.zone = zone;
            this.reps = history.reps().size();
            Map<List<String>, Long> firstLeadOfCompany = new HashMap<>();
            history.leads().stream().sorted(Comparator.comparingLong(Lead::id)).forEach(lead -> {
                if (lead.company() == null || lead.company().isBlank()) return;
                List<String> company = List.of(lead.source(), lead.company().strip().toLowerCase(Locale.ROOT));
                prospectOfLead.put(lead.id(), firstLeadOfCompany.computeIfAbsent(company, c -> lead.id()));
            });
        }

        @Override
        public UnitDraft unit(AccountHistory unit) {
            return UnitDraft.of(unit, moment, zone);
        }

        @Override
        public void unlinked(Activity activity) {
            if (!activity.start().isBefore(moment)) return;
            unlinked.add(activity);
            if (!Touches.isLeadTouch(activity)) return;
            byProspect.computeIfAbsent(prospectOfLead.getOrDefault(activity.leadId(), activity.leadId()), l -> new ArrayList<>()).add(activity);
        }

        @Override
        public Read finish(List<UnitDraft> drafts) {
            RecordTimes.Builder times = new RecordTimes.Builder(moment);
            List<UnitDraft> units = new ArrayList<>();
            for (UnitDraft unit : drafts) {
                times.add(unit.times);
                if (unit.activities.size > 0 || unit.account != null || !unit.deals.isEmpty()) units.add(unit.withoutTimes());
            }
            for (int i = 0; i < unlinked.size; i++) times.add(unlinked.starts[i]);
            Map<Long, List<Touch>> leadTouches = new TreeMap<>();
            byProspect.forEach((prospect, activities) -> leadTouches.put(prospect, sorted(activities).stream()
                    .map(activity -> new Touch(Days.of(activity.start()), activity.type(), activity.repId(), false, false, false)).toList()));
            return new Read(units, unlinked, leadTouches, times.build(), reps);
        }
    }

    record Read(List<UnitDraft> units, Activities unlinked, Map<Long, List<Touch>> leadTouches, RecordTimes times, int reps) {
        long activities() {
            return unlinked.size + units.stream().mapToLong(unit -> unit.activities.size).sum();
        }

        /** The facts of the period {@code from}..{@code to}. */
        Facts facts(Instant from, Instant to) {
            Map<String, long[]> byType = new TreeMap<>();
            int first = Integer.MAX_VALUE;
            StageOrder.Tally stages = new StageOrder.Tally();
            for (UnitDraft unit : units) {
                first = Math.min(first, unit.activities.tally(byType, from, to));
                for (DealDraft deal : unit.deals) stages.add(deal.deal, deal.changes);
            }
            first = Math.min(first, unlinked.tally(byType, from, to));
            Map<String, TypeTally> tallies = new LinkedHashMap<>();
            byType.forEach((type, counts) -> tallies.put(type, new TypeTally(counts[0], counts[1])));
            return new Facts(tallies, first == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(first), stages.order(), reps);
        }

        /** Touches {@code context} days before the period are kept as context for results early in it. */
        Timelines timelines(Facts facts, Map<String, Integer> typeIndex, int fromDay, int toDay, boolean clusterByRep, int context) {
            return new Timelines(this, facts.order(), typeIndex, fromDay, toDay, clusterByRep, context);
        }
    }

    /** A touch as the model reads it. {@code openAt}/{@code openPast}: account touches only ({@link AccountTimeline}). */
    private record Touch(int day, String type, long rep, boolean empty, boolean openAt, boolean openPast) {
    }

    private record DealDraft(Deal deal, List<StageChange> changes, List<Touch> touches) {
    }

    /** The account's deals that were created (with a date), and its own touches; null for a unit with no account. */
    private record AccountDraft(long account, List<Deal> deals, List<Touch> touches) {
    }

    /** Activities recorded before the moment, in compact form: when, of which type, for how many minutes. */
    static final class Activities {
        private Instant[] starts = new Instant[8];
        private String[] types = new String[8];
        private int[] minutes = new int[8];
        private int size;

        void add(Activity activity) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                types = Arrays.copyOf(types, size * 2);
                minutes = Arrays.copyOf(minutes, size * 2);
            }
            starts[size] = activity.start();
            types[size] = activity.type();
            minutes[size++] = activity.durationMinutes();
        }

        /** Adds the activities in from..to to {@code byType} (count, minutes); gives the first day of any. */
        int tally(Map<String, long[]> byType, Instant from, Instant to) {
            int first = Integer.MAX_VALUE;
            for (int i = 0; i < size; i++) {
                first = Math.min(first, Days.of(starts[i]));
                if (starts[i].isBefore(from) || !starts[i].isBefore(to)) continue;
                long[] tally = byType.computeIfAbsent(types[i], t -> new long[2]);
                tally[0]++;
                tally[1] += minutes[i];
            }
            return first;
        }
    }

    private record UnitDraft(Activities activities, RecordTimes.Builder times, AccountDraft account, List<DealDraft> deals) {
        static UnitDraft of(AccountHistory recorded, Instant moment, ZoneId zone) {
            Activities activities = new Activities();
            for (DealHistory deal : recorded.deals()) {
                for (Activity activity : deal.activities()) if (activity.start().isBefore(moment)) activities.add(activity);
            }
            for (Activity activity : recorded.touches()) if (activity.start().isBefore(moment)) activities.add(activity);
            AccountHistory unit = HistoryAsOf.of(recorded, moment);
            RecordTimes.Builder times = RecordTimes.unit(recorded, unit, moment, zone);
            if (unit == null) return new UnitDraft(activities, times, null, List.of());
            List<DealDraft> deals = new ArrayList<>(unit.deals().size());
            for (DealHistory deal : unit.deals()) {
                List<Touch> touches = new ArrayList<>();
                for (Activity activity : deal.activities()) {
                    if (!Touches.isDealTouch(activity)) continue;
                    touches.add(new Touch(Days.of(activity.start()), activity.type(), activity.repId(), Touches.isEmpty(activity), false, false));
                }
                deals.add(new DealDraft(deal.deal(), deal.changes(), touches));
            }
            AccountDraft account = null;
            if (unit.accountId() != null) {
                List<Deal> created = unit.deals().stream().map(DealHistory::deal).filter(deal -> deal.createdAt() != null).toList();
                List<Touch> touches = new ArrayList<>();
                for (Activity activity : unit.touches()) {
                    if (!Touches.isAccountTouch(activity)) continue;
                    touches.add(new Touch(Days.of(activity.start()), activity.type(), activity.repId(), false,
                            openAt(activity, created), openPast(activity, created)));
                }
                account = new AccountDraft(unit.accountId(), created, touches);
            }
            return new UnitDraft(activities, times, account, deals);
        }

        /** The times go into the history's record times and need not be kept twice. */
        UnitDraft withoutTimes() {
            return new UnitDraft(activities, null, account, deals);
        }
    }

    private Timelines(Read read, StageOrder order, Map<String, Integer> typeIndex, int fromDay, int toDay, boolean clusterByRep,
                      int context) {
        this.typeIndex = typeIndex;
        this.fromDay = fromDay;
        this.toDay = toDay;
        this.clusterByRep = clusterByRep;
        this.context = context;
        for (UnitDraft unit : read.units()) {
            for (DealDraft deal : unit.deals) {
                DealTimeline timeline = deal(deal.deal, modelled(deal.touches), deal.changes, order);
                if (timeline != null) deals.add(timeline);
            }
            if (unit.account == null) continue;
            List<Touch> touches = modelled(unit.account.touches);
            if (!unit.account.deals.isEmpty() || !touches.isEmpty()) accounts.add(account(unit.account.account, unit.account.deals, touches));
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
        this(read(data.history(), UnitRunner.sequential(), Instant.MAX, ZoneOffset.UTC), StageOrder.of(data), typeIndex, fromDay, toDay,
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
        int[] created = deals.stream().mapToInt(d -> Days.of(d.createdAt()))
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
        int[] dealCreated = deals.stream().mapToInt(deal -> Days.of(deal.createdAt())).toArray();
        int[] dealClosed = deals.stream().mapToInt(deal -> deal.closedAt() == null ? AccountTimeline.OPEN : Days.of(deal.closedAt())).toArray();
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
                        && (first.closedAt() == null || Days.of(first.closedAt()) >= Days.of(second.createdAt()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A deal with its owner and the part of its life inside the period; null when it has neither. */
    private DealTimeline deal(Deal deal, List<Touch> touches, List<StageChange> changes, StageOrder order) {
        if (deal.createdAt() == null || deal.ownerId() == null) return null;
        int start = Math.max(fromDay, Days.of(deal.createdAt()));
        int end = Math.min(toDay, deal.isOpen() || deal.closedAt() == null ? toDay : Days.of(deal.closedAt()));
        if (end < start) return null;
        List<Integer> advanceDays = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (StageChange change : changes) {
            int day = Days.of(change.at());
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

    private static int[] days(List<Touch> touches) {
        return touches.stream().mapToInt(Touch::day).toArray();
    }

    private int[] types(List<Touch> touches) {
        return touches.stream().mapToInt(t -> typeIndex.get(t.type())).toArray();
    }
}
