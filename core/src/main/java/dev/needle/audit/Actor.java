package dev.needle.audit;

import dev.needle.auth.Principal;

/**
 * Who made a change and through which route, as the audit trail names them: the user, the role they
 * acted in and the id of the token they used — never the token itself, which would let anyone who
 * reads the trail act as them.
 */
public record Actor(Long userId, String email, String role, Long tokenId, String route) {
    /** The role the trail names for a change made on the command line, where no user signs in. */
    public static final String COMMAND_LINE = "cli";

    /**
     * A change made by a command ({@code needle feed create}): the command line has no user or token, so the
     * trail names the operating-system account that ran it, which is who could open the store.
     */
    public static Actor commandLine(String command) {
        String account = System.getProperty("user.name");
        return new Actor(null, account == null || account.isBlank() ? "unknown" : account, COMMAND_LINE, null, command);
    }

    public boolean onCommandLine() {
        return COMMAND_LINE.equals(role);
    }

    public static Actor of(Principal principal, String route) {
        return new Actor(principal.user().id(), principal.user().email(), principal.role().label(), principal.tokenId(), route);
    }
}
