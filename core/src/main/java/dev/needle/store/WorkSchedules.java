package dev.needle.store;

import dev.needle.audit.Actor;
import dev.needle.audit.Change;
import dev.needle.audit.Changes;
import dev.needle.audit.RecordChange;
import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
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
        save("rep", Long.toString(repId), hours, null);
    }

    /**
     * A rep's hours set through the API: the audit trail records {@code actor} and the hours before and after in the
     * same transaction (so the store's fingerprint moves and no answer saved before is served again).
     */
    public void setRep(long repId, WorkingHours hours, Actor actor) {
        save("rep", Long.toString(repId), hours, (handle, before) -> new AuditTrail(database, Clock.systemUTC()).append(handle, actor,
                Change.of("hours.set", List.of(before.isEmpty()
                        ? RecordChange.created("work_schedule", repId, values(hours))
                        : RecordChange.updated("work_schedule", repId, values(before.get()), values(hours))))));
    }

    /** A team's default; team names are matched ignoring case, as {@link Rep#inTeam} does. */
    public void setTeam(String team, WorkingHours hours) {
        save("team", teamKey(team), hours, null);
    }

    /** A team's default set through the API, audited as {@code hours.set} with scope team in the same transaction. */
    public void setTeam(String team, WorkingHours hours, Actor actor) {
        save("team", teamKey(team), hours, (handle, before) -> new AuditTrail(database, Clock.systemUTC()).append(handle, actor,
                Changes.teamHours(team, before.map(WorkSchedules::values).orElse(null), values(hours))));
    }

    private Optional<WorkingHours> find(String scope, String key) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "select days, start_time, end_time, holidays from work_schedule where scope = :scope and schedule_key = :key")
                .bind("scope", scope).bind("key", key).map(HOURS).findOne());
    }

    private void save(String scope, String key, WorkingHours hours, BiConsumer<Handle, Optional<WorkingHours>> audit) {
        database.jdbi().useTransaction(handle -> {
            Optional<WorkingHours> before = handle.createQuery(
                            "select days, start_time, end_time, holidays from work_schedule where scope = :scope and schedule_key = :key")
                    .bind("scope", scope).bind("key", key).map(HOURS).findOne();
            handle.createUpdate("delete from work_schedule where scope = :scope and schedule_key = :key")
                    .bind("scope", scope).bind("key", key).execute();
            handle.createUpdate("""
                            insert into work_schedule (scope, schedule_key, days, start_time, end_time, holidays)
                            values (:scope, :key, :days, :start, :end, :holidays)""")
                    .bind("scope", scope).bind("key", key)
                    .bind("days", hours.daysInOrder().stream().map(day -> Integer.toString(day.getValue())).collect(Collectors.joining(",")))
                    .bind("start", hours.start().toString().substring(0, 5)).bind("end", hours.end().toString().substring(0, 5))
                    .bind("holidays", hours.holidays()).execute();
            if (audit != null) audit.accept(handle, before);
        });
    }

    private static Map<String, Object> values(WorkingHours hours) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("days", hours.daysText());
        values.put("from", hours.start().toString());
        values.put("to", hours.end().toString());
        values.put("holidays", hours.holidays());
        return values;
    }

    private static String teamKey(String team) {
        return team.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<DayOfWeek> days(String stored) {
        return Arrays.stream(stored.split(",")).map(day -> DayOfWeek.of(Integer.parseInt(day))).collect(Collectors.toSet());
    }
}
