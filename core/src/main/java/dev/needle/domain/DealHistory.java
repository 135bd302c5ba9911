package dev.needle.domain;

import java.io.Serializable;
import java.util.List;

/**
 * One deal with everything recorded on it: its stage changes and the activities logged on it, each in
 * time order, and its next actions (open and done, by id: a next action has no time of its own). The
 * deal is a keyed unit's part; analyses see a deal only through its history.
 */
public record DealHistory(Deal deal, List<StageChange> changes, List<Activity> activities, List<NextAction> nextActions) implements Serializable {
    public DealHistory {
        changes = List.copyOf(changes);
        activities = List.copyOf(activities);
        nextActions = List.copyOf(nextActions);
    }
}
