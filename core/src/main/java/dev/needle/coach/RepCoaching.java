package dev.needle.coach;

import dev.needle.domain.Rep;
import dev.needle.measure.Quadrant;

import java.util.List;

/**
 * A rep's coaching for a period: every point the rules found, ranked (measured effects first, largest
 * first; then habits and deal hygiene by severity; then what the data is too thin to judge).
 *
 * @param benchmark the team's top performers the rep is compared with
 * @param note      why there are no points when too little was recorded to judge, else null
 * @param highValue the rep's high-value share by the catalogue's classes and by what the data shows
 */
public record RepCoaching(Rep rep, String team, Quadrant quadrant, Benchmark benchmark, List<CoachingPoint> ranked,
                          String note, HighValueShare highValue) {
    /** How many points a rep is given at once: the few changes that matter most. */
    public static final int TOP = 5;

    public RepCoaching {
        ranked = List.copyOf(ranked);
    }

    /** The few changes that matter most. */
    public List<CoachingPoint> top() {
        return ranked.subList(0, Math.min(TOP, ranked.size()));
    }

    public boolean has(PointKind kind) {
        return top().stream().anyMatch(point -> point.kind() == kind);
    }
}
