package dev.needle.generate;

import dev.needle.generate.Model.Account;
import dev.needle.generate.Model.Contact;
import dev.needle.generate.Model.Meeting;
import dev.needle.generate.Model.Rep;
import java.time.LocalDate;
import java.util.List;

/**
 * Task.csv and Event.csv, streamed: logged activities as they happen, then the deals' open next
 * actions and the meetings booked after {@code until}. Meetings from {@code calendarFrom} on are
 * also kept on the rep's calendar.
 */
final class ActivityLog {
    static final List<String> TASK_HEADER = List.of("Id", "WhoId", "WhatId", "Subject", "ActivityDate", "Status",
            "Priority", "OwnerId", "Description", "Type", "IsDeleted", "AccountId", "IsClosed", "CreatedDate",
            "CallDurationInSeconds", "CallType", "TaskSubtype", "CompletedDateTime", "Value_for_Buyer__c",
            "Buyer_Next_Step__c");
    private static final List<String> EVENT_HEADER_EXPORT = List.of("Id", "WhoId", "WhatId", "Subject", "Location",
            "IsAllDayEvent", "ActivityDateTime", "ActivityDate", "DurationInMinutes", "Description", "AccountId",
            "OwnerId", "Type", "ShowAs", "IsDeleted", "CreatedDate", "Value_for_Buyer__c", "Buyer_Next_Step__c");
    private static final List<String> EVENT_HEADER_LOADER = List.of("Id", "WhoId", "WhatId", "Subject", "Location",
            "IsAllDayEvent", "StartDateTime", "EndDateTime", "ActivityDate", "Description", "AccountId",
            "OwnerId", "Type", "ShowAs", "IsDeleted", "CreatedDate", "Value_for_Buyer__c", "Buyer_Next_Step__c");

    /** What a Task and an Event row share. */
    record Entry(Rep rep, Kind kind, Contact who, String whatId, Account account, String subject,
                 String description, String value, String buyerStep) {
    }

    private final Format format;
    private final Dice dice;
    private final CsvFile tasks;
    private final CsvFile events;
    private final IdSequence taskIds;
    private final IdSequence eventIds;
    private final LocalDate calendarFrom;
    private final Leads leads;
    private long logged;
    private int openTasks;

    ActivityLog(Format format, Dice dice, CsvFile tasks, CsvFile events, IdSequence taskIds, IdSequence eventIds,
                LocalDate calendarFrom, Leads leads) {
        this.format = format;
        this.leads = leads;
        this.dice = dice;
        this.tasks = tasks;
        this.events = events;
        this.taskIds = taskIds;
        this.eventIds = eventIds;
        this.calendarFrom = calendarFrom;
    }

    static List<String> eventHeader(Format format) {
        return format.exportStyle() ? EVENT_HEADER_EXPORT : EVENT_HEADER_LOADER;
    }

    /**
     * A done activity: a completed Task (completed at the end of the activity, created when it was
     * logged just after), or an Event in the past (created when it was booked, days before). Deal
     * touches carry the value for the buyer and the buyer's next step, or are empty touches.
     */
    void logged(Rep rep, LocalDate day, Planned item) {
        logged++;
        Kind kind = item.kind();
        Account account = item.account();
        String subject = Texts.subject(kind, item.contact(), account, item.deal(), dice);
        String description = Texts.note(kind, dice);
        String value = "";
        String buyerStep = "";
        if (item.dealTouch() && item.valuable()) {
            value = dice.pick(Texts.BUYER_VALUES);
            buyerStep = dice.chance(0.9) ? dice.pick(Texts.BUYER_STEPS) : "";
            description = dice.pick(Texts.VALUABLE_NOTES);
        } else if (item.dealTouch()) {
            description = dice.pick(Texts.EMPTY_NOTES);
        }
        String whatId = item.deal() != null ? item.deal().id : account != null ? account.id : "";
        Entry entry = new Entry(rep, kind, item.contact(), whatId, account, subject, description, value, buyerStep);
        long start = WorkTime.at(day, item.start(), rep.zone);
        long end = start + item.minutes() * 60L;
        if (kind.isEvent()) {
            long bookedAt = WorkTime.randomWorkInstant(WorkTime.minusWorkdays(day, dice.between(1, 8)), rep.zone, dice);
            if (item.deal() != null) bookedAt = Math.max(bookedAt, item.deal().createdAt + 60);
            event(entry, day, start, item.minutes(), Math.min(bookedAt, start - 60), Texts.location(kind, account, dice));
            return;
        }
        int callSeconds = !kind.isCall() ? -1
                : kind == Kind.VOICEMAIL ? dice.between(20, 90) : item.minutes() * 60 - dice.below(60);
        task(entry, taskIds.next(), day, "Completed", "Normal", start, end + dice.between(5, 240), end, callSeconds);
    }

