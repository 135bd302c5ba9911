package dev.needle.domain;

/** How much an activity type is worth, per the seeds: do more, do less, severely limit. */
public enum ValueClass { HIGH, LOW, LIMIT }
