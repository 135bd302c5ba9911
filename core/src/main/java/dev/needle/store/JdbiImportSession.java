package dev.needle.store;

import dev.needle.domain.Replies;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.Incoming;
import dev.needle.ingest.MailDirectory;
import dev.needle.ingest.UnknownOwners;
import dev.needle.ingest.UnresolvedReferenceException;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * One import as one transaction on one connection. Rows are upserted in batches; links are
 * resolved through {@link RefIndex}es that are refreshed whenever their table has new rows.
 */
final class JdbiImportSession implements ImportSession {
    private final Handle handle;
    private final Map<String, TableWriter> writers = new LinkedHashMap<>();
    private final Dialect dialect;
    private final RefIndex reps = new RefIndex("rep", "email", "name");
    private final RefIndex accounts = new RefIndex("account", "name");
    private final RefIndex contacts = new RefIndex("contact");
    private final RefIndex deals = new RefIndex("deal");
    private final RefIndex leads = new RefIndex("lead");
    private final ImpliedLinks implied = new ImpliedLinks();
    private final List<ManagerLink> managerLinks = new ArrayList<>();
    private final Map<String, Integer> danglingLinks = new TreeMap<>();
    private final Map<String, Integer> stubsCreated = new TreeMap<>();
    private final BiConsumer<Handle, Map<String, Long>> beforeCommit;
    private final List<ImportReport.Placeholder> placeholders = new ArrayList<>();
    private UnknownOwners unknownOwners = UnknownOwners.REFUSED;
    private String readingFile;
    private long readingLine;
    private boolean finished;
    private boolean mailPut;

    static final Table REP = Table.keyed("rep", "name", "email", "team", "time_zone", "quota");
    static final Table ACCOUNT = Table.keyed("account", "name", "industry", "dream_client");
    static final Table CONTACT = Table.keyed("contact", "account_id", "name", "title", "email");
    static final Table DEAL = Table.keyed("deal", "owner_id", "account_id", "name", "amount", "currency", "stage",
            "lead_source", "product", "created_at", "expected_close", "closed_at", "outcome");
    static final Table LEAD = Table.keyed("lead", "name", "company", "email", "owner_id", "status", "lead_source",
            "created_at", "converted", "converted_account_id", "converted_contact_id", "converted_deal_id", "converted_at");
    static final Table STAGE_CHANGE = Table.keyed("stage_change", "deal_id", "from_stage", "to_stage", "changed_at");
    static final Table ACTIVITY = Table.keyed("activity", "rep_id", "type", "started_at", "duration_minutes",
            "duration_recorded", "deal_id", "account_id", "contact_id", "lead_id", "direction", "outcome", "value_for_buyer",
            "buyer_next_step", "subject", "notes");
    static final Table NEXT_ACTION = Table.keyed("next_action", "deal_id", "rep_id", "what", "due", "value_for_buyer",
            "buyer_next_step", "status");
    static final Table COMMITMENT = Table.keyed("commitment", "rep_id", "deal_id", "account_id", "what", "due", "done");
    static final Table CALENDAR_EVENT = new Table("calendar_event", List.of("rep_id", "calendar", "uid"),
            List.of("rep_id", "calendar", "uid", "starts_at", "ends_at", "all_day", "busy", "summary"));

    /** A rep's manager, linked once every rep of the import has landed; where it was read, should it be a placeholder. */
    private record ManagerLink(String source, String repId, String managerRef, String file, long line) {
    }

    JdbiImportSession(Handle handle, Dialect dialect) {
        this(handle, dialect, (transaction, rows) -> {
        });
    }

    /** {@code beforeCommit} gets the transaction and the rows written per table, to record the import in it (the audit trail). */
    JdbiImportSession(Handle handle, Dialect dialect, BiConsumer<Handle, Map<String, Long>> beforeCommit) {
        this.handle = handle;
        this.dialect = dialect;
        this.beforeCommit = beforeCommit;
        handle.begin();
    }

    @Override
    public void put(Incoming.Rep rep) {
        writer(REP).add(rep.source(), rep.externalId(), rep.name(), rep.email(), rep.team(), rep.timeZone(), rep.quota());
        if (rep.managerRef() != null && !rep.managerRef().isBlank()) {
            managerLinks.add(new ManagerLink(rep.source(), rep.externalId(), rep.managerRef(), readingFile, readingLine));
        }
    }

    @Override
    public void put(Incoming.Account account) {
        writer(ACCOUNT).add(account.source(), account.externalId(), account.name(), account.industry(), account.dreamClient());
    }

    @Override
    public void put(Incoming.Contact contact) {
        Long accountId = optionalLink(accounts, contact.source(), contact.accountRef(), "contact", "account");
        writer(CONTACT).add(contact.source(), contact.externalId(), accountId, contact.name(), contact.title(), contact.email());
    }

