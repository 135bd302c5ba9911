package dev.needle.plan;

import dev.needle.domain.CalendarEvent;

import java.util.List;

/**
 * What there is to plan on a day, each list already in its order of importance: the rep's calendar
 * (busy and free events), prospecting touches, deal work, preparation and admin tasks.
 */
public record Workload(List<CalendarEvent> events, List<Task> prospecting, List<Task> dealWork,
                       List<Task> preparation, List<Task> admin) {
    public Workload {
        events = List.copyOf(events);
        prospecting = List.copyOf(prospecting);
        dealWork = List.copyOf(dealWork);
        preparation = List.copyOf(preparation);
        admin = List.copyOf(admin);
    }
}
