package dev.needle.predict;

import java.util.List;

/**
 * A deal's calibrated chance of being won, as of a moment, with the reasons that moved it most from
 * the average deal's chance ({@code effect} in log-odds: positive raises, negative lowers).
 */
public record WinProbability(long dealId, String externalId, String stage, double probability, List<Reason> reasons) {
    public WinProbability {
        if (probability < 0 || probability > 1) throw new IllegalArgumentException("probability outside [0, 1]: " + probability);
        reasons = List.copyOf(reasons);
    }

    public record Reason(String text, double effect) {
    }
}
