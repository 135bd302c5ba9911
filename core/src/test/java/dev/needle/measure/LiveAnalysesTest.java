package dev.needle.measure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.Direction;
import dev.needle.domain.NextAction;
import dev.needle.testing.GeneratedOrg;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API server's kept analyses: after a write, mapping again only the unit it touched gives the report,
 * hygiene and funnel that a whole walk of the changed records gives; a write made later counts as of the write;
 * the analyses from before the write answer as they did.
 */
class LiveAnalysesTest {
    private static final Dataset ORG = GeneratedOrg.of(12, 120, 5).dataset();
    private static final ActivityCatalog CATALOG = ActivityCatalog.defaults();
    private static final Instant AS_OF = GeneratedOrg.UNTIL.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Period QUARTER = Period.lastDays(AS_OF, 90);
    private static final Period EARLIER = new Period(AS_OF.minus(Duration.ofDays(100)), AS_OF.minus(Duration.ofDays(10)));
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .findAndRegisterModules();

    @Test
    void aWriteMapsItsUnitAgainAndTheAnswersAreThoseOfAWholeWalkOfTheChangedRecords() throws JsonProcessingException {
        LiveAnalyses before = LiveAnalyses.of(ORG.history(), UnitRunner.parallel(2), CATALOG, AS_OF);
        String quarterBefore = json(before.report(QUARTER));
        before.report(EARLIER);
        before.recordTimes(ZoneOffset.UTC);
        Deal deal = dealWithoutNextAction(before.hygiene());
        Activity call = activity(1, deal.ownerId(), deal, AS_OF.minus(Duration.ofHours(3)));
        Activity unlinked = activity(2, deal.ownerId(), null, AS_OF.minus(Duration.ofHours(2)));
        NextAction next = new NextAction(maxNextActionId() + 1, "api", "api-next-1", deal.id(), deal.ownerId(), "Send the rollout plan",
                GeneratedOrg.UNTIL.plusDays(3), "A rollout plan sized to their regions", "Their IT lead reviews it", NextAction.Status.OPEN);
        Dataset changed = with(ORG, List.of(call, unlinked), next);

        LiveAnalyses after = before.after(changed.history(), AS_OF, List.of(unitOf(changed, deal)), List.of(unlinked));

        assertThat(json(after.report(QUARTER))).isEqualTo(json(PerformanceReport.of(changed, CATALOG, AS_OF, QUARTER)));
        assertThat(json(after.report(EARLIER))).isEqualTo(json(PerformanceReport.of(changed, CATALOG, AS_OF, EARLIER)));
        assertThat(json(after.hygiene())).isEqualTo(json(DealHygiene.check(changed, CATALOG, AS_OF)));
        assertThat(json(Funnel.of(after.pipeline(), changed.reps(), any -> true))).isEqualTo(json(Funnel.of(changed, AS_OF)));
        assertThat(after.recordTimes(ZoneOffset.UTC)).isEqualTo(RecordTimes.of(changed.history(), AS_OF, ZoneOffset.UTC));
        assertThat(flagsOf(after.hygiene(), deal)).doesNotContain(HygieneFlag.NO_NEXT_ACTION);
        assertThat(activitiesOf(after.report(QUARTER), deal.ownerId()))
                .as("the call on the deal and the one on nothing, both by the deal's owner")
                .isEqualTo(activitiesOf(before.report(QUARTER), deal.ownerId()) + 2);
        assertThat(json(before.report(QUARTER))).as("the analyses from before the write are left as they were").isEqualTo(quarterBefore);
        assertThat(flagsOf(before.hygiene(), deal)).contains(HygieneFlag.NO_NEXT_ACTION);
    }

    @Test
    void theRecordTimesAfterWritesOnTheUnitsHoldingTheOldestAndNewestRecordAreThoseOfAWholeWalk() {
        LiveAnalyses live = LiveAnalyses.of(ORG.history(), UnitRunner.sequential(), CATALOG, AS_OF);
        live.recordTimes(ZoneOffset.UTC);
        Dataset data = ORG;
        List<Deal> deals = List.of(dealWithActivity(ORG, Comparator.naturalOrder()), dealWithActivity(ORG, Comparator.reverseOrder()));
        int n = 1;
        for (Deal deal : deals) {
            for (Instant start : List.of(AS_OF.minus(Duration.ofMinutes(1)), ORG.activities().get(0).start().minusSeconds(60))) {
                long rep = deal.ownerId() != null ? deal.ownerId() : ORG.reps().get(0).id();
                data = with(data, List.of(activity(n++, rep, deal, start)), null);
                live = live.after(data.history(), AS_OF, List.of(unitOf(data, deal)), List.of());
                assertThat(live.recordTimes(ZoneOffset.UTC)).isEqualTo(RecordTimes.of(data.history(), AS_OF, ZoneOffset.UTC));
            }
        }
    }

