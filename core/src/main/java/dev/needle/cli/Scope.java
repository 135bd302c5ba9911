package dev.needle.cli;

import dev.needle.app.FindRep;
import dev.needle.app.FindTeam;
import dev.needle.app.InvalidRequestException;
import dev.needle.app.Needle;
import dev.needle.domain.Dataset;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Rep;
import dev.needle.measure.Datasets;
import dev.needle.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code --rep} or {@code --team}, not both: the reps a command looks at, one meaning for every command that
 * takes them. Neither means every rep, unless the command {@linkplain #required() needs one}. ({@code value} learns
 * from a team's records or everyone's, so it takes {@code --team} alone, read by {@link #history}.)
 */
final class Scope {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @ArgGroup
    Selection selection;

    static final class Selection {
        @Option(names = "--rep", paramLabel = "REP", description = "One rep: Needle id, source id or email.")
        String rep;

        @Option(names = "--team", paramLabel = "TEAM", description = "Every rep of one team.")
        String team;
    }

    String rep() {
        return selection == null ? null : selection.rep;
    }

    String team() {
        return selection == null ? null : selection.team;
    }

    /** For a command that looks at someone in particular: refuses neither --rep nor --team as bad usage. */
    Scope required() {
        if (rep() == null && team() == null) throw usage("Missing required argument: --rep=REP or --team=TEAM");
        return this;
    }

    /** Which of {@code reps} the selection covers; a rep or team that matches none is bad usage. */
    Scoped of(Needle needle, List<Rep> reps) {
        return Scoped.of(needle, reps, rep(), team(), spec);
    }

    /** The reps selected, out of {@code reps} (every rep when nothing is selected). */
    List<Rep> reps(Needle needle, List<Rep> reps) {
        Scoped scoped = of(needle, reps);
        return reps.stream().filter(scoped::includes).toList();
    }

    /**
     * The store as units, streamed, when no team is named: the analysis applies as-of itself, unit by
     * unit. A team's records are picked out of the whole store in memory; a team with none is bad usage.
     */
    static OrgHistory history(Store store, String team, CommandSpec spec) {
        if (team == null) return store.history();
        Dataset data = store.dataset();
        Set<Long> members = team(data.reps(), team, spec).stream().map(Rep::id).collect(Collectors.toSet());
        return Datasets.ofReps(data, members).history();
    }

    /** The rep a {@code --rep} names (Needle id, source id or email), wherever it is taken; one that matches none is bad usage. */
    static Rep rep(Needle needle, String key, CommandSpec spec) {
        try {
            return FindRep.among(needle.store().reps(), new FindRep.Request(key))
                    .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "no rep matches --rep " + key));
        } catch (InvalidRequestException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.message(field -> "--" + field));
        }
    }

    /** The members of the team a {@code --team} names; a team no rep is in is bad usage. */
    static List<Rep> team(List<Rep> reps, String name, CommandSpec spec) {
        try {
            List<Rep> members = FindTeam.members(reps, new FindTeam.Request(name));
            if (members.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "no team named " + name);
            return members;
        } catch (InvalidRequestException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.message(field -> "--" + field));
        }
    }

    /** The records of {@code team} (all when null) up to the end of {@code asOf} (UTC). */
    static Dataset of(Dataset data, String team, LocalDate asOf) {
        Dataset scoped = team == null ? data : Datasets.ofTeam(data, team);
        // meetings booked for later are in the exports too: analyses see only what has happened
        return Datasets.asOf(scoped, asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
