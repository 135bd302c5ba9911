package dev.needle.generate;

import dev.needle.generate.Model.Account;
import dev.needle.generate.Model.Contact;
import dev.needle.generate.Model.Deal;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prospecting logged on Salesforce Leads: an export-layer view of the same simulation. Every account
 * that is a Prospect with no opportunity when the history starts is, in the export, a set of Leads
 * (one per contact, Company = the account) until its first opportunity is created; then the leads
 * convert into that account, its contacts and that opportunity (Salesforce's IsConverted,
 * ConvertedDate, ConvertedAccountId, ConvertedContactId, ConvertedOpportunityId). Touches before the
 * conversion instant are written with the lead as WhoId and no WhatId or AccountId, as Salesforce
 * requires for an activity on a lead. Nothing here draws from the simulation's random stream: lead
 * ids come from a stream of their own, so the simulated org and its planted effects do not change.
 */
final class Leads {
    static final List<String> HEADER = List.of("Id", "FirstName", "LastName", "Name", "Company", "Title", "Email",
            "Status", "LeadSource", "OwnerId", "IsConverted", "ConvertedDate", "ConvertedAccountId",
            "ConvertedContactId", "ConvertedOpportunityId", "CreatedDate", "IsDeleted");
    static final String CONVERTED = "Closed - Converted";
    /** An unconverted lead last touched longer ago than this is given up on: Closed - Not Converted. */
    static final int WORKING_DAYS_BACK = 30;

    /** One lead per contact of a lead account; its id is fixed when the history starts. */
    private static final class Lead {
        final String id;
        final Contact contact;
        long lastTouchAt = -1;

        Lead(String id, Contact contact) {
            this.id = id;
            this.contact = contact;
        }
    }

    private static final class LeadAccount {
        final Account account;
        final List<Lead> leads = new ArrayList<>();
        /** The account's first opportunity: the leads convert when it is created. */
        Deal opportunity;
        /** The lead whose contact was touched last before the conversion: it gets the opportunity. */
        Lead lastTouched;

        LeadAccount(Account account) {
            this.account = account;
        }

        Lead leadOf(Contact contact) {
            for (Lead lead : leads) if (lead.contact == contact) return lead;
            throw new IllegalArgumentException("no lead for contact " + contact.id());
        }

        boolean convertedBy(long at) {
            return opportunity != null && at >= opportunity.createdAt;
        }
    }

    private final boolean on;
    private final Format format;
    private final IdSequence leadIds;
    private final LocalDate until;
    /** Lead accounts in org order, for writing; the map only answers lookups. */
    private final List<LeadAccount> leadAccounts = new ArrayList<>();
    private final Map<Account, LeadAccount> byAccount = new HashMap<>();
    private long touches;

    Leads(boolean on, Format format, long seed, LocalDate until) {
        this.on = on;
        this.format = format;
        this.leadIds = IdSequence.of(SalesforceObject.LEAD.keyPrefix, Dice.derived(seed, "Lead ids"), format);
        this.until = until;
    }

    boolean on() {
        return on;
    }

    /** The opening pipeline is in place: prospects without an opportunity become leads, in org order. */
    void historyStarts(List<Account> accounts) {
        if (!on) return;
        for (Account account : accounts) {
            if (account.customer || account.openDeals > 0) continue;
            LeadAccount leadAccount = new LeadAccount(account);
            for (Contact contact : account.contacts) leadAccount.leads.add(new Lead(leadIds.next(), contact));
            leadAccounts.add(leadAccount);
            byAccount.put(account, leadAccount);
        }
    }

    /** A deal was created: the first one on a lead account converts its leads at its CreatedDate. */
    void opportunityOpened(Deal deal) {
        LeadAccount leadAccount = byAccount.get(deal.account);
        if (leadAccount != null && leadAccount.opportunity == null) leadAccount.opportunity = deal;
    }

