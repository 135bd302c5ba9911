package dev.needle.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every open deal at as-of with its flags, and per flag how many open deals have it and the
 * pipeline value (sum of their amounts) they hold.
 */
public record HygieneReport(Instant asOf, List<DealHealth> deals, BigDecimal openPipeline,
                            Map<HygieneFlag, Integer> dealsFlagged, Map<HygieneFlag, BigDecimal> pipelineAffected) {
    public HygieneReport {
        deals = List.copyOf(deals);
        dealsFlagged = Collections.unmodifiableMap(new EnumMap<>(dealsFlagged));
        pipelineAffected = Collections.unmodifiableMap(new EnumMap<>(pipelineAffected));
    }

    static HygieneReport of(Instant asOf, List<DealHealth> deals) {
        Map<HygieneFlag, Integer> counts = new EnumMap<>(HygieneFlag.class);
        Map<HygieneFlag, BigDecimal> value = new EnumMap<>(HygieneFlag.class);
        BigDecimal open = BigDecimal.ZERO;
        for (HygieneFlag flag : HygieneFlag.values()) {
            counts.put(flag, 0);
            value.put(flag, BigDecimal.ZERO);
        }
        for (DealHealth deal : deals) {
            BigDecimal amount = deal.deal().amount() == null ? BigDecimal.ZERO : deal.deal().amount();
            open = open.add(amount);
            for (HygieneFlag flag : deal.flags().keySet()) {
                counts.merge(flag, 1, Integer::sum);
                value.merge(flag, amount, BigDecimal::add);
            }
        }
        return new HygieneReport(asOf, deals, open, counts, value);
    }

    /** The same check for some of the deals (a rep's, a team's), with their own totals. */
    public HygieneReport only(Predicate<DealHealth> which) {
        return of(asOf, deals.stream().filter(which).toList());
    }

    public List<DealHealth> flagged(HygieneFlag flag) {
        return deals.stream().filter(deal -> deal.has(flag)).toList();
    }
}
