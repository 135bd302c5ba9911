package dev.needle.measure;

import dev.needle.measure.RepPerformance.Classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Busy is not productive (seed 000): each rep's activity volume against their results, relative to
 * their team. Volume is activities per working day; productivity is results (opportunities created
 * plus stage advances) per hour of logged activity. Both are divided by the median of the rep's
 * peers — the reps of the same team, the rep included, or every rep when the team has fewer than
 * {@link #MIN_PEERS} reps with enough working days to be judged.
 */
final class BusyVsProductive {
    /** Busy: at least this many times the team's median activities per working day. */
    static final double BUSY_VOLUME = 1.3;
    /** Productive: at least this share of the team's median results per hour. */
    static final double PRODUCTIVE_LEVEL = 0.75;
    /** Fewer working days than this in the period and a rep is not judged. */
    static final int MIN_WORKING_DAYS = 5;
    static final int MIN_PEERS = 4;
    static final String EVERYONE = "all reps";

    private BusyVsProductive() {
    }

    record Measured(long repId, String team, TimeAllocation time, Results results) {
        boolean judged() {
            return time.workingDays() >= MIN_WORKING_DAYS && time.hours() > 0;
        }

        double volume() {
            return time.activitiesPerWorkingDay();
        }

        double productivity() {
            return results.outcomes() / time.hours();
        }
    }

    static Map<Long, Classification> classify(List<Measured> reps) {
        Map<String, List<Measured>> teams = new LinkedHashMap<>();
        List<Measured> everyone = new ArrayList<>();
        for (Measured rep : reps) {
            if (!rep.judged()) continue;
            everyone.add(rep);
            teams.computeIfAbsent(rep.team(), team -> new ArrayList<>()).add(rep);
        }
        Map<Long, Classification> result = new HashMap<>();
        for (Measured rep : reps) {
            if (!rep.judged()) {
                result.put(rep.repId(), Classification.UNKNOWN);
                continue;
            }
            List<Measured> team = teams.get(rep.team());
            boolean ownTeam = team.size() >= MIN_PEERS;
            List<Measured> peers = ownTeam ? team : everyone;
            result.put(rep.repId(), classify(rep, peers, ownTeam ? rep.team() : EVERYONE));
        }
        return result;
    }

    private static Classification classify(Measured rep, List<Measured> peers, String peerGroup) {
        double volume = relative(rep.volume(), Stats.median(peers.stream().mapToDouble(Measured::volume).toArray()));
        double productivity = relative(rep.productivity(),
                Stats.median(peers.stream().mapToDouble(Measured::productivity).toArray()));
        boolean busy = volume >= BUSY_VOLUME;
        boolean productive = productivity >= PRODUCTIVE_LEVEL;
        Quadrant quadrant = busy ? productive ? Quadrant.BUSY_AND_PRODUCTIVE : Quadrant.BUSY_NOT_PRODUCTIVE
                : productive ? Quadrant.PRODUCTIVE : Quadrant.NOT_PRODUCTIVE;
        return new Classification(quadrant, peerGroup, peers.size(), volume, productivity);
    }

    /** A value over the team's median; against a median of zero, zero is on par and anything more is above. */
    private static double relative(double value, double median) {
        if (median == 0) return value == 0 ? 1.0 : Double.POSITIVE_INFINITY;
        return value / median;
    }
}
