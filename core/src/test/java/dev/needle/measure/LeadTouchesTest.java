package dev.needle.measure;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Account;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Days;
import dev.needle.domain.Deal;
import dev.needle.domain.Lead;
import dev.needle.domain.Direction;
import dev.needle.domain.Outcome;
import dev.needle.domain.Rep;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Prospecting on leads: a touch on a lead that did not convert is a prospecting touch that created no
 * opportunity, so it belongs in the opportunity model's denominator as its own unit; a touch on a
 * converted lead carries the account it became and counts there.
 */
class LeadTouchesTest {
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(120));
    private static final int ACCOUNTS = 20;
    private static final int UNCONVERTED_LEADS = 20;

    private final Rep rep = new Rep(1, "test", "rep-1", "Ana", "ana@example.com", "East", null, "UTC", null);
    private final List<Account> accounts = new ArrayList<>();
    private final List<Deal> deals = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();

    @Test
    void aTouchOnALeadReachesSomeoneAndIsALeadTouchUntilTheLeadConverts() {
        Activity onLead = touch(null, 7L, 10);
        Activity onConvertedLead = touch(3L, 7L, 10);

        assertThat(Touches.isLeadTouch(onLead)).isTrue();
        assertThat(Touches.isAccountTouch(onLead)).isFalse();
        assertThat(Touches.isLeadTouch(onConvertedLead)).isFalse();
        assertThat(Touches.isAccountTouch(onConvertedLead)).as("the converted lead's touch counts for its account").isTrue();
    }

    @Test
    void touchesOnUnconvertedLeadsEnterTheDenominatorAsUnitsWithNoOpportunity() {
        // every touched account gets an opportunity 3 days later in half the cases: 0.5 per touch on accounts alone
        for (long account = 1; account <= ACCOUNTS; account++) {
            accounts.add(new Account(account, "test", "a" + account, "Account " + account, null, false));
            int day = (int) (10 + account * 3);
            activities.add(touch(account, null, day));
            if (account % 2 == 0) deals.add(deal(account, day + 3));
        }
        DelayedEffects.Result accountsOnly = opportunityModel(dataset()).fit(1);

        // lead ids overlap the account ids on purpose: a lead is a unit of its own, not that account
        for (long lead = 1; lead <= UNCONVERTED_LEADS; lead++) activities.add(touch(null, lead, (int) (12 + lead * 3)));
        Timelines withLeads = timelines(dataset());
        DelayedEffects.Result all = withLeads.accounts(ActivityValue.OPPORTUNITY_WINDOW_DAYS).fit(1);

        assertThat(withLeads.accountsInModel(Timelines.OpenDeals.EXCLUDED)).isEqualTo(ACCOUNTS);
        assertThat(withLeads.leadsInModel()).isEqualTo(UNCONVERTED_LEADS);
        assertThat(all.touches()[0]).isEqualTo(ACCOUNTS + UNCONVERTED_LEADS);
        assertThat(accountsOnly.perTouch()[0]).isCloseTo(0.5, within(0.01));
        assertThat(all.perTouch()[0]).as("the same opportunities over twice the prospecting touches")
                .isCloseTo(0.25, within(0.01));
    }

    @Test
    void theValueReportCountsLeadTouchesAsOpportunityTouches() {
        accounts.add(new Account(1, "test", "a1", "Account 1", null, false));
        activities.add(touch(1L, null, 20));
        deals.add(deal(1, 23));
        for (long lead = 1; lead <= 3; lead++) activities.add(touch(null, lead, 30));

        ValueReport report = ActivityValue.estimate(dataset(), ActivityCatalog.defaults(), START, END);

        assertThat(report.types()).singleElement()
                .satisfies(type -> assertThat(type.accountTouches()).isEqualTo(4));
    }

    @Test
    void theLeadsOfOneCompanyAreOneProspectAsTheAccountTheyWouldBecome() {
        // half the touched accounts get an opportunity 3 days after the touch; two get one no touch explains
        for (long account = 1; account <= ACCOUNTS + 2; account++) {
            accounts.add(new Account(account, "test", "a" + account, "Account " + account, null, false));
            int day = (int) (10 + account * 3);
            if (account <= ACCOUNTS) activities.add(touch(account, null, day));
            if (account % 2 == 0 || account > ACCOUNTS) deals.add(deal(account, day + 3));
        }
        // ten companies not converted, three leads each (one of them spelled differently), each lead touched once
        List<Lead> leads = new ArrayList<>();
        List<Activity> onFirstLead = new ArrayList<>(activities);
        for (int company = 0; company < 10; company++) {
            for (int person = 0; person < 3; person++) {
                long lead = 100 + company * 3L + person;
                String name = person == 1 ? " COMPANY " + company + " " : "Company " + company;
                leads.add(new Lead(lead, "test", "q" + lead, "Person " + lead, name, rep.id(), false, null));
                Activity touch = touch(null, lead, 12 + company * 3 + person * 20);
                activities.add(touch);
                onFirstLead.add(onLead(touch, 100 + company * 3L));
            }
        }
        Timelines byCompany = timelines(withLeads(activities, leads));
        DelayedEffects.Result grouped = byCompany.accounts(ActivityValue.OPPORTUNITY_WINDOW_DAYS).fit(1);
        DelayedEffects.Result oneLeadEach = timelines(withLeads(onFirstLead, leads)).accounts(ActivityValue.OPPORTUNITY_WINDOW_DAYS).fit(1);
        DelayedEffects.Result leadByLead = opportunityModel(dataset()).fit(1);

        assertThat(byCompany.leadsInModel()).isEqualTo(10);
        assertThat(grouped.touches()[0]).isEqualTo(ACCOUNTS + 30);
        assertThat(grouped.perTouch()[0]).as("as if each company's touches were on one lead")
                .isCloseTo(oneLeadEach.perTouch()[0], within(1e-9));
        assertThat(leadByLead.perTouch()[0])
                .as("lead by lead, each company is at risk three times a day: the background looks smaller and touches get its opportunities")
                .isGreaterThan(grouped.perTouch()[0]);
    }

    private Dataset withLeads(List<Activity> touches, List<Lead> leads) {
        return new Dataset(List.of(rep), accounts, List.of(), deals, List.of(), touches, List.of(), List.of(), leads);
    }

    private static Activity onLead(Activity a, long lead) {
        return new Activity(a.id(), a.source(), a.externalId(), a.repId(), a.type(), a.start(), a.durationMinutes(),
                a.durationRecorded(), a.dealId(), a.accountId(), a.contactId(), lead, a.direction(), a.outcome(),
                a.valueForBuyer(), a.buyerNextStep(), a.subject(), a.notes());
    }

    private Timelines timelines(Dataset data) {
        return new Timelines(data, Map.of("Call", 0), Days.epochDay(START), Days.epochDay(END) - 1, false,
                ActivityValue.OPPORTUNITY_WINDOW_DAYS);
    }

    private DelayedEffects opportunityModel(Dataset data) {
        return timelines(data).accounts(ActivityValue.OPPORTUNITY_WINDOW_DAYS);
    }

    private Dataset dataset() {
        return new Dataset(List.of(rep), accounts, List.of(), deals, List.of(), activities, List.of(), List.of());
    }

    private Deal deal(long account, int day) {
        long id = deals.size() + 1;
        return new Deal(id, "test", "d" + id, account, rep.id(), "Deal " + id, BigDecimal.valueOf(1000), "USD",
                "Qualify", "Outbound", "Platform", START.plus(Duration.ofDays(day)), null, null, Outcome.OPEN);
    }

    /**
     * A prospecting call logged on an account, on a lead, or on a lead that became the account. Calls on
     * accounts are logged outbound (that is how they reach someone); calls on leads without a direction,
     * since naming the lead is enough.
     */
    private Activity touch(Long accountId, Long leadId, int day) {
        long id = activities.size() + 1;
        Direction direction = leadId == null ? Direction.OUTBOUND : null;
        return new Activity(id, "test", "x" + id, rep.id(), "Call", START.plus(Duration.ofDays(day)), 15, true,
                null, accountId, null, leadId, direction, null, null, null, "Intro call", null);
    }
}
