package dev.needle.bench;

import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code needle bench --json}: the machine, the import's heap, the targets each measurement is held to and
 * what each size measured.
 *
 * @param targets by the target's name, what it measures and the bound it is held to
 */
public record BenchDocument(String machine, String importHeap, Map<String, Bound> targets, List<SizeResult> sizes) {

    /** @param importHeap the heap the import ran with, or null for the JVM's default */
    public static BenchDocument of(String machine, @Nullable String importHeap, List<SizeResult> sizes) {
        Map<String, Bound> targets = new LinkedHashMap<>();
        for (Target target : Target.values()) targets.put(target.name(), new Bound(target.measure(), target.bound()));
        return new BenchDocument(machine, importHeap == null ? "the JVM's default" : importHeap, targets, sizes);
    }

    /** What a target measures and the bound it is held to, in words. */
    public record Bound(String measure, String bound) {
    }
}
