package dev.needle.store;

import dev.needle.ingest.ImportReport;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.Incoming;
import dev.needle.ingest.UnknownOwners;
import dev.needle.ingest.UnresolvedReferenceException;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * One import as one transaction on one connection. Rows are upserted in batches; links are
 * resolved through {@link RefIndex}es that are refreshed whenever their table has new rows.
 */
final class JdbiImportSession implements ImportSession {
    private final Handle handle;
    private final Map<String, BatchWriter> writers = new LinkedHashMap<>();
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
        Map<String, Object> row = keyed(rep.source(), rep.externalId());
        row.put("name", rep.name());
        row.put("email", rep.email());
        row.put("team", rep.team());
        row.put("time_zone", rep.timeZone());
        row.put("quota", rep.quota());
        writer("rep", row).add(row);
        if (rep.managerRef() != null && !rep.managerRef().isBlank()) {
            managerLinks.add(new ManagerLink(rep.source(), rep.externalId(), rep.managerRef(), readingFile, readingLine));
        }
    }

    @Override
    public void put(Incoming.Account account) {
        Map<String, Object> row = keyed(account.source(), account.externalId());
        row.put("name", account.name());
        row.put("industry", account.industry());
        row.put("dream_client", account.dreamClient());
        writer("account", row).add(row);
    }

    @Override
    public void put(Incoming.Contact contact) {
        Map<String, Object> row = keyed(contact.source(), contact.externalId());
        row.put("account_id", optionalLink(accounts, contact.source(), contact.accountRef(), "contact", "account"));
        row.put("name", contact.name());
        row.put("title", contact.title());
        row.put("email", contact.email());
        writer("contact", row).add(row);
    }

    @Override
    public void put(Incoming.Deal deal) {
        Map<String, Object> row = keyed(deal.source(), deal.externalId());
        // the owner first: a row refused for its owner must leave no account stub behind under --skip-bad
        row.put("owner_id", owner(deal.source(), deal.ownerRef(), "ownerRef"));
        row.put("account_id", accountOrStub(deal.source(), deal.accountRef()));
        row.put("name", deal.name());
        row.put("amount", deal.amount());
        row.put("currency", deal.currency());
        row.put("stage", deal.stage());
        row.put("lead_source", deal.leadSource());
        row.put("product", deal.product());
        row.put("created_at", utc(deal.createdAt()));
        row.put("expected_close", deal.expectedClose());
        row.put("closed_at", deal.closedAt());
        row.put("outcome", deal.outcome().name());
        writer("deal", row).add(row);
    }

    @Override
    public void put(Incoming.Lead lead) {
        Map<String, Object> row = keyed(lead.source(), lead.externalId());
        row.put("name", lead.name());
        row.put("company", lead.company());
        row.put("email", lead.email());
        row.put("owner_id", owner(lead.source(), lead.ownerRef(), "ownerRef"));
        row.put("status", lead.status());
        row.put("lead_source", lead.leadSource());
        row.put("created_at", utc(lead.createdAt()));
        row.put("converted", lead.converted());
        row.put("converted_account_id", optionalLink(accounts, lead.source(), lead.convertedAccountRef(), "lead", "converted account"));
        row.put("converted_contact_id", optionalLink(contacts, lead.source(), lead.convertedContactRef(), "lead", "converted contact"));
        row.put("converted_deal_id", optionalLink(deals, lead.source(), lead.convertedDealRef(), "lead", "converted opportunity"));
        row.put("converted_at", lead.convertedAt());
        writer("lead", row).add(row);
    }

    @Override
    public void put(Incoming.StageChange change) {
        Map<String, Object> row = keyed(change.source(), change.externalId());
        row.put("deal_id", requiredLink(deals, change.source(), change.dealRef(), "dealRef", "deal"));
        row.put("from_stage", change.fromStage());
        row.put("to_stage", change.toStage());
        row.put("changed_at", utc(change.at()));
        writer("stage_change", row).add(row);
    }

    @Override
    public void put(Incoming.Activity activity) {
        Map<String, Object> row = keyed(activity.source(), activity.externalId());
        Long repId = owner(activity.source(), activity.repRef(), "repRef");
        if (repId == null) throw new UnresolvedReferenceException("repRef", "the activity has no rep");
        row.put("rep_id", repId);
        row.put("type", activity.type());
        row.put("started_at", utc(activity.start()));
        row.put("duration_minutes", activity.durationMinutes());
        row.put("duration_recorded", activity.durationRecorded());
        Long dealId = optionalLink(deals, activity.source(), activity.dealRef(), "activity", "deal");
        Long leadId = optionalLink(leads, activity.source(), activity.leadRef(), "activity", "lead");
        Long contactId = implied.contactOf(handle,
                optionalLink(contacts, activity.source(), activity.contactRef(), "activity", "contact"), leadId);
        Long accountId = implied.accountOf(handle,
                optionalLink(accounts, activity.source(), activity.accountRef(), "activity", "account"), dealId, contactId, leadId);
        row.put("deal_id", dealId);
        row.put("account_id", accountId);
        row.put("contact_id", contactId);
        row.put("lead_id", leadId);
        row.put("direction", activity.direction() == null ? null : activity.direction().name());
        row.put("outcome", activity.outcome());
        row.put("value_for_buyer", activity.valueForBuyer());
        row.put("buyer_next_step", activity.buyerNextStep());
        row.put("subject", activity.subject());
        row.put("notes", activity.notes());
        writer("activity", row).add(row);
    }

    @Override
    public void put(Incoming.NextAction action) {
        Map<String, Object> row = keyed(action.source(), action.externalId());
        row.put("deal_id", requiredLink(deals, action.source(), action.dealRef(), "dealRef", "deal"));
        row.put("rep_id", owner(action.source(), action.repRef(), "repRef"));
        row.put("what", action.what());
        row.put("due", action.due());
        row.put("value_for_buyer", action.valueForBuyer());
        row.put("buyer_next_step", action.buyerNextStep());
        row.put("status", action.status().name());
        writer("next_action", row).add(row);
    }

    @Override
    public void put(Incoming.Commitment commitment) {
        Map<String, Object> row = keyed(commitment.source(), commitment.externalId());
        row.put("rep_id", owner(commitment.source(), commitment.repRef(), "repRef"));
        Long dealId = optionalLink(deals, commitment.source(), commitment.dealRef(), "commitment", "deal");
        Long leadId = optionalLink(leads, commitment.source(), commitment.leadRef(), "commitment", "lead");
        Long contactId = implied.contactOf(handle,
                optionalLink(contacts, commitment.source(), commitment.contactRef(), "commitment", "contact"), leadId);
        row.put("deal_id", dealId);
        row.put("account_id", implied.accountOf(handle,
                optionalLink(accounts, commitment.source(), commitment.accountRef(), "commitment", "account"),
                dealId, contactId, leadId));
        row.put("what", commitment.what());
        row.put("due", commitment.due());
        row.put("done", commitment.done());
        writer("commitment", row).add(row);
    }

    @Override
    public void replaceCalendar(long repId, String calendar, List<Incoming.CalendarEvent> events) {
        handle.createUpdate("delete from calendar_event where rep_id = :rep and calendar = :calendar")
                .bind("rep", repId).bind("calendar", calendar).execute();
        BatchWriter writer = writers.computeIfAbsent("calendar_event", table -> new BatchWriter(handle,
                dialect.upsert(table, List.of("rep_id", "calendar", "uid"),
                        List.of("rep_id", "calendar", "uid", "starts_at", "ends_at", "all_day", "busy", "summary"))));
        for (Incoming.CalendarEvent event : events) {
            Map<String, Object> row = new HashMap<>();
            row.put("rep_id", repId);
            row.put("calendar", calendar);
            row.put("uid", event.uid());
            row.put("starts_at", utc(event.start()));
            row.put("ends_at", utc(event.end()));
            row.put("all_day", event.allDay());
            row.put("busy", event.busy());
            row.put("summary", event.summary());
            writer.add(row);
        }
    }

    @Override
    public java.util.Optional<KnownRep> findRep(String key) {
        flush();
        // as Store.findRep: the key as given, then a 15-character Salesforce id in its stored 18-character form
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
        for (Map.Entry<String, BatchWriter> entry : writers.entrySet()) {
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
        BatchWriter writer = writers.get(table);
        if (writer != null && writer.flush()) landed(table);
    }

    /** New rows in {@code table}: links read from it before may be out of date. */
    private void landed(String table) {
        indexOf(table).invalidate();
        implied.invalidate(table);
    }

    private BatchWriter writer(String table, Map<String, Object> row) {
        return writers.computeIfAbsent(table, t -> new BatchWriter(handle,
                dialect.upsert(t, List.of("source", "external_id"), List.copyOf(row.keySet()))));
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

    private static Map<String, Object> keyed(String source, String externalId) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", source);
        row.put("external_id", externalId);
        return row;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
