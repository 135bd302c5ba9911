package dev.needle.cli;

import dev.needle.measure.ActivityValue;
import dev.needle.measure.ValueReport;
import dev.needle.measure.ValueReport.Estimate;
import dev.needle.measure.ValueReport.TypeValue;

import java.io.PrintWriter;
import java.util.List;

/** What each activity type is worth, as {@code needle value} and {@code needle demo} print it. */
final class ValueText {
    private ValueText() {
    }

    static void print(PrintWriter out, ValueReport report, String period, String note) {
        out.printf("What each activity type is worth, learned from this team's data (%s)%n", period);
        if (note != null) out.printf("Note: %s.%n", note);
        out.printf("%-22s %-5s %-18s %8s %8s  %-24s %-24s %-24s %s%n", "type", "class", "learned class", "count", "hours",
                "opportunities per touch", "advances per valuable", "advances per empty", "verdict");
        for (TypeValue type : report.types()) {
            out.printf("%-22s %-5s %-18s %,8d %8.0f  %-24s %-24s %-24s %s%n", Text.cut(type.type(), 22), type.valueClass(),
                    type.learnedClass().label(), type.activities(), type.hours(),
                    format(type.opportunitiesPerTouch(), type.accountTouches()),
                    format(type.advancesPerValuableTouch(), type.dealTouches() - type.emptyTouches()),
                    format(type.advancesPerEmptyTouch(), type.emptyTouches()), type.note());
        }
        out.println();
        if (!report.disagreements().isEmpty()) {
            out.println("The catalogue and this team's data disagree on: " + String.join("; ", report.disagreements().stream()
                    .map(type -> type.type() + " (classed " + type.valueClass() + ", by the data "
                            + type.learnedClass().label() + ")").toList()));
        }
        printReplies(out, report);
        out.println("Valuable vs empty touches: " + report.valuableVsEmpty().finding());
        out.println("Per touch: the results one touch of that type brings; 95% intervals in brackets. Learned class: HIGH when"
                + " a printed interval lies above zero; \"thin\": fewer than " + ActivityValue.MIN_TOUCHES
                + " touches of that kind, not judged.");
        out.flush();
    }

    static void printReplies(PrintWriter out, ValueReport report) {
        List<TypeValue> answerable = report.types().stream().filter(type -> type.replies() != null).toList();
        if (answerable.isEmpty()) return;
        out.println("Replies from the buyer per outbound touch that could be answered:");
        for (TypeValue type : answerable) {
            out.printf("  %-22s %s (%,d replies to %,d touches)%n", Text.cut(type.type(), 22),
                    number(type.replies().perTouch()), type.replies().replies(), type.replies().touches());
        }
    }

    /** Replies from the buyer per outbound touch, for the types whose touches say whether they were answered (mail). */
    /** An effect as printed: only when measured from enough touches of its kind, so a verdict never rests on a hidden figure. */
    static String format(Estimate estimate, long touches) {
        if (estimate == null || touches == 0) return "-";
        if (touches < ActivityValue.MIN_TOUCHES) return "thin (" + touches + " touches)";
        return String.format(java.util.Locale.ROOT, "%s [%s, %s]", number(estimate.value()), number(estimate.low()),
                number(estimate.high()));
    }

    static String number(double value) {
        if (value == 0 || Math.abs(value) >= 0.01) return String.format(java.util.Locale.ROOT, "%.3f", value);
        int decimals = Math.min(6, Math.max(3, 1 - (int) Math.floor(Math.log10(Math.abs(value)))));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
