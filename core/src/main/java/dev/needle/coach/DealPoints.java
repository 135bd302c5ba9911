package dev.needle.coach;

import dev.needle.measure.DealHealth;
import dev.needle.measure.HygieneFlag;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Deal hygiene as coaching (seeds 001, 003), from {@link dev.needle.measure.DealHygiene}'s flags on the rep's
 * open deals; the largest deals are named first. Severity: the share of the rep's open deals affected.
 */
final class DealPoints {
    private static final int DEALS_NAMED = 3;

    private DealPoints() {
    }

    /** Every open deal has a very next action that gives the buyer information, context or insight (seed 003). */
    static Optional<CoachingPoint> noValuableNextAction(RepContext context) {
        List<DealHealth> deals = flagged(context, Set.of(HygieneFlag.NO_NEXT_ACTION, HygieneFlag.NO_BUYER_VALUE));
        if (deals.isEmpty()) return Optional.empty();
        String sentence = String.format("%s of your %d open deals (worth %s) %s no next action that gives the buyer something:"
                        + " %s. Define each one's very next action and what the buyer gets from it.", deals.size(),
                context.openDeals().size(), Words.money(worth(deals)), deals.size() == 1 ? "has" : "have",
                named(deals, deal -> deal.has(HygieneFlag.NO_NEXT_ACTION) ? "none" : "nothing for the buyer"));
        return point(PointKind.NO_VALUABLE_NEXT_ACTION, sentence, deals, context);
    }

    /** Never leave a meeting without the next meeting scheduled (seed 001). */
    static Optional<CoachingPoint> noNextMeeting(RepContext context) {
        List<DealHealth> deals = flagged(context, Set.of(HygieneFlag.NO_NEXT_MEETING));
        if (deals.isEmpty()) return Optional.empty();
        String sentence = String.format("%s of your open deals (worth %s) had a meeting and %s no next one booked: %s. Never"
                        + " leave a meeting without the next one scheduled.", deals.size(), Words.money(worth(deals)),
                deals.size() == 1 ? "has" : "have", named(deals, deal -> null));
        return point(PointKind.NO_NEXT_MEETING, sentence, deals, context);
    }

    /** A deal stays in a stage no longer than most of the team's deals did. */
    static Optional<CoachingPoint> stalled(RepContext context) {
        List<DealHealth> deals = flagged(context, Set.of(HygieneFlag.STALLED));
        if (deals.isEmpty()) return Optional.empty();
        String sentence = String.format("%s of your open deals (worth %s) %s stalled, longer in their stage than 3 in 4 of the"
                        + " team's deals: %s. Agree the next step with each buyer, or close the deal.", deals.size(),
                Words.money(worth(deals)), deals.size() == 1 ? "is" : "are", named(deals, deal -> deal.flags().get(HygieneFlag.STALLED).split(";")[0]));
        return point(PointKind.STALLED_DEALS, sentence, deals, context);
    }

    private static Optional<CoachingPoint> point(PointKind kind, String sentence, List<DealHealth> deals, RepContext context) {
        int open = context.openDeals().size();
        return Optional.of(new CoachingPoint(kind, sentence, List.of(
                new Figure("deals", deals.size(), "deals"),
                new Figure("openDeals", open, "deals"),
                new Figure("pipelineAffected", worth(deals).doubleValue(), "amount")), null, false, (double) deals.size() / open));
    }

    private static List<DealHealth> flagged(RepContext context, Set<HygieneFlag> flags) {
        return context.openDeals().stream().filter(deal -> flags.stream().anyMatch(deal::has))
                .sorted(Comparator.comparing(DealPoints::amount).reversed().thenComparing(deal -> deal.deal().id()))
                .toList();
    }

    private static String named(List<DealHealth> deals, Function<DealHealth, String> why) {
        List<String> names = deals.stream().map(deal -> {
            String reason = why.apply(deal);
            return deal.deal().name() + (reason == null ? "" : " (" + reason + ")");
        }).toList();
        return Words.list(names, DEALS_NAMED);
    }

    private static BigDecimal worth(List<DealHealth> deals) {
        return deals.stream().map(DealPoints::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal amount(DealHealth deal) {
        return deal.deal().amount() == null ? BigDecimal.ZERO : deal.deal().amount();
    }
}
