package dev.needle.generate;

/**
 * The org's activity Type picklist (custom values, as real orgs have) and how Salesforce logs each:
 * meetings as Events, the rest as Tasks with the TaskSubtype a call, an email or a plain task gets.
 */
enum Kind {
    PROSPECTING_CALL("Prospecting Call", Logged.CALL, 5, 15),
    PROSPECTING_EMAIL("Prospecting Email", Logged.EMAIL, 5, 5),
    LINKEDIN_MESSAGE("LinkedIn Message", Logged.TASK, 5, 5),
    DISCOVERY_MEETING("Discovery Meeting", Logged.MEETING, 30, 60),
    DEMO("Demo", Logged.MEETING, 45, 60),
    FOLLOW_UP_CALL("Follow-up Call", Logged.CALL, 5, 25),
    EMAIL("Email", Logged.EMAIL, 5, 5),
    VOICEMAIL("Voicemail", Logged.CALL, 2, 2),
    CLIENT_CHECK_IN("Client Check-in", Logged.MEETING, 30, 30),
    PROPOSAL("Proposal", Logged.TASK, 20, 45),
    RFP_RESPONSE("RFP Response", Logged.TASK, 45, 90),
    CRM_UPDATE("CRM Update", Logged.TASK, 10, 10),
    INTERNAL_MEETING("Internal Meeting", Logged.MEETING, 30, 60),
    ORDER_FOLLOW_UP("Order Follow-up", Logged.TASK, 10, 10),
    SOCIAL_MEDIA("Social Media", Logged.TASK, 5, 15),
    MEETING_PREP("Meeting Prep", Logged.TASK, 10, 25);

    enum Logged { CALL, EMAIL, TASK, MEETING }

    final String label;
    final Logged logged;
    final int minMinutes;
    final int maxMinutes;

    Kind(String label, Logged logged, int minMinutes, int maxMinutes) {
        this.label = label;
        this.logged = logged;
        this.minMinutes = minMinutes;
        this.maxMinutes = maxMinutes;
    }

    boolean isEvent() {
        return logged == Logged.MEETING;
    }

    boolean isCall() {
        return logged == Logged.CALL;
    }

    String taskSubtype() {
        return switch (logged) {
            case CALL -> "Call";
            case EMAIL -> "Email";
            default -> "Task";
        };
    }

    boolean isProspecting() {
        return this == PROSPECTING_CALL || this == PROSPECTING_EMAIL || this == LINKEDIN_MESSAGE;
    }

    /** Meetings last whole quarter hours; everything else whole minutes. */
    int drawMinutes(Dice dice) {
        if (isEvent()) return minMinutes + 15 * dice.between(0, (maxMinutes - minMinutes) / 15);
        return dice.between(minMinutes, maxMinutes);
    }
}
