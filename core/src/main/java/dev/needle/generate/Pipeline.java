package dev.needle.generate;

import dev.needle.generate.Model.Account;
import dev.needle.generate.Model.Deal;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every opportunity and its stage history. A deal really moves at once ({@link #advance},
 * {@link #lose}): the rep works it in its new stage or stops working it. Salesforce learns of the
 * change when it is recorded ({@link #recordAdvance}, {@link #recordLoss}), one OpportunityHistory
 * row each, streamed; an account counts as having an open deal until Salesforce shows it closed.
 * Opportunity.csv is written at the end from what was recorded by then.
 */
final class Pipeline {
    static final List<String> OPPORTUNITY_HEADER = List.of("Id", "IsDeleted", "AccountId", "Name", "StageName",
            "Amount", "Probability", "CloseDate", "Type", "NextStep", "LeadSource", "IsClosed", "IsWon",
            "ForecastCategory", "OwnerId", "CreatedDate", "LastModifiedDate");
    static final List<String> HISTORY_HEADER = List.of("Id", "OpportunityId", "CreatedById", "CreatedDate",
            "StageName", "Amount", "ExpectedRevenue", "CloseDate", "Probability", "ForecastCategory", "IsDeleted");

    private final Dice dice;
    private final Format format;
    private final IdSequence dealIds;
    private final IdSequence historyIds;
    private final CsvFile history;
    private final Leads leads;
    private final List<Deal> deals = new ArrayList<>();

    Pipeline(Dice dice, Format format, IdSequence dealIds, IdSequence historyIds, CsvFile history, Leads leads) {
        this.dice = dice;
        this.format = format;
        this.dealIds = dealIds;
        this.historyIds = historyIds;
        this.history = history;
        this.leads = leads;
    }

    /** The opening pipeline is in place and the simulated window begins. */
    void historyStarts(List<Account> accounts) {
        leads.historyStarts(accounts);
    }

    /** A new deal on the account, owned by the account's owner, entering {@code stage} at {@code at}. */
    Deal open(Account account, long at, LocalDate day, String leadSource, Stage stage) {
        long amount = Math.max(2_000, Math.round(dice.logNormal(account.dream ? 62_500 : 25_000, 0.6) / 100) * 100);
        String type = account.customer ? "Existing Customer - Upgrade" : "New Customer";
        String name = account.name + " - " + dice.pick(Names.PRODUCTS);
        LocalDate closeDate = day.plusDays(20 + Math.round(dice.logNormal(50, 0.4)));
        Deal deal = new Deal(dealIds.next(), account, name, type, leadSource, amount, at, day,
                dice.logNormal(1.0, 0.9), stage, closeDate);
        deals.add(deal);
        account.openDeals++;
        account.owner.openDeals.add(deal);
        leads.opportunityOpened(deal);
        write(deal, at);
        return deal;
    }

    /** The deal really moves one stage forward; from Negotiation/Review that is the win. */
    void advance(Deal deal) {
        deal.stage = deal.stage.next();
        if (deal.stage == Stage.CLOSED_WON) deal.owner().openDeals.remove(deal);
    }

    void lose(Deal deal) {
        deal.stage = Stage.CLOSED_LOST;
        deal.owner().openDeals.remove(deal);
    }

    /** The rep records the next stage in Salesforce. */
    void recordAdvance(Deal deal, long at, LocalDate day) {
        long when = after(deal, at);
        deal.recorded = deal.recorded.next();
        if (deal.recorded == Stage.CLOSED_WON) {
            deal.closeDate = day;
            deal.account.customer = true;
            deal.account.openDeals--;
        } else if (deal.closeDate.isBefore(day.plusDays(7))) {
            deal.closeDate = day.plusDays(dice.between(14, 45)); // the rep pushes a close date that is too near
        }
        write(deal, when);
    }

    void recordLoss(Deal deal, long at, LocalDate day) {
        long when = after(deal, at);
        deal.recorded = Stage.CLOSED_LOST;
        deal.closeDate = day;
        deal.account.openDeals--;
        write(deal, when);
    }

    /**
     * At {@code until} the org is what Salesforce shows: changes not yet recorded are dropped, and
     * the open pipelines of reps and accounts are rebuilt from the recorded stages.
     */
    void settle() {
        for (Deal deal : deals) {
            deal.account.openDeals = 0;
            deal.owner().openDeals.clear();
        }
        for (Deal deal : deals) {
            deal.stage = deal.recorded;
            if (deal.stage.isClosed()) continue;
            deal.account.openDeals++;
            deal.owner().openDeals.add(deal);
        }
    }

    List<Deal> deals() {
        return deals;
    }

    long historyRows() {
        return history.rows();
    }

    /** Stage changes of one deal keep their order even when two land on the same day. */
    private static long after(Deal deal, long at) {
        return Math.max(at, deal.lastModified + 60);
    }

    private void write(Deal deal, long at) {
        deal.lastModified = at;
        Stage stage = deal.recorded;
        history.add(historyIds.next()).add(deal.id).add(deal.owner().id).add(format.instant(at))
                .add(stage.label).add(deal.amount).add(deal.amount * stage.probability / 100)
                .add(format.date(deal.closeDate)).add(stage.probability).add(stage.forecastCategory())
                .add(format.bool(false)).end();
    }

    long writeOpportunities(ExportFiles files) throws IOException {
        try (CsvFile csv = files.create(SalesforceObject.OPPORTUNITY, OPPORTUNITY_HEADER)) {
            for (Deal deal : deals) {
                Stage stage = deal.recorded;
                csv.add(deal.id).add(format.bool(false)).add(deal.account.id).add(deal.name).add(stage.label)
                        .add(format.amount(deal.amount)).add(stage.probability).add(format.date(deal.closeDate))
                        .add(deal.type)
                        .add(deal.nextStep).add(deal.leadSource).add(format.bool(stage.isClosed()))
                        .add(format.bool(stage == Stage.CLOSED_WON)).add(stage.forecastCategory())
                        .add(deal.owner().id).add(format.instant(deal.createdAt))
                        .add(format.instant(deal.lastModified)).end();
            }
            return csv.rows();
        }
    }
}
