package dev.needle.predict;

import dev.needle.domain.Activity;
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
    private final List<String> names = new ArrayList<>();

    private FeatureSpace(List<String> stages, List<String> sources, List<String> types) {
        this.stages = stages;
        this.sources = sources;
        this.types = types;
        stages.forEach(stage -> names.add("stage:" + stage));
        sources.forEach(source -> names.add("source:" + source));
        names.addAll(List.of("age", "daysInStage", "daysSinceTouch", "quiet21", "valuable14", "empty14",
                "valuable30", "empty30", "advances30", "amount", "noAmount", "ownerWinRate", "ownerEmptyShare", "ownerAdvancesPerTouch", "valuableTotal", "emptyTotal"));
        types.forEach(type -> names.add("type30:" + type));
        for (String stage : stages) for (String feature : INTERACTING) names.add(stage + "×" + feature);
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
        return List.copyOf(names);
    }

    /** The raw (unstandardised) features of the deal as of the moment. */
    double[] of(DealIndex history, Deal deal, Instant at) {
        double[] x = new double[names.size()];
        int index = 0;
        String stage = stageKey(history.stageAt(deal, at));
        for (String known : stages) x[index++] = known.equals(stage) ? 1 : 0;
        String source = sourceKey(deal);
        for (String known : sources) x[index++] = known.equals(source) ? 1 : 0;
        List<Activity> touches = history.touchesBefore(deal, at);
        Instant created = deal.createdAt() == null ? at : deal.createdAt();
        Instant lastTouch = touches.isEmpty() ? created : touches.get(touches.size() - 1).start();
        double sinceTouch = days(lastTouch, at);
        x[index++] = Math.log1p(days(created, at));
        x[index++] = Math.log1p(days(history.stageEnteredAt(deal, at), at));
        x[index++] = Math.log1p(sinceTouch);
        x[index++] = sinceTouch >= 21 ? 1 : 0;
        Instant day14 = at.minus(Duration.ofDays(14));
        Instant day30 = at.minus(Duration.ofDays(30));
        x[index++] = Math.log1p(count(touches, day14, false));
        x[index++] = Math.log1p(count(touches, day14, true));
        x[index++] = Math.log1p(count(touches, day30, false));
        x[index++] = Math.log1p(count(touches, day30, true));
        x[index++] = Math.log1p(history.changesBetween(deal, day30, at).size());
        boolean hasAmount = deal.amount() != null && deal.amount().signum() > 0;
        x[index++] = hasAmount ? Math.log1p(deal.amount().doubleValue()) : 0;
        x[index++] = hasAmount ? 0 : 1;
        int[] record = history.ownerRecord(deal.ownerId(), at);
        int[] team = history.teamRecord(at);
        double teamRate = (team[0] + 1.0) / (team[1] + 2.0);
        // shrunk towards the team's rate by 20 pseudo-deals, so a short record says little
        x[index++] = (record[0] + OWNER_PRIOR_DEALS * teamRate) / (record[1] + OWNER_PRIOR_DEALS) - teamRate;
        int[] ownerTouches = history.repTouches(deal.ownerId(), at.minus(Duration.ofDays(90)), at);
        x[index++] = (ownerTouches[1] + 1.0) / (ownerTouches[0] + 2.0);
        x[index++] = (history.repAdvances(deal.ownerId(), at.minus(Duration.ofDays(90)), at) + 1.0) / (ownerTouches[0] + 10.0);
        long emptyTotal = touches.stream().filter(Touches::isEmpty).count();
        x[index++] = Math.log1p(touches.size() - emptyTotal);
        x[index++] = Math.log1p(emptyTotal);
        for (String type : types) {
            long n = touches.stream().filter(t -> t.type().equals(type) && !t.start().isBefore(day30)).count();
            x[index++] = Math.log1p(n);
        }
        int[] interacting = INTERACTING.stream().mapToInt(names::indexOf).toArray();
        for (int s = 0; s < stages.size(); s++) for (int feature : interacting) x[index++] = x[s] * x[feature];
        return x;
    }

    private static long count(List<Activity> touches, Instant since, boolean empty) {
        return touches.stream().filter(t -> !t.start().isBefore(since) && Touches.isEmpty(t) == empty).count();
    }

    static double days(Instant from, Instant to) {
        if (from == null) return 0;
        return Math.max(0, Duration.between(from, to).toSeconds() / 86_400.0);
    }

    /** A deal seen at a moment while it was open. */
    record Snapshot(Deal deal, Instant at) {
    }

    static Set<String> typesOf(FeatureSpace space) {
        return new LinkedHashSet<>(space.types);
    }
}
