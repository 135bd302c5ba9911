package dev.needle.store;

import org.jdbi.v3.core.Handle;

import java.util.HashMap;
import java.util.Map;

/**
 * What a link implies in the source system: a deal and a contact belong to an account, a converted
 * lead became an account and a contact. Salesforce tasks and events exported by Data Loader usually
 * carry no AccountId, only the polymorphic WhatId and WhoId, so the account of such a touch is found
 * here. Needle ids are unique across sources, so one map per table serves every source; each is read
 * once and again after its table has new rows.
 */
final class ImpliedLinks {
    private Map<Long, Long> dealAccounts;
    private Map<Long, Long> contactAccounts;
    private Map<Long, Conversion> conversions;

    /** What a converted lead became; an unconverted lead has none. */
    record Conversion(Long accountId, Long contactId) {
    }

    /**
     * The account a touch or commitment is about: the one it names; else its deal's; else its contact's;
     * else the one its lead converted into. Each may be null.
     */
    Long accountOf(Handle handle, Long named, Long dealId, Long contactId, Long leadId) {
        if (named != null) return named;
        Long account = dealId == null ? null : dealAccounts(handle).get(dealId);
        if (account == null && contactId != null) account = contactAccounts(handle).get(contactId);
        if (account == null && leadId != null) {
            Conversion conversion = conversionOf(handle, leadId);
            if (conversion != null) account = conversion.accountId();
        }
        return account;
    }

    /** The contact a touch reached: the one it names, else the contact its lead converted into. */
    Long contactOf(Handle handle, Long named, Long leadId) {
        if (named != null || leadId == null) return named;
        Conversion conversion = conversionOf(handle, leadId);
        return conversion == null ? null : conversion.contactId();
    }

    /** Called when rows of {@code table} land: what was read from it may be out of date. */
    void invalidate(String table) {
        switch (table) {
            case "deal" -> dealAccounts = null;
            case "contact" -> contactAccounts = null;
            case "lead" -> conversions = null;
            default -> { }
        }
    }

    private Conversion conversionOf(Handle handle, long leadId) {
        if (conversions == null) {
            Map<Long, Conversion> read = new HashMap<>();
            handle.createQuery("""
                            select id, converted_account_id, converted_contact_id from lead
                            where converted and (converted_account_id is not null or converted_contact_id is not null)""")
                    .map((rs, ctx) -> {
                        long id = rs.getLong("id");
                        read.put(id, new Conversion(Dialect.nullableLong(rs, "converted_account_id"),
                                Dialect.nullableLong(rs, "converted_contact_id")));
                        return id;
                    })
                    .forEach(id -> { });
            conversions = read;
        }
        return conversions.get(leadId);
    }

    private Map<Long, Long> dealAccounts(Handle handle) {
        if (dealAccounts == null) dealAccounts = accountsOf(handle, "select id, account_id from deal where account_id is not null");
        return dealAccounts;
    }

    private Map<Long, Long> contactAccounts(Handle handle) {
        if (contactAccounts == null) contactAccounts = accountsOf(handle, "select id, account_id from contact where account_id is not null");
        return contactAccounts;
    }

    private static Map<Long, Long> accountsOf(Handle handle, String sql) {
        Map<Long, Long> accounts = new HashMap<>();
        handle.createQuery(sql).map((rs, ctx) -> {
            long id = rs.getLong("id");
            accounts.put(id, rs.getLong("account_id"));
            return id;
        }).forEach(id -> { });
        return accounts;
    }
}
