package dev.needle.measure;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.Days;
import dev.needle.domain.Deal;
import dev.needle.domain.DealHistory;
import dev.needle.domain.Lead;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Replies;
import dev.needle.domain.StageChange;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
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

/**
 * The value model's reading of a history, in one walk and before any period is chosen: each unit reduced
 * to a draft that needs nothing global, the activities on no deal or account kept compact, the touches
 * on leads grouped by prospect, and the times of every record. {@link Read#facts} and {@link Read#timelines}
 * make the model's inputs for a period from it without reading the store again.
 */
final class ValueReading {
    private ValueReading() {
    }

    /**
     * What the model must know before it builds any timeline, from the history as it stood before the
     * moment: the activities of each type in the period and their minutes (in type order), the day of
     * the first activity, the order of the stages, and how many reps there are.
     */
    record Facts(Map<String, TypeTally> tallies, OptionalInt firstDay, StageOrder order, int reps) {
        /** The types with activities in the period, in type order: the model's kinds. */
        List<String> types() {
            return List.copyOf(tallies.keySet());
        }

        /** Each type's place in {@link #types()}. */
        Map<String, Integer> typeIndex() {
            Map<String, Integer> index = new HashMap<>();
            for (String type : tallies.keySet()) index.put(type, index.size());
            return index;
        }
    }

    /** The activities of one type in the period, and the minutes they took. */
    record TypeTally(long activities, long minutes, long answerable, long replies) {
    }

    /**
     * The history read once, before any period is chosen: every unit reduced on the runner to a draft
     * that needs nothing global (when its activities happened, of which type and for how long; its deals
     * with their stage changes; its touches in compact form), the times of all records for choosing the
     * period, and the touches on leads. The facts and the timelines of a period are made from it.
     */
    static Read read(OrgHistory history, UnitRunner runner, Instant moment, ZoneId zone) {
        return UnitWork.run(history, runner, new Work(history, moment, zone));
    }

    /** The value model's part of a walk: a draft of each unit, the unlinked activities kept compact and the touches on leads by prospect. */
    static final class Work implements UnitWork<UnitDraft, Read> {
        private final Instant moment;
        private final ZoneId zone;
        private final int reps;
        private final Map<Long, Long> prospectOfLead = new HashMap<>();
        private final Activities unlinked = new Activities();
        private final Map<Long, List<Activity>> byProspect = new TreeMap<>();

        /** Leads not converted are one prospect per company: the first lead of the company (or the lead alone). */
        Work(OrgHistory history, Instant moment, ZoneId zone) {
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
                    .map(activity -> new Touch(Days.epochDay(activity.start()), activity.type(), activity.repId(), false, false, false)).toList()));
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
            byType.forEach((type, counts) -> tallies.put(type, new TypeTally(counts[0], counts[1], counts[2], counts[3])));
            return new Facts(tallies, first == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(first), stages.order(), reps);
        }

        /** Touches {@code context} days before the period are kept as context for results early in it. */
        Timelines timelines(Facts facts, int fromDay, int toDay, boolean clusterByRep, int context) {
            return new Timelines(this, facts.order(), facts.typeIndex(), fromDay, toDay, clusterByRep, context);
        }
    }

    /** A touch as the model reads it. {@code openAt}/{@code openPast}: account touches only ({@link AccountTimeline}). */
    record Touch(int day, String type, long rep, boolean empty, boolean openAt, boolean openPast) implements Serializable {
    }

    record DealDraft(Deal deal, List<StageChange> changes, List<Touch> touches) implements Serializable {
    }

    /** The account's deals that were created (with a date), and its own touches; null for a unit with no account. */
    record AccountDraft(long account, List<Deal> deals, List<Touch> touches) implements Serializable {
    }

    /**
     * Activities recorded before the moment, in compact form: when, of which type, for how many minutes, and
     * what it says of a reply (nothing; an outbound touch the buyer could answer; one the buyer answered).
     */
    static final class Activities implements Serializable {
        private static final byte NO_REPLY_DATA = 0;
        private static final byte ANSWERABLE = 1;
        private static final byte REPLIED = 2;
        private Instant[] starts = new Instant[8];
        private String[] types = new String[8];
        private int[] minutes = new int[8];
        private byte[] replies = new byte[8];
        private int size;

        void add(Activity activity) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                types = Arrays.copyOf(types, size * 2);
                minutes = Arrays.copyOf(minutes, size * 2);
                replies = Arrays.copyOf(replies, size * 2);
            }
            starts[size] = activity.start();
            types[size] = activity.type();
            replies[size] = Replies.replied(activity) ? REPLIED : Replies.answerable(activity) ? ANSWERABLE : NO_REPLY_DATA;
            minutes[size++] = activity.durationMinutes();
        }

        /**
         * Adds the activities in from..to to {@code byType} (count, minutes, touches that could be answered,
         * replies); gives the first day of any.
         */
        int tally(Map<String, long[]> byType, Instant from, Instant to) {
            int first = Integer.MAX_VALUE;
            for (int i = 0; i < size; i++) {
                first = Math.min(first, Days.epochDay(starts[i]));
                if (starts[i].isBefore(from) || !starts[i].isBefore(to)) continue;
                long[] tally = byType.computeIfAbsent(types[i], t -> new long[4]);
                tally[0]++;
                tally[1] += minutes[i];
                if (replies[i] != NO_REPLY_DATA) tally[2]++;
                if (replies[i] == REPLIED) tally[3]++;
            }
            return first;
        }
    }

    record UnitDraft(Activities activities, RecordTimes.Builder times, AccountDraft account, List<DealDraft> deals) implements Serializable {
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
                    touches.add(new Touch(Days.epochDay(activity.start()), activity.type(), activity.repId(), Touches.isEmpty(activity), false, false));
                }
                deals.add(new DealDraft(deal.deal(), deal.changes(), touches));
            }
            AccountDraft account = null;
            if (unit.accountId() != null) {
                List<Deal> created = unit.deals().stream().map(DealHistory::deal).filter(deal -> deal.createdAt() != null).toList();
                List<Touch> touches = new ArrayList<>();
                for (Activity activity : unit.touches()) {
                    if (!Touches.isAccountTouch(activity)) continue;
                    touches.add(new Touch(Days.epochDay(activity.start()), activity.type(), activity.repId(), false,
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

    /**
     * A deal of the account was created by the touch's time and closed after its day: open for sure. On
     * the day a deal closes the record has no time, and a touch after the close is on an account with
     * none open; such touches stay with those of no deal open, or they would read as deals opened beside
     * open ones where there were none (on generated data with one open deal per account they earned
     * twice the others' rate).
     */
    static boolean openPast(Activity touch, List<Deal> deals) {
        return deals.stream().anyMatch(deal -> !deal.createdAt().isAfter(touch.start())
                && (deal.closedAt() == null || Days.epochDay(deal.closedAt()) > Days.epochDay(touch.start())));
    }

    /** A deal of the account was created by the touch's time and not closed before its day. */
    static boolean openAt(Activity touch, List<Deal> deals) {
        return deals.stream().anyMatch(deal -> !deal.createdAt().isAfter(touch.start())
                && (deal.closedAt() == null || Days.epochDay(deal.closedAt()) >= Days.epochDay(touch.start())));
    }

    static List<Activity> sorted(List<Activity> touches) {
        List<Activity> sorted = new ArrayList<>(touches);
        sorted.sort(Comparator.comparing(Activity::start));
        return sorted;
    }
}
