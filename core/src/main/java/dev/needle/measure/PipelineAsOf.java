package dev.needle.measure;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.DealHistory;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Outcome;
import dev.needle.domain.StageChange;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every deal as it stood at as-of, with the team's stage order ({@link StageOrder}, learned from the
 * history recorded by then). A deal created after as-of is left out; one that closed after as-of is
 * open again, in the stage its history shows then (unknown without history). {@code openStages}
 * lists the open stages first to last: in the order the history shows, and where the history does
 * not order two stages (no history at all, as in the Maven CRM set) in a default CRM order.
 */
public record PipelineAsOf(Instant asOf, StageOrder order, List<String> openStages, List<DealAsOf> deals) {
    /** Default open stages of Salesforce, HubSpot, Pipedrive and the Maven CRM set, earliest first, merged. */
    static final List<String> DEFAULT_OPEN_STAGES = List.of("lead in", "prospecting", "contact made",
            "qualification", "appointment scheduled", "qualified to buy", "engaging", "needs analysis",
            "demo scheduled", "presentation scheduled", "value proposition", "id decision makers",
            "perception analysis", "decision maker bought in", "proposal price quote", "proposal made",
            "contract sent", "negotiation review", "negotiations started");

    public PipelineAsOf {
        openStages = List.copyOf(openStages);
        deals = List.copyOf(deals);
    }

    public static PipelineAsOf of(Dataset data, Instant asOf) {
        Map<Long, List<StageChange>> history = new HashMap<>();
        for (StageChange change : data.stageChanges()) history.computeIfAbsent(change.dealId(), id -> new ArrayList<>()).add(change);
        Comparator<StageChange> chronological = Comparator.comparing(StageChange::at).thenComparingLong(StageChange::id);
        history.values().forEach(list -> list.sort(chronological));
        List<DealAsOf> deals = new ArrayList<>(data.deals().size());
        for (Deal deal : data.deals()) {
            DealAsOf then = dealAsOf(deal, history.getOrDefault(deal.id(), List.of()), asOf);
            if (then != null) deals.add(then);
        }
        return of(asOf, deals);
    }

    /**
     * The pipeline of a history's deals, each unit read on {@code runner} ({@link #dealsOf}); the deals in
     * id order, as a dataset lists them, however the units ran.
     */
    public static PipelineAsOf of(OrgHistory history, UnitRunner runner, Instant asOf) {
        return UnitWork.run(history, runner, new Work(asOf));
    }

    /** The pipeline's part of a walk: each unit's deals as they stood at as-of. */
    record Work(Instant asOf) implements UnitWork<List<DealAsOf>, PipelineAsOf> {
        @Override
        public List<DealAsOf> unit(AccountHistory unit) {
            return dealsOf(unit, asOf);
        }

        @Override
        public PipelineAsOf finish(List<List<DealAsOf>> parts) {
            return of(asOf, inIdOrder(parts));
        }
    }

    /** The deals of one unit as they stood at as-of: the pipeline's unit function. */
    static List<DealAsOf> dealsOf(AccountHistory unit, Instant asOf) {
        List<DealAsOf> deals = new ArrayList<>(unit.deals().size());
        for (DealHistory history : unit.deals()) {
            DealAsOf then = dealAsOf(history.deal(), history.changes(), asOf);
            if (then != null) deals.add(then);
        }
        return deals;
    }

    /** The deals of every unit in one list, by id: the order of a dataset read from the store, however the units came. */
    static List<DealAsOf> inIdOrder(List<List<DealAsOf>> perUnit) {
        List<DealAsOf> deals = new ArrayList<>();
        perUnit.forEach(deals::addAll);
        deals.sort(Comparator.comparingLong(deal -> deal.deal().id()));
        return deals;
    }

    /** The pipeline of these deals at as-of, with the stage order their histories show. */
    static PipelineAsOf of(Instant asOf, List<DealAsOf> deals) {
        StageOrder.Tally stages = new StageOrder.Tally();
        for (DealAsOf deal : deals) stages.add(deal.deal(), deal.changes());
        StageOrder order = stages.order();
        return new PipelineAsOf(asOf, order, ordered(order), deals);
    }

    /**
     * One deal as it stood at as-of, from its stage history in time order; null when it did not exist yet:
     * created after as-of with no stage change before it (a change before as-of shows it existed, whatever
     * its creation date says).
     */
    static DealAsOf dealAsOf(Deal deal, List<StageChange> history, Instant asOf) {
        List<StageChange> before = history.stream().filter(change -> change.at().isBefore(asOf)).toList();
        boolean created = deal.createdAt() == null || deal.createdAt().isBefore(asOf) || !before.isEmpty();
        return created ? DealAsOf.of(then(deal, history, before, asOf), before) : null;
    }

    /**
     * The deal at as-of. A closed deal closed when its history shows it entering its final stage, or
     * without that at 00:00 UTC of its close date, or — neither known — before as-of.
     */
    static Deal then(Deal deal, List<StageChange> history, List<StageChange> before, Instant asOf) {
        if (deal.isOpen()) return deal;
        Instant closed = null;
        for (StageChange change : history) if (change.toStage().equals(deal.stage())) closed = change.at();
        if (closed == null && deal.closedAt() != null) closed = deal.closedAt().atStartOfDay(ZoneOffset.UTC).toInstant();
        if (closed == null || closed.isBefore(asOf)) return deal;
        String stage = before.isEmpty() ? null : before.get(before.size() - 1).toStage();
        return new Deal(deal.id(), deal.source(), deal.externalId(), deal.accountId(), deal.ownerId(), deal.name(),
                deal.amount(), deal.currency(), stage, deal.leadSource(), deal.product(), deal.createdAt(),
                deal.expectedClose(), null, Outcome.OPEN);
    }

    public List<DealAsOf> open() {
        return deals.stream().filter(DealAsOf::isOpen).toList();
    }

    /** The stage order's open stages, ties broken by the default order. */
    static List<String> ordered(StageOrder order) {
        List<String> stages = new ArrayList<>(order.openStages());
        stages.sort((one, other) -> order.isAdvance(one, other) ? -1 : order.isAdvance(other, one) ? 1
                : Integer.compare(defaultRank(one), defaultRank(other)));
        return stages;
    }

    private static int defaultRank(String stage) {
        int index = DEFAULT_OPEN_STAGES.indexOf(stage.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim());
        return index >= 0 ? index : DEFAULT_OPEN_STAGES.size();
    }
}
