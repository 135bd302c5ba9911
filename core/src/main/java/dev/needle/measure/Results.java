package dev.needle.measure;

import java.math.BigDecimal;

/**
 * What a rep's (or team's) work produced in a period: deals created (by owner, createdAt in the
 * period), stage advances recorded in the period ({@link StageOrder}: to a later open stage
 * or into a won stage), deals won in the period and their amounts.
 */
public record Results(int opportunitiesCreated, int stageAdvances, int wins, BigDecimal wonRevenue) {
    public static final Results NONE = new Results(0, 0, 0, BigDecimal.ZERO);

    /** The countable results an hour of work can buy: opportunities created plus stage advances. */
    public int outcomes() {
        return opportunitiesCreated + stageAdvances;
    }

    Results plus(Results other) {
        return new Results(opportunitiesCreated + other.opportunitiesCreated, stageAdvances + other.stageAdvances,
                wins + other.wins, wonRevenue.add(other.wonRevenue));
    }
}
