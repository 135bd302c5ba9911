package dev.needle.measure;

/** Where a rep stands against the team: activity volume (busy or not) against results per hour (productive or not). */
public enum Quadrant {
    /** Much more activity than the team, fewer results per hour: the seeds' "busy is not productive". */
    BUSY_NOT_PRODUCTIVE,
    /** Much more activity than the team and at least the team's results per hour. */
    BUSY_AND_PRODUCTIVE,
    /** A usual volume of activity and at least the team's results per hour. */
    PRODUCTIVE,
    /** A usual volume of activity and fewer results per hour than the team. */
    NOT_PRODUCTIVE,
    /** Too little activity in the period to judge. */
    UNKNOWN
}
