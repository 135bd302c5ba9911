package dev.needle.cli;

import dev.needle.auth.Principal;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** {@code needle user list --json}: the users of the API and dashboard, with their roles. */
public record UsersDocument(List<UsersDocument.User> users) {

    public static UsersDocument of(List<Principal> users) {
        return new UsersDocument(users.stream().map(User::of).toList());
    }

    /**
     * A user.
     *
     * @param role    rep, manager or admin, as set or from the reporting lines
     * @param roleSet the role was set with {@code needle user set}, rather than following the reporting lines
     * @param repId   the user's own rep, null when they are not one
     */
    public record User(long id, String email, @Nullable String name, String role, boolean roleSet, @Nullable Long repId) {
        static User of(Principal user) {
            return new User(user.user().id(), user.user().email(), user.user().name(), user.role().label(),
                    user.user().roleSetting() != null, user.user().repId());
        }
    }
}
