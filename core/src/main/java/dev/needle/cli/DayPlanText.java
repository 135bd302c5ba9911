package dev.needle.cli;

import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Rep;
import dev.needle.plan.Block;
import dev.needle.plan.Carried;
import dev.needle.plan.DayPlan;
import dev.needle.plan.PlanText;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A rep's planned day, as {@code needle plan} and {@code needle demo} print it. */
final class DayPlanText {
    private DayPlanText() {
    }

    static void print(PrintWriter out, DayPlan plan) {
        ZoneId zone = plan.request().zone();
        Rep rep = plan.request().rep();
        out.printf("%s — %s %s (%s)%n", rep.name(), plan.date().getDayOfWeek(), plan.date(), zone.getId());
        rep.zoneNote().ifPresent(note -> out.printf("Note: %s.%n", note));
        List<Object[]> rows = new ArrayList<>();
        for (CalendarEvent meeting : plan.meetings()) rows.add(new Object[]{meeting.start(), meeting});
        for (Block block : plan.blocks()) rows.add(new Object[]{block.start(), block});
        rows.sort((one, other) -> ((Instant) one[0]).compareTo((Instant) other[0]));
        for (Object[] row : rows) {
            if (row[1] instanceof CalendarEvent meeting) {
                // a busy all-day event is a day away (a conference, out of office), not a 24-hour meeting
                out.printf("  %s  %-20s %s%n", meeting.allDay() ? "all day    " : times(meeting.start(), meeting.end(), zone),
                        meeting.allDay() ? "Away" : "Meeting", meeting.summary() == null ? "" : meeting.summary());
                continue;
            }
            Block block = (Block) row[1];
            out.printf("  %s  %-20s %s%n", times(block.start(), block.end(), zone), block.category().label(), block.rule());
            for (String line : PlanText.tasks(block.tasks())) out.printf("%17s- %s%n", "", line);
        }
        // "not a working day: 1st Christmas day (DE)"; a day away already says so: "away all day: Vacation — not a working day"
        plan.whyDayOff().ifPresent(why -> out.println(why.startsWith("away all day")
                ? "  " + why + " — not a working day" : "  not a working day: " + why));
        if (plan.blocks().isEmpty()) out.println("  nothing planned");
        Double share = plan.highValueShare();
        out.printf("  High-value share of planned time: %s%n", share == null ? "-" : Math.round(share * 100) + "%");
        if (!plan.carriedOver().isEmpty()) {
            out.printf("  Carried over (%d): %n", plan.carriedOver().size());
            List<Carried> carried = plan.carriedOver();
            for (int index = 0; index < carried.size(); ) {
                Carried item = carried.get(index);
                int same = 1;
                while (index + same < carried.size() && carried.get(index + same).equals(item)) same++;
                String what = same == 1 ? PlanText.task(item.task()) : PlanText.tasks(java.util.Collections.nCopies(same, item.task())).get(0);
                out.printf("    to %s (%s) — %s: %s%n", item.to(), item.reason(), item.category().name(), what);
                index += same;
            }
        }
        out.println();
    }

    private static String times(Instant start, Instant end, ZoneId zone) {
        return start.atZone(zone).toLocalTime() + "–" + end.atZone(zone).toLocalTime();
    }
}
