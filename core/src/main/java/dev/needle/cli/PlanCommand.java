package dev.needle.cli;

import dev.needle.app.InvalidRequestException;
import dev.needle.app.Needle;
import dev.needle.app.PlanQuery;
import dev.needle.domain.Rep;
import dev.needle.plan.DayPlan;
import dev.needle.plan.PlanCalendar;
import dev.needle.plan.Workloads;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
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
        Optional<LocalTime[]> work = hours == null ? Optional.empty() : Optional.of(span("--hours", hours));
        LocalTime[] pause = span("--lunch", lunch);
        LocalTime workStart = work.map(span -> span[0]).orElse(null);
        LocalTime workEnd = work.map(span -> span[1]).orElse(null);
        Duration prospecting = Duration.ofMinutes(Math.round(prospectingHours * 60));
        Duration adminCap = Duration.ofMinutes(adminMinutes);
        try {
            PlanQuery.Request.check(days, workStart, workEnd, pause[0], pause[1], prospecting, adminCap); // before the store opens
        } catch (InvalidRequestException e) {
            throw usage(e.message(field -> "--" + field));
        }
        try (Needle needle = Needle.open(main.settings())) {
            List<Rep> reps = scope.reps(needle, needle.store().reps());
            Workloads workloads = Workloads.of(needle.store().dataset());
            List<DayPlan> plans = new ArrayList<>();
            for (Rep rep : reps) {
                PlanQuery.Request request = new PlanQuery.Request(rep, date, days, workStart, workEnd, pause[0], pause[1], prospecting, adminCap);
                plans.addAll(PlanQuery.plan(request, main.clock(), workloads, needle.store()));
            }
            if (ics != null) writeIcs(plans);
            PrintWriter out = spec.commandLine().getOut();
            if (output.json) Json.print(out, plans.size() == 1 ? PlanDocument.of(plans.get(0)) : PlanDocument.Plans.of(plans));
            else plans.forEach(plan -> DayPlanText.print(out, plan));
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
}
