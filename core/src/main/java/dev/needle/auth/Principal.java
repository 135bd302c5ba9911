package dev.needle.auth;

import dev.needle.domain.Rep;

import java.util.List;

/**
 * An authenticated user with the role they act in and the reps whose records they may see;
 * {@code tokenId} is the token they signed in with (null when not signed in by token, as on the CLI).
 */
public record Principal(User user, Role role, Visibility visibility, Long tokenId) {

    public Principal(User user, Role role, Visibility visibility) {
        this(user, role, visibility, null);
    }

    /** The holder of a token, acting with it. */
    public static Principal of(TokenHolder holder, List<Rep> reps) {
        Principal principal = of(holder.user(), reps);
        return new Principal(principal.user(), principal.role(), principal.visibility(), holder.tokenId());
    }

    /**
     * The role is the one set for the user, if any; otherwise manager when some rep reports to the
     * user's rep (Salesforce {@code ManagerId}), else rep.
     */
    public static Principal of(User user, List<Rep> reps) {
        Role role = user.roleSetting() != null ? user.roleSetting() : derivedRole(user.repId(), reps);
        return new Principal(user, role, Visibility.of(role, user.repId(), reps));
    }

    static Role derivedRole(Long repId, List<Rep> reps) {
        if (repId == null) return Role.REP;
        return reps.stream().anyMatch(rep -> repId.equals(rep.managerId())) ? Role.MANAGER : Role.REP;
    }
}
