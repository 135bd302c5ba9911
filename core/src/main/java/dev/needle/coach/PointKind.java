package dev.needle.coach;

/** What a coaching point is about: one rule each in {@link Coach}, in the seeds' words. */
public enum PointKind {
    /** Hours on work that shows no measurable effect on results, against the team's top performers (seed 000). */
    TIME_MIX,
    /** Days that did not start with opportunity creation (seed 001: prospecting is the first block). */
    PROSPECTING_NOT_FIRST,
    /** Deal touches that gave the buyer nothing (seed 003). */
    EMPTY_TOUCHES,
    /** Open deals with no next action, or one that gives the buyer nothing (seed 003). */
    NO_VALUABLE_NEXT_ACTION,
    /** Deals where a meeting was held and no next one is booked (seed 001). */
    NO_NEXT_MEETING,
    /** Deals longer in their stage than most of the team's deals were. */
    STALLED_DEALS,
    /** Admin work crowding the morning (seed 002: paperwork belongs at 4:30-5 PM). */
    ADMIN_IN_THE_MORNING
}
