package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Dataset;
import dev.needle.domain.Rep;
import dev.needle.plan.Block;
import dev.needle.plan.Carried;
import dev.needle.plan.DayPlan;
import dev.needle.plan.PlanCalendar;
import dev.needle.plan.PlanRequest;
import dev.needle.plan.PlanText;
import dev.needle.plan.Task;
import dev.needle.plan.Workloads;
import dev.needle.plan.PlanDays;
import dev.needle.domain.WorkingHours;
import dev.needle.store.WorkSchedules;
import dev.needle.view.PlanDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plans a rep's day in the order outcomes are created: opportunity creation first, then every",
                "deal's next action, then preparation, then admin (capped, last), around the rep's real meetings.",
                "Work that does not fit is carried to the next working day and listed."})
final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    Scope scope;

    @Option(names = "--date", paramLabel = "DATE", description = "The day to plan (default: today in the rep's zone).")
    LocalDate date;

    @Option(names = "--days", paramLabel = "N", defaultValue = "1", description = "Plan N working days from --date (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--hours", paramLabel = "HH:MM-HH:MM", description = "Working hours in the rep's zone for this plan only (default: the rep's stored hours, see needle hours; else 08:30-17:30).")
    String hours;

    @Option(names = "--lunch", paramLabel = "HH:MM-HH:MM", defaultValue = "12:00-13:00", description = "Lunch (default: ${DEFAULT-VALUE}).")
    String lunch;

    @Option(names = "--prospecting-hours", paramLabel = "H", defaultValue = "1.5", description = "Daily prospecting target in hours (default: ${DEFAULT-VALUE}).")
    double prospectingHours;

    @Option(names = "--admin-minutes", paramLabel = "M", defaultValue = "30", description = "Cap on the admin block (default: ${DEFAULT-VALUE}).")
    int adminMinutes;

    @Mixin
    JsonOption output;

    @Option(names = "--ics", paramLabel = "FILE", description = "Also write the plan as an iCalendar file (one event per block).")
    Path ics;

    @Override
    public Integer call() {
        scope.required();
        if (days < 1 || days > 31) throw usage("--days must be between 1 and 31");
        if (prospectingHours < 0 || prospectingHours > 12 || adminMinutes < 0 || adminMinutes > 240) {
            throw usage("--prospecting-hours must be 0-12 and --admin-minutes 0-240");
        }
        Optional<LocalTime[]> work = hours == null ? Optional.empty() : Optional.of(span("--hours", hours));
        LocalTime[] pause = span("--lunch", lunch);
        try (Needle needle = Needle.open(main.settings())) {
            List<Rep> reps = scope.reps(needle, needle.store().reps());
            Dataset data = needle.store().dataset();
            Workloads workloads = Workloads.of(data);
            WorkSchedules schedules = needle.store().workSchedules();
            List<DayPlan> plans = new ArrayList<>();
            for (Rep rep : reps) {
                ZoneId zone = PlanDays.zone(rep);
                LocalDate first = date != null ? date : LocalDate.now(main.clock().withZone(zone));
                // the stored hours (the rep's, else the team's), unless --hours says otherwise for this plan
                WorkingHours repHours = PlanDays.withHours(schedules.effective(rep), work);
                PlanRequest template = new PlanRequest(rep, first, repHours.start(), repHours.end(), pause[0], pause[1],
                        Duration.ofMinutes(Math.round(prospectingHours * 60)), Duration.ofMinutes(adminMinutes));
                plans.addAll(PlanDays.plan(template, repHours, days, workloads,
                        (from, to) -> needle.store().calendarEvents(rep.id(), from, to)));
            }
            if (ics != null) writeIcs(plans);
            PrintWriter out = spec.commandLine().getOut();
            if (output.json) Json.print(out, plans.size() == 1 ? PlanDocument.of(plans.get(0)) : Map.of("plans", plans.stream().map(PlanDocument::of).toList()));
            else plans.forEach(plan -> print(out, plan));
            out.flush();
        }
        return 0;
    }

    private void writeIcs(List<DayPlan> plans) {
        try {
            Files.writeString(ics, PlanCalendar.write(plans, main.clock().instant()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + ics + ": " + e.getMessage(), e);
        }
    }

    private LocalTime[] span(String option, String value) {
        try {
            String[] parts = value.split("-");
            LocalTime start = LocalTime.parse(parts[0].trim());
            LocalTime end = LocalTime.parse(parts[1].trim());
            if (parts.length == 2 && !end.isBefore(start)) return new LocalTime[]{start, end};
        } catch (RuntimeException e) {
            // reported below
        }
        throw usage(option + " must look like 08:30-17:30, got " + value);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }



    static void print(PrintWriter out, DayPlan plan) {
        ZoneId zone = plan.request().zone();
        Rep rep = plan.request().rep();
        out.printf("%s — %s %s (%s)%n", rep.name(), plan.date().getDayOfWeek(), plan.date(), zone.getId());
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
