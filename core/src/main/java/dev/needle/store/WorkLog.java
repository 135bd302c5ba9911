package dev.needle.store;

import dev.needle.audit.Actor;
import dev.needle.audit.Change;
import dev.needle.audit.Changes;
import dev.needle.audit.RecordChange;
import dev.needle.domain.Activity;
import dev.needle.domain.Deal;
import dev.needle.domain.Direction;
import dev.needle.domain.NextAction;
import dev.needle.work.ActivityEntry;
import dev.needle.work.MeetingEntry;
import dev.needle.work.NextActionEntry;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The writes a rep makes every day through the API, stored as Needle's own records: source
 * {@code needle-api} (not {@code needle}, which Needle's canonical CSV files use) and a random UUID as
 * the external id, so a re-import of the CRM or of canonical files never collides with them. Needle does not write back to the CRM; a next action it reschedules in place keeps the CRM's
 * key, and a later import of that CRM record puts back what the CRM says.
 */
public final class WorkLog {
    public static final String SOURCE = "needle-api";
    private final Jdbi jdbi;
    private final AuditTrail trail;

    public WorkLog(Database database) {
        this.jdbi = database.jdbi();
        this.trail = new AuditTrail(database, Clock.systemUTC());
    }

    /** What a meeting's record stored: the meeting held, the next one booked (if any), the next action (if any). */
    public record MeetingRecorded(Activity meeting, Activity nextMeeting, NextAction nextAction) {
    }

    /** Every write below records itself in the audit trail, in the same transaction as the change, as done by {@code actor}. */
    public Activity logActivity(Actor actor, long repId, Long accountId, ActivityEntry entry, int durationMinutes) {
        return jdbi.inTransaction(handle -> {
            Activity logged = insertActivity(handle, repId, entry.type(), entry.start(), durationMinutes,
                    entry.durationMinutes() != null, entry.dealId(), accountId, entry.contactId(), entry.direction(), entry.outcome(),
                    entry.valueForBuyer(), entry.buyerNextStep(), entry.subject(), entry.notes());
            trail.append(handle, actor, Change.of("activity.logged", List.of(Changes.activityCreated(logged))));
            return logged;
        });
    }

    /**
     * Sets the deal's very next action: the open one due first is rescheduled and rewritten in place;
     * with none open, a new one is made. The update only applies while the action is still open, so a
     * concurrent completion is reported rather than overwritten.
     */
    public NextAction setNextAction(Actor actor, Deal deal, Long repId, NextActionEntry entry) {
        return jdbi.inTransaction(handle -> {
            Optional<NextAction> was = veryNext(handle, deal.id());
            NextAction set = setNextAction(handle, deal, repId, entry, was);
            trail.append(handle, actor, Change.of("next-action.set", List.of(Changes.nextAction(was.orElse(null), set))));
            return set;
        });
    }

    /** Marks the deal's very next open action done; a conflict when there is none open. */
    public NextAction completeNextAction(Actor actor, Deal deal) {
        return jdbi.inTransaction(handle -> {
            NextAction open = veryNext(handle, deal.id())
                    .orElseThrow(() -> new NextActionConflictException("deal " + deal.id() + " has no open next action to complete"));
            int changed = handle.createUpdate("update next_action set status = 'DONE' where id = :id and status = 'OPEN'")
                    .bind("id", open.id()).execute();
            if (changed != 1) throw new NextActionConflictException("next action " + open.id() + " was completed meanwhile");
            NextAction done = withStatus(open, NextAction.Status.DONE);
            trail.append(handle, actor, Change.of("next-action.completed", List.of(Changes.nextAction(open, done))));
            return done;
        });
    }

    /** The meeting held, and the next meeting and/or next action, all or nothing. */
    public MeetingRecorded recordMeeting(Actor actor, Deal deal, long repId, MeetingEntry entry, int durationMinutes) {
        return recordMeeting(actor, deal, repId, entry, durationMinutes, null);
    }

    /**
     * As above; with {@code bookedEarlier} (a meeting stored earlier on the deal) the outcome is recorded on that
     * activity rather than on a new one: its outcome, value for the buyer, buyer's next step and notes, and
     * its actual start and length when given (its calendar booking moves with it). The update applies only
     * while the booked meeting has no value for the buyer yet, so recording it twice is refused, not doubled.
     */
    public MeetingRecorded recordMeeting(Actor actor, Deal deal, long repId, MeetingEntry entry, int durationMinutes, Activity bookedEarlier) {
        return jdbi.inTransaction(handle -> {
            Activity held = bookedEarlier == null
                    ? insertActivity(handle, repId, entry.type(), entry.start(), durationMinutes,
                    entry.durationMinutes() != null, deal.id(), deal.accountId(), entry.contactId(), Direction.OUTBOUND, entry.outcome(),
                    entry.valueForBuyer(), entry.buyerNextStep(), null, entry.notes())
                    : recordOn(handle, bookedEarlier, entry);
            Activity next = null;
            MeetingEntry.NextMeeting booked = entry.nextMeeting();
            if (booked != null) {
                int minutes = booked.durationMinutes() != null ? booked.durationMinutes() : durationMinutes;
                next = insertActivity(handle, repId, entry.type(), booked.start(), minutes, booked.durationMinutes() != null,
                        deal.id(), deal.accountId(), entry.contactId(), Direction.OUTBOUND, null, null, null, booked.subject(), null);
                bookInCalendar(handle, repId, next);
            }
            Optional<NextAction> was = entry.nextAction() == null ? Optional.empty() : veryNext(handle, deal.id());
            NextAction action = entry.nextAction() == null ? null : setNextAction(handle, deal, repId, entry.nextAction(), was);
            MeetingRecorded recorded = new MeetingRecorded(held, next, action);
            trail.append(handle, actor, Change.of("meeting.recorded", meetingChanges(bookedEarlier, recorded, was.orElse(null))));
            return recorded;
        });
    }

    private static List<RecordChange> meetingChanges(Activity booked, MeetingRecorded recorded, NextAction was) {
        List<RecordChange> changes = new ArrayList<>(List.of(booked == null ? Changes.activityCreated(recorded.meeting())
                : Changes.activityUpdated(booked, recorded.meeting())));
        if (recorded.nextMeeting() != null) changes.add(Changes.activityCreated(recorded.nextMeeting()));
        if (recorded.nextAction() != null) changes.add(Changes.nextAction(was, recorded.nextAction()));
        return changes;
    }

    /** {@code open} is the deal's very next open action as read in this transaction, if any. */
    private NextAction setNextAction(Handle handle, Deal deal, Long repId, NextActionEntry entry, Optional<NextAction> open) {
        if (open.isPresent()) {
            int changed = handle.createUpdate("""
                            update next_action set what = :what, due = :due, value_for_buyer = :value, buyer_next_step = :step
                            where id = :id and status = 'OPEN'""")
                    .bind("what", entry.what()).bind("due", entry.due()).bind("value", entry.valueForBuyer())
                    .bind("step", entry.buyerNextStep()).bind("id", open.get().id()).execute();
            if (changed != 1) throw new NextActionConflictException("next action " + open.get().id() + " was completed meanwhile");
            NextAction was = open.get();
            return new NextAction(was.id(), was.source(), was.externalId(), was.dealId(), was.repId(), entry.what(),
                    entry.due(), entry.valueForBuyer(), entry.buyerNextStep(), NextAction.Status.OPEN);
        }
        String key = UUID.randomUUID().toString();
        long id = handle.createUpdate("""
                        insert into next_action (source, external_id, deal_id, rep_id, what, due, value_for_buyer, buyer_next_step, status)
                        values (:source, :key, :deal, :rep, :what, :due, :value, :step, 'OPEN')""")
                .bind("source", SOURCE).bind("key", key).bind("deal", deal.id()).bind("rep", repId)
                .bind("what", entry.what()).bind("due", entry.due()).bind("value", entry.valueForBuyer())
                .bind("step", entry.buyerNextStep())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new NextAction(id, SOURCE, key, deal.id(), repId, entry.what(), entry.due(), entry.valueForBuyer(),
                entry.buyerNextStep(), NextAction.Status.OPEN);
    }

    /** The open next action due first (undated last), the one a rep acts on next. */
    private static Optional<NextAction> veryNext(Handle handle, long dealId) {
        List<NextAction> open = new ArrayList<>(handle.createQuery("select * from next_action where deal_id = :deal and status = 'OPEN'")
                .bind("deal", dealId)
                .map((rs, ctx) -> new NextAction(rs.getLong("id"), rs.getString("source"), rs.getString("external_id"),
                        rs.getLong("deal_id"), Dialect.nullableLong(rs, "rep_id"), rs.getString("what"),
                        rs.getObject("due", java.time.LocalDate.class), rs.getString("value_for_buyer"),
                        rs.getString("buyer_next_step"), NextAction.Status.OPEN))
                .list());
        open.sort(Comparator.comparing(NextAction::due, Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(NextAction::id));
        return open.stream().findFirst();
    }

    private static Activity insertActivity(Handle handle, long repId, String type, Instant start, int minutes, boolean recorded,
                                           Long dealId, Long accountId, Long contactId, Direction direction, String outcome, String value,
                                           String step, String subject, String notes) {
        String key = UUID.randomUUID().toString();
        long id = handle.createUpdate("""
                        insert into activity (source, external_id, rep_id, type, started_at, duration_minutes, duration_recorded,
                                              deal_id, account_id, contact_id, direction, outcome, value_for_buyer, buyer_next_step, subject, notes)
                        values (:source, :key, :rep, :type, :start, :minutes, :recorded, :deal, :account, :contact, :direction, :outcome,
                                :value, :step, :subject, :notes)""")
                .bind("source", SOURCE).bind("key", key).bind("rep", repId).bind("type", type).bind("start", utc(start))
                .bind("minutes", minutes).bind("recorded", recorded).bind("deal", dealId).bind("account", accountId)
                .bind("contact", contactId).bind("direction", direction == null ? null : direction.name()).bind("outcome", outcome).bind("value", value).bind("step", step)
                .bind("subject", subject).bind("notes", notes)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new Activity(id, SOURCE, key, repId, type, start, minutes, recorded, dealId, accountId, contactId, null,
                direction, outcome, value, step, subject, notes);
    }

    /** The booked meeting with its outcome; its start and length as recorded when the rep gave them. */
    private static Activity recordOn(Handle handle, Activity booked, MeetingEntry entry) {
        Instant start = entry.start() != null ? entry.start() : booked.start();
        int minutes = entry.durationMinutes() != null ? entry.durationMinutes() : booked.durationMinutes();
        boolean recorded = entry.durationMinutes() != null || booked.durationRecorded();
        Long contactId = entry.contactId() != null ? entry.contactId() : booked.contactId();
        String notes = entry.notes() != null ? entry.notes() : booked.notes();
        int changed = handle.createUpdate("""
                        update activity set started_at = :start, duration_minutes = :minutes, duration_recorded = :recorded,
                                            contact_id = :contact, outcome = :outcome, value_for_buyer = :value,
                                            buyer_next_step = :step, notes = :notes
                        where id = :id and value_for_buyer is null""")
                .bind("start", utc(start)).bind("minutes", minutes).bind("recorded", recorded).bind("contact", contactId)
                .bind("outcome", entry.outcome()).bind("value", entry.valueForBuyer()).bind("step", entry.buyerNextStep())
                .bind("notes", notes).bind("id", booked.id()).execute();
        if (changed != 1) {
            throw new MeetingAlreadyRecordedException("meeting " + booked.id() + " already has its outcome recorded");
        }
        Activity held = new Activity(booked.id(), booked.source(), booked.externalId(), booked.repId(), booked.type(), start, minutes,
                recorded, booked.dealId(), booked.accountId(), contactId, booked.leadId(), booked.direction(), entry.outcome(),
                entry.valueForBuyer(), entry.buyerNextStep(), booked.subject(), notes);
        handle.createUpdate("update calendar_event set starts_at = :start, ends_at = :end where rep_id = :rep and calendar = :calendar and uid = :uid")
                .bind("rep", held.repId()).bind("start", utc(held.start())).bind("end", utc(held.end())).bind("calendar", SOURCE).bind("uid", held.externalId())
                .execute();
        return held;
    }

    /** The next meeting goes into the rep's calendar too, so their plans keep the time free. */
    private static void bookInCalendar(Handle handle, long repId, Activity meeting) {
        handle.createUpdate("""
                        insert into calendar_event (rep_id, calendar, uid, starts_at, ends_at, all_day, busy, summary)
                        values (:rep, :calendar, :uid, :start, :end, false, true, :summary)""")
                .bind("rep", repId).bind("calendar", SOURCE).bind("uid", meeting.externalId())
                .bind("start", utc(meeting.start())).bind("end", utc(meeting.end()))
                .bind("summary", meeting.subject() != null ? meeting.subject() : meeting.type()).execute();
    }

    private static NextAction withStatus(NextAction action, NextAction.Status status) {
        return new NextAction(action.id(), action.source(), action.externalId(), action.dealId(), action.repId(), action.what(),
                action.due(), action.valueForBuyer(), action.buyerNextStep(), status);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
