package dev.needle.domain;

/** What kind of work an activity is; the day plan orders blocks by these categories. */
public enum WorkCategory {
    OPPORTUNITY_CREATION, DEAL_ADVANCEMENT, CLIENT_CARE, PREPARATION, ADMIN, DISTRACTION
}
