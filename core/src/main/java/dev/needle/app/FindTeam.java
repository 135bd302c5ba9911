package dev.needle.app;

import dev.needle.domain.Rep;

import java.util.List;

/** The members of the team a user names: team names match ignoring case ({@link Rep#inTeam}), as users type them. */
public final class FindTeam {
    private FindTeam() {
    }

    /** Which team; {@code name} is trimmed and must not be blank. */
    public record Request(String name) {
        public Request {
            if (name == null || name.isBlank()) throw new InvalidRequestException("{team} is required: the team's name");
            name = name.trim();
        }
    }

    /** The team's members among {@code reps}, in their order; empty when no rep is in it. */
    public static List<Rep> members(List<Rep> reps, Request request) {
        return reps.stream().filter(rep -> rep.inTeam(request.name())).toList();
    }
}
