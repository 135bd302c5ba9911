package dev.needle.measure;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.DealHistory;
import dev.needle.domain.StageChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One unit as it had been recorded before a moment, by the rule of {@link Datasets#asOf}: deals created
 * by then, put back in the stage they were in; stage changes and activities up to then; the next actions
 * of those deals (they carry no date, as {@link Datasets#asOf} keeps them). Null when nothing of the unit
 * existed yet.
 */
final class HistoryAsOf {
    private HistoryAsOf() {
    }

    static AccountHistory of(AccountHistory unit, Instant moment) {
        List<DealHistory> deals = new ArrayList<>(unit.deals().size());
        for (DealHistory history : unit.deals()) {
            if (history.deal().createdAt() != null && !history.deal().createdAt().isBefore(moment)) continue;
            List<StageChange> before = history.changes().stream().filter(c -> c.at().isBefore(moment)).toList();
            deals.add(new DealHistory(PipelineAsOf.then(history.deal(), history.changes(), before, moment), before,
                    before(history.activities(), moment), history.nextActions()));
        }
        if (unit.accountId() == null && deals.isEmpty()) return null;
        return new AccountHistory(unit.accountId(), deals, before(unit.touches(), moment));
    }

    static List<Activity> before(List<Activity> activities, Instant moment) {
        int end = activities.size();
        while (end > 0 && !activities.get(end - 1).start().isBefore(moment)) end--;
        return end == activities.size() ? activities : activities.subList(0, end);
    }
}
