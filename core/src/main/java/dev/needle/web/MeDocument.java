package dev.needle.web;

import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/me}: the caller.
 *
 * @param role        rep, manager or admin
 * @param rep         the caller's own rep, null when they are not one
 * @param visibleReps how many reps the caller may see
 */
public record MeDocument(String email, @Nullable String name, String role, RepsDocument.@Nullable Rep rep,
                         int visibleReps) {
}