    /** The deal of the first activity in {@code order} of start that is on a deal. */
    private static Deal dealWithActivity(Dataset data, Comparator<Instant> order) {
        long dealId = data.activities().stream().filter(activity -> activity.dealId() != null && activity.start().isBefore(AS_OF))
                .min(Comparator.comparing(Activity::start, order)).orElseThrow().dealId();
        return data.deals().stream().filter(deal -> deal.id() == dealId).findFirst().orElseThrow();
    }

    @Test
    void aWriteMadeAfterTheWalkCountsAsOfTheWriteAndTheLastNinetyDaysMoveWithIt() throws JsonProcessingException {
        LiveAnalyses before = LiveAnalyses.of(ORG.history(), UnitRunner.sequential(), CATALOG, AS_OF);
        before.report(QUARTER);
        Deal deal = dealWithoutNextAction(before.hygiene());
        Instant later = AS_OF.plus(Duration.ofMinutes(5));
        Activity call = activity(1, deal.ownerId(), deal, AS_OF.plus(Duration.ofMinutes(2)));
        Dataset changed = with(ORG, List.of(call), null);

        LiveAnalyses after = before.after(changed.history(), later, List.of(unitOf(changed, deal)), List.of());
        PerformanceReport moved = after.report(Period.lastDays(later, 90));

        assertThat(after.asOf()).isEqualTo(later);
        assertThat(moved.period()).isEqualTo(Period.lastDays(later, 90));
        assertThat(activitiesOf(moved, deal.ownerId())).as("a call logged after the walk, before the write's as-of")
                .isEqualTo(activitiesOf(before.report(QUARTER), deal.ownerId()) + 1);
        assertThat(json(after.hygiene())).isEqualTo(json(DealHygiene.check(changed, CATALOG, later)));
    }

    private static Deal dealWithoutNextAction(HygieneReport hygiene) {
        return hygiene.deals().stream().filter(health -> health.flags().containsKey(HygieneFlag.NO_NEXT_ACTION))
                .filter(health -> health.deal().accountId() != null && health.deal().ownerId() != null)
                .map(DealHealth::deal).findFirst().orElseThrow();
    }

    private static AccountHistory unitOf(Dataset data, Deal deal) {
        return data.unit(AccountHistory.keyOf(deal)).orElseThrow();
    }

    /** A call by {@code repId}, on {@code deal} and its account, or on nothing. */
    private static Activity activity(int n, long repId, Deal deal, Instant start) {
        long id = ORG.activities().stream().mapToLong(Activity::id).max().orElse(0) + n;
        return new Activity(id, "api", "api-" + n, repId, "Call", start, 25, true,
                deal != null ? deal.id() : null, deal != null ? deal.accountId() : null, null, null, Direction.OUTBOUND,
                null, "Benchmarks from three peers", "They share their current costs", null, null);
    }

    private static long maxNextActionId() {
        return ORG.nextActions().stream().mapToLong(NextAction::id).max().orElse(0);
    }

    private static Dataset with(Dataset data, List<Activity> added, NextAction action) {
        List<Activity> activities = new ArrayList<>(data.activities());
        activities.addAll(added);
        activities.sort(Comparator.comparing(Activity::start).thenComparingLong(Activity::id));
        List<NextAction> actions = new ArrayList<>(data.nextActions());
        if (action != null) actions.add(action);
        return new Dataset(data.reps(), data.accounts(), data.contacts(), data.deals(), data.stageChanges(), activities, actions,
                data.commitments(), data.leads());
    }

    private static List<HygieneFlag> flagsOf(HygieneReport hygiene, Deal deal) {
        return hygiene.deals().stream().filter(health -> health.deal().id() == deal.id()).findFirst().orElseThrow()
                .flags().keySet().stream().toList();
    }

    private static int activitiesOf(PerformanceReport report, long repId) {
        return report.reps().stream().filter(rep -> rep.rep().id() == repId).findFirst().orElseThrow().time().activities();
    }

    private static String json(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }
}
