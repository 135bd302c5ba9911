package dev.needle.measure;

import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
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
        List<Deal> dealsThen = new ArrayList<>();
        List<StageChange> recorded = new ArrayList<>();
        Map<Long, List<StageChange>> recordedByDeal = new HashMap<>();
        for (Deal deal : data.deals()) {
            List<StageChange> all = history.getOrDefault(deal.id(), List.of());
            List<StageChange> before = all.stream().filter(change -> change.at().isBefore(asOf)).toList();
            boolean created = deal.createdAt() == null || deal.createdAt().isBefore(asOf) || !before.isEmpty();
            if (!created) continue;
            dealsThen.add(then(deal, all, before, asOf));
            recorded.addAll(before);
            recordedByDeal.put(deal.id(), before);
        }
        StageOrder order = StageOrder.of(new Dataset(data.reps(), List.of(), List.of(), dealsThen, recorded, List.of(),
                List.of(), List.of()));
        List<DealAsOf> deals = new ArrayList<>(dealsThen.size());
        for (Deal deal : dealsThen) deals.add(DealAsOf.of(deal, recordedByDeal.get(deal.id())));
        return new PipelineAsOf(asOf, order, ordered(order), deals);
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
