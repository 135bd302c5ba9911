package dev.needle.view;

import dev.needle.domain.Account;
import dev.needle.domain.Activity;
import dev.needle.domain.Deal;
import dev.needle.domain.NextAction;
import dev.needle.domain.Rep;
import dev.needle.measure.DealHealth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code GET /api/deals/{deal}}: one deal as its page shows it — its facts, its hygiene flags with their
 * reasons, the open next action, and the latest activities on it (a meeting booked for later among them,
 * marked {@code upcoming}; {@code meeting} says which are meetings with the buyer, whose outcome a rep records).
 */
public final class DealDocument {
    /** How many activities the page lists: the latest, newest first; {@code activityCount} says how many there are. */
    public static final int ACTIVITIES_SHOWN = 20;

    private DealDocument() {
    }

    /**
     * @param health the deal's hygiene as of {@code asOf}, or null for a closed deal (hygiene judges open deals only)
     * @param repNames the name of a rep the caller may see, or null for any other (their name is not given away)
     */
    public static Map<String, Object> of(Deal deal, DealHealth health, Rep owner, Account account, NextAction nextAction,
                                         List<Activity> activities, Function<Long, String> repNames, Predicate<Activity> isMeeting,
                                         Instant asOf) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asOf", asOf);
        document.put("id", deal.id());
        document.put("externalId", deal.externalId());
        document.put("name", deal.name());
        document.put("owner", owner == null ? null : person(owner.id(), owner.externalId(), owner.name()));
        document.put("account", account == null ? null : person(account.id(), account.externalId(), account.name()));
        document.put("stage", health != null ? health.stage() : deal.stage());
        document.put("amount", deal.amount());
        document.put("currency", deal.currency());
        document.put("createdAt", deal.createdAt());
        document.put("expectedClose", deal.expectedClose());
        document.put("closedAt", deal.closedAt());
        document.put("outcome", deal.outcome());
        document.put("open", deal.isOpen());
        document.put("flags", health == null ? List.of() : List.copyOf(health.flags().keySet()));
        document.put("reasons", health == null ? Map.of() : health.flags());
        document.put("nextAction", nextAction == null ? null : nextAction(nextAction));
        List<Activity> latest = new ArrayList<>(activities);
        latest.sort(Comparator.comparing(Activity::start).thenComparingLong(Activity::id).reversed());
        document.put("activities", latest.stream().limit(ACTIVITIES_SHOWN).map(activity -> activity(activity, repNames, isMeeting, asOf)).toList());
        document.put("activityCount", activities.size());
        return document;
    }

    private static Map<String, Object> person(long id, String externalId, String name) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("externalId", externalId);
        line.put("name", name);
        return line;
    }

    private static Map<String, Object> nextAction(NextAction action) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", action.id());
        line.put("externalId", action.externalId());
        line.put("what", action.what());
        line.put("due", action.due());
        line.put("valueForBuyer", action.valueForBuyer());
        line.put("buyerNextStep", action.buyerNextStep());
        line.put("status", action.status());
        return line;
    }

    private static Map<String, Object> activity(Activity activity, Function<Long, String> repNames, Predicate<Activity> isMeeting,
                                                Instant asOf) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", activity.id());
        line.put("externalId", activity.externalId());
        line.put("type", activity.type());
        line.put("start", activity.start());
        line.put("durationMinutes", activity.durationMinutes());
        line.put("upcoming", activity.start().isAfter(asOf));
        line.put("meeting", isMeeting.test(activity));
        String repName = repNames.apply(activity.repId());
        line.put("rep", repName == null ? null : Map.of("id", activity.repId(), "name", repName));
        line.put("contactId", activity.contactId());
        line.put("direction", activity.direction());
        line.put("subject", activity.subject());
        line.put("outcome", activity.outcome());
        line.put("valueForBuyer", activity.valueForBuyer());
        line.put("buyerNextStep", activity.buyerNextStep());
        return line;
    }
}
