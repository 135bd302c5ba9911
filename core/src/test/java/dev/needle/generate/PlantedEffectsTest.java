package dev.needle.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planted effects show in the written files, read back as a later feature would read them. */
class PlantedEffectsTest {
    @TempDir
    static Path smallDirectory;
    @TempDir
    static Path teamDirectory;
    static GeneratedOrg small;
    static GeneratedOrg team;
    static List<NamedCsvRecord> smallActivities;
    static List<NamedCsvRecord> teamActivities;

    @BeforeAll
    static void generate() throws IOException {
        small = GeneratedOrg.generate(new GeneratorSettings(8, 120, 5L), smallDirectory);
        team = GeneratedOrg.generate(new GeneratorSettings(40, 120, 6L), teamDirectory);
        smallActivities = loggedActivities(small);
        teamActivities = loggedActivities(team);
    }

    @Test
    void plantedEmptyShareShowsInTheTasks() throws IOException {
        Map<String, int[]> touchesByRep = new TreeMap<>(); // rep id -> {deal touches, empty ones}
        for (NamedCsvRecord activity : smallActivities) {
            if (!activity.getField("WhatId").startsWith("006") || activity.getField("WhoId").isEmpty()) continue;
            int[] counts = touchesByRep.computeIfAbsent(activity.getField("OwnerId"), rep -> new int[2]);
            counts[0]++;
            if (activity.getField("Value_for_Buyer__c").isEmpty()) counts[1]++;
        }
        JsonNode planted = small.planted().get("repEmptyTouchShare");

        assertThat(touchesByRep.keySet()).hasSize(8).allMatch(planted::has);
        touchesByRep.forEach((rep, counts) -> {
            assertThat(counts[0]).isGreaterThan(300);
            assertThat(counts[1] / (double) counts[0]).as(rep).isCloseTo(planted.get(rep).asDouble(), within(0.05));
        });
    }

    @Test
    void busyRepsLogMoreActivitiesAndWinLess() throws IOException {
        Set<String> busy = new HashSet<>();
        team.planted().get("busyNotProductiveReps").forEach(id -> busy.add(id.asText()));
        Map<String, Integer> activities = new TreeMap<>();
        Map<String, Integer> wins = new TreeMap<>();
        for (NamedCsvRecord activity : teamActivities) activities.merge(activity.getField("OwnerId"), 1, Integer::sum);
        for (NamedCsvRecord deal : team.rows("Opportunity.csv")) {
            if (GeneratedOrg.isTrue(deal.getField("IsWon"))) wins.merge(deal.getField("OwnerId"), 1, Integer::sum);
        }

        assertThat(busy).hasSize(6);
        List<String> others = team.reps().stream().map(rep -> rep.getField("Id")).filter(id -> !busy.contains(id)).toList();
        double busyVolume = mean(busy, activities);
        double otherVolume = mean(others, activities);
        assertThat(busyVolume / otherVolume).isBetween(1.4, 2.1);
        assertThat(mean(busy, wins)).isLessThan(0.6 * mean(others, wins));
    }

    @Test
    void repsStartTheirDaysWithProspectingAsPlanted() throws IOException {
        Map<String, ZoneId> zones = team.zoneByUser();
        Map<String, String[]> firstOfDay = new TreeMap<>(); // rep|date -> {instant, type}
        for (NamedCsvRecord activity : teamActivities) {
            String owner = activity.getField("OwnerId");
            String at = activity.findField("CompletedDateTime").orElseGet(() -> GeneratedOrg.start(activity));
            Instant instant = GeneratedOrg.instant(at);
            String key = owner + "|" + instant.atZone(zones.get(owner)).toLocalDate();
            String[] first = firstOfDay.get(key);
            if (first == null || instant.isBefore(Instant.parse(first[0]))) {
                firstOfDay.put(key, new String[] {instant.toString(), activity.getField("Type")});
            }
        }
        Set<String> prospecting = Set.of("Prospecting Call", "Prospecting Email", "LinkedIn Message", "Discovery Meeting");
        Map<String, int[]> days = new TreeMap<>();
        firstOfDay.forEach((key, first) -> {
            int[] counts = days.computeIfAbsent(key.substring(0, key.indexOf('|')), rep -> new int[2]);
            counts[0]++;
            if (prospecting.contains(first[1])) counts[1]++;
        });
        JsonNode planted = team.planted().get("repStartsWithProspectingShare");

        double totalDifference = 0;
        for (Map.Entry<String, int[]> rep : days.entrySet()) {
            double measured = rep.getValue()[1] / (double) rep.getValue()[0];
            totalDifference += Math.abs(measured - planted.get(rep.getKey()).asDouble());
        }
        assertThat(days).hasSize(40);
        assertThat(totalDifference / days.size()).isLessThan(0.07);
    }

