package dev.needle.web;

import dev.needle.app.FindTeam;
import dev.needle.auth.Principal;
import dev.needle.domain.InvalidWorkingHoursException;
import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;
import dev.needle.plan.Holidays;
import dev.needle.plan.PlanDays;
import dev.needle.plan.UnknownHolidayCalendarException;
import dev.needle.store.WorkSchedules;
import dev.needle.view.WorkingHoursDocument;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.needle.web.Schemas.nullableString;
import static dev.needle.web.Schemas.object;

/**
 * A rep's working days, hours and public holidays ({@code needle hours}): a rep reads and sets their own, a manager or
 * an admin those of the reps they see. Plans read them from the store at once; no snapshot needs renewing.
 */
final class HoursRoutes {
    private static final int NEXT_HOLIDAYS = 5;

    private final Snapshots snapshots;
    private final WorkSchedules schedules;
    private final Clock clock;

    HoursRoutes(Snapshots snapshots, WorkSchedules schedules, Clock clock) {
        this.snapshots = snapshots;
        this.schedules = schedules;
        this.clock = clock;
    }

    /** What PUT takes; a field left out takes needle hours set's default (mon-fri, 08:30, 17:30, no holidays). */
    record HoursEntry(String days, String from, String to, String holidays) {
        WorkingHours hours() {
            try {
                WorkingHours hours = new WorkingHours(WorkingHours.parseDays(days == null ? "mon-fri" : days),
                        WorkingHours.parseTime("from", from == null ? "08:30" : from),
                        WorkingHours.parseTime("to", to == null ? "17:30" : to), holidays);
                hours.holidayCalendar().ifPresent(Holidays::of);
                return hours;
            } catch (InvalidWorkingHoursException e) {
                throw new ApiException(422, e.getMessage(), Map.of(e.field(), e.getMessage()));
            } catch (UnknownHolidayCalendarException e) {
                throw new ApiException(422, e.getMessage(), Map.of("holidays", e.getMessage()));
            }
        }
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/reps/{rep}/hours", "A rep's working days, hours and public holidays (their own, their team's or the default) and the next holidays",
                        Access.ANY_USER, this::get).returns(200, WorkingHoursDocument.class),
                Route.put("/api/reps/{rep}/hours", "Set a rep's working days, hours and public holidays (a country code, optionally with a region: de-by); 422 names the field and, for holidays, the valid codes",
                                Access.ANY_USER, this::put)
                        .body(object("days", nullableString(), "from", nullableString(), "to", nullableString(), "holidays", nullableString()))
                        .returns(200, WorkingHoursDocument.class),
                Route.get("/api/teams/{team}/hours", "A team's default working days, hours and public holidays, for its reps with none of "
                                + "their own (source team, or default when none was set): a manager who sees every member, or an admin; "
                                + "404 for a team no rep belongs to", Access.MANAGER, this::getTeam)
                        .returns(200, WorkingHoursDocument.Team.class),
                Route.put("/api/teams/{team}/hours", "Set a team's default working days, hours and public holidays, as for a rep; "
                                + "422 names the field", Access.MANAGER, this::putTeam)
                        .body(object("days", nullableString(), "from", nullableString(), "to", nullableString(), "holidays", nullableString()))
                        .returns(200, WorkingHoursDocument.Team.class));
    }

    private void getTeam(Context ctx, Principal caller) {
        ctx.json(teamDocument(team(ctx, caller)));
    }

    private void putTeam(Context ctx, Principal caller) {
        String team = team(ctx, caller);
        WorkingHours hours = Requests.body(ctx, HoursEntry.class).hours();
        schedules.setTeam(team, hours, AuditRoutes.actor(ctx, caller));
        ctx.json(teamDocument(team));
    }

    /**
     * The team as its reps' records spell it, when the caller sees every member (as for the weekly report): any other
     * team, or one no rep belongs to, answers 404, so the API does not tell which teams there are.
     */
    private String team(Context ctx, Principal caller) {
        FindTeam.Request wanted = new FindTeam.Request(ctx.pathParam("team"));
        List<Rep> members = FindTeam.members(snapshots.current().data().reps(), wanted);
        if (members.isEmpty() || !members.stream().allMatch(rep -> caller.visibility().canSee(rep.id()))) {
            throw ApiException.notFound("no team " + wanted.name() + " among the teams you may see");
        }
        return members.get(0).team();
    }

    private WorkingHoursDocument.Team teamDocument(String team) {
        Optional<WorkingHours> set = schedules.ofTeam(team);
        WorkingHours hours = set.orElse(WorkingHours.DEFAULT);
        return WorkingHoursDocument.ofTeam(team, hours, set.isPresent() ? "team" : "default",
                hours.holidayCalendar().map(code -> Holidays.of(code).describe()).orElse(null));
    }

    private void get(Context ctx, Principal caller) {
        Rep rep = Requests.visibleRep(snapshots.current(), caller, ctx.pathParam("rep"));
        ctx.json(document(rep));
    }

    private void put(Context ctx, Principal caller) {
        Rep rep = Requests.visibleRep(snapshots.current(), caller, ctx.pathParam("rep"));
        WorkingHours hours = Requests.body(ctx, HoursEntry.class).hours();
        schedules.setRep(rep.id(), hours, AuditRoutes.actor(ctx, caller));
        ctx.json(document(rep));
    }

    private WorkingHoursDocument document(Rep rep) {
        WorkSchedules.Effective effective = schedules.explained(rep);
        WorkingHours hours = effective.hours();
        LocalDate today = LocalDate.now(clock.withZone(PlanDays.zone(rep)));
        return WorkingHoursDocument.of(rep, hours, effective.source(),
                hours.holidayCalendar().map(code -> Holidays.of(code).describe()).orElse(null),
                PlanDays.nextHolidays(hours, today, NEXT_HOLIDAYS));
    }
}
