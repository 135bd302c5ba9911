package dev.needle.plan;

import dev.needle.domain.Account;
import dev.needle.domain.Activity;
import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Contact;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.NextAction;
import dev.needle.measure.StageOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a Dataset into each rep's work for a day. The indexes are built once, so planning a
 * whole team for a week reads the records only once. Pure: no database, no clock.
 */
public final class Workloads {
    static final int TOUCH_MINUTES = 10;
    static final int NEXT_ACTION_MINUTES = 15;
    static final int DEFINE_ACTION_MINUTES = 10;
    static final int PREPARATION_MINUTES = 15;
    static final int ADMIN_TASK_MINUTES = 10;
    /** The prospecting slot no known account fills: the terminal groups these into one line with a count. */
    public static final String FIND_NEW_ACCOUNT = "Find a new account worth a first meeting and ask for one";

    private final Map<Long, List<Deal>> openDealsByOwner = new HashMap<>();
    private final Map<Long, List<NextAction>> openActionsByDeal = new HashMap<>();
    private final Map<Long, Account> accounts = new HashMap<>();
    private final Map<Long, Contact> contacts = new HashMap<>();
    private final Map<Long, Contact> firstContactByAccount = new HashMap<>();
    private final Map<Long, Long> lastContactByDeal = new HashMap<>();
    private final Map<Long, Instant> lastContactAt = new HashMap<>();
    private final Map<Long, Map<Long, Instant>> lastTouchByRep = new HashMap<>();
    private final Map<String, Double> winProbability = new HashMap<>();
    /** Accounts no rep works: no open deal, no deal or touch by anyone. Dream clients first, then by id. */
    private final List<Account> unworked = new ArrayList<>();

    private Workloads() {
    }

    public static Workloads of(Dataset data) {
        Workloads work = new Workloads();
        work.index(data);
        return work;
    }

    private void index(Dataset data) {
        data.accounts().forEach(account -> accounts.put(account.id(), account));
        for (Contact contact : data.contacts()) {
            contacts.put(contact.id(), contact);
            if (contact.accountId() != null) firstContactByAccount.merge(contact.accountId(), contact,
                    (one, other) -> one.id() <= other.id() ? one : other);
        }
        Map<Long, Long> accountOfDeal = new HashMap<>();
        for (Deal deal : data.deals()) {
            if (deal.accountId() != null) accountOfDeal.put(deal.id(), deal.accountId());
            if (deal.ownerId() == null) continue;
            if (deal.isOpen()) openDealsByOwner.computeIfAbsent(deal.ownerId(), owner -> new ArrayList<>()).add(deal);
            if (deal.accountId() != null) touch(deal.ownerId(), deal.accountId(), deal.createdAt());
        }
        for (NextAction action : data.nextActions()) {
            if (action.status() == NextAction.Status.OPEN) {
                openActionsByDeal.computeIfAbsent(action.dealId(), deal -> new ArrayList<>()).add(action);
            }
        }
        for (Activity activity : data.activities()) {
            Long account = activity.accountId() != null ? activity.accountId()
                    : activity.dealId() == null ? null : accountOfDeal.get(activity.dealId());
            if (account != null) touch(activity.repId(), account, activity.start());
            if (activity.dealId() != null && activity.contactId() != null) {
                Instant seen = lastContactAt.get(activity.dealId());
                if (seen == null || activity.start().isAfter(seen)) {
                    lastContactAt.put(activity.dealId(), activity.start());
                    lastContactByDeal.put(activity.dealId(), activity.contactId());
                }
            }
        }
        Set<Long> worked = new HashSet<>(accountOfDeal.values());
        lastTouchByRep.values().forEach(touched -> worked.addAll(touched.keySet()));
        data.accounts().stream().filter(account -> !worked.contains(account.id()))
                .sorted(Comparator.comparing((Account account) -> !account.dreamClient()).thenComparingLong(Account::id))
                .forEach(unworked::add);
        List<String> stages = StageOrder.of(data).openStages();
        for (int index = 0; index < stages.size(); index++) {
            winProbability.put(stages.get(index), (index + 1.0) / (stages.size() + 1.0));
        }
    }

