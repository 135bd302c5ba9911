package dev.needle.measure;

import dev.needle.domain.Activity;

import java.util.List;
import java.util.Locale;

/**
 * What counts as a touch, and which touches are empty (seed 003): a touch on a deal that gives the
 * buyer nothing — no value recorded, or notes that say nothing ("checking in", "following up",
 * "just touching base"). Where a source has no value-for-buyer field (HubSpot, Pipedrive), the notes
 * stand in for it: a touch whose notes say something real is not empty.
 */
public final class Touches {
    /** Phrases that carry no information, context or insight for the buyer when they are all a note says. */
    static final List<String> CONTENT_FREE = List.of("checking in", "check in", "following up", "follow up",
            "just touching base", "touching base", "touch base", "just checking", "circling back", "bumping this",
            "any update", "any updates", "quick follow up", "just following up", "reaching out", "ping",
            "quick catch up", "catch up", "checking on status", "status update");

    private Touches() {
    }

    /**
     * A touch on a deal reaches the buyer: the activity is on a deal and names a contact, or has a
     * direction (a logged call). Work on a deal that reaches nobody (a CRM update) is not a touch.
     */
    public static boolean isDealTouch(Activity activity) {
        return activity.dealId() != null && reachesSomeone(activity);
    }

    /**
     * A touch on an account with no deal: prospecting and client care, which can create opportunities.
     * A touch on a lead that converted counts here: the store gives it the account the lead became.
     */
    public static boolean isAccountTouch(Activity activity) {
        return activity.dealId() == null && activity.accountId() != null && reachesSomeone(activity);
    }

    /**
     * A touch on a lead that has not become an account: prospecting that has produced no opportunity
     * (yet). Left out, the prospecting that went nowhere would vanish from the model and the
     * opportunities per touch would look better than they are.
     */
    public static boolean isLeadTouch(Activity activity) {
        return activity.dealId() == null && activity.accountId() == null && activity.leadId() != null;
    }

    /** A lead is a person, so naming one reaches someone as naming a contact does. */
    private static boolean reachesSomeone(Activity activity) {
        return activity.contactId() != null || activity.leadId() != null
                || activity.direction() != null && activity.direction() != dev.needle.domain.Direction.INTERNAL;
    }

    /** A deal touch with no value for the buyer. */
    public static boolean isEmpty(Activity activity) {
        if (!isDealTouch(activity)) return false;
        String value = activity.valueForBuyer();
        if (value == null || value.isBlank()) value = activity.notes();
        if (value == null || value.isBlank()) return true;
        return isContentFree(value);
    }

    /** True when the text, stripped of punctuation and greetings, is only a content-free phrase. */
    public static boolean isContentFree(String text) {
        String plain = withoutGreeting(words(text.toLowerCase(Locale.ROOT)));
        if (plain.isEmpty()) return true;
        for (String phrase : CONTENT_FREE) {
            if (plain.equals(phrase) || plain.length() <= phrase.length() + 25 && startsWithWord(plain, phrase)) return true;
        }
        return false;
    }

    /** The text starts with the phrase and a space after it. */
    private static boolean startsWithWord(String text, String phrase) {
        return text.length() > phrase.length() && text.charAt(phrase.length()) == ' ' && text.startsWith(phrase);
    }

    /**
     * The letters and numbers of the text, each run of anything else (punctuation, spaces) as one space,
     * none at either end. Written out rather than as regular expressions: it runs for every deal touch
     * of every analysis, and the expressions cost more than the rest of an activity's handling.
     */
    private static String words(String text) {
        StringBuilder words = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!isLetterOrNumber(codePoint)) {
                gap = true;
                continue;
            }
            if (gap && !words.isEmpty()) words.append(' ');
            gap = false;
            words.appendCodePoint(codePoint);
        }
        return words.toString();
    }

    /** Without a leading "hi", "hello" or "hey", the one word after it (letters only) and the space after that. */
    private static String withoutGreeting(String words) {
        int end = words.startsWith("hi") ? 2 : words.startsWith("hello") ? 5 : words.startsWith("hey") ? 3 : 0;
        if (end == 0) return words;
        if (end < words.length() && words.charAt(end) == ' ') {
            int letters = end + 1;
            while (letters < words.length() && Character.isLetter(words.codePointAt(letters))) {
                letters += Character.charCount(words.codePointAt(letters));
            }
            if (letters > end + 1) end = letters;
        }
        if (end < words.length() && words.charAt(end) == ' ') end++;
        return words.substring(end);
    }

    /** What the regular-expression classes \p{L} and \p{N} match. */
    private static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) return true;
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
