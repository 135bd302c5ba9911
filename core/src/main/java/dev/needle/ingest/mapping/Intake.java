package dev.needle.ingest.mapping;

import dev.needle.ingest.ImportSession;
import dev.needle.ingest.Incoming;
import dev.needle.ingest.RowError;
import dev.needle.ingest.UnresolvedReferenceException;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The session's side of reading a file: takes the mapped rows in, in file order (links resolve against what came
 * before), reports the refused ones and counts both. Not thread-safe: one importing thread uses it.
 */
final class Intake {
    private final ImportSession session;
    private final String fileName;
    private final Function<String, String> columnOfField;
    private final Consumer<RowError> errors;
    private final Consumer<String> typeSeen;
    private long stored;
    private long skipped;
    private long bad;

    /** @param columnOfField the column(s) a Needle field is read from, to name in a link error */
    Intake(ImportSession session, String fileName, Function<String, String> columnOfField, Consumer<RowError> errors,
           Consumer<String> typeSeen) {
        this.session = session;
        this.fileName = fileName;
        this.columnOfField = columnOfField;
        this.errors = errors;
        this.typeSeen = typeSeen;
    }

    void take(RowOutcome outcome) {
        if (outcome instanceof RowOutcome.Mapped mapped) {
            store(mapped);
        } else if (outcome instanceof RowOutcome.Refused refused) {
            refuse(refused.error());
        } else if (outcome instanceof RowOutcome.Failed failed) {
            throw failed.failure();
        } else {
            skipped++;
        }
    }

    long stored() {
        return stored;
    }

    long skipped() {
        return skipped;
    }

    long bad() {
        return bad;
    }

    private void store(RowOutcome.Mapped mapped) {
        session.reading(fileName, mapped.line());
        try {
            put(mapped.record());
        } catch (UnresolvedReferenceException problem) {
            refuse(new RowError(fileName, mapped.line(), columnOfField.apply(problem.field()), problem.getMessage()));
            return;
        }
        // the catalogue report counts the activity types of the activities stored
        if (mapped.record() instanceof Incoming.Activity activity) typeSeen.accept(activity.type());
        stored++;
    }

    private void refuse(RowError error) {
        errors.accept(error);
        bad++;
    }

    private void put(Record record) {
        if (record instanceof Incoming.Rep rep) session.put(rep);
        else if (record instanceof Incoming.Account account) session.put(account);
        else if (record instanceof Incoming.Contact contact) session.put(contact);
        else if (record instanceof Incoming.Deal deal) session.put(deal);
        else if (record instanceof Incoming.Lead lead) session.put(lead);
        else if (record instanceof Incoming.StageChange change) session.put(change);
        else if (record instanceof Incoming.Activity activity) session.put(activity);
        else if (record instanceof Incoming.NextAction action) session.put(action);
        else if (record instanceof Incoming.Commitment commitment) session.put(commitment);
        else throw new IllegalArgumentException("not a record a table row becomes: " + record);
    }
}