    /** An open next action on a deal, due on {@code due}. */
    String openTask(Entry entry, LocalDate due, String status, String priority, long createdAt) {
        openTasks++;
        String id = taskIds.next();
        task(entry, id, due, status, priority, createdAt, createdAt, -1, -1);
        return id;
    }

    /** A meeting booked for after {@code until}. */
    void booked(Entry entry, LocalDate day, long start, int minutes, long bookedAt, String location) {
        event(entry, day, start, minutes, bookedAt, location);
    }

    /**
     * The record ids an activity links to: the contact, the deal or account, and the account; or, on a
     * company still exported as Leads, only the lead (Salesforce allows no WhatId with a lead WhoId).
     */
    private record Links(String whoId, String whatId, String accountId) {
        static Links of(Entry entry, String leadId) {
            if (leadId != null) return new Links(leadId, "", "");
            return new Links(entry.who() == null ? "" : entry.who().id(), entry.whatId(),
                    entry.account() == null ? "" : entry.account().id);
        }
    }

    private Links links(Entry entry, long happenedAt) {
        return Links.of(entry, leads.leadTouched(entry.account(), entry.who(), happenedAt));
    }

    private void task(Entry entry, String id, LocalDate activityDate, String status, String priority, long happenedAt,
                      long createdAt, long completedAt, int callSeconds) {
        boolean closed = completedAt >= 0;
        Links links = links(entry, happenedAt);
        tasks.add(id).add(links.whoId()).add(links.whatId()).add(entry.subject())
                .add(format.date(activityDate)).add(status).add(priority).add(entry.rep().id)
                .add(entry.description()).add(entry.kind().label).add(format.bool(false))
                .add(links.accountId()).add(format.bool(closed))
                .add(format.instant(createdAt)).add(callSeconds >= 0 ? Integer.toString(callSeconds) : "")
                .add(entry.kind().isCall() && closed ? "Outbound" : "").add(entry.kind().taskSubtype())
                .add(closed ? format.instant(completedAt) : "").add(entry.value()).add(entry.buyerStep()).end();
    }

    private void event(Entry entry, LocalDate day, long start, int minutes, long bookedAt, String location) {
        String id = eventIds.next();
        Links links = links(entry, start);
        events.add(id).add(links.whoId()).add(links.whatId()).add(entry.subject())
                .add(location).add(format.bool(false)).add(format.instant(start));
        if (format.exportStyle()) {
            events.add(format.date(day)).add(minutes);
        } else {
            events.add(format.instant(start + minutes * 60L)).add(format.date(day));
        }
        events.add(entry.description()).add(links.accountId()).add(entry.rep().id)
                .add(entry.kind().label).add("Busy").add(format.bool(false)).add(format.instant(bookedAt))
                .add(entry.value()).add(entry.buyerStep()).end();
        if (!day.isBefore(calendarFrom)) {
            entry.rep().calendar.add(new Meeting(id + "@" + OrgBuilder.ORG_DOMAIN, entry.subject(), location,
                    entry.description(), start, minutes, entry.who()));
        }
    }

    long logged() {
        return logged;
    }

    int openTasks() {
        return openTasks;
    }

    long rows() {
        return tasks.rows() + events.rows();
    }
}
