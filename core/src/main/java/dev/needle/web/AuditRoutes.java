package dev.needle.web;

import dev.needle.audit.Actor;
import dev.needle.audit.Since;
import dev.needle.auth.Principal;
import dev.needle.store.AuditTrail;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;

import static dev.needle.web.Schemas.integer;
import static dev.needle.web.Schemas.string;

/**
 * {@code GET /api/audit}: the trail of every write through the API, for admins only — it shows every
 * team's changes, and who made them.
 */
final class AuditRoutes {
    private final AuditTrail trail;

    AuditRoutes(AuditTrail trail) {
        this.trail = trail;
    }

    List<Route> routes() {
        return List.of(Route.get("/api/audit", "The audit trail of API writes: who changed which records, when, and how", Access.ADMIN, this::audit)
                .query("since", string(), "From this date (UTC) or time with offset on, e.g. 2026-12-01 or 2026-12-01T09:30:00Z (default: the last 7 days)")
                .query("limit", integer(), "At most this many records, oldest first (1 to " + AuditTrail.MAX_LIMIT + ", default 100)")
                .returns(200, AuditTrail.Page.class));
    }

    private void audit(Context ctx, Principal caller) {
        int limit = Requests.integer(ctx, "limit", 100, 1, AuditTrail.MAX_LIMIT);
        AuditTrail.Page page = trail.since(since(ctx), limit);
        ctx.json(page);
    }

    private static Instant since(Context ctx) {
        String value = ctx.queryParam("since");
        if (value == null || value.isBlank()) return null;
        try {
            return Since.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("query parameter " + e.getMessage());
        }
    }

    /** Who is writing, and through which route (as the route table declares it, {@code {deal}} and all). */
    static Actor actor(Context ctx, Principal caller) {
        return Actor.of(caller, ctx.method().name() + " " + ctx.endpoint().path);
    }
}
