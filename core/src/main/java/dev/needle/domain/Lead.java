package dev.needle.domain;

import java.io.Serializable;

/**
 * A prospect not yet qualified into an account (Salesforce's Lead): a person at a {@code company}.
 * A converted lead names the account it became; touches on it carry that account.
 */
public record Lead(long id, String source, String externalId, String name, String company, Long ownerId,
                   boolean converted, Long convertedAccountId) implements Serializable {
    public Lead {
        Records.requireKey(source, externalId);
    }
}
