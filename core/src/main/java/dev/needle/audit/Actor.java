package dev.needle.audit;

import dev.needle.auth.Principal;

/**
 * Who made a change and through which route, as the audit trail names them: the user, the role they
 * acted in and the id of the token they used — never the token itself, which would let anyone who
 * reads the trail act as them.
 */
public record Actor(Long userId, String email, String role, Long tokenId, String route) {

    public static Actor of(Principal principal, String route) {
        return new Actor(principal.user().id(), principal.user().email(), principal.role().label(), principal.tokenId(), route);
    }
}