    private void touch(long repId, long accountId, Instant at) {
        if (at == null) at = Instant.EPOCH;
        lastTouchByRep.computeIfAbsent(repId, rep -> new HashMap<>()).merge(accountId, at,
                (one, other) -> one.isAfter(other) ? one : other);
    }

    /**
     * The rep's work for {@code request.date()}; {@code events} are the rep's calendar occurrences
     * on that day and the next working day (for preparation).
     */
    public Workload forDay(PlanRequest request, List<CalendarEvent> events) {
        ZoneId zone = request.zone();
        LocalDate day = request.date();
        LocalDate next = request.workingDays().next(day);
        // all-day events by their dates, so one never spills into the evening before or the morning after
        // busy time merged before planning: a runaway recurrence is one span, not thousands of meetings
        List<CalendarEvent> today = BusyTime.merged(events.stream().filter(event -> event.isOn(day, zone)).toList());
        List<Account> prospects = prospectsInOrder(request.rep().id());
        int touches = (int) (request.prospectingTarget().toMinutes() / TOUCH_MINUTES);
        List<Task> prospecting = prospectingTouches(prospects, 0, touches);
        List<Task> preparation = new ArrayList<>(meetingPreparation(events, next, zone));
        if (touches > 0) preparation.add(prospectingResearch(prospects, touches, next));
        return new Workload(today, prospecting, dealWorkInOrder(request.rep().id(), day), preparation, adminTasks());
    }

    /**
     * The accounts to ask for a first meeting, best fit first (docs/plan.md, "Prospecting accounts"):
     * (1) the rep's own dream clients without an open deal, (2) dream clients no rep works yet (no deal,
     * no touch by anyone), (3) the rep's other accounts (touched, or a deal there) without an open deal,
     * the longest untouched first, (4) other accounts no rep works yet, by id. By rule: no learned
     * ranking yet. Accounts carry no owner, so (2) and (4) are offered to every rep who runs short.
     */
    List<Account> prospectsInOrder(long repId) {
        Set<Long> withOpenDeal = new HashSet<>();
        for (Deal deal : openDealsByOwner.getOrDefault(repId, List.of())) {
            if (deal.accountId() != null) withOpenDeal.add(deal.accountId());
        }
        Map<Long, Instant> touched = lastTouchByRep.getOrDefault(repId, Map.of());
        List<Account> own = touched.keySet().stream().filter(account -> !withOpenDeal.contains(account))
                .map(accounts::get).filter(account -> account != null)
                .sorted(Comparator.comparing((Account account) -> touched.get(account.id())).thenComparingLong(Account::id))
                .toList();
        List<Account> ordered = new ArrayList<>();
        own.stream().filter(Account::dreamClient).forEach(ordered::add);
        unworked.stream().filter(Account::dreamClient).forEach(ordered::add);
        own.stream().filter(account -> !account.dreamClient()).forEach(ordered::add);
        unworked.stream().filter(account -> !account.dreamClient()).forEach(ordered::add);
        return ordered;
    }

    private List<Task> prospectingTouches(List<Account> prospects, int from, int count) {
        List<Task> touches = new ArrayList<>(count);
        for (int index = from; index < from + count; index++) {
            if (index >= prospects.size()) {
                touches.add(Task.plain(FIND_NEW_ACCOUNT, TOUCH_MINUTES));
                continue;
            }
            Account account = prospects.get(index);
            Contact contact = firstContactByAccount.get(account.id());
            touches.add(new Task(account.dreamClient() ? "Dream client: ask for a first meeting" : "Ask for a first meeting",
                    null, null, null, account.name(), contact == null ? null : contact.name(),
                    null, "Agree to a first meeting", null, TOUCH_MINUTES));
        }
        return touches;
    }

