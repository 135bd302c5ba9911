package dev.needle.domain;

/**
 * The outcomes an outbound touch carries when Needle can see whether the buyer answered it (a mailbox:
 * a reply names the message it answers). Other touches carry their source system's outcome, or none,
 * and say nothing about replies.
 */
public final class Replies {
    /** The buyer answered this touch. */
    public static final String REPLIED = "replied";
    /** The buyer could have answered this touch and, as far as the imported mail shows, has not. */
    public static final String NO_REPLY = "no reply";

    private Replies() {
    }

    /** Whether the touch's outcome says anything about a reply: only then does it count as a touch that could be answered. */
    public static boolean answerable(Activity activity) {
        return activity.direction() == Direction.OUTBOUND
                && (REPLIED.equals(activity.outcome()) || NO_REPLY.equals(activity.outcome()));
    }

    public static boolean replied(Activity activity) {
        return activity.direction() == Direction.OUTBOUND && REPLIED.equals(activity.outcome());
    }
}
