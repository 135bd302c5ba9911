package dev.needle.plan;

import dev.needle.domain.CalendarEvent;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A rep's planned day: blocks in time order, the busy calendar events they were planned around (timed meetings,
 * or a busy all-day event that makes it a day away with nothing planned), and what did not fit, carried to the
 * next working day. Timed meetings that overlap or touch are one busy span, whose summary says how many events
 * it stands for ("Sync (20,000 events)"). {@code dayOff} says why nothing could be planned on a day the rep does not
 * work ("1st Christmas day (DE)", "SATURDAY is not a working day", "away all day: Out of office"); null on a working day.
 */
public record DayPlan(PlanRequest request, List<Block> blocks, List<CalendarEvent> meetings, List<Carried> carriedOver,
                      String dayOff) {
    public DayPlan {
        blocks = List.copyOf(blocks);
        meetings = List.copyOf(meetings);
        carriedOver = List.copyOf(carriedOver);
    }

    public Optional<String> whyDayOff() {
        return Optional.ofNullable(dayOff);
    }

    public LocalDate date() {
        return request.date();
    }

    /** Planned minutes of high-value blocks over all planned minutes; null for a day with nothing planned. */
    public Double highValueShare() {
        long all = 0;
        long high = 0;
        for (Block block : blocks) {
            long minutes = block.length().toMinutes();
            all += minutes;
            if (block.category().highValue()) high += minutes;
        }
        return all == 0 ? null : (double) high / all;
    }

    public Duration planned() {
        return blocks.stream().map(Block::length).reduce(Duration.ZERO, Duration::plus);
    }
}
