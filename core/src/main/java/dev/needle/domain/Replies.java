package dev.needle.domain;

/**
 * The outcomes an outbound mail touch carries: Needle sees whether the buyer answered it, because a reply
 * names the message it answers. Other touches carry their source system's outcome, or none, and say
 * nothing about replies.
 */
public final class Replies {
    /**
     * The source of mail touches, the only touches whose outcome Needle itself sets from replies: another
     * system's "replied" without its "no reply" would read as every touch answered.
     */
    public static final String MAIL_SOURCE = "mail";
    /** The buyer answered this touch. */
    public static final String REPLIED = "replied";
    /** The buyer could have answered this touch and, as far as the imported mail shows, has not. */
    public static final String NO_REPLY = "no reply";

    private Replies() {
    }

    /** Whether the touch's outcome says anything about a reply: only then does it count as a touch that could be answered. */
    public static boolean answerable(Activity activity) {
        return activity.direction() == Direction.OUTBOUND && MAIL_SOURCE.equals(activity.source())
                && (REPLIED.equals(activity.outcome()) || NO_REPLY.equals(activity.outcome()));
    }

    public static boolean replied(Activity activity) {
        return answerable(activity) && REPLIED.equals(activity.outcome());
    }
}
