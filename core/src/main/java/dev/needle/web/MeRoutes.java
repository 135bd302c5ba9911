package dev.needle.web;

import dev.needle.auth.Principal;
import dev.needle.domain.Rep;
import io.javalin.http.Context;

import java.util.Comparator;
import java.util.List;


/** Who the caller is, and the reps they may see. */
final class MeRoutes {
    private final Snapshots snapshots;

    MeRoutes(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/me", "The caller: email, role, own rep and how many reps they may see", Access.ANY_USER, this::me)
                        .returns(200, MeDocument.class),
                Route.get("/api/reps", "The reps the caller may see", Access.ANY_USER, this::reps)
                        .returns(200, RepsDocument.class));
    }

    /** Who the caller is needs only the reps, so it answers also while a restarted server reads the store. */
    private void me(Context ctx, Principal caller) {
        List<Rep> reps = snapshots.reps();
        Long repId = caller.user().repId();
        Rep rep = repId == null ? null : reps.stream().filter(each -> each.id() == repId).findFirst().orElse(null);
        ctx.json(new MeDocument(caller.user().email(), caller.user().name(), caller.role().label(),
                rep == null ? null : RepsDocument.Rep.of(rep), visible(reps, caller).size()));
    }

    private void reps(Context ctx, Principal caller) {
        ctx.json(new RepsDocument(visible(snapshots.reps(), caller).stream().map(RepsDocument.Rep::of).toList()));
    }

    private static List<Rep> visible(List<Rep> reps, Principal caller) {
        return reps.stream().filter(rep -> caller.visibility().canSee(rep.id()))
                .sorted(Comparator.comparing((Rep rep) -> rep.name() == null ? "" : rep.name()).thenComparingLong(Rep::id)).toList();
    }
}
