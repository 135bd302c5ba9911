package dev.needle.generate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The simulated org's records. Mutable where the simulation moves them; kept inside this package. */
final class Model {
    private Model() {
    }

    record Manager(String id, String firstName, String lastName, String email, String team, ZoneId zone,
                   String roleId, long quota, long createdAt) {
    }

    /** A sales rep with the behaviour planted in them (see planted-effects.json). */
    static final class Rep {
        final String id;
        final String firstName;
        final String lastName;
        final String email;
        final String team;
        final ZoneId zone;
        final Manager manager;
        final String roleId;
        final boolean busy;
        final double emptyShare;
        final double prospectingFirstShare;
        final double volume;
        final long quota;
        final long createdAt;
        final List<Account> accounts = new ArrayList<>();
        /** The deals the rep is really working (closed ones leave at once, before Salesforce shows it). */
        final List<Deal> openDeals = new ArrayList<>();
        final List<Meeting> calendar = new ArrayList<>();
        /** The all-day conference in the next two weeks; no meetings are booked on it. */
        LocalDate conferenceDay;

        Rep(String id, String firstName, String lastName, String email, String team, ZoneId zone, Manager manager,
            String roleId, boolean busy, double emptyShare, double prospectingFirstShare, double volume, long quota,
            long createdAt) {
            this.id = id;
            this.firstName = firstName;
            this.lastName = lastName;
            this.email = email;
            this.team = team;
            this.zone = zone;
            this.manager = manager;
            this.roleId = roleId;
            this.busy = busy;
            this.emptyShare = emptyShare;
            this.prospectingFirstShare = prospectingFirstShare;
            this.volume = volume;
            this.quota = quota;
            this.createdAt = createdAt;
        }

        String name() {
            return firstName + " " + lastName;
        }
    }

    static final class Account {
        final String id;
        final String name;
        final String domain;
        final String industry;
        final Rep owner;
        final boolean dream;
        final long annualRevenue;
        final int employees;
        final long createdAt;
        final boolean channel;
        final List<Contact> contacts = new ArrayList<>();
        boolean customer;
        /** Open deals as Salesforce shows them. */
        int openDeals;
        /** Opens a new deal while one is open (expansion, another department): {@code multiDealAccounts}. */
        boolean multiDeal;

        Account(String id, String name, String industry, Rep owner, boolean dream, long annualRevenue,
                int employees, long createdAt, boolean customer, boolean channel) {
            this.id = id;
            this.name = name;
            this.domain = Names.domainOf(name);
            this.industry = industry;
            this.owner = owner;
            this.dream = dream;
            this.annualRevenue = annualRevenue;
            this.employees = employees;
            this.createdAt = createdAt;
            this.customer = customer;
            this.channel = channel;
        }

        /**
         * In the market for a new deal: no open deal as Salesforce shows it, or one of the accounts that
         * open another deal while one is open. Prospecting goes here, and here touches create deals.
         */
        boolean inMarket() {
            return openDeals == 0 || multiDeal;
        }

        String type() {
            if (!customer) return "Prospect";
            return channel ? "Customer - Channel" : "Customer - Direct";
        }
    }

    record Contact(String id, String firstName, String lastName, String title, String email, Account account,
                   long createdAt) {
        String name() {
            return firstName + " " + lastName;
        }
    }

    static final class Deal {
        final String id;
        final Account account;
        final String name;
        final String type;
        final String leadSource;
        final long amount;
        final long createdAt;
        final LocalDate createdDay;
        /** How much of the rep's attention this deal draws; low-attention deals go untouched and die. */
        final double attention;
        /** Where the deal really is; the simulation works the deal in this stage. */
        Stage stage;
        /** Where Salesforce shows it: stage changes are recorded some working days after they happen. */
        Stage recorded;
        /** The last day a record of this deal is queued for; a loss is recorded after the advances before it. */
        LocalDate recordsQueuedUntil;
        LocalDate closeDate;
        long lastModified;
        LocalDate lastTouchDay;
        String nextStep = "";

        Deal(String id, Account account, String name, String type, String leadSource, long amount, long createdAt,
             LocalDate createdDay, double attention, Stage stage, LocalDate closeDate) {
            this.id = id;
            this.account = account;
            this.name = name;
            this.type = type;
            this.leadSource = leadSource;
            this.amount = amount;
            this.createdAt = createdAt;
            this.createdDay = createdDay;
            this.attention = attention;
            this.stage = stage;
            this.recorded = stage;
            this.recordsQueuedUntil = createdDay;
            this.closeDate = closeDate;
            this.lastModified = createdAt;
            this.lastTouchDay = createdDay;
        }

        Rep owner() {
            return account.owner;
        }
    }

    /** A meeting as the rep's calendar shows it. */
    record Meeting(String uid, String summary, String location, String description, long start, int minutes,
                   Contact attendee) {
    }
}
