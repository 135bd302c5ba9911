package dev.needle.store;

/**
 * What the store holds, in the shape of {@code needle stats --json}. {@code sellingReps} own at least one
 * deal; {@code leads} counts converted and unconverted leads alike.
 */
public record StoreCounts(long reps, long sellingReps, long accounts, long contacts, long leads, long deals, long openDeals,
                    long wonDeals, long lostDeals, long stageChanges, long activities, long nextActions,
                    long calendarEvents) {
}
