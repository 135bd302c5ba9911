package dev.needle.plan;

/** What a block of the day is for, in the order of importance of seeds 001 and 002. */
public enum Category {
    OPPORTUNITY_CREATION("Opportunity creation", true),
    DEAL_ADVANCEMENT("Deal next actions", true),
    PREPARATION("Preparation", false),
    ADMIN("Admin", false);

    private final String label;
    private final boolean highValue;

    Category(String label, boolean highValue) {
        this.label = label;
        this.highValue = highValue;
    }

    public String label() {
        return label;
    }

    /** Seed 002's high-value work: creating opportunities and moving deals forward. */
    public boolean highValue() {
        return highValue;
    }
}
