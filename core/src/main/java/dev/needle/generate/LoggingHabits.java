package dev.needle.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many activities of each type a rep logs on an average working day (before the rep's volume
 * and the day's intensity), and which touches they choose on a deal at each stage. Busy-but-not-
 * productive reps log mostly email, CRM updates, internal meetings, social media and order chasing.
 */
record LoggingHabits(Map<Kind, Double> prospecting, double dealTouches, Map<Kind, Double> clientCare,
              Map<Kind, Double> admin, Map<Kind, Double> dealTouchBias) {

    /** The touches a rep makes on an open deal: to a contact of the deal's account. */
    static final List<Kind> DEAL_TOUCHES = List.of(Kind.DISCOVERY_MEETING, Kind.DEMO, Kind.FOLLOW_UP_CALL,
            Kind.EMAIL, Kind.VOICEMAIL, Kind.CLIENT_CHECK_IN, Kind.PROPOSAL, Kind.RFP_RESPONSE);
    /** Weight of each deal touch (columns as DEAL_TOUCHES) by the deal's stage (rows, Prospecting first). */
    private static final double[][] STAGE_WEIGHTS = {
        {3.0, 0.0, 3.0, 3.0, 1.5, 0.0, 0.0, 0.0},
        {2.0, 1.0, 3.0, 3.0, 1.5, 0.0, 0.0, 0.0},
        {0.5, 2.0, 3.0, 3.0, 1.0, 1.0, 0.0, 0.0},
        {0.0, 2.0, 3.0, 3.0, 1.0, 1.5, 1.0, 0.0},
        {0.0, 0.5, 3.0, 3.0, 1.0, 1.0, 2.0, 1.5},
        {0.0, 0.0, 3.5, 3.0, 1.0, 1.5, 1.0, 0.0}};

    static final LoggingHabits NORMAL = new LoggingHabits(
            rates(Kind.PROSPECTING_CALL, 2.6, Kind.PROSPECTING_EMAIL, 2.0, Kind.LINKEDIN_MESSAGE, 1.5,
                    Kind.DISCOVERY_MEETING, 0.3),
            10.0,
            rates(Kind.CLIENT_CHECK_IN, 0.4, Kind.ORDER_FOLLOW_UP, 0.6),
            rates(Kind.EMAIL, 2.0, Kind.CRM_UPDATE, 1.8, Kind.INTERNAL_MEETING, 0.4, Kind.MEETING_PREP, 0.8,
                    Kind.SOCIAL_MEDIA, 0.5),
            Map.of());
    static final LoggingHabits BUSY = new LoggingHabits(
            rates(Kind.PROSPECTING_CALL, 0.6, Kind.PROSPECTING_EMAIL, 0.8, Kind.LINKEDIN_MESSAGE, 0.8,
                    Kind.DISCOVERY_MEETING, 0.05),
            10.0,
            rates(Kind.CLIENT_CHECK_IN, 0.2, Kind.ORDER_FOLLOW_UP, 4.0),
            rates(Kind.EMAIL, 12.0, Kind.CRM_UPDATE, 6.0, Kind.INTERNAL_MEETING, 1.5, Kind.MEETING_PREP, 0.5,
                    Kind.SOCIAL_MEDIA, 4.0),
            rates(Kind.EMAIL, 4.0, Kind.VOICEMAIL, 2.0, Kind.DISCOVERY_MEETING, 0.4, Kind.DEMO, 0.4,
                    Kind.CLIENT_CHECK_IN, 0.4, Kind.PROPOSAL, 0.5));

    /** Expected activities on an average day with enough open deals. */
    double total() {
        return sum(prospecting) + dealTouches + sum(clientCare) + sum(admin);
    }

    double weight(Kind touch, Stage stage) {
        return STAGE_WEIGHTS[stage.ordinal()][DEAL_TOUCHES.indexOf(touch)] * dealTouchBias.getOrDefault(touch, 1.0);
    }

    private static double sum(Map<Kind, Double> rates) {
        return rates.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static Map<Kind, Double> rates(Object... kindsAndRates) {
        Map<Kind, Double> rates = new EnumMap<>(Kind.class);
        for (int index = 0; index < kindsAndRates.length; index += 2) {
            rates.put((Kind) kindsAndRates[index], (Double) kindsAndRates[index + 1]);
        }
        return rates;
    }
}
