package dev.needle.generate;

import dev.needle.generate.Model.Account;
import dev.needle.generate.Model.Deal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every opportunity and its stage history. Each stage a deal enters is one OpportunityHistory row,
 * streamed as it happens; Opportunity.csv is written once at the end, with each deal's final state.
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
    private final List<Deal> deals = new ArrayList<>();

    Pipeline(Dice dice, Format format, IdSequence dealIds, IdSequence historyIds, CsvFile history) {
        this.dice = dice;
        this.format = format;
        this.dealIds = dealIds;
        this.historyIds = historyIds;
        this.history = history;
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
        record(deal, at);
        return deal;
    }

    /** One stage forward; from Negotiation/Review that is Closed Won. */
    void advance(Deal deal, long at, LocalDate day) {
        deal.stage = deal.stage.next();
        if (deal.stage == Stage.CLOSED_WON) {
            close(deal, day);
            deal.account.customer = true;
        } else if (deal.closeDate.isBefore(day.plusDays(7))) {
            deal.closeDate = day.plusDays(dice.between(14, 45)); // the rep pushes a close date that is too near
        }
        record(deal, at);
    }

    void lose(Deal deal, long at, LocalDate day) {
        deal.stage = Stage.CLOSED_LOST;
        close(deal, day);
        record(deal, at);
    }

    List<Deal> deals() {
        return deals;
    }

    long historyRows() {
        return history.rows();
    }

    private void close(Deal deal, LocalDate day) {
        deal.closeDate = day;
        deal.account.openDeals--;
        deal.owner().openDeals.remove(deal);
    }

    private void record(Deal deal, long at) {
        deal.lastModified = at;
        Stage stage = deal.stage;
        history.add(historyIds.next()).add(deal.id).add(deal.owner().id).add(format.instant(at))
                .add(stage.label).add(deal.amount).add(deal.amount * stage.probability / 100)
                .add(format.date(deal.closeDate)).add(stage.probability).add(stage.forecastCategory())
                .add(format.bool(false)).end();
    }

    long writeOpportunities(Path file) throws IOException {
        try (CsvFile csv = CsvFile.create(file, format, OPPORTUNITY_HEADER)) {
            for (Deal deal : deals) {
                Stage stage = deal.stage;
                csv.add(deal.id).add(format.bool(false)).add(deal.account.id).add(deal.name).add(stage.label)
                        .add(deal.amount).add(stage.probability).add(format.date(deal.closeDate)).add(deal.type)
                        .add(deal.nextStep).add(deal.leadSource).add(format.bool(stage.isClosed()))
                        .add(format.bool(stage == Stage.CLOSED_WON)).add(stage.forecastCategory())
                        .add(deal.owner().id).add(format.instant(deal.createdAt))
                        .add(format.instant(deal.lastModified)).end();
            }
            return csv.rows();
        }
    }
}