    /** Overdue next actions first, then those due today, then deals with none; each by expected value. */
    List<Task> dealWorkInOrder(long repId, LocalDate day) {
        List<Ranked> ranked = new ArrayList<>();
        for (Deal deal : openDealsByOwner.getOrDefault(repId, List.of())) {
            List<NextAction> open = openActionsByDeal.getOrDefault(deal.id(), List.of());
            double value = expectedValue(deal);
            if (open.isEmpty()) {
                ranked.add(new Ranked(2, value, day, dealTask(deal,
                        "Define the very next action: what, when, the value for the buyer and the buyer's next step",
                        null, null, null, DEFINE_ACTION_MINUTES)));
            }
            for (NextAction action : open) {
                if (action.due() == null || action.due().isAfter(day)) continue;
                ranked.add(new Ranked(action.due().isBefore(day) ? 0 : 1, value, action.due(), dealTask(deal,
                        action.what(), action.valueForBuyer(), action.buyerNextStep(), action.due(), NEXT_ACTION_MINUTES)));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::urgency).thenComparing(Ranked::expectedValue, Comparator.reverseOrder())
                .thenComparing(Ranked::due).thenComparing(rank -> rank.task().dealId()));
        return ranked.stream().map(Ranked::task).toList();
    }

    private record Ranked(int urgency, double expectedValue, LocalDate due, Task task) {
    }

    /** Amount × win probability; the probability is the stage's position in the pipeline when nothing better is known. */
    double expectedValue(Deal deal) {
        double amount = deal.amount() == null ? 0 : deal.amount().doubleValue();
        return amount * winProbability.getOrDefault(deal.stage(), 0.5);
    }

    private Task dealTask(Deal deal, String action, String valueForBuyer, String buyerNextStep, LocalDate due, int minutes) {
        Account account = deal.accountId() == null ? null : accounts.get(deal.accountId());
        Long contactId = lastContactByDeal.get(deal.id());
        Contact contact = contactId != null ? contacts.get(contactId)
                : deal.accountId() == null ? null : firstContactByAccount.get(deal.accountId());
        return new Task(action, deal.id(), deal.externalId(), deal.name(), account == null ? null : account.name(),
                contact == null ? null : contact.name(), valueForBuyer, buyerNextStep, due, minutes);
    }

    /**
     * Every busy, timed meeting on the next working day gets its own preparation; within one span of busy time,
     * events of the same summary are one meeting (a recurrence gone wild is prepared for once, not 20,000 times).
     */
    private static List<Task> meetingPreparation(List<CalendarEvent> events, LocalDate next, ZoneId zone) {
        Instant from = next.atStartOfDay(zone).toInstant();
        Instant to = next.plusDays(1).atStartOfDay(zone).toInstant();
        List<CalendarEvent> nextDay = events.stream()
                .filter(event -> !event.start().isBefore(from) && event.start().isBefore(to)).toList();
        return BusyTime.spans(nextDay).stream().flatMap(span -> distinctMeetings(span).stream())
                .map(event -> Task.plain("Prepare for \"" + (event.summary() == null ? "meeting" : event.summary())
                        + "\" at " + event.start().atZone(zone).toLocalTime() + " on " + next
                        + ": the value you will bring and the next meeting to ask for", PREPARATION_MINUTES))
                .toList();
    }

    /** The first event of each summary in a span of busy time. */
    private static List<CalendarEvent> distinctMeetings(List<CalendarEvent> span) {
        Map<String, CalendarEvent> first = new LinkedHashMap<>();
        // an event with no summary is told apart by its uid: nothing says it repeats another
        for (CalendarEvent event : span) first.putIfAbsent(event.summary() == null ? "\0" + event.uid() : event.summary(), event);
        return List.copyOf(first.values());
    }

    private Task prospectingResearch(List<Account> prospects, int skip, LocalDate next) {
        List<String> names = prospects.stream().skip(skip).limit(3).map(Account::name).toList();
        return Task.plain("Research the accounts for " + next + "'s prospecting block"
                + (names.isEmpty() ? ": find new ones" : ": " + String.join(", ", names)), PREPARATION_MINUTES);
    }

    private static List<Task> adminTasks() {
        return List.of(Task.plain("Reply to email", ADMIN_TASK_MINUTES),
                Task.plain("Update the CRM: today's touches and every deal's next action", ADMIN_TASK_MINUTES),
                Task.plain("Paperwork", ADMIN_TASK_MINUTES));
    }

}
