package dev.needle.web;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** {@code GET /api/reps}: the reps the caller may see. */
public record RepsDocument(List<RepsDocument.Rep> reps) {

    /** A rep as the API lists them: Needle's id, the source system's, and who they are. */
    public record Rep(long id, String externalId, @Nullable String name, @Nullable String email, @Nullable String team,
                      @Nullable Long managerId, @Nullable String timeZone) {
        static Rep of(dev.needle.domain.Rep rep) {
            return new Rep(rep.id(), rep.externalId(), rep.name(), rep.email(), rep.team(), rep.managerId(), rep.timeZone());
        }
    }
}
