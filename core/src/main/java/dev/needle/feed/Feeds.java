package dev.needle.feed;

import dev.needle.audit.Actor;
import dev.needle.auth.ApiTokens;
import dev.needle.plan.DayPlan;
import dev.needle.plan.WorkingDays;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Subscribable calendars of reps' plans. Calendar apps cannot send an Authorization header, so a feed
 * is reached by a secret in its URL: 256 random bits, shown once when the feed is made, kept only as
 * its SHA-256 hash (as API tokens are). A feed shows one rep's plan and nothing else; revoking it ends
 * it at once, in every process, because every fetch asks the store.
 */
public final class Feeds {
    /** Recognisable in a log or a repository, and distinct from an API token's {@code ndl_}. */
    static final String PREFIX = "ndlf_";
    public static final int DEFAULT_DAYS = 10;
    public static final int MAX_DAYS = 31;
    private final FeedDirectory directory;
    private final Clock clock;

    public Feeds(FeedDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** A new feed and its secret, which is returned this once. */
    public record Created(Feed feed, String secret) {
        /** Where the feed is served, relative to the server's base URL. */
        public String path() {
            return Feeds.path(secret);
        }
    }

    public static String path(String secret) {
        return "/feed/" + secret + ".ics";
    }

    /** A new feed, made by {@code actor} (an API caller or the command line), who the audit trail names. */
    public Created create(long repId, int days, Actor actor) {
        if (days < 1 || days > MAX_DAYS) throw new IllegalArgumentException("a feed shows 1 to " + MAX_DAYS + " working days, not " + days);
        String secret = ApiTokens.mint(PREFIX);
        return new Created(directory.add(repId, ApiTokens.hash(secret), days, actor, clock.instant()), secret);
    }

    /** Every feed, oldest first, revoked ones included. */
    public List<Feed> all() {
        return directory.all();
    }

    public Optional<Feed> feed(long id) {
        return directory.byId(id);
    }

    public Feed revoke(long id, Actor actor) {
        if (!directory.revoke(id, clock.instant(), actor)) {
            throw new NoSuchFeedException("no live feed has the id " + id + " (see needle feed list)");
        }
        return directory.byId(id).orElseThrow();
    }

    /** The live feed this secret opens; empty for anything else (unknown, revoked, not a feed secret at all). */
    public Optional<Feed> open(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) return Optional.empty();
        return directory.live(ApiTokens.hash(secret));
    }

    /** The first day a feed shows at {@code now}: today in the rep's zone, or their next working day when today is off. */
    public static LocalDate firstDay(ZoneId zone, Instant now, WorkingDays working) {
        return working.onOrAfter(LocalDate.ofInstant(now, zone));
    }

    /**
     * The feed's calendar of {@code plans} at {@code now}: each event's SEQUENCE and LAST-MODIFIED moved on
     * only where its content changed since the feed last served it; what it serves now is kept for next time
     * (written only when something changed).
     */
    public String calendar(Feed feed, String name, ZoneId zone, List<DayPlan> plans, Instant now) {
        Map<String, EventState> served = directory.served(feed.id());
        List<FeedEvent> events = FeedEvents.of(feed.id(), plans, served, now);
        LocalDate from = plans.stream().map(DayPlan::date).min(LocalDate::compareTo).orElse(LocalDate.ofInstant(now, zone));
        List<EventState> states = events.stream().map(FeedEvent::state).toList();
        // an hourly refresh of an unchanged plan writes nothing: the store's one write lock stays free for imports
        boolean changed = states.stream().anyMatch(state -> !state.equals(served.get(state.uid())))
                || served.values().stream().anyMatch(state -> state.day().isBefore(from));
        if (changed) directory.keep(feed.id(), states, from);
        return FeedCalendar.write(name, zone, events, now);
    }
}
