package dev.needle.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a day's activities on the clock in their order from about 8:30, meetings on the quarter
 * hour, nothing across lunch (12-13). The time the activities leave free in the 8:30-17:30 day is
 * spread as gaps between them (unlogged work, breaks); a day with more work than time runs late,
 * busy reps up to 20:00, others to 19:00, and whatever does not fit by then is not done.
 */
final class DayLayout {
    private static final int NORMAL_CUTOFF = 19 * 60;
    private static final int BUSY_CUTOFF = 20 * 60;
    /** Minutes a meeting loses on average to starting on the quarter hour. */
    private static final int QUARTER_HOUR_WAIT = 7;
    private static final int WORKING_MINUTES =
            WorkTime.DAY_END - WorkTime.DAY_START - (WorkTime.LUNCH_END - WorkTime.LUNCH_START);
    private final Dice dice;

    DayLayout(Dice dice) {
        this.dice = dice;
    }

    List<Planned> place(List<Planned> items, boolean busy) {
        int[] minutes = new int[items.size()];
        int busyMinutes = 0;
        for (int index = 0; index < items.size(); index++) {
            minutes[index] = items.get(index).kind().drawMinutes(dice);
            busyMinutes += minutes[index] + (items.get(index).kind().isEvent() ? QUARTER_HOUR_WAIT : 0);
        }
        int slack = WORKING_MINUTES - busyMinutes;
        int maxGap = slack > 0 ? Math.max(2, 2 * slack / (items.size() + 1)) : busy ? 2 : 4;
        int cutoff = busy ? BUSY_CUTOFF : NORMAL_CUTOFF;
        int cursor = WorkTime.DAY_START + dice.between(0, Math.min(10, maxGap));
        List<Planned> placed = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            Planned item = items.get(index);
            int start = item.kind().isEvent() ? (cursor + 14) / 15 * 15 : cursor;
            if (start < WorkTime.LUNCH_END && start + minutes[index] > WorkTime.LUNCH_START) start = WorkTime.LUNCH_END;
            if (start + minutes[index] > cutoff) break;
            placed.add(item.at(start, minutes[index]));
            cursor = start + minutes[index] + dice.between(0, maxGap);
        }
        return placed;
    }
}
