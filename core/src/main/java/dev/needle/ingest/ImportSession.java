package dev.needle.ingest;

import java.util.List;

/**
 * What an import needs from storage: one transaction that takes incoming records in dependency
 * order (reps, accounts, contacts, deals, then what hangs off deals) and either commits whole or not
 * at all. Links are resolved by the source system's ids; reps and accounts also by email or name,
 * because some exports (Pipedrive, HubSpot, the Maven CRM set) link by those.
 */
public interface ImportSession extends AutoCloseable {

    void put(Incoming.Rep rep);

    void put(Incoming.Account account);

    void put(Incoming.Contact contact);

    void put(Incoming.Deal deal);

    /** After deals, so a converted lead links to the opportunity it became. */
    void put(Incoming.Lead lead);

    /** @throws UnresolvedReferenceException when the deal is neither in this import nor stored */
    void put(Incoming.StageChange change);

    /**
     * The activity's account is its own when given; else its deal's; else its contact's; else the account
     * its lead converted into (with the lead's contact when the activity names none).
     *
     * @throws UnresolvedReferenceException when the rep is unknown and may not be made up (see {@link UnknownOwners})
     */
    void put(Incoming.Activity activity);

    /** @throws UnresolvedReferenceException when the deal is unknown */
    void put(Incoming.NextAction action);

    void put(Incoming.Commitment commitment);

    /** Who mail can be between (reps, contacts, open deals) and which messages are stored already. */
    default MailDirectory mailDirectory() {
        throw new UnsupportedOperationException("this session does not import mail");
    }

    /**
     * A mail touch, stored once per Message-ID. When the session commits, every stored outbound mail touch
     * that an inbound one answers (stored before or in this import, in either order) is {@code replied}.
     */
    default void put(Incoming.MailTouch touch) {
        throw new UnsupportedOperationException("this session does not import mail");
    }

    /** A calendar file is a snapshot: its events replace that rep's earlier events from the same calendar. */
    void replaceCalendar(long repId, String calendar, List<Incoming.CalendarEvent> events);

    /** A rep by Needle's id, the source system's id or email, seeing what this import has put so far. */
    java.util.Optional<KnownRep> findRep(String key);

    /** Needle's id of a rep and the time zone their calendar's floating times are in (null if unknown). */
    record KnownRep(long id, String timeZone) {
    }

    /** Which owners no user row describes may become placeholder reps; {@link UnknownOwners#REFUSED} until set. */
    void unknownOwners(UnknownOwners rule);

    /** Where the records put next come from, so that a placeholder can say what first referenced it. */
    void reading(String file, long line);

    /** The placeholder reps made so far, in the order they were made. */
    List<ImportReport.Placeholder> placeholders();

    /** Makes everything put so far visible to the link resolution of what comes next. */
    void flush();

    /** Links that pointed at nothing known and were left empty, as readable lines (e.g. "12 activities: deal 006… not found"). */
    List<String> warnings();

    void commit();

    void rollback();

    @Override
    void close();
}
