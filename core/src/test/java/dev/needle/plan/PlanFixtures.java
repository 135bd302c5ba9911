package dev.needle.plan;

import dev.needle.domain.Account;
import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Contact;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.NextAction;
import dev.needle.domain.Outcome;
import dev.needle.domain.Rep;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Test-data builder: a small org for one rep, with deals, next actions and calendar events. */
final class PlanFixtures {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    final Rep rep;
    final List<Account> accounts = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    final List<Deal> deals = new ArrayList<>();
    final List<NextAction> actions = new ArrayList<>();
    final List<CalendarEvent> events = new ArrayList<>();
    private long ids = 100;

    PlanFixtures(String zone) {
        rep = new Rep(1, "test", "R1", "Ana Rep", "ana@example.com", "East", null, zone, null);
    }

    static PlanFixtures inNewYork() {
        return new PlanFixtures("America/New_York");
    }

    Account account(String name, boolean dream) {
        Account account = new Account(++ids, "test", "A" + ids, name, "Tech", dream);
        accounts.add(account);
        contacts.add(new Contact(++ids, "test", "C" + ids, account.id(), "Buyer of " + name, "VP", null));
        return account;
    }

    /** An account the rep once lost a deal at: one of the rep's accounts to prospect again. */
    Account formerClient(String name, boolean dream) {
        Account account = account(name, dream);
        deals.add(new Deal(++ids, "test", "D" + ids, account.id(), rep.id(), name + " pilot", BigDecimal.valueOf(5_000), "USD",
                "Closed Lost", null, null, Instant.parse("2025-01-05T15:00:00Z"), null, LocalDate.of(2025, 3, 1), Outcome.LOST));
        return account;
    }

    Deal deal(String name, long amount, String stage) {
        Account account = account(name + " Inc.", false);
        Deal deal = new Deal(++ids, "test", "D" + ids, account.id(), rep.id(), name, BigDecimal.valueOf(amount), "USD",
                stage, null, null, Instant.parse("2026-01-05T15:00:00Z"), null, null, Outcome.OPEN);
        deals.add(deal);
        return deal;
    }

    NextAction action(Deal deal, String what, LocalDate due, String valueForBuyer) {
        NextAction action = new NextAction(++ids, "test", "T" + ids, deal.id(), rep.id(), what, due, valueForBuyer,
                "Book the next meeting", NextAction.Status.OPEN);
        actions.add(action);
        return action;
    }

    CalendarEvent meeting(LocalDateTime start, int minutes, boolean busy, String summary) {
        ZoneId zone = PlanRequest.zoneOf(rep);
        CalendarEvent event = new CalendarEvent(++ids, rep.id(), "test", "E" + ids, start.atZone(zone).toInstant(),
                start.plusMinutes(minutes).atZone(zone).toInstant(), false, busy, summary);
        events.add(event);
        return event;
    }

    CalendarEvent allDay(LocalDate day, String summary) {
        ZoneId zone = PlanRequest.zoneOf(rep);
        CalendarEvent event = new CalendarEvent(++ids, rep.id(), "test", "E" + ids, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant(), true, true, summary);
        events.add(event);
        return event;
    }

    /** An all-day event over {@code days} dates from {@code first}, stored as the import stores it for a rep in {@code importedIn}. */
    CalendarEvent allDay(LocalDate first, int days, boolean busy, String summary, ZoneId importedIn) {
        CalendarEvent event = new CalendarEvent(++ids, rep.id(), "test", "E" + ids, first.atStartOfDay(importedIn).toInstant(),
                first.plusDays(days).atStartOfDay(importedIn).toInstant(), true, busy, summary);
        events.add(event);
        return event;
    }

    Dataset dataset() {
        return new Dataset(List.of(rep), accounts, contacts, deals, List.of(), List.of(), actions, List.of());
    }

    DayPlan plan(LocalDate day) {
        return plan(PlanRequest.of(rep, day));
    }

    DayPlan plan(PlanRequest request) {
        return Planner.plan(request, Workloads.of(dataset()).forDay(request, events));
    }

    /** A rep's plan for a day on any dataset (an imported org), with no calendar. */
    static DayPlan plan(Dataset data, Rep rep, LocalDate day) {
        PlanRequest request = PlanRequest.of(rep, day);
        return Planner.plan(request, Workloads.of(data).forDay(request, List.of()));
    }

    Workload workload(LocalDate day) {
        return workload(PlanRequest.of(rep, day));
    }

    Workload workload(PlanRequest request) {
        return Workloads.of(dataset()).forDay(request, events);
    }
}
