package dev.needle.coach;

import java.util.List;
import java.util.Objects;

/**
 * One change a rep could make, as a plain sentence with the numbers behind it.
 *
 * @param effect   the expected effect per week, when the point claims one (null for habits and deal hygiene)
 * @param tooThin  the data cannot support a recommendation: the sentence says so instead of recommending
 * @param impact   what ranks the point: the effect's estimate for effect claims, otherwise a severity in [0, 1]
 */
public record CoachingPoint(PointKind kind, String sentence, List<Figure> figures, Effect effect, boolean tooThin,
                            double impact) {
    public CoachingPoint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
        figures = List.copyOf(figures);
        if (effect != null && effect.includesZero() && !tooThin) {
            throw new IllegalArgumentException("a recommendation from an effect whose interval includes zero: " + sentence);
        }
    }

    /** A point backed by a measured effect whose interval excludes zero. */
    public boolean hasMeasuredEffect() {
        return effect != null && !tooThin;
    }
}
