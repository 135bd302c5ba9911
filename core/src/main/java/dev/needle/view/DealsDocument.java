package dev.needle.view;

import dev.needle.domain.Rep;
import dev.needle.measure.DealHealth;
import dev.needle.measure.HygieneFlag;
import dev.needle.measure.HygieneReport;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code needle deals --json} and {@code GET /api/deals}: open deals with their hygiene flags. */
public record DealsDocument(Instant asOf, List<Line> deals, int openDeals, BigDecimal openPipeline,
                            Map<HygieneFlag, Integer> dealsFlagged, Map<HygieneFlag, BigDecimal> pipelineAffected) {

    /** An open deal with its flags and, by flag, the reason it was flagged. */
    public record Line(long id, String externalId, @Nullable String name, Owner owner, @Nullable String stage,
                       @Nullable BigDecimal amount, @Nullable Instant createdAt, List<HygieneFlag> flags,
                       Map<HygieneFlag, String> reasons) {
    }

    /** The deal's owner; every field null when the deal has none, or one Needle does not know. */
    public record Owner(@Nullable Long id, @Nullable String externalId, @Nullable String name) {
        static final Owner NONE = new Owner(null, null, null);
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

    public static DealsDocument of(HygieneReport report, List<DealHealth> listed, Map<Long, Rep> reps) {
        List<Line> deals = new ArrayList<>();
        for (DealHealth deal : listed) {
            Rep owner = deal.deal().ownerId() == null ? null : reps.get(deal.deal().ownerId());
            deals.add(new Line(deal.deal().id(), deal.deal().externalId(), deal.deal().name(),
                    owner == null ? Owner.NONE : new Owner(owner.id(), owner.externalId(), owner.name()),
                    deal.stage(), deal.deal().amount(), deal.deal().createdAt(), List.copyOf(deal.flags().keySet()), deal.flags()));
        }
        return new DealsDocument(report.asOf(), deals, report.deals().size(), report.openPipeline(), report.dealsFlagged(),
                report.pipelineAffected());
    }
}
