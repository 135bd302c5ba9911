package dev.needle.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Rep;
import dev.needle.plan.Block;
import dev.needle.plan.Carried;
import dev.needle.plan.Category;
import dev.needle.plan.DayPlan;
import dev.needle.plan.Task;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code needle plan --json} and {@code GET /api/reps/{id}/plan}: a rep's day, block by block. Times of day are
 * written as the rep's local time with its offset ({@code 2026-12-01T09:00+01:00}), as {@code OffsetDateTime}
 * prints them; working hours as {@code 08:30}. {@code dayOff}: why nothing was planned on a day the rep does not work
 * (a holiday's name, a day away), null on a working day. {@code timeZoneNote}: only when the rep has no zone Needle knows,
 * saying that the plan is in UTC.
 */
public record PlanDocument(RepLine rep, LocalDate date, String timeZone,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String timeZoneNote, Hours workingHours, @Nullable String dayOff,
                           List<BlockLine> blocks, List<Meeting> meetings, List<CarriedLine> carriedOver,
                           @Nullable Double highValueShare) {

    /** Several days' or several reps' plans: {@code needle plan --days 3} or {@code --team}. */
    public record Plans(List<PlanDocument> plans) {
        public static Plans of(List<DayPlan> plans) {
            return new Plans(plans.stream().map(PlanDocument::of).toList());
        }
    }

    public record RepLine(long id, String externalId, @Nullable String name, @Nullable String email) {
    }

    public record Hours(String start, String end) {
    }

    /** A block of the day, the rule that put it there, and its tasks. */
    public record BlockLine(String start, String end, Category category, String rule, List<TaskLine> tasks) {
    }

    /** A meeting from the rep's calendar; an all-day one from midnight to midnight in the plan's zone. */
    public record Meeting(String start, String end, boolean allDay, @Nullable String summary) {
    }

    /** Work that did not fit, carried to the day {@code to}. */
    public record CarriedLine(Category category, LocalDate to, String reason, TaskLine task) {
    }

    public record TaskLine(@Nullable DealLine deal, @Nullable String account, @Nullable String contact, String action,
                           @Nullable String valueForBuyer, @Nullable String buyerNextStep, @Nullable LocalDate due, int minutes) {
    }

    public record DealLine(long id, @Nullable String externalId, @Nullable String name) {
    }

    public static PlanDocument of(DayPlan plan) {
        ZoneId zone = plan.request().zone();
        Rep rep = plan.request().rep();
        List<BlockLine> blocks = new ArrayList<>();
        for (Block block : plan.blocks()) {
            blocks.add(new BlockLine(local(block.start(), zone), local(block.end(), zone), block.category(), block.rule(),
                    block.tasks().stream().map(PlanDocument::task).toList()));
        }
        List<Meeting> meetings = new ArrayList<>();
        for (CalendarEvent event : plan.meetings()) {
            // an all-day event runs from midnight to midnight of its dates in the plan's zone, whatever zone it was imported in
            Instant start = event.allDay() ? event.firstDay(zone).atStartOfDay(zone).toInstant() : event.start();
            Instant end = event.allDay() ? event.firstDay(zone).plusDays(event.days()).atStartOfDay(zone).toInstant() : event.end();
            meetings.add(new Meeting(local(start, zone), local(end, zone), event.allDay(), event.summary()));
        }
        List<CarriedLine> carried = new ArrayList<>();
        for (Carried item : plan.carriedOver()) {
            carried.add(new CarriedLine(item.category(), item.to(), item.reason(), task(item.task())));
        }
        Double share = plan.highValueShare();
        return new PlanDocument(new RepLine(rep.id(), rep.externalId(), rep.name(), rep.email()), plan.date(), zone.getId(),
                rep.zoneNote().orElse(null),
                new Hours(plan.request().workStart().toString(), plan.request().workEnd().toString()), plan.dayOff(),
                blocks, meetings, carried, share == null ? null : Math.round(share * 10_000) / 10_000.0);
    }

    /** As OffsetDateTime.toString() writes it: seconds only when there are some, unlike Jackson's ISO format. */
    private static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().toString();
    }

    private static TaskLine task(Task task) {
        return new TaskLine(task.dealId() == null ? null : new DealLine(task.dealId(), task.dealExternalId(), task.dealName()),
                task.account(), task.contact(), task.action(), task.valueForBuyer(), task.buyerNextStep(), task.due(), task.minutes());
    }
}
