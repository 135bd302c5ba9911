package dev.needle.store;

import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Stored working hours: a team's default and a rep's own ({@code work_schedule}, V8). */
public final class WorkSchedules {
    private static final RowMapper<WorkingHours> HOURS = (rs, ctx) -> new WorkingHours(days(rs.getString("days")),
            LocalTime.parse(rs.getString("start_time")), LocalTime.parse(rs.getString("end_time")), rs.getString("holidays"));

    private final Database database;

    WorkSchedules(Database database) {
        this.database = database;
    }

    public Optional<WorkingHours> ofRep(long repId) {
        return find("rep", Long.toString(repId));
    }

    public Optional<WorkingHours> ofTeam(String team) {
        return team == null || team.isBlank() ? Optional.empty() : find("team", teamKey(team));
    }

    /** What the rep works by: their own hours, else their team's, else {@link WorkingHours#DEFAULT}. */
    public WorkingHours effective(Rep rep) {
        return WorkingHours.effective(ofRep(rep.id()), ofTeam(rep.team()));
    }

    /** The hours a rep works by and where they come from: "rep", "team" or "default". */
    public record Effective(WorkingHours hours, String source) {
    }

    public Effective explained(Rep rep) {
        Optional<WorkingHours> own = ofRep(rep.id());
        if (own.isPresent()) return new Effective(own.get(), "rep");
        Optional<WorkingHours> team = ofTeam(rep.team());
        return team.map(hours -> new Effective(hours, "team")).orElse(new Effective(WorkingHours.DEFAULT, "default"));
    }

    public void setRep(long repId, WorkingHours hours) {
        save("rep", Long.toString(repId), hours);
    }

    /** A team's default; team names are matched ignoring case, as {@link Rep#inTeam} does. */
    public void setTeam(String team, WorkingHours hours) {
        save("team", teamKey(team), hours);
    }

    private Optional<WorkingHours> find(String scope, String key) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "select days, start_time, end_time, holidays from work_schedule where scope = :scope and schedule_key = :key")
                .bind("scope", scope).bind("key", key).map(HOURS).findOne());
    }

    private void save(String scope, String key, WorkingHours hours) {
        database.jdbi().useTransaction(handle -> {
            handle.createUpdate("delete from work_schedule where scope = :scope and schedule_key = :key")
                    .bind("scope", scope).bind("key", key).execute();
            handle.createUpdate("""
                            insert into work_schedule (scope, schedule_key, days, start_time, end_time, holidays)
                            values (:scope, :key, :days, :start, :end, :holidays)""")
                    .bind("scope", scope).bind("key", key)
                    .bind("days", hours.daysInOrder().stream().map(day -> Integer.toString(day.getValue())).collect(Collectors.joining(",")))
                    .bind("start", hours.start().toString().substring(0, 5)).bind("end", hours.end().toString().substring(0, 5))
                    .bind("holidays", hours.holidays()).execute();
        });
    }

    private static String teamKey(String team) {
        return team.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<DayOfWeek> days(String stored) {
        return Arrays.stream(stored.split(",")).map(day -> DayOfWeek.of(Integer.parseInt(day))).collect(Collectors.toSet());
    }
}
