package dev.needle.domain;

import java.io.Serializable;
import java.util.List;

/**
 * A keyed unit: one account with its deals (each with its history) and the activities on the account
 * that name no deal, in time order; or a deal that names no account, alone ({@code accountId} null).
 * Everything an analysis needs about an account is here, so units can be read, analysed and combined
 * one at a time (streamed from a store, in parallel, or on Spark).
 */
public record AccountHistory(Long accountId, List<DealHistory> deals, List<Activity> touches) implements Serializable {
    public AccountHistory {
        deals = List.copyOf(deals);
        touches = List.copyOf(touches);
        if (accountId == null && (deals.size() != 1 || !touches.isEmpty())) {
            throw new IllegalArgumentException("a unit with no account is one deal alone");
        }
    }

    /** The unit's key, unique across units: the account id, or minus the id of a deal with no account. */
    public long key() {
        return accountId != null ? accountId : -deals.get(0).deal().id();
    }

    /** The key of the unit a deal belongs to. */
    public static long keyOf(Deal deal) {
        return deal.accountId() != null ? deal.accountId() : -deal.id();
    }
}
