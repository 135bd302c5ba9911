package dev.needle.predict;

import dev.needle.domain.Activity;
import dev.needle.domain.Days;
import dev.needle.domain.Deal;
import dev.needle.measure.Touches;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The features of a deal as of a moment, named, in a fixed order learned from the training deals:
 * stage and lead source one-hot, the frequent touch types, and the numeric features of docs/models.md.
 * Counts and durations enter as log(1 + x).
 */
final class FeatureSpace {
    static final String UNKNOWN = "(unknown)";
    private static final int MIN_TYPE_TOUCHES = 30;
    private static final int MAX_TYPES = 12;
    private static final int MIN_CATEGORY_DEALS = 20;

    /** Features whose effect depends on the stage: each also enters multiplied by each stage's indicator. */
    static final List<String> INTERACTING = List.of("daysSinceTouch", "valuable30", "daysInStage");
    private static final double OWNER_PRIOR_DEALS = 20;
    private final List<String> stages;
    private final List<String> sources;
    private final List<String> types;
    /** Every feature in the order of the model's vectors: a feature may read those before it. */
    private final List<Feature> features = new ArrayList<>();

    /** One named feature and how it is read from a deal's moment (and the features read before it). */
    record Feature(String name, Reading reading) {
    }

    @FunctionalInterface
    interface Reading {
        double of(Moment moment, double[] earlier);
    }

    /** What the features of one deal at one moment are read from, looked up once per moment. */
    private record Moment(DealIndex history, Deal deal, Instant at, String stage, String source,
                          List<Activity> touches, long emptyTotal, double sinceTouch, Instant day14, Instant day30,
                          int[] ownerTouches) {
        static Moment of(DealIndex history, Deal deal, Instant at) {
            List<Activity> touches = history.touchesBefore(deal, at);
            Instant created = deal.createdAt() == null ? at : deal.createdAt();
            Instant lastTouch = touches.isEmpty() ? created : touches.get(touches.size() - 1).start();
            return new Moment(history, deal, at, stageKey(history.stageAt(deal, at)), sourceKey(deal), touches,
                    touches.stream().filter(Touches::isEmpty).count(), days(lastTouch, at),
                    at.minus(Duration.ofDays(14)), at.minus(Duration.ofDays(30)),
                    history.repTouches(deal.ownerId(), at.minus(Duration.ofDays(90)), at));
        }

        Instant created() {
            return deal.createdAt() == null ? at : deal.createdAt();
        }

        boolean hasAmount() {
            return deal.amount() != null && deal.amount().signum() > 0;
        }
    }

    private FeatureSpace(List<String> stages, List<String> sources, List<String> types) {
        this.stages = stages;
        this.sources = sources;
        this.types = types;
        stages.forEach(stage -> add("stage:" + stage, (m, x) -> stage.equals(m.stage()) ? 1 : 0));
        sources.forEach(source -> add("source:" + source, (m, x) -> source.equals(m.source()) ? 1 : 0));
        add("age", (m, x) -> Math.log1p(days(m.created(), m.at())));
        add("daysInStage", (m, x) -> Math.log1p(days(m.history().stageEnteredAt(m.deal(), m.at()), m.at())));
        add("daysSinceTouch", (m, x) -> Math.log1p(m.sinceTouch()));
        add("quiet21", (m, x) -> m.sinceTouch() >= 21 ? 1 : 0);
        add("valuable14", (m, x) -> Math.log1p(count(m.touches(), m.day14(), false)));
        add("empty14", (m, x) -> Math.log1p(count(m.touches(), m.day14(), true)));
        add("valuable30", (m, x) -> Math.log1p(count(m.touches(), m.day30(), false)));
        add("empty30", (m, x) -> Math.log1p(count(m.touches(), m.day30(), true)));
        add("advances30", (m, x) -> Math.log1p(m.history().changesBetween(m.deal(), m.day30(), m.at()).size()));
        add("amount", (m, x) -> m.hasAmount() ? Math.log1p(m.deal().amount().doubleValue()) : 0);
        add("noAmount", (m, x) -> m.hasAmount() ? 0 : 1);
        add("ownerWinRate", FeatureSpace::ownerWinRate);
        // the owner's deal touches in the last 90 days, and the empty ones among them
        add("ownerEmptyShare", (m, x) -> (m.ownerTouches()[1] + 1.0) / (m.ownerTouches()[0] + 2.0));
        add("ownerAdvancesPerTouch", (m, x) -> (m.history().repAdvances(m.deal().ownerId(), m.at().minus(Duration.ofDays(90)), m.at()) + 1.0)
                / (m.ownerTouches()[0] + 10.0));
        add("valuableTotal", (m, x) -> Math.log1p(m.touches().size() - m.emptyTotal()));
        add("emptyTotal", (m, x) -> Math.log1p(m.emptyTotal()));
        types.forEach(type -> add("type30:" + type, (m, x) -> Math.log1p(m.touches().stream()
                .filter(t -> t.type().equals(type) && !t.start().isBefore(m.day30())).count())));
        for (int stage = 0; stage < stages.size(); stage++) {
            for (String feature : INTERACTING) {
                int indicator = stage;
                int interacting = indexOf(feature);
                add(stages.get(stage) + "×" + feature, (m, x) -> x[indicator] * x[interacting]);
            }
        }
    }

