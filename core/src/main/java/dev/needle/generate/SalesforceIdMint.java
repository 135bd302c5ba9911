package dev.needle.generate;

/**
 * Mints the generator's Salesforce record ids in their 15-character, case-sensitive form; the
 * 18-character form with its checksum is the importer's ({@code ingest.mapping.SalesforceIds}).
 */
final class SalesforceIdMint {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** Pod (instance) characters and the reserved character that follow the key prefix. */
    private static final String POD = "5g0";
    private static final int NUMBER_DIGITS = 9;

    private SalesforceIdMint() {
    }

    /** A 15-character id: key prefix, pod, reserved character, then the record number in base 62. */
    static String id15(String keyPrefix, long number) {
        if (keyPrefix.length() != 3) throw new IllegalArgumentException("key prefix of 3 characters: " + keyPrefix);
        char[] digits = new char[NUMBER_DIGITS];
        long rest = number;
        for (int index = NUMBER_DIGITS - 1; index >= 0; index--) {
            digits[index] = BASE62.charAt((int) (rest % 62));
            rest /= 62;
        }
        if (rest != 0 || number < 0) throw new IllegalArgumentException("record number out of range: " + number);
        return keyPrefix + POD + new String(digits);
    }
}
