package dev.needle.generate;

/** Salesforce's default opportunity stages that this org uses, with their default probabilities. */
enum Stage {
    PROSPECTING("Prospecting", 10),
    QUALIFICATION("Qualification", 10),
    NEEDS_ANALYSIS("Needs Analysis", 20),
    VALUE_PROPOSITION("Value Proposition", 50),
    PROPOSAL("Proposal/Price Quote", 75),
    NEGOTIATION("Negotiation/Review", 90),
    CLOSED_WON("Closed Won", 100),
    CLOSED_LOST("Closed Lost", 0);

    static final Stage LAST_OPEN = NEGOTIATION;

    final String label;
    final int probability;

    Stage(String label, int probability) {
        this.label = label;
        this.probability = probability;
    }

    boolean isClosed() {
        return this == CLOSED_WON || this == CLOSED_LOST;
    }

    /** Salesforce's default stage-to-forecast-category mapping. */
    String forecastCategory() {
        if (this == CLOSED_WON) return "Closed";
        if (this == CLOSED_LOST) return "Omitted";
        return "Pipeline";
    }

    /** One stage forward; from the last open stage an advance is the win. */
    Stage next() {
        if (isClosed()) throw new IllegalStateException("a closed deal does not advance: " + this);
        return values()[ordinal() + 1];
    }
}