    private void add(String name, Reading reading) {
        features.add(new Feature(name, reading));
    }

    private int indexOf(String name) {
        for (int index = 0; index < features.size(); index++) if (features.get(index).name().equals(name)) return index;
        throw new IllegalArgumentException("no feature " + name);
    }

    /** The owner's win rate shrunk towards the team's by 20 pseudo-deals, so a short record says little. */
    private static double ownerWinRate(Moment m, double[] earlier) {
        int[] record = m.history().ownerRecord(m.deal().ownerId(), m.at());
        int[] team = m.history().teamRecord(m.at());
        double teamRate = (team[0] + 1.0) / (team[1] + 2.0);
        return (record[0] + OWNER_PRIOR_DEALS * teamRate) / (record[1] + OWNER_PRIOR_DEALS) - teamRate;
    }

    /** Stages, sources and touch types frequent enough among the training snapshots to learn from. */
    static FeatureSpace learn(DealIndex history, List<Snapshot> training) {
        Map<String, Integer> stageCount = new HashMap<>();
        Map<String, Integer> sourceCount = new HashMap<>();
        Map<String, Integer> typeCount = new HashMap<>();
        for (Snapshot snapshot : training) {
            stageCount.merge(stageKey(history.stageAt(snapshot.deal(), snapshot.at())), 1, Integer::sum);
            sourceCount.merge(sourceKey(snapshot.deal()), 1, Integer::sum);
        }
        Set<Long> seen = new java.util.HashSet<>();
        for (Snapshot snapshot : training) {
            if (!seen.add(snapshot.deal().id())) continue;
            for (Activity touch : history.touchesBefore(snapshot.deal(), snapshot.at())) typeCount.merge(touch.type(), 1, Integer::sum);
        }
        List<String> types = typeCount.entrySet().stream().filter(e -> e.getValue() >= MIN_TYPE_TOUCHES)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(MAX_TYPES)
                .map(Map.Entry::getKey).sorted().toList();
        return new FeatureSpace(frequent(stageCount), frequent(sourceCount), types);
    }

    private static List<String> frequent(Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() >= MIN_CATEGORY_DEALS).map(Map.Entry::getKey)
                .sorted().collect(Collectors.toCollection(ArrayList::new));
    }

    static String stageKey(String stage) {
        return stage == null ? UNKNOWN : stage;
    }

    static String sourceKey(Deal deal) {
        return deal.leadSource() == null || deal.leadSource().isBlank() ? UNKNOWN : deal.leadSource();
    }

    List<String> names() {
        return features.stream().map(Feature::name).toList();
    }

    /** The raw (unstandardised) features of the deal as of the moment. */
    double[] of(DealIndex history, Deal deal, Instant at) {
        Moment moment = Moment.of(history, deal, at);
        double[] x = new double[features.size()];
        for (int index = 0; index < x.length; index++) x[index] = features.get(index).reading().of(moment, x);
        return x;
    }

    private static long count(List<Activity> touches, Instant since, boolean empty) {
        return touches.stream().filter(t -> !t.start().isBefore(since) && Touches.isEmpty(t) == empty).count();
    }

    static double days(Instant from, Instant to) {
        if (from == null) return 0;
        return Days.elapsed(from, to);
    }

    /** A deal seen at a moment while it was open. */
    record Snapshot(Deal deal, Instant at) {
    }

    static Set<String> typesOf(FeatureSpace space) {
        return new LinkedHashSet<>(space.types);
    }
}
