package dev.needle.ingest.mail;

import dev.needle.domain.Direction;
import dev.needle.ingest.Incoming;
import dev.needle.ingest.MailDirectory;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides what a message is to the sales team. A touch is mail between a rep and a known contact: outbound
 * when a rep sent it, inbound when a contact sent it to a rep (To or Cc). Newsletters and list mail, mail
 * with every address in the company's domains, mail read before (in this import or stored) and mail with no
 * known contact on the other side are not touches, and are counted as such.
 */
final class MailSorter {
    enum Kind { TOUCH, DUPLICATE, NEWSLETTER, INTERNAL, NO_KNOWN_CONTACT }

    /** {@code touch} is set for {@link Kind#TOUCH}; {@code ambiguousDeal} when its account has several open deals. */
    record Sorted(Kind kind, Incoming.MailTouch touch, boolean ambiguousDeal) {
        static Sorted not(Kind kind) {
            return new Sorted(kind, null, false);
        }
    }

    private final MailDirectory directory;
    private final Set<String> internalDomains;
    private final String type;
    private final int minutes;
    private final Set<String> seen = new HashSet<>();

    /**
     * @param internalDomains the company's domains, besides those of the reps' emails
     * @param type            the activity type mail touches get ("Email"), and its catalogue minutes
     */
    MailSorter(MailDirectory directory, Set<String> internalDomains, String type, int minutes) {
        this.directory = directory;
        Set<String> domains = new HashSet<>();
        internalDomains.forEach(domain -> domains.add(domain.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT)));
        directory.repsByEmail().keySet().forEach(email -> domains.add(domainOf(email)));
        domains.remove("");
        this.internalDomains = Set.copyOf(domains);
        this.type = type;
        this.minutes = minutes;
    }

    Sorted sort(ParsedMail mail) {
        if (!seen.add(mail.messageId()) || directory.storedMessageIds().contains(mail.messageId())) return Sorted.not(Kind.DUPLICATE);
        if (mail.bulk()) return Sorted.not(Kind.NEWSLETTER);
        List<String> recipients = mail.recipients();
        if (internal(mail.from()) && !recipients.isEmpty() && recipients.stream().allMatch(this::internal)
                && !knownContact(mail.from()) && recipients.stream().noneMatch(this::knownContact)) {
            return Sorted.not(Kind.INTERNAL);
        }
        Long rep = directory.repsByEmail().get(mail.from());
        if (rep != null) {
            return recipients.stream().filter(address -> !directory.repsByEmail().containsKey(address))
                    .map(address -> directory.contactsByEmail().get(address)).filter(java.util.Objects::nonNull).findFirst()
                    .map(contact -> touch(mail, rep, contact, Direction.OUTBOUND))
                    .orElse(Sorted.not(Kind.NO_KNOWN_CONTACT));
        }
        MailDirectory.KnownContact contact = directory.contactsByEmail().get(mail.from());
        if (contact == null) return Sorted.not(Kind.NO_KNOWN_CONTACT);
        return recipients.stream().map(address -> directory.repsByEmail().get(address)).filter(java.util.Objects::nonNull)
                .findFirst().map(to -> touch(mail, to, contact, Direction.INBOUND))
                .orElse(Sorted.not(Kind.NO_KNOWN_CONTACT));
    }

    private Sorted touch(ParsedMail mail, long rep, MailDirectory.KnownContact contact, Direction direction) {
        Long account = contact.accountId();
        List<Long> openDeals = account == null ? List.of() : directory.openDealsByAccount().getOrDefault(account, List.of());
        Long deal = openDeals.size() == 1 ? openDeals.get(0) : null;
        return new Sorted(Kind.TOUCH, new Incoming.MailTouch(mail.messageId(), mail.parentId(), rep, contact.id(), account, deal,
                direction, type, mail.date(), minutes, mail.subject(), mail.body()), openDeals.size() > 1);
    }

    /** A known contact is never internal, even at a rep's domain (a rep with a gmail.com address writing to a buyer there). */
    private boolean knownContact(String address) {
        return directory.contactsByEmail().containsKey(address) && !directory.repsByEmail().containsKey(address);
    }

    private boolean internal(String address) {
        return internalDomains.contains(domainOf(address));
    }

    private static String domainOf(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }
}