    @Override
    public void put(Incoming.Deal deal) {
        // the owner first: a row refused for its owner must leave no account stub behind under --skip-bad
        Long ownerId = owner(deal.source(), deal.ownerRef(), "ownerRef");
        Long accountId = accountOrStub(deal.source(), deal.accountRef());
        writer(DEAL).add(deal.source(), deal.externalId(), ownerId, accountId, deal.name(), deal.amount(), deal.currency(),
                deal.stage(), deal.leadSource(), deal.product(), deal.createdAt(), deal.expectedClose(), deal.closedAt(),
                deal.outcome().name());
    }

    @Override
    public void put(Incoming.Lead lead) {
        Long ownerId = owner(lead.source(), lead.ownerRef(), "ownerRef");
        Long accountId = optionalLink(accounts, lead.source(), lead.convertedAccountRef(), "lead", "converted account");
        Long contactId = optionalLink(contacts, lead.source(), lead.convertedContactRef(), "lead", "converted contact");
        Long dealId = optionalLink(deals, lead.source(), lead.convertedDealRef(), "lead", "converted opportunity");
        writer(LEAD).add(lead.source(), lead.externalId(), lead.name(), lead.company(), lead.email(), ownerId, lead.status(),
                lead.leadSource(), lead.createdAt(), lead.converted(), accountId, contactId, dealId, lead.convertedAt());
    }

    @Override
    public void put(Incoming.StageChange change) {
        long dealId = requiredLink(deals, change.source(), change.dealRef(), "dealRef", "deal");
        writer(STAGE_CHANGE).add(change.source(), change.externalId(), dealId, change.fromStage(), change.toStage(), change.at());
    }

    @Override
    public void put(Incoming.Activity activity) {
        Long repId = owner(activity.source(), activity.repRef(), "repRef");
        if (repId == null) throw new UnresolvedReferenceException("repRef", "the activity has no rep");
        Long dealId = optionalLink(deals, activity.source(), activity.dealRef(), "activity", "deal");
        Long leadId = optionalLink(leads, activity.source(), activity.leadRef(), "activity", "lead");
        Long contactId = implied.contactOf(handle,
                optionalLink(contacts, activity.source(), activity.contactRef(), "activity", "contact"), leadId);
        Long accountId = implied.accountOf(handle,
                optionalLink(accounts, activity.source(), activity.accountRef(), "activity", "account"), dealId, contactId, leadId);
        writer(ACTIVITY).add(activity.source(), activity.externalId(), repId, activity.type(), activity.start(),
                activity.durationMinutes(), activity.durationRecorded(), dealId, accountId, contactId, leadId,
                activity.direction() == null ? null : activity.direction().name(), activity.outcome(),
                activity.valueForBuyer(), activity.buyerNextStep(), activity.subject(), activity.notes());
    }

    @Override
    public void put(Incoming.NextAction action) {
        long dealId = requiredLink(deals, action.source(), action.dealRef(), "dealRef", "deal");
        Long repId = owner(action.source(), action.repRef(), "repRef");
        writer(NEXT_ACTION).add(action.source(), action.externalId(), dealId, repId, action.what(), action.due(),
                action.valueForBuyer(), action.buyerNextStep(), action.status().name());
    }

    @Override
    public void put(Incoming.Commitment commitment) {
        Long repId = owner(commitment.source(), commitment.repRef(), "repRef");
        Long dealId = optionalLink(deals, commitment.source(), commitment.dealRef(), "commitment", "deal");
        Long leadId = optionalLink(leads, commitment.source(), commitment.leadRef(), "commitment", "lead");
        Long contactId = implied.contactOf(handle,
                optionalLink(contacts, commitment.source(), commitment.contactRef(), "commitment", "contact"), leadId);
        Long accountId = implied.accountOf(handle,
                optionalLink(accounts, commitment.source(), commitment.accountRef(), "commitment", "account"),
                dealId, contactId, leadId);
        writer(COMMITMENT).add(commitment.source(), commitment.externalId(), repId, dealId, accountId, commitment.what(),
                commitment.due(), commitment.done());
    }

    @Override
    public void replaceCalendar(long repId, String calendar, List<Incoming.CalendarEvent> events) {
        handle.createUpdate("delete from calendar_event where rep_id = :rep and calendar = :calendar")
                .bind("rep", repId).bind("calendar", calendar).execute();
        TableWriter writer = writer(CALENDAR_EVENT);
        for (Incoming.CalendarEvent event : events) {
            writer.add(repId, calendar, event.uid(), event.start(), event.end(), event.allDay(), event.busy(), event.summary());
        }
    }

