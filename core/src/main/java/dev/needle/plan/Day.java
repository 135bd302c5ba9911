package dev.needle.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The free time of a day being filled front to back. The cursor only moves forward, so work placed
 * later is never earlier in the day than more important work placed before it.
 */
final class Day {
    private final List<FreeTime.Span> free;
    private int span;
    private Instant cursor;
    private final List<Block> blocks = new ArrayList<>();

    Day(List<FreeTime.Span> free) {
        this.free = List.copyOf(free);
        this.cursor = free.isEmpty() ? null : free.get(0).start();
    }

    /**
     * Places each task, in order, at the earliest free time after the work placed before it;
     * returns the tasks that found no room.
     */
    List<Task> fill(Category category, List<Task> tasks, String rule) {
        List<Task> unplaced = new ArrayList<>();
        for (Task task : tasks) {
            Instant start = place(task.minutes());
            if (start == null) {
                unplaced.add(task);
                continue;
            }
            add(new Block(start, start.plusSeconds(task.minutes() * 60L), category, List.of(task), rule));
        }
        return unplaced;
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    private Instant place(int minutes) {
        for (int index = span; index < free.size(); index++) {
            FreeTime.Span candidate = free.get(index);
            Instant start = index == span && cursor.isAfter(candidate.start()) ? cursor : candidate.start();
            Instant end = start.plusSeconds(minutes * 60L);
            if (!end.isAfter(candidate.end())) {
                span = index;
                cursor = end;
                return start;
            }
        }
        return null;
    }

    /** Consecutive tasks of one category make one block. */
    private void add(Block block) {
        int last = blocks.size() - 1;
        if (last >= 0 && blocks.get(last).continuedBy(block)) blocks.set(last, blocks.get(last).joinedWith(block));
        else blocks.add(block);
    }
}
