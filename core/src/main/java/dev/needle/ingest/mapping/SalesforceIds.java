package dev.needle.ingest.mapping;

/**
 * Salesforce ids come as 15 characters (case-sensitive, Data Loader and the API) or 18 (with a
 * case-checksum suffix, Data Export and reports). Needle stores the 18-character form so that both
 * exports of the same org name the same records.
 */
public final class SalesforceIds {
    private static final String CHECKSUM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    /** What Data Export writes for an empty lookup. */
    private static final String EMPTY_LOOKUP = "000000000000000";

    private SalesforceIds() {
    }

    /** The 18-character form; null for an empty lookup; other shapes are returned unchanged. */
    public static String normalise(String id) {
        if (id == null) return null;
        String trimmed = id.trim();
        if (trimmed.isEmpty() || trimmed.startsWith(EMPTY_LOOKUP)) return null;
        if (trimmed.length() == 15 && isAlphanumeric(trimmed)) return to18(trimmed);
        return trimmed;
    }

    /**
     * The forms in which to look up an id a user typed among stored external ids, in order: the key as
     * given, then — for a 15-character alphanumeric key, the form Salesforce's UI and reports show — its
     * 18-character form, which is what Needle stores. Ids of other systems keep matching as given first.
     */
    public static java.util.List<String> lookupForms(String key) {
        String trimmed = key == null ? "" : key.trim();
        if (trimmed.length() == 15 && isAlphanumeric(trimmed)) return java.util.List.of(trimmed, to18(trimmed));
        return java.util.List.of(trimmed);
    }

    /** A 15- or 18-character alphanumeric id, the shape every Salesforce record id has. */
    public static boolean looksLikeId(String text) {
        String trimmed = text == null ? "" : text.trim();
        return (trimmed.length() == 15 || trimmed.length() == 18) && isAlphanumeric(trimmed);
    }

    public static String to18(String id15) {
        if (id15 == null || id15.length() != 15) throw new IllegalArgumentException("not a 15-character Salesforce id: " + id15);
        StringBuilder id = new StringBuilder(id15);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int position = 0; position < 5; position++) {
                char c = id15.charAt(chunk * 5 + position);
                if (!isAlphanumeric(String.valueOf(c))) throw new IllegalArgumentException("not a Salesforce id character '" + c + "': " + id15);
                if (c >= 'A' && c <= 'Z') bits |= 1 << position;
            }
            id.append(CHECKSUM_ALPHABET.charAt(bits));
        }
        return id.toString();
    }

    private static boolean isAlphanumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) return false;
        }
        return true;
    }
}