    @Override
    public MailDirectory mailDirectory() {
        flush();
        Map<String, Long> reps = new HashMap<>();
        handle.createQuery("select id, email from rep where email is not null order by id")
                .map((rs, ctx) -> reps.putIfAbsent(rs.getString("email").strip().toLowerCase(Locale.ROOT), rs.getLong("id")))
                .forEach(id -> { });
        Map<String, MailDirectory.KnownContact> contacts = new HashMap<>();
        handle.createQuery("select id, account_id, email from contact where email is not null order by id")
                .map((rs, ctx) -> contacts.putIfAbsent(rs.getString("email").strip().toLowerCase(Locale.ROOT),
                        new MailDirectory.KnownContact(rs.getLong("id"), rs.getObject("account_id") == null ? null : rs.getLong("account_id"))))
                .forEach(contact -> { });
        Map<Long, List<Long>> openDeals = new HashMap<>();
        handle.createQuery("select id, account_id from deal where outcome = 'OPEN' and account_id is not null order by id")
                .map((rs, ctx) -> openDeals.computeIfAbsent(rs.getLong("account_id"), account -> new ArrayList<>()).add(rs.getLong("id")))
                .forEach(added -> { });
        Set<String> stored = new HashSet<>(handle.createQuery("select message_id from mail_message").mapTo(String.class).list());
        return new MailDirectory(reps, contacts, openDeals, stored);
    }

    @Override
    public void put(Incoming.MailTouch touch) {
        boolean outbound = touch.direction() == dev.needle.domain.Direction.OUTBOUND;
        writer(ACTIVITY).add(Incoming.MailTouch.SOURCE, touch.messageId(), touch.repId(), touch.type(), touch.start(),
                touch.durationMinutes(), false, touch.dealId(), touch.accountId(), touch.contactId(), null,
                touch.direction().name(), outbound ? Replies.NO_REPLY : null, null, null,
                cut(touch.subject(), 1000), cut(touch.body(), 32000));
        handle.createUpdate("insert into mail_message (message_id, parent_id) values (:id, :parent)")
                .bind("id", touch.messageId()).bind("parent", touch.parentId()).execute();
        mailPut = true;
    }

    /**
     * Every stored outbound mail touch that a stored inbound one answers is replied: run once the import's rows
     * are visible, so a reply and the touch it answers link whichever came first, in this import or an earlier one.
     */
    private void markReplies() {
        handle.createUpdate("""
                        update activity set outcome = :replied
                        where source = :mail and direction = 'OUTBOUND' and (outcome is null or outcome <> :replied)
                          and external_id in (select m.parent_id from mail_message m
                                              join activity a on a.source = :mail and a.external_id = m.message_id
                                              where a.direction = 'INBOUND')""")
                .bind("replied", Replies.REPLIED).bind("mail", Incoming.MailTouch.SOURCE).execute();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public java.util.Optional<KnownRep> findRep(String key) {
        flush();
        // the rule of app.FindRep, in SQL inside the import's transaction (ingest may not depend on app): the key as given,
        // then a 15-character Salesforce id in its stored 18-character form
        for (String form : dev.needle.ingest.mapping.SalesforceIds.lookupForms(key)) {
            List<KnownRep> matches = handle.createQuery("""
                            select id, time_zone from rep
                            where external_id = :key or lower(email) = lower(:key) or cast(id as varchar(20)) = :key""")
                    .bind("key", form)
                    .map((rs, ctx) -> new KnownRep(rs.getLong("id"), rs.getString("time_zone"))).list();
            if (matches.size() > 1) throw new AmbiguousRepException("\"" + key + "\" matches " + matches.size() + " reps; use Needle's id");
            if (!matches.isEmpty()) return java.util.Optional.of(matches.get(0));
        }
        return java.util.Optional.empty();
    }

    @Override
    public void unknownOwners(UnknownOwners rule) {
        this.unknownOwners = rule;
    }

    @Override
    public void reading(String file, long line) {
        readingFile = file;
        readingLine = line;
    }

    @Override
    public List<ImportReport.Placeholder> placeholders() {
        return List.copyOf(placeholders);
    }

    @Override
    public void flush() {
        for (Map.Entry<String, TableWriter> entry : writers.entrySet()) {
            if (entry.getValue().flush()) landed(entry.getKey());
        }
        linkManagers();
    }

    @Override
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        stubsCreated.forEach((what, count) -> warnings.add(count + " " + what + " known only by the id other rows link to were created"));
        danglingLinks.forEach((what, count) -> warnings.add(count + " " + what + " not found: link left empty"));
        return warnings;
    }

