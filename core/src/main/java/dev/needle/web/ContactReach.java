package dev.needle.web;

import dev.needle.auth.Principal;
import dev.needle.domain.Activity;
import dev.needle.domain.Contact;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which reps work each contact, so a write names only contacts the caller may see. Contacts have no
 * owner; a rep works a contact when they own a deal on its account or have logged a touch with the
 * contact or its account. Worked out once per snapshot.
 */
final class ContactReach {
    /** The key of the reach among what a snapshot derives: a type of its own, so it can meet no other key. */
    private record Key() {
    }

    private ContactReach() {
    }

    /** The contact with this id if a rep the caller sees works it; any other answers 404, whether it exists or not. */
    static long visibleContact(Snapshot snapshot, Principal caller, long contactId) {
        Set<Long> reps = snapshot.derive(new Key(), () -> workers(snapshot.data())).get(contactId);
        if (reps == null || !caller.visibility().canSeeAny(reps)) {
            throw ApiException.notFound("no contact " + contactId + " among the contacts you may see");
        }
        return contactId;
    }

    /** Every contact's id with the reps who work it (an empty set for a contact nobody works yet). */
    static Map<Long, Set<Long>> workers(Dataset data) {
        Map<Long, Set<Long>> byAccount = new HashMap<>();
        Map<Long, Set<Long>> byContact = new HashMap<>();
        for (Deal deal : data.deals()) {
            if (deal.ownerId() != null && deal.accountId() != null) add(byAccount, deal.accountId(), deal.ownerId());
        }
        for (Activity activity : data.activities()) {
            if (activity.accountId() != null) add(byAccount, activity.accountId(), activity.repId());
            if (activity.contactId() != null) add(byContact, activity.contactId(), activity.repId());
        }
        Map<Long, Set<Long>> workers = new HashMap<>();
        for (Contact contact : data.contacts()) {
            Set<Long> reps = new HashSet<>(byContact.getOrDefault(contact.id(), Set.of()));
            if (contact.accountId() != null) reps.addAll(byAccount.getOrDefault(contact.accountId(), Set.of()));
            workers.put(contact.id(), Set.copyOf(reps));
        }
        return Map.copyOf(workers);
    }

    private static void add(Map<Long, Set<Long>> reps, long key, long repId) {
        reps.computeIfAbsent(key, id -> new HashSet<>()).add(repId);
    }
}
