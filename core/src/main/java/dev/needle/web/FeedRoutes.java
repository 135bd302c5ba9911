package dev.needle.web;

import dev.needle.app.PlanQuery;
import dev.needle.auth.Principal;
import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;
import dev.needle.feed.Feed;
import dev.needle.feed.Feeds;
import dev.needle.plan.DayPlan;
import dev.needle.plan.PlanDays;
import dev.needle.plan.WorkingDays;
import dev.needle.store.Store;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static dev.needle.web.Schemas.integer;
import static dev.needle.web.Schemas.object;
import static dev.needle.web.Schemas.string;

/**
 * A rep's plan as a calendar to subscribe to. {@code GET /feed/{secret}.ics} needs no token (calendar
 * apps cannot send one): the secret in the path is the key, and opens one rep's plan only. Anything
 * that is not a live feed's secret — unknown, revoked, malformed — gets the same 404, so the route tells
 * nobody whether a secret ever existed. The feeds themselves are made, listed and revoked under /api/.
 */
final class FeedRoutes {
    private final Snapshots snapshots;
    private final Store store;
    private final Feeds feeds;
    private final Clock clock;

    FeedRoutes(Snapshots snapshots, Store store, Feeds feeds, Clock clock) {
        this.snapshots = snapshots;
        this.store = store;
        this.feeds = feeds;
        this.clock = clock;
    }

    /** The body of POST /api/feeds: whose plan (id, source id or email, as --rep), and how many working days (default 10). */
    record FeedEntry(String rep, Integer days) {
    }

    List<Route> routes() {
        return List.of(
                Route.get("/feed/{secret}.ics", "A rep's plan of the next working days as a calendar to subscribe to: the secret in the path "
                        + "is the key (no token); 404 for any other path, at once after a revoke", Access.PUBLIC, this::calendar)
                        .returns(200, string("an RFC 5545 calendar with REFRESH-INTERVAL, stable UIDs, SEQUENCE and LAST-MODIFIED"), "text/calendar"),
                Route.post("/api/feeds", "Make a calendar feed of a rep's plan: a rep for themself, a manager or admin for reps they may see",
                                Access.ANY_USER, this::create)
                        .body(object("*rep", string("Needle's id, the source system's id or the email"),
                                "days", integer()))
                        .returns(201, CreatedFeedDocument.class),
                Route.get("/api/feeds", "The calendar feeds of the reps the caller may see, revoked ones included (never their secrets)",
                                Access.ANY_USER, this::list)
                        .query("rep", string(), "Only this rep's feeds")
                        .returns(200, FeedsDocument.class),
                Route.delete("/api/feeds/{id}", "Revoke a feed: its URL answers 404 from now on", Access.ANY_USER, this::revoke)
                        .returns(200, FeedDocument.class));
    }

    private void calendar(Context ctx, Principal nobody) {
        String file = ctx.pathParam("secret");
        Feed feed = feeds.open(file).orElseThrow(FeedRoutes::noFeed);
        Snapshot snapshot = snapshots.current();
        Rep rep = snapshot.reps().get(feed.repId());
        if (rep == null) throw noFeed();
        ZoneId zone = PlanDays.zone(rep);
        Instant now = clock.instant();
        PlanQuery.Request request = PlanQuery.Request.of(rep, null, feed.days());
        // the rep's stored hours (their own, else their team's): days off hold no blocks, their work is carried
        WorkingHours hours = request.hours(store);
        WorkingDays working = PlanDays.workingDays(hours, LocalDate.ofInstant(now, zone), feed.days());
        LocalDate first = Feeds.firstDay(zone, now, working);
        List<DayPlan> plans = PlanQuery.plan(request, first, hours, working, snapshot.workloads(), store);
        String name = "Needle plan: " + (rep.name() == null ? rep.email() : rep.name());
        String calendar;
        // one fetch of a feed at a time: each revises what the feed served before
        synchronized (this) {
            calendar = feeds.calendar(feed, name, zone, plans, now);
        }
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        ctx.result(calendar);
    }

    private static ApiException noFeed() {
        return ApiException.notFound("no feed here");
    }

    private void create(Context ctx, Principal caller) {
        FeedEntry entry = Requests.body(ctx, FeedEntry.class);
        if (entry.rep() == null || entry.rep().isBlank()) throw ApiException.badRequest("field \"rep\" is required");
        int days = entry.days() == null ? Feeds.DEFAULT_DAYS : entry.days();
        if (days < 1 || days > Feeds.MAX_DAYS) throw ApiException.badRequest("field \"days\" must be from 1 to " + Feeds.MAX_DAYS + ", got " + days);
        Snapshot snapshot = snapshots.current();
        Rep rep = Requests.visibleRep(snapshot, caller, entry.rep());
        Feeds.Created made = feeds.create(rep.id(), days, AuditRoutes.actor(ctx, caller));
        String url = base(ctx) + made.path();
        ctx.status(201).json(new CreatedFeedDocument(document(made.feed(), snapshot), made.path(), url,
                url.replaceFirst("^https?://", "webcal://")));
    }

    private void list(Context ctx, Principal caller) {
        Snapshot snapshot = snapshots.current();
        String wanted = ctx.queryParam("rep");
        Long only = wanted == null || wanted.isBlank() ? null : Requests.visibleRep(snapshot, caller, wanted).id();
        ctx.json(new FeedsDocument(feeds.all().stream()
                .filter(feed -> caller.visibility().canSee(feed.repId()) && (only == null || only == feed.repId()))
                .map(feed -> document(feed, snapshot)).toList()));
    }

    private void revoke(Context ctx, Principal caller) {
        String id = ctx.pathParam("id").trim();
        Feed feed = id.matches("\\d{1,18}") ? feeds.feed(Long.parseLong(id)).orElse(null) : null;
        if (feed == null || feed.revoked() || !caller.visibility().canSee(feed.repId())) {
            throw ApiException.notFound("no live feed " + id + " among the feeds you may see");
        }
        ctx.json(document(feeds.revoke(feed.id(), AuditRoutes.actor(ctx, caller)), snapshots.current()));
    }

    private static FeedDocument document(Feed feed, Snapshot snapshot) {
        Rep rep = snapshot.reps().get(feed.repId());
        return new FeedDocument(feed.id(), new FeedDocument.Rep(feed.repId(), rep == null ? null : rep.name(),
                rep == null ? null : rep.email()), feed.days(), feed.createdBy(), feed.createdAt(), feed.revokedAt());
    }

    /** The server as the caller reached it: what a calendar app on the same network will reach too. */
    private static String base(Context ctx) {
        String host = ctx.host();
        return ctx.scheme() + "://" + (host == null ? "localhost" : host);
    }
}