    @Override
    public void commit() {
        flush();
        writers.values().forEach(TableWriter::finish);
        if (mailPut) markReplies();
        handle.createUpdate("update store_version set version = version + 1 where id = 1").execute();
        beforeCommit.accept(handle, rowsWritten());
        handle.commit();
        finished = true;
    }

    private Map<String, Long> rowsWritten() {
        Map<String, Long> rows = new TreeMap<>();
        writers.forEach((table, writer) -> rows.put(table, writer.written()));
        return rows;
    }

    @Override
    public void rollback() {
        handle.rollback();
        finished = true;
    }

    @Override
    public void close() {
        try {
            if (!finished) handle.rollback();
        } finally {
            handle.close();
        }
    }

    private void linkManagers() {
        List<ManagerLink> links = List.copyOf(managerLinks);
        managerLinks.clear();
        for (ManagerLink link : links) {
            Long rep = reps.find(handle, link.source(), link.repId());
            // a manager known only by name (the Maven CRM set) still becomes a rep the team reports to; so does a
            // ManagerId no user row has: the user row itself is sound, and refusing it would lose the rep too
            Long manager = repOrPlaceholder(link.source(), link.managerRef(), link.file(), link.line());
            if (rep != null && !rep.equals(manager)) {
                handle.createUpdate("update rep set manager_id = :manager where id = :rep")
                        .bind("manager", manager).bind("rep", rep).execute();
            }
        }
    }

    /**
     * The rep a row's owner reference names. An id no user in the files or the store has is refused, unless the
     * rule allows a placeholder (--create-missing; a name or email; a system with no users file).
     */
    private Long owner(String source, String ref, String field) {
        if (ref == null || ref.isBlank()) return null;
        flushIfPending("rep");
        Long id = reps.find(handle, source, ref);
        if (id != null) return id;
        if (!unknownOwners.mayCreate(source, ref)) {
            throw new UnresolvedReferenceException(field, ref
                    + ": no user with this id in the files or the store; import User.csv too, or pass --create-missing");
        }
        return repOrPlaceholder(source, ref, readingFile, readingLine);
    }

    private Long repOrPlaceholder(String source, String ref, String file, long line) {
        if (ref == null || ref.isBlank()) return null;
        flushIfPending("rep");
        Long id = reps.find(handle, source, ref);
        if (id != null) return id;
        id = insertStub("rep", source, ref);
        reps.remember(source, ref, id);
        placeholders.add(new ImportReport.Placeholder(source, ref, file, line));
        return id;
    }

    private Long accountOrStub(String source, String ref) {
        if (ref == null || ref.isBlank()) return null;
        flushIfPending("account");
        Long id = accounts.find(handle, source, ref);
        if (id != null) return id;
        id = insertStub("account", source, ref);
        accounts.remember(source, ref, id);
        stubsCreated.merge("accounts", 1, Integer::sum);
        return id;
    }

    private long insertStub(String table, String source, String ref) {
        return handle.createUpdate("insert into " + table + " (source, external_id, name) values (:source, :ref, :ref)")
                .bind("source", source).bind("ref", ref)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private Long optionalLink(RefIndex index, String source, String ref, String from, String to) {
        if (ref == null || ref.isBlank()) return null;
        flushIfPending(tableOf(index));
        Long id = index.find(handle, source, ref);
        if (id == null) danglingLinks.merge(from + " links to a " + to, 1, Integer::sum);
        return id;
    }

    private long requiredLink(RefIndex index, String source, String ref, String field, String what) {
        flushIfPending(tableOf(index));
        Long id = index.find(handle, source, ref);
        if (id == null) throw new UnresolvedReferenceException(field, "no " + what + " with id " + ref + " in this import or the store");
        return id;
    }

    /** A link to a row still waiting in a batch must see it: send that table's batch first. */
    private void flushIfPending(String table) {
        TableWriter writer = writers.get(table);
        if (writer != null && writer.flush()) landed(table);
    }

    /** New rows in {@code table}: links read from it before may be out of date. */
    private void landed(String table) {
        indexOf(table).invalidate();
        implied.invalidate(table);
    }

    private TableWriter writer(Table table) {
        return writers.computeIfAbsent(table.name(), name -> TableWriter.of(handle.getConnection(), dialect, table));
    }

    private RefIndex indexOf(String table) {
        return switch (table) {
            case "rep" -> reps;
            case "account" -> accounts;
            case "contact" -> contacts;
            case "deal" -> deals;
            case "lead" -> leads;
            default -> NO_INDEX;
        };
    }

    private String tableOf(RefIndex index) {
        if (index == reps) return "rep";
        if (index == accounts) return "account";
        if (index == contacts) return "contact";
        if (index == leads) return "lead";
        return "deal";
    }

    private static final RefIndex NO_INDEX = new RefIndex("none");

}
