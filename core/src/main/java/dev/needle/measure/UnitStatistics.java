package dev.needle.measure;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * One unit's timeline (a deal, an account, a prospect) reduced to what the attribution needs: its
 * touches counted by (kind, days of data left after them, capped at the window), and each result's
 * candidate causes counted by (kind, lag). The model sees a touch only through those, so EM over
 * these counts gives the answers it gives over the touches, at the cost of the counts; units
 * combine by adding them up ({@link DelayedEffects.Builder}).
 *
 * <p>Results with no touch in the window before them are only counted ({@code unexplained}): they
 * measure the background rate and take no part in sharing credit.
 *
 * @param exposureCells  {@link Window#exposureCell} of the unit's touches in the period, ascending
 * @param exposureCounts touches in each of those cells
 * @param pairStart      candidates of result r: pairs pairStart[r]..pairStart[r+1]-1
 * @param pairCells      {@link Window#pairCell} of each candidate (kind, lag), ascending within a result
 * @param pairCounts     touches with that kind and lag
 * @param quietDays      days at risk with no touch in the window before them
 */
record UnitStatistics(long group, Object cluster, int[] exposureCells, int[] exposureCounts, double[] resultValues,
                      int[] pairStart, int[] pairCells, int[] pairCounts, int unexplained, int quietDays) {

    /**
     * The model's shape: {@code kinds} of touch, results {@code minLag}..{@code maxLag} days after the
     * touch that caused them, touches from {@code firstDay} counted (earlier ones are context), data up
     * to {@code lastDay}.
     */
    record Window(int kinds, int minLag, int maxLag, int firstDay, int lastDay) {
        int lags() {
            return maxLag - minLag + 1;
        }

        /** Days of data after a touch matter only up to the window's end; beyond it the whole delay shape fits. */
        int rooms() {
            return maxLag + 2;
        }

        /** A touch's (kind, room) cell, or -1 for a touch outside the period (context only). */
        int exposureCell(int kind, int day) {
            if (day < firstDay || day > lastDay) return -1;
            return kind * rooms() + Math.min(lastDay - day, maxLag + 1);
        }

        int pairCell(int kind, int lag) {
            return kind * lags() + lag;
        }
    }

    /**
     * The unit's touches (day, kind; sorted by day) and results (day, value; sorted by day), and the
     * days it was at risk of a result: {@code riskFrom}..{@code riskTo} where {@code atRisk} holds.
     */
    static UnitStatistics of(Window window, long group, Object cluster, int[] touchDays, int[] kinds,
                             int[] resultDays, double[] resultValues, int riskFrom, int riskTo, IntPredicate atRisk) {
        int[] cells = new int[touchDays.length];
        int counted = 0;
        for (int s = 0; s < touchDays.length; s++) {
            int cell = window.exposureCell(kinds[s], touchDays[s]);
            if (cell >= 0) cells[counted++] = cell;
        }
        Counted exposure = Counted.of(Arrays.copyOf(cells, counted));
        Counted[] candidates = new Counted[resultDays.length];
        int results = 0;
        int pairs = 0;
        int from = 0;
        for (int r = 0; r < resultDays.length; r++) {
            while (from < touchDays.length && touchDays[from] < resultDays[r] - window.maxLag()) from++;
            int to = from;
            while (to < touchDays.length && touchDays[to] <= resultDays[r] - window.minLag()) to++;
            if (to == from) continue;
            int[] pairCells = new int[to - from];
            for (int s = from; s < to; s++) pairCells[s - from] = window.pairCell(kinds[s], resultDays[r] - touchDays[s] - window.minLag());
            candidates[r] = Counted.of(pairCells);
            results++;
            pairs += candidates[r].cells.length;
        }
        double[] values = new double[results];
        int[] pairStart = new int[results + 1];
        int[] pairCells = new int[pairs];
        int[] pairCounts = new int[pairs];
        int result = 0;
        for (int r = 0; r < resultDays.length; r++) {
            if (candidates[r] == null) continue;
            values[result] = resultValues[r];
            int start = pairStart[result];
            System.arraycopy(candidates[r].cells, 0, pairCells, start, candidates[r].cells.length);
            System.arraycopy(candidates[r].counts, 0, pairCounts, start, candidates[r].cells.length);
            pairStart[++result] = start + candidates[r].cells.length;
        }
        return new UnitStatistics(group, cluster, exposure.cells, exposure.counts, values, pairStart, pairCells, pairCounts,
                resultDays.length - results, quietDays(window, touchDays, riskFrom, riskTo, atRisk));
    }

    int results() {
        return resultValues.length;
    }

    /** Days at risk with no touch in the window before them: where the background shows alone. */
    private static int quietDays(Window window, int[] touchDays, int riskFrom, int riskTo, IntPredicate atRisk) {
        int quiet = 0;
        int next = 0;
        for (int day = riskFrom; day <= riskTo; day++) {
            while (next < touchDays.length && touchDays[next] < day - window.maxLag()) next++;
            boolean touched = next < touchDays.length && touchDays[next] <= day - window.minLag();
            if (!touched && atRisk.test(day)) quiet++;
        }
        return quiet;
    }

    /** Cells in ascending order, each once, with how often it occurred. */
    private record Counted(int[] cells, int[] counts) {
        /** Sorts {@code occurrences} in place and counts each cell. */
        static Counted of(int[] occurrences) {
            Arrays.sort(occurrences);
            int[] sorted = occurrences;
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) distinct++;
            int[] cells = new int[distinct];
            int[] counts = new int[distinct];
            int at = -1;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) cells[++at] = sorted[i];
                counts[at]++;
            }
            return new Counted(cells, counts);
        }
    }
}
