package dev.needle.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where users and token hashes are kept: the narrow storage {@link Users} needs (the store implements it). */
public interface UserDirectory {
    Optional<User> byEmail(String email);

    /** The user holding the token with this hash, and its id, unless the token was revoked. */
    Optional<TokenHolder> byTokenHash(String tokenHash);

    User add(String email, String name, Role roleSetting, Long repId, Instant at);

    void setRole(long userId, Role roleSetting);

    List<User> all();

    Token addToken(long userId, String tokenHash, String label, Instant at);

    /** Tokens of one user, or of everyone when {@code userId} is null, oldest first. */
    List<Token> tokens(Long userId);

    /** Revokes a live token; false when there is no such token or it was revoked already. */
    boolean revoke(long tokenId, Instant at);
}
