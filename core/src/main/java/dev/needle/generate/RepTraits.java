package dev.needle.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The behaviour planted in each rep, by rep index: empty-touch share spread evenly from 0.05 to
 * 0.60, the share of days started with prospecting spread from 0.20 to 0.90, and ~15% "busy but
 * not productive" reps (at least two from ten reps on) who log 1.5-2x the activities, mostly low-value,
 * and rarely start with prospecting. Shares are rounded to two decimals so the JSON states them exactly.
 */
record RepTraits(boolean[] busy, double[] emptyShare, double[] prospectingFirstShare, double[] volume) {
    static RepTraits draw(int reps, Dice dice) {
        double[] emptyShare = spread(reps, 0.05, 0.60);
        dice.shuffle(emptyShare);
        double[] prospectingFirst = spread(reps, 0.20, 0.90);
        dice.shuffle(prospectingFirst);
        List<Integer> order = new ArrayList<>();
        for (int index = 0; index < reps; index++) order.add(index);
        dice.shuffle(order);
        boolean[] busy = new boolean[reps];
        for (int pick = 0; pick < busyCount(reps); pick++) busy[order.get(pick)] = true;
        double[] volume = new double[reps];
        for (int index = 0; index < reps; index++) {
            if (busy[index]) {
                prospectingFirst[index] = round2(dice.between(0.05, 0.20));
                volume[index] = dice.between(1.5, 2.0) / LoggingHabits.BUSY.total() * LoggingHabits.NORMAL.total();
            } else {
                volume[index] = dice.between(0.85, 1.15);
            }
        }
        return new RepTraits(busy, emptyShare, prospectingFirst, volume);
    }

    static int busyCount(int reps) {
        if (reps >= 10) return Math.max(2, (int) Math.round(0.15 * reps));
        return reps >= 4 ? 1 : 0;
    }

    private static double[] spread(int count, double low, double high) {
        double[] values = new double[count];
        for (int index = 0; index < count; index++) {
            values[index] = count == 1 ? round2((low + high) / 2) : round2(low + (high - low) * index / (count - 1));
        }
        return values;
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
