package dev.needle.view;

import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Rep;
import dev.needle.plan.Block;
import dev.needle.plan.Carried;
import dev.needle.plan.DayPlan;
import dev.needle.plan.Task;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code needle plan --json} and {@code GET /api/reps/{id}/plan}: a rep's day, block by block. */
public final class PlanDocument {
    private PlanDocument() {
    }

    public static Map<String, Object> of(DayPlan plan) {
        ZoneId zone = plan.request().zone();
        Rep rep = plan.request().rep();
        Map<String, Object> document = new LinkedHashMap<>();
        Map<String, Object> repLine = new LinkedHashMap<>();
        repLine.put("id", rep.id());
        repLine.put("externalId", rep.externalId());
        repLine.put("name", rep.name());
        repLine.put("email", rep.email());
        document.put("rep", repLine);
        document.put("date", plan.date().toString());
        document.put("timeZone", zone.getId());
        Map<String, Object> hours = new LinkedHashMap<>();
        hours.put("start", plan.request().workStart().toString());
        hours.put("end", plan.request().workEnd().toString());
        document.put("workingHours", hours);
        document.put("dayOff", plan.dayOff());
        List<Object> blocks = new ArrayList<>();
        for (Block block : plan.blocks()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("start", block.start().atZone(zone).toOffsetDateTime().toString());
            line.put("end", block.end().atZone(zone).toOffsetDateTime().toString());
            line.put("category", block.category().name());
            line.put("rule", block.rule());
            line.put("tasks", block.tasks().stream().map(PlanDocument::task).toList());
            blocks.add(line);
        }
        document.put("blocks", blocks);
        List<Object> meetings = new ArrayList<>();
        for (CalendarEvent event : plan.meetings()) {
            Map<String, Object> line = new LinkedHashMap<>();
            // an all-day event runs from midnight to midnight of its dates in the plan's zone, whatever zone it was imported in
            Instant start = event.allDay() ? event.firstDay(zone).atStartOfDay(zone).toInstant() : event.start();
            Instant end = event.allDay() ? event.firstDay(zone).plusDays(event.days()).atStartOfDay(zone).toInstant() : event.end();
            line.put("start", start.atZone(zone).toOffsetDateTime().toString());
            line.put("end", end.atZone(zone).toOffsetDateTime().toString());
            line.put("allDay", event.allDay());
            line.put("summary", event.summary());
            meetings.add(line);
        }
        document.put("meetings", meetings);
        List<Object> carried = new ArrayList<>();
        for (Carried item : plan.carriedOver()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("category", item.category().name());
            line.put("to", item.to().toString());
            line.put("reason", item.reason());
            line.put("task", task(item.task()));
            carried.add(line);
        }
        document.put("carriedOver", carried);
        Double share = plan.highValueShare();
        document.put("highValueShare", share == null ? null : Math.round(share * 10_000) / 10_000.0);
        return document;
    }

    static Map<String, Object> task(Task task) {
        Map<String, Object> line = new LinkedHashMap<>();
        if (task.dealId() == null) line.put("deal", null);
        else {
            Map<String, Object> deal = new LinkedHashMap<>();
            deal.put("id", task.dealId());
            deal.put("externalId", task.dealExternalId());
            deal.put("name", task.dealName());
            line.put("deal", deal);
        }
        line.put("account", task.account());
        line.put("contact", task.contact());
        line.put("action", task.action());
        line.put("valueForBuyer", task.valueForBuyer());
        line.put("buyerNextStep", task.buyerNextStep());
        line.put("due", task.due() == null ? null : task.due().toString());
        line.put("minutes", task.minutes());
        return line;
    }
}
