package dev.needle.measure;

/** What can be wrong with an open deal (seed 001, 003): each flag is one rule of {@link DealHygiene}. */
public enum HygieneFlag {
    /** No open next action: nobody knows the very next step. */
    NO_NEXT_ACTION,
    /** An open next action whose due date has passed. */
    OVERDUE_NEXT_ACTION,
    /** An open next action that gives the buyer nothing: an empty touch waiting to happen. */
    NO_BUYER_VALUE,
    /** A meeting was held and no next meeting is booked. */
    NO_NEXT_MEETING,
    /** In its current stage longer than the team's 75th percentile for that stage. */
    STALLED,
    /** Old, untouched and unlikely: pipeline value that will not close. */
    LOW_QUALITY
}
