package dev.needle.measure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.measure.ValueReport.Estimate;
import dev.needle.measure.ValueReport.TypeValue;
import dev.needle.testing.GeneratedOrg;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The learned value of each activity type recovers what the generator planted: the per-touch effects
 * within 20%, their order, and intervals that include zero where there is no effect — on two seeds.
 */
class ActivityValueTest {
    private static final int REPS = 40;
    private static final int DAYS = 250;

    private static final Map<Long, ValueReport> REPORTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static ValueReport valueOf(long seed) {
        return REPORTS.computeIfAbsent(seed, s -> {
            GeneratedOrg org = GeneratedOrg.of(REPS, DAYS, s);
            return ActivityValue.estimate(org.dataset(), ActivityCatalog.defaults(), org.start(), org.end());
        });
    }

    private static JsonNode planted(long seed) {
        return GeneratedOrg.of(REPS, DAYS, seed).planted();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void opportunitiesPerTouchRecoverThePlantedEffectsWithinTwentyPercent(long seed) {
        assertRecovered(valueOf(seed), planted(seed).get("opportunityPerTouch"), TypeValue::opportunitiesPerTouch);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void advancesPerValuableTouchRecoverThePlantedEffectsWithinTwentyPercent(long seed) {
        assertRecovered(valueOf(seed), planted(seed).get("advancePerValuableTouch"), TypeValue::advancesPerValuableTouch);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void typesRankInThePlantedOrder(long seed) {
        ValueReport report = valueOf(seed);
        assertThat(rankedByEstimate(report, planted(seed).get("opportunityPerTouch"), TypeValue::opportunitiesPerTouch))
                .isEqualTo(rankedByPlanted(planted(seed).get("opportunityPerTouch")));
        assertThat(rankedByEstimate(report, planted(seed).get("advancePerValuableTouch"), TypeValue::advancesPerValuableTouch))
                .isEqualTo(rankedByPlanted(planted(seed).get("advancePerValuableTouch")));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void emptyTouchesAdvanceDealsLessThanValuableOnes(long seed) {
        ValueReport.TouchQuality quality = valueOf(seed).valuableVsEmpty();
        double factor = planted(seed).get("emptyTouchFactor").asDouble();

        assertThat(quality.advancesPerValuableTouch().low()).isGreaterThan(quality.advancesPerEmptyTouch().high());
        assertThat(quality.advancesPerEmptyTouch().value() / quality.advancesPerValuableTouch().value())
                .isCloseTo(factor, within(0.1));
        assertThat(quality.finding()).startsWith("valuable touches advance deals more");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void typesNeverLinkedToAnAccountOrDealAreNotMeasurableRatherThanWorthless(long seed) {
        ValueReport report = valueOf(seed);
        for (String type : List.of("CRM Update", "Internal Meeting", "Social Media", "Meeting Prep")) {
            TypeValue value = type(report, type);
            assertThat(value.verdict()).as(type).isEqualTo(ValueReport.Verdict.NOT_MEASURABLE);
            assertThat(value.opportunitiesPerTouch()).isNull();
            assertThat(value.advancesPerValuableTouch()).isNull();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void aHighValueTypeWithNoEffectIsFlaggedAsWorthLessThanItsClass(long seed) {
        // LinkedIn Message is catalogued as prospecting (HIGH); the generator plants no effect for it
        assertThat(type(valueOf(seed), "LinkedIn Message").verdict()).isEqualTo(ValueReport.Verdict.WORTH_LESS_THAN_ITS_CLASS);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void everyVerdictFollowsFromTheMeasuredIntervalsItRestsOn(long seed) {
        for (TypeValue type : valueOf(seed).types()) {
            assertVerdictFollowsFromItsIntervals(type);
        }
    }

    /**
     * A verdict agrees with the intervals {@code needle value} prints beside it (the effects measured from
     * {@value ActivityValue#MIN_TOUCHES} touches of their kind): "produces results" only with one above zero; "no
     * measurable effect" only when every one includes zero; a type with none gets no verdict beyond too thin or not
     * measurable.
     */
    static void assertVerdictFollowsFromItsIntervals(TypeValue type) {
        List<Estimate> measured = new ArrayList<>();
        for (Estimate estimate : new Estimate[]{type.measuredOpportunitiesPerTouch(), type.measuredAdvancesPerValuableTouch(),
                type.measuredAdvancesPerEmptyTouch()}) {
            if (estimate != null) measured.add(estimate);
        }
        String what = type.type() + " " + type.verdict() + " " + measured;
        if (measured.isEmpty()) {
            assertThat(type.verdict()).as(what).isIn(ValueReport.Verdict.TOO_THIN_TO_TELL, ValueReport.Verdict.NOT_MEASURABLE);
            assertThat(type.learnedClass()).as(what).isEqualTo(ValueReport.LearnedClass.NOT_MEASURABLE);
            assertThat(type.note()).as(what).doesNotContain("produces results", "no measurable effect");
        } else if (measured.stream().anyMatch(Estimate::positive)) {
            assertThat(type.learnedClass()).as(what).isEqualTo(ValueReport.LearnedClass.HIGH);
            assertThat(type.note()).as(what).contains("produces results");
        } else {
            assertThat(measured).as(what).allMatch(Estimate::includesZero);
            assertThat(type.learnedClass()).as(what).isEqualTo(ValueReport.LearnedClass.NO_MEASURED_EFFECT);
            assertThat(type.note()).as(what).doesNotContain("produces results").contains("no measurable effect");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void typesPlantedWithNoEffectAreNeverSaidToProduceResults(long seed) {
        ValueReport report = valueOf(seed);
        for (JsonNode type : planted(seed).get("noEffectTypes")) {
            report.types().stream().filter(t -> t.type().equals(type.asText())).findFirst().ifPresent(value -> {
                assertThat(value.learnedClass()).as(value.type()).isNotEqualTo(ValueReport.LearnedClass.HIGH);
                assertThat(value.note()).as(value.type()).doesNotContain("produces results");
            });
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void theHighValueShareByTheDataLeavesOutAHighTypeWithNoMeasuredEffectAndSaysTheyDisagree(long seed) {
        ValueReport report = valueOf(seed);
        assertThat(type(report, "Prospecting Call").learnedClass()).isEqualTo(ValueReport.LearnedClass.HIGH);
        assertThat(type(report, "LinkedIn Message").learnedClass()).isEqualTo(ValueReport.LearnedClass.NO_MEASURED_EFFECT);
        assertThat(report.disagreements()).extracting(TypeValue::type).contains("LinkedIn Message")
                .doesNotContain("Prospecting Call");
        TimeAllocation time = new TimeAllocation(40, 4.0, 1, Map.of("Prospecting Call", 3.0, "LinkedIn Message", 1.0),
                Map.of(dev.needle.domain.ValueClass.HIGH, 4.0), Map.of(), 0, 0, 0, 0);

        assertThat(time.highValueShare()).isEqualTo(1.0);
        assertThat(report.highValueShareLearned(time)).isEqualTo(0.75);
    }

    /** A planted effect is recovered within 20%; a planted zero lies inside the 95% interval. */
    static void assertRecovered(ValueReport report, JsonNode plantedEffects, Function<TypeValue, Estimate> effect) {
        for (Map.Entry<String, Double> planted : effects(plantedEffects).entrySet()) {
            Estimate estimate = effect.apply(type(report, planted.getKey()));
            if (planted.getValue() > 0) {
                assertThat(estimate.value()).as(planted.getKey()).isCloseTo(planted.getValue(), within(0.2 * planted.getValue()));
            } else {
                assertThat(estimate.includesZero()).as(planted.getKey() + " " + estimate).isTrue();
            }
        }
    }

    static TypeValue type(ValueReport report, String name) {
        return report.types().stream().filter(t -> t.type().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + name));
    }

    static Map<String, Double> effects(JsonNode node) {
        Map<String, Double> effects = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            effects.put(field.getKey(), field.getValue().asDouble());
        }
        return effects;
    }

    /** Types with a planted effect, best first. */
    private static List<String> rankedByPlanted(JsonNode node) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(effects(node).entrySet());
        entries.removeIf(entry -> entry.getValue() == 0);
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    private static List<String> rankedByEstimate(ValueReport report, JsonNode node, Function<TypeValue, Estimate> effect) {
        return rankedByPlanted(node).stream()
                .sorted(Comparator.comparingDouble((String name) -> effect.apply(type(report, name)).value()).reversed())
                .toList();
    }
}
