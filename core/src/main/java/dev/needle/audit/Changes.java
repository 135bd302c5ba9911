package dev.needle.audit;

import dev.needle.domain.Activity;
import dev.needle.domain.NextAction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records the API writes as the trail shows them: the fields a reviewer checks, by their API names, nulls left out. */
public final class Changes {
    private Changes() {
    }

    public static RecordChange activityCreated(Activity activity) {
        return RecordChange.created("activity", activity.id(), values(activity));
    }

    /** An activity rewritten in place: a booked meeting given its outcome. */
    public static RecordChange activityUpdated(Activity was, Activity is) {
        return RecordChange.updated("activity", is.id(), values(was), values(is));
    }

    /** A next action made ({@code was} null) or rewritten in place: rescheduled or completed. */
    public static RecordChange nextAction(NextAction was, NextAction is) {
        return was == null ? RecordChange.created("next_action", is.id(), values(is))
                : RecordChange.updated("next_action", is.id(), values(was), values(is));
    }

    /**
     * A team's default hours set ({@code was} null when the team had none): {@code scope} "team", the team's name,
     * and the values created or, as for a rep's, only the fields that changed before and after.
     */
    public static Change teamHours(String team, Map<String, Object> was, Map<String, Object> is) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("scope", "team");
        detail.put("team", team);
        if (was == null) {
            detail.put("created", is);
        } else {
            RecordChange changed = RecordChange.updated("work_schedule", 0, was, is);
            detail.put("before", changed.before());
            detail.put("after", changed.after());
        }
        return new Change("hours.set", List.of("work_schedule team " + team), detail);
    }

    /** A calendar feed made: whose plan, how many days, who made it; never its secret nor the secret's hash. */
    public static Change feedCreated(long feedId, long repId, int days) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("repId", repId);
        values.put("days", days);
        return feed("feed.create", RecordChange.created("plan_feed", feedId, values), repId);
    }

    /** A calendar feed revoked: its URL answers 404 from {@code at} on. */
    public static Change feedRevoked(long feedId, long repId, java.time.Instant at) {
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("revokedAt", null);
        return feed("feed.revoke", RecordChange.updated("plan_feed", feedId, was, Map.of("revokedAt", at)), repId);
    }

    /** The rep named beside the record, so a revoke (which changes only revokedAt) still says whose feed it was. */
    private static Change feed(String action, RecordChange change, long repId) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("repId", repId);
        detail.put("records", List.of(change));
        return new Change(action, List.of(change.name()), detail);
    }

    static Map<String, Object> values(Activity activity) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("externalId", activity.externalId());
        values.put("repId", activity.repId());
        values.put("type", activity.type());
        values.put("start", activity.start());
        values.put("durationMinutes", activity.durationMinutes());
        values.put("dealId", activity.dealId());
        values.put("accountId", activity.accountId());
        values.put("contactId", activity.contactId());
        values.put("direction", activity.direction());
        values.put("outcome", activity.outcome());
        values.put("valueForBuyer", activity.valueForBuyer());
        values.put("buyerNextStep", activity.buyerNextStep());
        values.put("subject", activity.subject());
        values.put("notes", activity.notes());
        values.values().removeIf(java.util.Objects::isNull);
        return values;
    }

    /** Every field, nulls included, so that an update from or to null still shows as a change. */
    static Map<String, Object> values(NextAction action) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("dealId", action.dealId());
        values.put("repId", action.repId());
        values.put("what", action.what());
        values.put("due", action.due());
        values.put("valueForBuyer", action.valueForBuyer());
        values.put("buyerNextStep", action.buyerNextStep());
        values.put("status", action.status());
        return values;
    }
}
