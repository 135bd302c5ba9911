package dev.needle.feed;

import java.time.ZonedDateTime;

/** One block of a plan as a feed serves it: its stable UID, what it shows, and its SEQUENCE and LAST-MODIFIED. */
public record FeedEvent(String uid, ZonedDateTime start, ZonedDateTime end, String summary, String description,
                        String category, EventState state) {
}