    @Test
    void plantedEffectsStateTheDocumentedNumbers() throws IOException {
        JsonNode planted = team.planted();

        assertThat(planted.get("seed").asLong()).isEqualTo(6L);
        assertThat(planted.get("until").asText()).isEqualTo("2025-06-30");
        assertThat(planted.get("opportunityPerTouch").get("Prospecting Call").asDouble()).isEqualTo(0.06);
        assertThat(planted.get("opportunityPerTouch").get("Discovery Meeting").asDouble()).isEqualTo(0.15);
        assertThat(planted.get("opportunityPerTouch").get("LinkedIn Message").asDouble()).isZero();
        assertThat(planted.get("advancePerValuableTouch").get("Voicemail").asDouble()).isZero();
        assertThat(planted.get("emptyTouchFactor").asDouble()).isEqualTo(0.25);
        List<String> noEffect = new ArrayList<>();
        planted.get("noEffectTypes").forEach(type -> noEffect.add(type.asText()));
        assertThat(noEffect).contains("LinkedIn Message", "Voicemail", "CRM Update", "Internal Meeting", "Social Media");
        List<Double> shares = new ArrayList<>();
        planted.get("repEmptyTouchShare").forEach(share -> shares.add(share.asDouble()));
        assertThat(shares).hasSize(40).contains(0.05, 0.6).allMatch(share -> share >= 0.05 && share <= 0.6);
        assertThat(planted.get("repStartsWithProspectingShare").size()).isEqualTo(40);
    }

    @Test
    void dealHygieneGroundTruthMatchesTheOpenTasks() throws IOException {
        JsonNode planted = team.planted();
        Set<String> withoutNextAction = texts(planted.get("openDealsWithoutNextAction"));
        Set<String> overdue = texts(planted.get("overdueNextActions"));
        Set<String> withoutValue = texts(planted.get("nextActionsWithoutBuyerValue"));
        Map<String, Integer> openTasksByDeal = new TreeMap<>();
        for (NamedCsvRecord task : team.rows("Task.csv")) {
            if (GeneratedOrg.isTrue(task.getField("IsClosed"))) continue;
            openTasksByDeal.merge(task.getField("WhatId"), 1, Integer::sum);
            boolean late = GeneratedOrg.date(task.getField("ActivityDate")).isBefore(team.settings().until());
            assertThat(overdue.contains(task.getField("Id"))).isEqualTo(late);
            assertThat(withoutValue.contains(task.getField("Id"))).isEqualTo(task.getField("Value_for_Buyer__c").isEmpty());
        }
        List<String> openDeals = team.rows("Opportunity.csv").stream()
                .filter(deal -> !GeneratedOrg.isTrue(deal.getField("IsClosed"))).map(deal -> deal.getField("Id")).toList();

        assertThat(withoutNextAction).isNotEmpty();
        assertThat(overdue).isNotEmpty();
        assertThat(withoutValue).isNotEmpty();
        for (String deal : openDeals) {
            assertThat(openTasksByDeal.getOrDefault(deal, 0)).as(deal).isEqualTo(withoutNextAction.contains(deal) ? 0 : 1);
        }
    }

    @Test
    void activitiesHappenInWorkingHoursOutsideLunch() throws IOException {
        Map<String, ZoneId> zones = small.zoneByUser();
        for (NamedCsvRecord activity : smallActivities) {
            String at = activity.findField("CompletedDateTime").orElseGet(() -> GeneratedOrg.start(activity));
            LocalTime local = GeneratedOrg.instant(at).atZone(zones.get(activity.getField("OwnerId")))
                    .toLocalTime();
            assertThat(local).isAfterOrEqualTo(LocalTime.of(8, 30)).isBeforeOrEqualTo(LocalTime.of(20, 0));
            assertThat(local.isAfter(LocalTime.of(12, 0)) && local.isBefore(LocalTime.of(13, 0)))
                    .as(activity.getField("Id") + " at " + local).isFalse();
        }
    }

    private static List<NamedCsvRecord> loggedActivities(GeneratedOrg org) throws IOException {
        return Stream.concat(org.rows("Task.csv").stream(), org.rows("Event.csv").stream()).filter(org::logged).toList();
    }

    private static double mean(Iterable<String> reps, Map<String, Integer> counts) {
        int total = 0;
        int number = 0;
        for (String rep : reps) {
            total += counts.getOrDefault(rep, 0);
            number++;
        }
        return total / (double) number;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
