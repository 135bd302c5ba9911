package dev.needle.generate;

/** Consecutive record ids of one object (key prefix), written in the style's id length. */
final class IdSequence {
    private final String keyPrefix;
    private final Format format;
    private long nextNumber;

    IdSequence(String keyPrefix, long firstNumber, Format format) {
        this.keyPrefix = keyPrefix;
        this.nextNumber = firstNumber;
        this.format = format;
    }

    /** Starts somewhere in the six-digit range of base-62 record numbers, as a busy org's ids do. */
    static IdSequence of(String keyPrefix, Dice dice, Format format) {
        long sixDigits = 916_132_832L; // 62^5
        return new IdSequence(keyPrefix, sixDigits * (2 + dice.below(40)) + dice.below(50_000_000), format);
    }

    String next() {
        return format.id(SalesforceIdMint.id15(keyPrefix, nextNumber++));
    }
}
