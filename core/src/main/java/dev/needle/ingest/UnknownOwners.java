package dev.needle.ingest;

import java.util.Set;

/**
 * When an owner that no user row in the files or the store describes may become a placeholder rep.
 * An id that matches nobody is usually a users file left out of the import: a row error, unless the
 * user asked for placeholders. But some references are no unknown id at all:
 * <ul>
 *   <li>a name or an email (HubSpot, Pipedrive and Salesforce reports name the owner; the Maven CRM set
 *       names agents and managers): the person is in the row itself;</li>
 *   <li>an id of a system Needle reads no users file of (Zoho): no file could have described it.</li>
 * </ul>
 *
 * @param createMissing         --create-missing: every unknown owner becomes a placeholder
 * @param sourcesWithoutUsers   the systems no mapping reads users of
 */
public record UnknownOwners(boolean createMissing, Set<String> sourcesWithoutUsers) {
    /** What an import session does until told otherwise: no placeholder for an unknown id. */
    public static final UnknownOwners REFUSED = new UnknownOwners(false, Set.of());

    public UnknownOwners {
        sourcesWithoutUsers = Set.copyOf(sourcesWithoutUsers);
    }

    public boolean mayCreate(String source, String ref) {
        return createMissing || sourcesWithoutUsers.contains(source) || namesAPerson(ref);
    }

    /** No system's ids hold a space or an @; names and emails do ("Ben Okafor", "ben@acme.com"). */
    static boolean namesAPerson(String ref) {
        return ref.indexOf('@') >= 0 || ref.strip().chars().anyMatch(Character::isWhitespace);
    }
}
