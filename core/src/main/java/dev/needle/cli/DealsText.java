package dev.needle.cli;

import dev.needle.domain.Rep;
import dev.needle.measure.DealHealth;
import dev.needle.measure.HygieneFlag;
import dev.needle.measure.HygieneReport;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Deals and their hygiene flags, as {@code needle deals} and {@code needle demo} print them. */
final class DealsText {
    private DealsText() {
    }

    static void print(PrintWriter out, HygieneReport report, List<DealHealth> listed, Map<Long, Rep> reps, java.time.ZoneId zone) {
        out.printf("Open deals recorded before %s: %,d worth %,.0f%n%n", Text.when(report.asOf(), zone), report.deals().size(),
                report.openPipeline());
        out.printf("%-36s %-20s %-22s %12s  %s%n", "deal", "owner", "stage", "amount", "flags");
        for (DealHealth deal : listed) {
            Rep owner = deal.deal().ownerId() == null ? null : reps.get(deal.deal().ownerId());
            out.printf("%-36s %-20s %-22s %,12.0f  %s%n", Text.cut(deal.deal().name(), 36),
                    Text.cut(owner == null ? "" : owner.name(), 20), Text.cut(deal.stage(), 22),
                    amount(deal), deal.flags().keySet().stream().map(Enum::name).collect(Collectors.joining(" ")));
        }
        out.println();
        for (HygieneFlag flag : HygieneFlag.values()) {
            out.printf("%-20s %5d deals %,14.0f%n", flag, report.dealsFlagged().get(flag), report.pipelineAffected().get(flag));
        }
        out.flush();
    }

    private static BigDecimal amount(DealHealth deal) {
        return deal.deal().amount() == null ? BigDecimal.ZERO : deal.deal().amount();
    }
}
