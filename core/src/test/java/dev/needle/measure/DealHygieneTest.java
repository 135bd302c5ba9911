package dev.needle.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.needle.app.Needle;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.NextAction;
import dev.needle.domain.Outcome;
import dev.needle.domain.Rep;
import dev.needle.domain.StageChange;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deal hygiene on a generated org at the generator's {@code until}, against the problems it planted,
 * and each rule on a small hand-made pipeline.
 */
class DealHygieneTest {
    static final GeneratorSettings SETTINGS = new GeneratorSettings(20, 60, 3L);

    @TempDir
    static Path export;
    static Dataset data;
    static JsonNode planted;
    static HygieneReport report;
    static Map<Long, String> dealIds;

    /**
     * As of the end of {@code until} in every rep's time zone: the generator's reps work in Los
     * Angeles, Chicago, New York and London, and the last of them finish their day at 07:00 UTC of
     * the next day (the first booked meeting, 09:00 in London, is at 08:00 UTC).
     */
    @BeforeAll
    static void generateAndImportOnce() throws IOException {
        new Generator(SETTINGS).writeTo(export, rows -> { });
        try (Needle needle = Imports.needle(Backend.H2)) {
            assertThat(Imports.run(needle, Imports.allOrNothing(), export).errors()).isEmpty();
            data = needle.store().dataset();
        }
        planted = new ObjectMapper().readTree(export.resolve("planted-effects.json").toFile());
        Instant endOfUntil = data.reps().stream().map(rep -> SETTINGS.until().plusDays(1).atStartOfDay(ZoneId.of(rep.timeZone())).toInstant())
                .max(Instant::compareTo).orElseThrow();
        report = DealHygiene.check(data, ActivityCatalog.defaults(), endOfUntil);
        dealIds = data.deals().stream().collect(Collectors.toMap(Deal::id, Deal::externalId));
    }

    @Test
    void theOpenDealsAreTheOnesTheExportShowsOpen() throws IOException {
        Set<String> open;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(export.resolve("Opportunity.csv"))) {
            open = reader.stream().filter(deal -> deal.getField("IsClosed").equals("0")).map(deal -> deal.getField("Id"))
                    .collect(Collectors.toSet());
        }

