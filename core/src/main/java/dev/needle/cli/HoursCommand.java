package dev.needle.cli;

import dev.needle.app.FindTeam;
import dev.needle.app.Needle;
import dev.needle.domain.InvalidWorkingHoursException;
import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;
import dev.needle.plan.Holidays;
import dev.needle.plan.PlanDays;
import dev.needle.plan.UnknownHolidayCalendarException;
import dev.needle.store.WorkSchedules;
import dev.needle.view.WorkingHoursDocument;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;

@Command(name = "hours", mixinStandardHelpOptions = true,
        description = {"Working days, hours and public holidays, per rep or as a team's default: plans skip days off and",
                "carry their work to the next working day. A rep's own hours win over the team's, the team's over",
                "Monday to Friday 08:30-17:30 with no holidays."},
        subcommands = {HoursCommand.Set.class, HoursCommand.Show.class})
final class HoursCommand {
    @ParentCommand
    Main main;

    static final class Who {
        @Option(names = "--rep", paramLabel = "REP", description = "One rep: Needle id, source id or email.")
        String rep;

        @Option(names = "--team", paramLabel = "TEAM", description = "A team's default, for its reps with no hours of their own.")
        String team;
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Sets a rep's working hours or a team's default.")
    static final class Set implements Runnable {
        @ParentCommand
        HoursCommand parent;

        @Spec
        CommandSpec spec;

        @ArgGroup(multiplicity = "1")
        Who who = new Who();

        @Option(names = "--days", paramLabel = "DAYS", defaultValue = "mon-fri",
                description = "Working weekdays: mon-fri, sun-thu, mon,tue,thu (default: ${DEFAULT-VALUE}).")
        String days;

        @Option(names = "--from", paramLabel = "HH:MM", defaultValue = "08:30", description = "Start of the working day in the rep's zone (default: ${DEFAULT-VALUE}).")
        String from;

        @Option(names = "--to", paramLabel = "HH:MM", defaultValue = "17:30", description = "End of the working day (default: ${DEFAULT-VALUE}).")
        String to;

        @Option(names = "--holidays", paramLabel = "CODE",
                description = {"Public holidays kept: a country, optionally with a region: de, de-by, us-ny, gb-eng (default: none).",
                        "An unknown code is refused with the valid ones."})
        String holidays;

        @Override
        public void run() {
            WorkingHours hours;
            try {
                hours = new WorkingHours(WorkingHours.parseDays(days), WorkingHours.parseTime("from", from),
                        WorkingHours.parseTime("to", to), holidays);
                hours.holidayCalendar().ifPresent(Holidays::of); // refused here, before anything is stored
            } catch (InvalidWorkingHoursException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.field() + ": " + e.getMessage());
            } catch (UnknownHolidayCalendarException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--holidays: " + e.getMessage());
            }
            try (Needle needle = Needle.open(parent.main.settings())) {
                WorkSchedules schedules = needle.store().workSchedules();
                PrintWriter out = spec.commandLine().getOut();
                if (who.rep != null) {
                    Rep rep = Scope.rep(needle, who.rep, spec);
                    schedules.setRep(rep.id(), hours);
                    out.printf("%s works %s.%n", rep.name(), describe(hours));
                } else {
                    String team = team(needle, who.team, spec);
                    schedules.setTeam(team, hours);
                    out.printf("Team %s works %s, unless a rep has hours of their own.%n", team, describe(hours));
                }
                out.flush();
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows the hours a rep works by (their own, their team's or the default) and their next public holidays.")
    static final class Show implements Runnable {
        @ParentCommand
        HoursCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--rep", paramLabel = "REP", required = true, description = "Needle id, source id or email.")
        String rep;

        @Mixin
        JsonOption output;

        @Override
        public void run() {
            try (Needle needle = Needle.open(parent.main.settings())) {
                Rep found = Scope.rep(needle, rep, spec);
                WorkSchedules.Effective effective = needle.store().workSchedules().explained(found);
                WorkingHours hours = effective.hours();
                LocalDate today = LocalDate.now(parent.main.clock().withZone(PlanDays.zone(found)));
                Map<LocalDate, String> next = PlanDays.nextHolidays(hours, today, 5);
                String calendar = hours.holidayCalendar().map(code -> Holidays.of(code).describe()).orElse(null);
                PrintWriter out = spec.commandLine().getOut();
                if (output.json) {
                    Json.print(out, WorkingHoursDocument.of(found, hours, effective.source(), calendar, next));
                } else {
                    out.printf("%s works %s (%s; times in %s).%n", found.name(), describe(hours), switch (effective.source()) {
                        case "rep" -> "their own hours";
                        case "team" -> "team " + found.team() + "'s hours";
                        default -> "the default: nothing set for them or their team";
                    }, PlanDays.zone(found).getId());
                    if (calendar != null) {
                        out.printf("Public holidays of %s; the next ones:%n", calendar);
                        next.forEach((date, name) -> out.printf("  %s %-9s %s%n", date, date.getDayOfWeek(), name));
                    }
                }
                out.flush();
            }
        }
    }

    /** "mon-fri 08:30-17:00, public holidays of de-by" */
    static String describe(WorkingHours hours) {
        return hours.daysText() + " " + hours.start() + "-" + hours.end()
                + hours.holidayCalendar().map(code -> ", public holidays of " + code).orElse(", no public holidays");
    }


    /** The team as the reps' records spell it; a name no rep's team has is refused, so a typo stores nothing. */
    private static String team(Needle needle, String name, CommandSpec spec) {
        return Scope.team(needle.store().reps(), name, spec).get(0).team();
    }
}
