package dev.needle.view;

import dev.needle.domain.Rep;
import dev.needle.measure.DealHealth;
import dev.needle.measure.HygieneFlag;
import dev.needle.measure.HygieneReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code needle deals --json} and {@code GET /api/deals}: open deals with their hygiene flags. */
public final class DealsDocument {
    private DealsDocument() {
    }

    /** The deals with any of {@code flags} (all open deals when none are given), largest first. */
    public static List<DealHealth> listed(HygieneReport report, List<HygieneFlag> flags) {
        Set<HygieneFlag> wanted = flags.isEmpty() ? EnumSet.allOf(HygieneFlag.class) : EnumSet.copyOf(flags);
        return report.deals().stream()
                .filter(deal -> flags.isEmpty() || deal.flags().keySet().stream().anyMatch(wanted::contains))
                .sorted(Comparator.comparing((DealHealth deal) -> amount(deal), Comparator.reverseOrder())).toList();
    }

    private static BigDecimal amount(DealHealth deal) {
        return deal.deal().amount() == null ? BigDecimal.ZERO : deal.deal().amount();
    }

    public static Map<String, Object> of(HygieneReport report, List<DealHealth> listed, Map<Long, Rep> reps) {
        List<Object> deals = new ArrayList<>();
        for (DealHealth deal : listed) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", deal.deal().id());
            line.put("externalId", deal.deal().externalId());
            line.put("name", deal.deal().name());
            Rep owner = deal.deal().ownerId() == null ? null : reps.get(deal.deal().ownerId());
            Map<String, Object> ownerLine = new LinkedHashMap<>();
            ownerLine.put("id", owner == null ? null : owner.id());
            ownerLine.put("externalId", owner == null ? null : owner.externalId());
            ownerLine.put("name", owner == null ? null : owner.name());
            line.put("owner", ownerLine);
            line.put("stage", deal.stage());
            line.put("amount", deal.deal().amount());
            line.put("createdAt", deal.deal().createdAt());
            line.put("flags", List.copyOf(deal.flags().keySet()));
            line.put("reasons", deal.flags());
            deals.add(line);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asOf", report.asOf());
        document.put("deals", deals);
        document.put("openDeals", report.deals().size());
        document.put("openPipeline", report.openPipeline());
        document.put("dealsFlagged", report.dealsFlagged());
        document.put("pipelineAffected", report.pipelineAffected());
        return document;
    }
}