        assertThat(report.deals().stream().map(deal -> deal.deal().externalId()).collect(Collectors.toSet())).isEqualTo(open);
    }

    @Test
    void theDealsPlantedWithoutNextActionAreExactlyTheOnesFlaggedSo() {
        assertThat(flagged(HygieneFlag.NO_NEXT_ACTION)).isNotEmpty().isEqualTo(plantedIds("openDealsWithoutNextAction"));
    }

    @Test
    void thePlantedOverdueNextActionsFlagExactlyTheirDeals() {
        assertThat(flagged(HygieneFlag.OVERDUE_NEXT_ACTION)).isNotEmpty().isEqualTo(dealsOf(plantedIds("overdueNextActions")));
    }

    @Test
    void thePlantedNextActionsWithoutBuyerValueFlagExactlyTheirDeals() {
        assertThat(flagged(HygieneFlag.NO_BUYER_VALUE)).isNotEmpty().isEqualTo(dealsOf(plantedIds("nextActionsWithoutBuyerValue")));
    }

    /** The generator lists every open deal without a booked meeting; the rule asks for a meeting held first. */
    @Test
    void noNextMeetingFlagsThePlantedDealsWhereAMeetingWasHeldAndNoOthers() {
        Set<String> withMeetingHeld = new HashSet<>();
        for (Activity activity : data.activities()) {
            boolean meeting = List.of("Discovery Meeting", "Demo", "Client Check-in").contains(activity.type());
            if (meeting && activity.dealId() != null && activity.contactId() != null
                    && activity.start().isBefore(report.asOf())) withMeetingHeld.add(dealIds.get(activity.dealId()));
        }
        Set<String> expected = new HashSet<>(plantedIds("openDealsWithoutNextMeeting"));
        expected.retainAll(withMeetingHeld);

        assertThat(flagged(HygieneFlag.NO_NEXT_MEETING)).isNotEmpty().isEqualTo(expected);
    }

    @Test
    void pipelineAffectedIsWhatTheFlaggedDealsAreWorth() {
        for (HygieneFlag flag : HygieneFlag.values()) {
            BigDecimal worth = report.flagged(flag).stream().map(deal -> deal.deal().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(report.pipelineAffected().get(flag)).isEqualByComparingTo(worth);
            assertThat(report.dealsFlagged().get(flag)).isEqualTo(report.flagged(flag).size());
        }
    }

    @Test
    void aDealLongerInItsStageThanMostOfTheTeamsDealsIsStalled() {
        Pipeline pipeline = new Pipeline();
        for (int days = 1; days <= 12; days++) pipeline.movedOn("Prospecting", "Qualification", days);
        Deal stuck = pipeline.openIn("Prospecting", 30);
        Deal fresh = pipeline.openIn("Prospecting", 2);

        HygieneReport hygiene = DealHygiene.check(pipeline.dataset(), ActivityCatalog.defaults(), Pipeline.AS_OF);

        assertThat(flagsOf(hygiene, stuck)).contains(HygieneFlag.STALLED);
        assertThat(flagsOf(hygiene, fresh)).doesNotContain(HygieneFlag.STALLED);
        // the 75th percentile of 1..12 days is 9.25 days
        assertThat(hygiene.flagged(HygieneFlag.STALLED).get(0).flags().get(HygieneFlag.STALLED)).contains("is 9 days");
    }

    @Test
    void anOldDealNobodyTouchedForAMonthIsLowQuality() {
        Pipeline pipeline = new Pipeline();
        for (int days = 10; days <= 120; days += 10) pipeline.won(days);
        Deal old = pipeline.openIn("Prospecting", 200);
        Deal oldButWorked = pipeline.openIn("Prospecting", 200);
        pipeline.touch(oldButWorked, 3, "Call", "ROI model for their CFO");

        HygieneReport hygiene = DealHygiene.check(pipeline.dataset(), ActivityCatalog.defaults(), Pipeline.AS_OF);

        assertThat(flagsOf(hygiene, old)).contains(HygieneFlag.LOW_QUALITY);
        assertThat(flagsOf(hygiene, oldButWorked)).doesNotContain(HygieneFlag.LOW_QUALITY);
    }

    @Test
    void aMeetingWithTheNextOneBookedIsFineAndWithoutItIsFlagged() {
        Pipeline pipeline = new Pipeline();
        Deal booked = pipeline.openIn("Qualification", 5);
        pipeline.touch(booked, 2, "Demo", "Walkthrough of the integration");
        pipeline.touch(booked, -3, "Demo", "Pricing options");
        Deal notBooked = pipeline.openIn("Qualification", 5);
        pipeline.touch(notBooked, 2, "Demo", "Walkthrough of the integration");
        Deal neverMet = pipeline.openIn("Qualification", 5);
        pipeline.touch(neverMet, 2, "Email", "Case study");

        HygieneReport hygiene = DealHygiene.check(pipeline.dataset(), ActivityCatalog.defaults(), Pipeline.AS_OF);

        assertThat(flagsOf(hygiene, booked)).doesNotContain(HygieneFlag.NO_NEXT_MEETING);
        assertThat(flagsOf(hygiene, notBooked)).contains(HygieneFlag.NO_NEXT_MEETING);
        assertThat(flagsOf(hygiene, neverMet)).doesNotContain(HygieneFlag.NO_NEXT_MEETING);
    }

    @Test
    void nextActionsAreOverdueAfterTheirDueDayAndEmptyWithoutValueForTheBuyer() {
        Pipeline pipeline = new Pipeline();
        Deal late = pipeline.openIn("Qualification", 5);
        pipeline.nextAction(late, LocalDate.of(2025, 6, 29), "Case study from a customer in their industry");
        Deal dueToday = pipeline.openIn("Qualification", 5);
        pipeline.nextAction(dueToday, LocalDate.of(2025, 7, 1), "just checking in");
        Deal none = pipeline.openWithoutNextAction("Qualification", 5);

        HygieneReport hygiene = DealHygiene.check(pipeline.dataset(), ActivityCatalog.defaults(), Pipeline.AS_OF);

        assertThat(flagsOf(hygiene, late)).containsOnly(HygieneFlag.OVERDUE_NEXT_ACTION);
        assertThat(flagsOf(hygiene, dueToday)).containsOnly(HygieneFlag.NO_BUYER_VALUE);
        assertThat(flagsOf(hygiene, none)).containsOnly(HygieneFlag.NO_NEXT_ACTION);
    }

    private static Set<HygieneFlag> flagsOf(HygieneReport hygiene, Deal deal) {
        return hygiene.deals().stream().filter(health -> health.deal().id() == deal.id()).findFirst().orElseThrow()
                .flags().keySet();
    }

    private static Set<String> flagged(HygieneFlag flag) {
        return report.flagged(flag).stream().map(deal -> deal.deal().externalId()).collect(Collectors.toSet());
    }

    private static Set<String> plantedIds(String field) {
        Set<String> ids = new HashSet<>();
        planted.get(field).forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** The deals of some next actions (Task ids). */
    private static Set<String> dealsOf(Set<String> taskIds) {
        return data.nextActions().stream().filter(action -> taskIds.contains(action.externalId()))
                .map(action -> dealIds.get(action.dealId())).collect(Collectors.toSet());
    }

    /** A hand-made pipeline of one rep, as of 2025-07-01 00:00 UTC; times are days before as-of. */
    static final class Pipeline {
        static final Instant AS_OF = Instant.parse("2025-07-01T00:00:00Z");
        private final Rep rep = new Rep(1, "test", "rep-1", "Ana", "ana@example.com", "East", null, "UTC", null);
        private final List<Deal> deals = new ArrayList<>();
        private final List<StageChange> changes = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();
        private final List<NextAction> nextActions = new ArrayList<>();

        /** An open deal with a good next action (due soon, with value for the buyer). */
        Deal openIn(String stage, int daysAgo) {
            Deal deal = openWithoutNextAction(stage, daysAgo);
            nextAction(deal, LocalDate.of(2025, 7, 3), "ROI model built on their volumes");
            return deal;
        }

        Deal openWithoutNextAction(String stage, int daysAgo) {
            Deal deal = deal(stage, Outcome.OPEN, daysAgo, null);
            change(deal, null, stage, daysAgo);
            return deal;
        }

        void movedOn(String from, String to, int daysInFrom) {
            Deal deal = deal(to, Outcome.OPEN, 400, null);
            change(deal, null, from, 400);
            change(deal, from, to, 400 - daysInFrom);
        }

        void won(int daysToWin) {
            Deal deal = deal("Closed Won", Outcome.WON, 300, LocalDate.ofInstant(ago(300 - daysToWin), ZoneOffset.UTC));
            change(deal, null, "Prospecting", 300);
            change(deal, "Prospecting", "Closed Won", 300 - daysToWin);
        }

        void touch(Deal deal, int daysAgo, String type, String valueForBuyer) {
            activities.add(new Activity(activities.size() + 1, "test", "a" + activities.size(), rep.id(), type, ago(daysAgo),
                    30, true, deal.id(), null, 7L, null, null, null, valueForBuyer, null, type, null));
        }

        void nextAction(Deal deal, LocalDate due, String valueForBuyer) {
            nextActions.add(new NextAction(nextActions.size() + 1, "test", "n" + nextActions.size(), deal.id(), rep.id(),
                    "Send the case study", due, valueForBuyer, null, NextAction.Status.OPEN));
        }

        Dataset dataset() {
            return new Dataset(List.of(rep), List.of(), List.of(), deals, changes, activities, nextActions, List.of());
        }

        private Deal deal(String stage, Outcome outcome, int daysAgo, LocalDate closed) {
            long id = deals.size() + 1;
            Deal deal = new Deal(id, "test", "d" + id, null, rep.id(), "Deal " + id, BigDecimal.valueOf(1000 * id), "USD",
                    stage, "Web", "Widget", ago(daysAgo), null, closed, outcome);
            deals.add(deal);
            return deal;
        }

        private void change(Deal deal, String from, String to, int daysAgo) {
            changes.add(new StageChange(changes.size() + 1, deal.id(), from, to, ago(daysAgo)));
        }

        private static Instant ago(int days) {
            return AS_OF.minus(Duration.ofDays(days)).minusSeconds(3600);
        }
    }
}
