package dev.needle.plan;

import dev.needle.domain.CalendarEvent;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Plans one rep's day in the order in which outcomes are created (seeds 001 and 002): opportunity
 * creation, deal next actions, preparation, then admin, around the rep's real meetings. A pure
 * function of a request and a workload: no database, no clock.
 */
public final class Planner {
    static final String OPPORTUNITY_CREATION_RULE =
            "Opportunity creation comes first, before email: you can never close an opportunity you have not created.";
    static final String DEAL_RULE =
            "Next, the very next action on every existing deal: overdue first, then by expected value.";
    static final String PREPARATION_RULE =
            "Then preparation for tomorrow's meetings and the next prospecting block.";
    static final String ADMIN_RULE =
            "Admin last and capped, so high-value work crowds out low-value work.";

    private Planner() {
    }

    public static DayPlan plan(PlanRequest request, Workload work) {
        List<FreeTime.Span> free = new ArrayList<>(FreeTime.of(request, work.events()));
        Optional<FreeTime.Span> adminTime = reserveAdminTime(free, request.adminCap());
        Day day = new Day(free);
        List<Carried> carried = new ArrayList<>();
        String noRoom = noRoom(request, work.events());
        carry(carried, request, Category.OPPORTUNITY_CREATION, opportunityCreationFirst(day, work.prospecting()), noRoom);
        carry(carried, request, Category.DEAL_ADVANCEMENT, dealNextActions(day, work.dealWork()), noRoom);
        carry(carried, request, Category.PREPARATION, preparation(day, work.preparation()), noRoom);
        Day adminDay = new Day(adminTime.map(List::of).orElse(List.of()));
        String adminReason = adminTime.isPresent() ? "beyond the admin cap of " + request.adminCap().toMinutes() + " minutes" : noRoom;
        carry(carried, request, Category.ADMIN, adminLast(adminDay, work.admin()), adminReason);
        List<Block> blocks = new ArrayList<>(day.blocks());
        blocks.addAll(adminDay.blocks());
        blocks.sort(Comparator.comparing(Block::start));
        return new DayPlan(request, blocks, meetingsOf(work.events()), carried, dayOff(request, work.events()).orElse(null));
    }

    /** Admin gets the end of the last free span of the day, never more than the cap (seed 002: 4:30-5:00 PM). */
    static Optional<FreeTime.Span> reserveAdminTime(List<FreeTime.Span> free, Duration cap) {
        if (free.isEmpty() || cap.isZero()) return Optional.empty();
        FreeTime.Span last = free.remove(free.size() - 1);
        FreeTime.Span admin = new FreeTime.Span(later(last.start(), last.end().minus(cap)), last.end());
        if (admin.start().isAfter(last.start())) free.add(new FreeTime.Span(last.start(), admin.start()));
        return Optional.of(admin);
    }

    /** The first free time of the day goes to prospecting touches, up to the prospecting target. */
    static List<Task> opportunityCreationFirst(Day day, List<Task> touches) {
        return day.fill(Category.OPPORTUNITY_CREATION, touches, OPPORTUNITY_CREATION_RULE);
    }

    /** Every next action due today or overdue, in the order the workload ranked them. */
    static List<Task> dealNextActions(Day day, List<Task> dealWork) {
        return day.fill(Category.DEAL_ADVANCEMENT, dealWork, DEAL_RULE);
    }

    /** Preparation only once outcome-creating work has its time. */
    static List<Task> preparation(Day day, List<Task> tasks) {
        return day.fill(Category.PREPARATION, tasks, PREPARATION_RULE);
    }

    /** Admin fills only its capped slot at the end of the day; what does not fit waits for tomorrow's slot. */
    static List<Task> adminLast(Day adminDay, List<Task> tasks) {
        return adminDay.fill(Category.ADMIN, tasks, ADMIN_RULE);
    }

    /** Nothing is dropped silently: what did not fit moves to the next working day, with the reason. */
    static void carry(List<Carried> carried, PlanRequest request, Category category, List<Task> unplaced, String reason) {
        LocalDate next = request.workingDays().next(request.date());
        for (Task task : unplaced) carried.add(new Carried(task, category, next, reason));
    }

    /** Why the rep does not work {@code request}'s date at all: not a working day of theirs, or a day away. */
    static Optional<String> dayOff(PlanRequest request, List<CalendarEvent> events) {
        Optional<String> notWorking = request.workingDays().whyNot(request.date());
        if (notWorking.isPresent()) return notWorking;
        return FreeTime.away(request, events).map(FreeTime::awayReason);
    }

    /**
     * Why a day has no room left: not a working day (a weekday the rep does not work, a public holiday they keep:
     * "1st Christmas day (DE)"), a day away (out of office, a conference), or a full day.
     */
    static String noRoom(PlanRequest request, List<CalendarEvent> events) {
        return dayOff(request, events).orElse("no free time left in the working day");
    }

    /** The busy events the day is planned around: timed meetings, and an all-day event that makes it a day away. */
    private static List<CalendarEvent> meetingsOf(List<CalendarEvent> events) {
        return events.stream().filter(CalendarEvent::busy).sorted(Comparator.comparing(CalendarEvent::start)).toList();
    }

    private static java.time.Instant later(java.time.Instant one, java.time.Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
