package dev.needle.ingest;

/**
 * What a mailbox import did with the messages it read. Only {@code stored} became touches; the rest say why
 * not. {@code ambiguousDeals} touches were linked to their account only, because it has more than one open
 * deal; {@code bad} messages were row errors.
 */
public record MailCounts(long read, long stored, long duplicates, long internal, long newsletters,
                         long noKnownContact, long ambiguousDeals, long bad) {
    public static final MailCounts NONE = new MailCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public MailCounts plus(MailCounts other) {
        return new MailCounts(read + other.read, stored + other.stored, duplicates + other.duplicates,
                internal + other.internal, newsletters + other.newsletters, noKnownContact + other.noKnownContact,
                ambiguousDeals + other.ambiguousDeals, bad + other.bad);
    }
}
