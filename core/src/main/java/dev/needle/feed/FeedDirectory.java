package dev.needle.feed;

import dev.needle.audit.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where feeds, their secrets' hashes and their served events are kept: the narrow storage {@link Feeds} needs (the store implements it). */
public interface FeedDirectory {
    /** Adds a feed and, in the same transaction, its {@code feed.create} record in the audit trail naming {@code actor}. */
    Feed add(long repId, String secretHash, int days, Actor actor, Instant at);

    /** The feed whose secret has this hash, unless it was revoked. Asked on every fetch: a revoke counts at once. */
    Optional<Feed> live(String secretHash);

    Optional<Feed> byId(long id);

    /** Every feed, oldest first, revoked ones included. */
    List<Feed> all();

    /** Revokes a live feed, with its {@code feed.revoke} audit record; false (and no record) when there is no such feed or it was revoked already. */
    boolean revoke(long id, Instant at, Actor actor);

    /** What the feed last served, by UID. */
    Map<String, EventState> served(long feedId);

    /** Keeps {@code states} as what the feed served (replacing each UID's row) and lets go of states of days before {@code from}. */
    void keep(long feedId, Collection<EventState> states, LocalDate from);
}
