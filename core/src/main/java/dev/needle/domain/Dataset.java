package dev.needle.domain;

import java.util.List;
import java.util.Optional;

/**
 * Everything the analyses read, as plain records: what the store holds, or a view of it as of a
 * past date. Analyses are pure functions of a Dataset, so they can run anywhere (in process, on Spark).
 * {@code leads} are the prospects touches were logged on before (or without) an account: the value
 * model needs their company, since several leads of one company are one prospect.
 */
public record Dataset(List<Rep> reps, List<Account> accounts, List<Contact> contacts, List<Deal> deals,
                      List<StageChange> stageChanges, List<Activity> activities, List<NextAction> nextActions,
                      List<Commitment> commitments, List<Lead> leads) {
    public Dataset {
        leads = List.copyOf(leads);
        reps = List.copyOf(reps);
        accounts = List.copyOf(accounts);
        contacts = List.copyOf(contacts);
        deals = List.copyOf(deals);
        stageChanges = List.copyOf(stageChanges);
        activities = List.copyOf(activities);
        nextActions = List.copyOf(nextActions);
        commitments = List.copyOf(commitments);
    }

    /** A dataset with no leads: a source without them, or records built by hand. */
    public Dataset(List<Rep> reps, List<Account> accounts, List<Contact> contacts, List<Deal> deals,
                   List<StageChange> stageChanges, List<Activity> activities, List<NextAction> nextActions,
                   List<Commitment> commitments) {
        this(reps, accounts, contacts, deals, stageChanges, activities, nextActions, commitments, List.of());
    }

    /** The dataset walked as keyed units, as a store streams them. */
    public OrgHistory history() {
        return new DatasetHistory(this);
    }

    /** The one unit with this key ({@link AccountHistory#key}) as {@link #history()} gives it, if the dataset has it. */
    public Optional<AccountHistory> unit(long key) {
        return DatasetHistory.unit(this, key);
    }
}
