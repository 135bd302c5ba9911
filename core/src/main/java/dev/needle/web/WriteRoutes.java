package dev.needle.web;

import dev.needle.auth.Principal;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.NextAction;
import dev.needle.ingest.mapping.SalesforceIds;
import dev.needle.measure.Meetings;
import dev.needle.store.MeetingAlreadyRecordedException;
import dev.needle.store.WorkLog;
import dev.needle.work.ActivityEntry;
import dev.needle.work.InvalidInputException;
import dev.needle.work.MeetingEntry;
import dev.needle.work.NextActionEntry;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static dev.needle.web.Schemas.date;
import static dev.needle.web.Schemas.dateTime;
import static dev.needle.web.Schemas.nullableInteger;
import static dev.needle.web.Schemas.nullableString;
import static dev.needle.web.Schemas.object;
import static dev.needle.web.Schemas.string;

/**
 * The writes a rep makes every day: log an activity; set, reschedule or complete a deal's next action;
 * record a meeting's outcome with the next meeting. Each applies to the deals, reps and contacts the
 * caller may see; another team's deal, rep or contact answers 404 as if it did not exist.
 */
final class WriteRoutes {
    static final Map<String, Object> NEXT_ACTION = object("*what", string(), "*due", date(), "*valueForBuyer", string(),
            "*buyerNextStep", string());
    private final Snapshots snapshots;
    private final WorkLog work;
    private final ActivityCatalog catalog;
    private final Clock clock;
    private final Meetings meetings;

