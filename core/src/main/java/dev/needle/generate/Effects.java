package dev.needle.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The planted causal effects: the ground truth that analyses must recover. Every number here is
 * also written to planted-effects.json and explained in docs/generator.md.
 */
final class Effects {
    /** Chance that one touch on an account with no open deal creates an opportunity there. */
    static final Map<Kind, Double> OPPORTUNITY_PER_TOUCH = new EnumMap<>(Kind.class);
    /** Chance that one valuable touch on an open deal advances it one stage. */
    static final Map<Kind, Double> ADVANCE_PER_VALUABLE_TOUCH = new EnumMap<>(Kind.class);
    /** An empty touch (no value for the buyer) keeps only this fraction of its type's advance chance. */
    static final double EMPTY_TOUCH_FACTOR = 0.25;
    /** Opportunities appear 0..5 working days (0..7 calendar days) after the touch that caused them. */
    static final int CREATION_DELAY_MAX_WORKDAYS = 5;
    /** Stage advances are recorded 1..2 working days (at most 4 calendar days) after their touch. */
    static final int ADVANCE_DELAY_MIN_WORKDAYS = 1;
    static final int ADVANCE_DELAY_MAX_WORKDAYS = 2;
    /** Inbound opportunities per rep and working day, caused by no touch, scaled by the day's intensity. */
    static final double INBOUND_PER_REP_DAY = 0.02;
    /** Weekly chance that an open deal is lost; higher once nobody has touched it for 21 days. */
    static final double LOSS_PER_WEEK = 0.07;
    static final double LOSS_PER_WEEK_UNTOUCHED = 0.25;
    static final int UNTOUCHED_DAYS = 21;

    static {
        OPPORTUNITY_PER_TOUCH.put(Kind.PROSPECTING_CALL, 0.06);
        OPPORTUNITY_PER_TOUCH.put(Kind.PROSPECTING_EMAIL, 0.015);
        OPPORTUNITY_PER_TOUCH.put(Kind.LINKEDIN_MESSAGE, 0.0);
        OPPORTUNITY_PER_TOUCH.put(Kind.DISCOVERY_MEETING, 0.15);
        OPPORTUNITY_PER_TOUCH.put(Kind.CLIENT_CHECK_IN, 0.04);
        OPPORTUNITY_PER_TOUCH.put(Kind.ORDER_FOLLOW_UP, 0.0);

        ADVANCE_PER_VALUABLE_TOUCH.put(Kind.DISCOVERY_MEETING, 0.30);
        ADVANCE_PER_VALUABLE_TOUCH.put(Kind.DEMO, 0.40);
        ADVANCE_PER_VALUABLE_TOUCH.put(Kind.FOLLOW_UP_CALL, 0.15);
        ADVANCE_PER_VALUABLE_TOUCH.put(Kind.EMAIL, 0.04);
        ADVANCE_PER_VALUABLE_TOUCH.put(Kind.VOICEMAIL, 0.0);
        ADVANCE_PER_VALUABLE_TOUCH.put(Kind.CLIENT_CHECK_IN, 0.12);
        ADVANCE_PER_VALUABLE_TOUCH.put(Kind.PROPOSAL, 0.35);
        ADVANCE_PER_VALUABLE_TOUCH.put(Kind.RFP_RESPONSE, 0.08);
    }

    private Effects() {
    }

    static double opportunityChance(Kind kind) {
        return OPPORTUNITY_PER_TOUCH.getOrDefault(kind, 0.0);
    }

    static double advanceChance(Kind kind, boolean valuable) {
        double chance = ADVANCE_PER_VALUABLE_TOUCH.getOrDefault(kind, 0.0);
        return valuable ? chance : chance * EMPTY_TOUCH_FACTOR;
    }

    /** Types that cause nothing at all: neither opportunities nor stage advances. */
    static List<Kind> noEffectTypes() {
        return List.of(Kind.values()).stream()
                .filter(kind -> opportunityChance(kind) == 0.0 && advanceChance(kind, true) == 0.0)
                .toList();
    }

    /** The daily loss chance, the weekly hazard times the settings' {@code lossFactor}, capped at 1. */
    static double lossPerWorkday(boolean untouched, double lossFactor) {
        return Math.min(1.0, (untouched ? LOSS_PER_WEEK_UNTOUCHED : LOSS_PER_WEEK) * lossFactor / 5.0);
    }
}
