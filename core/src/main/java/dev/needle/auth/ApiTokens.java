package dev.needle.auth;

import dev.needle.domain.Sha256;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * API tokens: {@code ndl_} followed by 32 random bytes, base64url. The prefix lets people (and secret
 * scanners) recognise a Needle token in a log or a repository.
 * <p>
 * Only the SHA-256 of a token is stored. A plain hash, not a slow password hash, is enough here because
 * a token carries 256 random bits: there is no dictionary to try, so slowing each guess down protects
 * nothing, while it would slow down every API request.
 */
public final class ApiTokens {
    static final String PREFIX = "ndl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    public static String mint() {
        return mint(PREFIX);
    }

    /** A secret of 256 random bits after {@code prefix}, URL-safe: an API token, or another secret hashed like one (a calendar feed's). */
    public static String mint(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
