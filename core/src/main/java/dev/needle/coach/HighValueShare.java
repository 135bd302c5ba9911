package dev.needle.coach;

import dev.needle.domain.ValueClass;
import dev.needle.measure.TimeAllocation;
import dev.needle.measure.ValueReport;
import dev.needle.measure.ValueReport.LearnedClass;
import dev.needle.measure.ValueReport.TypeValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A rep's high-value share two ways (docs/metrics.md, "Learned class"): by the catalogue's classes and by what this
 * team's data shows ({@link ValueReport#highValueShareLearned}), with the types the rep spent time on where the two
 * disagree.
 *
 * @param byCatalogue HIGH hours by the catalogue / hours (NaN without hours)
 * @param byData      hours on types whose learned class is HIGH / hours (NaN without hours)
 */
public record HighValueShare(double byCatalogue, double byData, List<Disagreement> disagreements) {
    public HighValueShare {
        disagreements = List.copyOf(disagreements);
    }

    /** A type the rep spent {@code hours} on whose catalogue class and learned class disagree. */
    public record Disagreement(String type, ValueClass valueClass, LearnedClass learnedClass, double hours) {
        /** "Cold Email (classed HIGH, no measured effect)". */
        public String words() {
            return type + " (classed " + valueClass + ", " + (learnedClass == LearnedClass.HIGH
                    ? "measured effect above zero" : learnedClass.label()) + ")";
        }
    }

    static HighValueShare of(TimeAllocation time, ValueReport value) {
        List<Disagreement> found = new ArrayList<>();
        for (TypeValue type : value.disagreements()) {
            Double hours = time.hoursByType().get(type.type());
            if (hours != null && hours > 0) found.add(new Disagreement(type.type(), type.valueClass(), type.learnedClass(), hours));
        }
        return new HighValueShare(time.highValueShare(), value.highValueShareLearned(time), found);
    }

    /** One line for the text output: both shares, and where the classes disagree. */
    public String words() {
        String line = String.format("high-value share %s by the catalogue's classes, %s by what this team's data shows",
                Words.percent(byCatalogue), Words.percent(byData));
        if (disagreements.isEmpty()) return line;
        return line + "; they disagree on " + Words.list(disagreements.stream().map(Disagreement::words).toList(), 4);
    }
}
