package dev.needle.web;

import java.util.List;

/** {@code GET /api/feeds}: the feeds of the reps the caller may see. */
public record FeedsDocument(List<FeedDocument> feeds) {
}