    WriteRoutes(Snapshots snapshots, WorkLog work, ActivityCatalog catalog, Clock clock) {
        this.snapshots = snapshots;
        this.work = work;
        this.catalog = catalog;
        this.clock = clock;
        this.meetings = new Meetings(catalog);
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/activity-types", "The activity types of the catalogue, for logging an activity: name, value class, category, default minutes",
                                Access.ANY_USER, this::activityTypes)
                        .returns(200, ActivityTypesDocument.class),
                Route.post("/api/activities", "Log an activity; a deal touch states the value for the buyer and the buyer's next step",
                                Access.ANY_USER, this::logActivity)
                        .body(object("repId", nullableInteger(), "*type", string(), "*start", dateTime(),
                                "durationMinutes", nullableInteger(), "dealId", nullableInteger(), "contactId", nullableInteger(),
                                "direction", Schemas.enumOf(List.of("OUTBOUND", "INBOUND", "INTERNAL")), "outcome", nullableString(), "valueForBuyer", nullableString(), "buyerNextStep", nullableString(),
                                "subject", nullableString(), "notes", nullableString()))
                        .returns(201, Activity.class),
                Route.put("/api/deals/{deal}/next-action", "Set or reschedule the deal's very next action (what, when, value for the buyer, buyer step)",
                                Access.ANY_USER, this::setNextAction)
                        .body(NEXT_ACTION).returns(200, NextAction.class),
                Route.post("/api/deals/{deal}/next-action/complete", "Complete the deal's very next action; 409 when none is open",
                                Access.ANY_USER, this::completeNextAction)
                        .returns(200, NextAction.class),
                Route.post("/api/deals/{deal}/meetings", "Record a meeting's outcome with the next meeting and/or next action; "
                                        + "with meeting (a meeting booked on the deal, Needle's id or the source's) the outcome goes on that activity, "
                                        + "else on a new one; a meeting of another deal answers 422 naming meeting, one already recorded 409",
                                Access.ANY_USER, this::recordMeeting)
                        .body(object("meeting", nullableString(), "type", nullableString(), "start", dateTime(), "durationMinutes", nullableInteger(),
                                "contactId", nullableInteger(), "*outcome", string(), "*valueForBuyer", string(),
                                "*buyerNextStep", string(), "notes", nullableString(),
                                "nextMeeting", object("*start", dateTime(), "durationMinutes", nullableInteger(), "subject", nullableString()),
                                "nextAction", NEXT_ACTION))
                        .returns(201, RecordedMeetingDocument.class));
    }

    /** The catalogue's own entries (aliases left out: a form offers each type once, under its name). */
    private void activityTypes(Context ctx, Principal caller) {
        ctx.json(new ActivityTypesDocument(catalog.entries().stream().map(ActivityTypesDocument.Type::of).toList()));
    }

    private void logActivity(Context ctx, Principal caller) {
        ActivityEntry entry = Requests.body(ctx, ActivityEntry.class);
        entry.validate();
        Snapshot snapshot = snapshots.current();
        Deal deal = entry.dealId() == null ? null : visibleDeal(snapshot, caller, entry.dealId());
        long repId = actingRep(snapshot, caller, entry.repId(), deal);
        checkContact(snapshot, caller, entry.contactId());
        int minutes = entry.durationMinutes() != null ? entry.durationMinutes() : catalog.classify(entry.type()).defaultMinutes();
        Activity stored = work.logActivity(AuditRoutes.actor(ctx, caller), repId, deal == null ? null : deal.accountId(), entry, minutes);
        snapshots.apply(data -> withActivities(data, List.of(stored)), Snapshot.Touched.activity(deal, stored));
        ctx.status(201).json(stored);
    }

    private void setNextAction(Context ctx, Principal caller) {
        NextActionEntry entry = Requests.body(ctx, NextActionEntry.class);
        entry.validate("");
        Deal deal = openDeal(snapshots.current(), caller, ctx.pathParam("deal"));
        NextAction stored = work.setNextAction(AuditRoutes.actor(ctx, caller), deal, deal.ownerId(), entry);
        snapshots.apply(data -> withNextAction(data, stored), Snapshot.Touched.deal(deal));
        ctx.json(stored);
    }

    private void completeNextAction(Context ctx, Principal caller) {
        Deal deal = Requests.visibleDeal(snapshots.current(), caller, ctx.pathParam("deal"));
        NextAction done = work.completeNextAction(AuditRoutes.actor(ctx, caller), deal);
        snapshots.apply(data -> withNextAction(data, done), Snapshot.Touched.deal(deal));
        ctx.json(done);
    }

    private void recordMeeting(Context ctx, Principal caller) {
        MeetingEntry entry = Requests.body(ctx, MeetingEntry.class);
        entry.validate(clock.instant());
        Snapshot snapshot = snapshots.current();
        Deal deal = openDeal(snapshot, caller, ctx.pathParam("deal"));
        checkContact(snapshot, caller, entry.contactId());
        Activity booked = entry.meeting() == null ? null : bookedMeeting(snapshot, caller, deal, entry.meeting());
        if (booked != null && entry.start() == null && booked.start().isAfter(clock.instant())) {
            throw new InvalidInputException(Map.of("start", "meeting " + booked.id() + " is booked for " + booked.start()
                    + ", which has not come yet: record it once held, or say when it actually started"));
        }
        long repId = actingRep(snapshot, caller, null, deal);
        int minutes = entry.durationMinutes() != null ? entry.durationMinutes()
                : booked != null ? booked.durationMinutes() : catalog.classify(entry.type()).defaultMinutes();
        WorkLog.MeetingRecorded stored = work.recordMeeting(AuditRoutes.actor(ctx, caller), deal, repId, entry, minutes, booked);
        List<Activity> activities = new ArrayList<>(List.of(stored.meeting()));
        if (stored.nextMeeting() != null) activities.add(stored.nextMeeting());
        snapshots.apply(data -> {
            Dataset changed = withActivities(booked == null ? data : withoutActivity(data, booked.id()), activities);
            return stored.nextAction() == null ? changed : withNextAction(changed, stored.nextAction());
        }, Snapshot.Touched.deal(deal));
        ctx.status(201).json(new RecordedMeetingDocument(stored.meeting(), stored.nextMeeting(), stored.nextAction()));
    }

    /**
     * The meeting booked on {@code deal} that {@code key} names (Needle's id, or the source's), still without
     * its outcome. A meeting on another deal the caller may see is refused naming the field (422); one the
     * caller may not see answers 404 like one that does not exist, so the API does not reveal it.
     */
    private Activity bookedMeeting(Snapshot snapshot, Principal caller, Deal deal, String key) {
        List<String> forms = SalesforceIds.lookupForms(key);
        List<Activity> named = snapshot.data().activities().stream()
                .filter(activity -> key.equals(String.valueOf(activity.id())) || forms.contains(activity.externalId())).toList();
        List<Activity> onDeal = named.stream().filter(activity -> activity.dealId() != null && activity.dealId() == deal.id()).toList();
        if (onDeal.size() > 1) {
            throw new InvalidInputException(Map.of("meeting", "\"" + key + "\" matches " + onDeal.size() + " activities on this deal; use Needle's id"));
        }
        if (onDeal.isEmpty()) {
            Activity elsewhere = named.stream().filter(activity -> canSee(snapshot, caller, activity)).findFirst().orElse(null);
            if (elsewhere != null) {
                throw new InvalidInputException(Map.of("meeting", "activity " + elsewhere.id() + " is "
                        + (elsewhere.dealId() == null ? "on no deal" : "on deal " + elsewhere.dealId()) + ", not on deal " + deal.id()
                        + ": record the outcome of a meeting on this deal"));
            }
            String message = "no meeting " + key + " on deal " + deal.id() + " among the activities you may see";
            throw new ApiException(404, message, Map.of("meeting", message));
        }
        Activity meeting = onDeal.get(0);
        if (!meetings.isMeeting(meeting)) {
            throw new InvalidInputException(Map.of("meeting", "activity " + meeting.id() + " is a " + meeting.type()
                    + ", not a meeting with the buyer"));
        }
        if (meeting.valueForBuyer() != null) {
            throw new MeetingAlreadyRecordedException("meeting " + meeting.id() + " already has its outcome recorded");
        }
        return meeting;
    }

    /** An activity the caller may see: on a deal they may see, else (on no deal) by a rep they may see. */
    private static boolean canSee(Snapshot snapshot, Principal caller, Activity activity) {
        if (activity.dealId() == null) return caller.visibility().canSee(activity.repId());
        Deal deal = snapshot.deal(activity.dealId());
        return deal != null && caller.visibility().canSee(deal.ownerId());
    }

    /**
     * Whose activity it is: the rep named, if the caller may see them; else the caller's own rep; else
     * (an admin who is no rep) the deal's owner.
     */
    private static long actingRep(Snapshot snapshot, Principal caller, Long repId, Deal deal) {
        if (repId != null) return Requests.visibleRep(snapshot, caller, String.valueOf(repId)).id();
        if (caller.user().repId() != null) return caller.user().repId();
        if (deal != null && deal.ownerId() != null) return deal.ownerId();
        throw new InvalidInputException(Map.of("repId", "required: you are not a rep yourself, so say whose activity this is"));
    }

    /** A deal the caller may see; any other answers 404, whether it exists or not. */
    static Deal visibleDeal(Snapshot snapshot, Principal caller, long dealId) {
        Deal deal = snapshot.deal(dealId);
        if (deal == null || !caller.visibility().canSee(deal.ownerId())) {
            throw ApiException.notFound("no deal " + dealId + " among the deals you may see");
        }
        return deal;
    }

    private static Deal openDeal(Snapshot snapshot, Principal caller, String dealKey) {
        Deal deal = Requests.visibleDeal(snapshot, caller, dealKey);
        if (!deal.isOpen()) throw new ApiException(409, "deal " + dealKey + " is closed (" + deal.outcome() + "): it takes no next steps");
        return deal;
    }

    /** A contact named must be one the caller may see; any other answers 404 like one that does not exist. */
    private static void checkContact(Snapshot snapshot, Principal caller, Long contactId) {
        if (contactId != null) ContactReach.visibleContact(snapshot, caller, contactId);
    }

    /** The activities inserted where they belong: the dataset keeps activities in start order. */
    private static Dataset withActivities(Dataset data, List<Activity> added) {
        List<Activity> activities = new ArrayList<>(data.activities());
        Comparator<Activity> order = Comparator.comparing(Activity::start).thenComparingLong(Activity::id);
        for (Activity activity : added) {
            int at = Collections.binarySearch(activities, activity, order);
            activities.add(at < 0 ? -at - 1 : at, activity);
        }
        return new Dataset(data.reps(), data.accounts(), data.contacts(), data.deals(), data.stageChanges(), activities,
                data.nextActions(), data.commitments(), data.leads());
    }

    private static Dataset withoutActivity(Dataset data, long id) {
        return new Dataset(data.reps(), data.accounts(), data.contacts(), data.deals(), data.stageChanges(),
                data.activities().stream().filter(activity -> activity.id() != id).toList(),
                data.nextActions(), data.commitments(), data.leads());
    }

    private static Dataset withNextAction(Dataset data, NextAction changed) {
        List<NextAction> actions = new ArrayList<>(data.nextActions().stream().filter(action -> action.id() != changed.id()).toList());
        actions.add(changed);
        actions.sort(Comparator.comparingLong(NextAction::id));
        return new Dataset(data.reps(), data.accounts(), data.contacts(), data.deals(), data.stageChanges(), data.activities(),
                actions, data.commitments(), data.leads());
    }
}
