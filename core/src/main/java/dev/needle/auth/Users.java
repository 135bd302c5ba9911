package dev.needle.auth;

import dev.needle.domain.Rep;
import dev.needle.ingest.mapping.SalesforceIds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Users and their tokens. Reps become users lazily: {@code needle user add} or {@code needle token create}
 * for a rep's email creates the user linked to that rep, so an import needs no user step.
 */
public final class Users {
    /**
     * How long an authenticated token is trusted without asking the store again: a token revoked in
     * this process stops at once, one revoked by another process (needle token revoke) within this time.
     */
    public static final Duration TRUST_FOR = Duration.ofSeconds(5);
    private final Map<String, Trusted> trusted = new ConcurrentHashMap<>();
    private final UserDirectory directory;
    private final Supplier<List<Rep>> reps;
    private final Clock clock;

    public Users(UserDirectory directory, Supplier<List<Rep>> reps, Clock clock) {
        this.directory = directory;
        this.reps = reps;
        this.clock = clock;
    }

    /** A new user, linked to the rep with the same email if there is one. */
    public User add(String email, String name, Role roleSetting) {
        String key = normalise(email);
        if (directory.byEmail(key).isPresent()) throw new UserExistsException("a user " + key + " exists already");
        Optional<Rep> rep = repWithEmail(key);
        String shownName = name != null ? name : rep.map(Rep::name).orElse(null);
        return directory.add(key, shownName, roleSetting, rep.map(Rep::id).orElse(null), clock.instant());
    }

    /**
     * The user with this email; a rep's email makes one on first use. A rep's Needle id or source id (a
     * Salesforce id in its 15- or 18-character form) stands for that rep's email.
     */
    public User existingOrFromRep(String email) {
        String key = normalise(emailOf(email));
        return directory.byEmail(key).orElseGet(() -> {
            Rep rep = repWithEmail(key).orElseThrow(() -> new NoSuchUserException(
                    "no user or rep has the email " + key + "; add one with: needle user add " + key));
            return directory.add(key, rep.name(), null, rep.id(), clock.instant());
        });
    }

    public User setRole(String email, Role roleSetting) {
        User user = existingOrFromRep(email);
        directory.setRole(user.id(), roleSetting);
        return directory.byEmail(user.email()).orElseThrow();
    }

    public List<Principal> all() {
        List<Rep> known = reps.get();
        return directory.all().stream().map(user -> Principal.of(user, known)).toList();
    }

    /** A new token for the user, returned this once: only its hash is kept. */
    public String createToken(String email, String label) {
        User user = existingOrFromRep(email);
        String token = ApiTokens.mint();
        directory.addToken(user.id(), ApiTokens.hash(token), label, clock.instant());
        return token;
    }

    public List<Token> tokens(String email) {
        return directory.tokens(email == null ? null : existingOrFromRep(email).id());
    }

    public void revoke(long tokenId) {
        trusted.clear();
        if (!directory.revoke(tokenId, clock.instant())) {
            throw new NoSuchTokenException("no live token has the id " + tokenId + " (see needle token list)");
        }
    }

    /** Who holds this token, with their role and visibility over {@code currentReps}; empty for unknown or revoked tokens. */
    public Optional<Principal> authenticate(String token, List<Rep> currentReps) {
        if (token == null || !token.startsWith(ApiTokens.PREFIX)) return Optional.empty();
        String hash = ApiTokens.hash(token);
        Instant now = clock.instant();
        Trusted known = trusted.get(hash);
        if (known != null && known.until().isAfter(now) && known.principal().visibilityOver() == currentReps) {
            return Optional.of(known.principal().principal());
        }
        Optional<Principal> principal = directory.byTokenHash(hash).map(holder -> Principal.of(holder, currentReps));
        if (trusted.size() > 10_000) trusted.clear();
        principal.ifPresent(found -> trusted.put(hash, new Trusted(new Derived(found, currentReps), now.plus(TRUST_FOR))));
        return principal;
    }

    /** A principal with the reps list its visibility was derived from (the same list object means still valid). */
    private record Derived(Principal principal, List<Rep> visibilityOver) {
    }

    private record Trusted(Derived principal, Instant until) {
    }

    /** {@code userOrRep} itself when it is an email; else the email of the rep it names by id. */
    private String emailOf(String userOrRep) {
        String key = userOrRep == null ? "" : userOrRep.trim();
        if (key.contains("@") || key.isEmpty()) return key;
        for (String form : SalesforceIds.lookupForms(key)) {
            List<Rep> matches = reps.get().stream()
                    .filter(rep -> rep.answersTo(form)).toList();
            if (matches.size() > 1) {
                throw new InvalidEmailException("\"" + key + "\" names " + matches.size() + " reps; give the rep's email");
            }
            if (matches.size() == 1) {
                Rep rep = matches.get(0);
                if (rep.email() == null || rep.email().isBlank()) {
                    throw new NoSuchUserException("rep " + key + " (" + rep.name() + ") has no email; add a user with: needle user add EMAIL");
                }
                return rep.email();
            }
        }
        return key;
    }

    private Optional<Rep> repWithEmail(String email) {
        return reps.get().stream().filter(rep -> rep.email() != null && email.equalsIgnoreCase(rep.email().trim()))
                .min(java.util.Comparator.comparingLong(Rep::id));
    }

    private static String normalise(String email) {
        String key = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!key.matches("[^@\\s]+@[^@\\s]+")) throw new InvalidEmailException("not an email address: \"" + email + "\"");
        return key;
    }
}
