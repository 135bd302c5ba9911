package dev.needle.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who mail can be between, as the store knows them when a mailbox import starts: reps and contacts by
 * lower-cased email, the open deals of each account, and the Message-IDs of mail already stored (so the
 * same message in a second mailbox, or imported again, is one touch).
 */
public record MailDirectory(Map<String, Long> repsByEmail, Map<String, KnownContact> contactsByEmail,
                            Map<Long, List<Long>> openDealsByAccount, Set<String> storedMessageIds) {
    public MailDirectory {
        repsByEmail = Map.copyOf(repsByEmail);
        contactsByEmail = Map.copyOf(contactsByEmail);
        openDealsByAccount = Map.copyOf(openDealsByAccount);
        storedMessageIds = Set.copyOf(storedMessageIds);
    }

    /** A contact by Needle's id, and its account's (null when it has none). */
    public record KnownContact(long id, Long accountId) {
    }
}
