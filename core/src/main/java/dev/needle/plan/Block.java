package dev.needle.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A span of the planned day, its category, its tasks, and the rule that put it there. */
public record Block(Instant start, Instant end, Category category, List<Task> tasks, String rule) {
    public Block {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rule, "rule");
        if (!end.isAfter(start)) throw new IllegalArgumentException("a block ends after it starts: " + start + " " + end);
        tasks = List.copyOf(tasks);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    boolean continuedBy(Block next) {
        return category == next.category && end.equals(next.start);
    }

    Block joinedWith(Block next) {
        List<Task> joined = new ArrayList<>(tasks);
        joined.addAll(next.tasks);
        return new Block(start, next.end, category, joined, rule);
    }
}