    /**
     * The lead an activity at {@code at} on {@code account} with {@code who} is logged on, or null when
     * it is logged on the contact and account as usual. Remembers the touch for the lead's status and
     * for which lead gets the opportunity.
     */
    String leadTouched(Account account, Contact who, long at) {
        LeadAccount leadAccount = account == null || who == null ? null : byAccount.get(account);
        if (leadAccount == null || leadAccount.convertedBy(at)) return null;
        Lead lead = leadAccount.leadOf(who);
        if (at >= lead.lastTouchAt) lead.lastTouchAt = at;
        if (leadAccount.lastTouched == null || at >= leadAccount.lastTouched.lastTouchAt) leadAccount.lastTouched = lead;
        touches++;
        return lead.id;
    }

    /** Unconverted leads' companies are not accounts: they stay out of Account.csv and Contact.csv. */
    boolean exportedAsLeadsOnly(Account account) {
        LeadAccount leadAccount = byAccount.get(account);
        return leadAccount != null && leadAccount.opportunity == null;
    }

    /** A converted lead's account and contacts are created by the conversion, with its opportunity. */
    long createdAt(Account account, long simulated) {
        LeadAccount leadAccount = byAccount.get(account);
        return leadAccount != null && leadAccount.opportunity != null ? leadAccount.opportunity.createdAt : simulated;
    }

    long write(ExportFiles files) throws IOException {
        try (CsvFile csv = files.create(SalesforceObject.LEAD, HEADER)) {
            for (LeadAccount leadAccount : leadAccounts) {
                for (Lead lead : leadAccount.leads) write(csv, leadAccount, lead);
            }
            return csv.rows();
        }
    }

    private void write(CsvFile csv, LeadAccount leadAccount, Lead lead) {
        Contact contact = lead.contact;
        Account account = leadAccount.account;
        Deal opportunity = leadAccount.opportunity;
        boolean converted = opportunity != null;
        // with no touch before the conversion (an inbound opportunity), the first lead is the one converted
        Lead opportunityLead = leadAccount.lastTouched != null ? leadAccount.lastTouched : leadAccount.leads.get(0);
        csv.add(lead.id).add(contact.firstName()).add(contact.lastName()).add(contact.name()).add(account.name)
                .add(contact.title()).add(contact.email()).add(converted ? CONVERTED : openStatus(lead))
                .add(converted ? opportunity.leadSource : "Outbound").add(account.owner.id)
                .add(format.bool(converted))
                .add(converted ? format.date(LocalDate.ofEpochDay(Math.floorDiv(opportunity.createdAt, 86_400L))) : "")
                .add(converted ? account.id : "").add(converted ? contact.id() : "")
                .add(converted && lead == opportunityLead ? opportunity.id : "")
                .add(format.instant(contact.createdAt())).add(format.bool(false)).end();
    }

    /** Never touched: not contacted; touched lately: being worked; touched long ago only: given up. */
    private String openStatus(Lead lead) {
        if (lead.lastTouchAt < 0) return "Open - Not Contacted";
        long workingSince = until.minusDays(WORKING_DAYS_BACK).toEpochDay() * 86_400L;
        return lead.lastTouchAt >= workingSince ? "Working - Contacted" : "Closed - Not Converted";
    }

    /** Counts for planted-effects.json. */
    record Counts(int converted, int unconverted, int convertedAccounts, int unconvertedAccounts,
                  long touchesOnLeads) {
    }

    Counts counts() {
        int converted = 0;
        int unconverted = 0;
        int convertedAccounts = 0;
        for (LeadAccount leadAccount : leadAccounts) {
            if (leadAccount.opportunity != null) {
                convertedAccounts++;
                converted += leadAccount.leads.size();
            } else {
                unconverted += leadAccount.leads.size();
            }
        }
        return new Counts(converted, unconverted, convertedAccounts, leadAccounts.size() - convertedAccounts, touches);
    }
}
