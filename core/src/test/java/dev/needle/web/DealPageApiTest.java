package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.domain.Activity;
import dev.needle.store.WorkLog;
import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;

import static dev.needle.web.RunningApi.Caller.ADMIN;
import static dev.needle.web.RunningApi.Caller.MANAGER;
import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/deals/{deal}: one deal as its page shows it, so the page need not scan the owner's plan. */
class DealPageApiTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aDealComesWithItsFlagsOpenNextActionAndLatestActivitiesNewestFirst(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOW)) {
            JsonNode deal = api.get("/api/deals/" + api.deal("d1"), REP).json();

            assertThat(deal.path("name").asText()).isEqualTo("Acme rollout");
            assertThat(deal.path("owner").path("name").asText()).isEqualTo("Ron Rep");
            assertThat(deal.path("account").path("name").asText()).isEqualTo("Acme");
            assertThat(deal.path("stage").asText()).isEqualTo("Proposal");
            assertThat(deal.path("open").asBoolean()).isTrue();
            assertThat(texts(deal.path("flags"))).isEqualTo(texts(listed(api.get("/api/deals", REP), "d1").path("flags")));
            assertThat(deal.path("nextAction").path("what").asText()).isEqualTo("Send the rollout plan");
            assertThat(deal.path("nextAction").path("valueForBuyer").asText()).isEqualTo("A plan they can take to the board");
            assertThat(deal.path("activities")).extracting(activity -> activity.path("externalId").asText()).containsExactly("x2", "x1");
            assertThat(deal.path("activities").get(1).path("valueForBuyer").asText()).isEqualTo("Benchmark of peers");
            assertThat(deal.path("activityCount").asInt()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theSourceSystemsIdFindsTheSameDeal(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOW)) {
            assertThat(api.get("/api/deals/d1", REP).body()).isEqualTo(api.get("/api/deals/" + api.deal("d1"), REP).body());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aDealTheCallerMayNotSeeIsAnsweredLikeOneThatDoesNotExist(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOW)) {
            Answer others = api.get("/api/deals/" + api.deal("d4"), REP);
            Answer none = api.get("/api/deals/999999", REP);

            assertThat(others.status()).isEqualTo(404);
            assertThat(none.status()).isEqualTo(404);
            assertThat(others.body()).doesNotContain("Initech");
            assertThat(api.get("/api/deals/d4", MANAGER).status()).as("by the source id too").isEqualTo(404);
            assertThat(api.get("/api/deals/d4", ADMIN).status()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aClosedDealIsShownClosedWithoutFlags(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOW)) {
            JsonNode deal = api.get("/api/deals/d2", REP).json();

            assertThat(deal.path("open").asBoolean()).isFalse();
            assertThat(deal.path("outcome").asText()).isEqualTo("WON");
            assertThat(deal.path("flags")).isEmpty();
            assertThat(deal.path("nextAction").isNull()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void whatARepWritesOnADealShowsOnItAtOnceTheNextMeetingAsUpcoming(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOW)) {
            String d3 = String.valueOf(api.deal("d3"));
            api.get("/api/deals/" + d3, MANAGER);
            assertThat(api.send("POST", "/api/activities", MANAGER, """
                    {"type": "Call", "start": "2026-12-02T10:00:00Z", "durationMinutes": 30, "dealId": %s,
                     "valueForBuyer": "Their peers' rollout costs", "buyerNextStep": "Share their current costs"}""".formatted(d3)).status())
                    .isEqualTo(201);
            assertThat(api.send("POST", "/api/deals/" + d3 + "/meetings", MANAGER, """
                    {"start": "2026-12-02T15:00:00Z", "durationMinutes": 45, "outcome": "Agreed the pilot scope",
                     "valueForBuyer": "A scope that fits their quarter", "buyerNextStep": "Name the pilot team",
                     "nextMeeting": {"start": "2026-12-10T15:00:00Z", "durationMinutes": 60, "subject": "Pilot kick-off"}}""").status())
                    .isEqualTo(201);

            JsonNode deal = api.get("/api/deals/" + d3, MANAGER).json();

            assertThat(deal.path("activities")).extracting(activity -> activity.path("subject").asText() + "|" + activity.path("outcome").asText()
                            + "|" + activity.path("upcoming").asBoolean())
                    .startsWith("Pilot kick-off|null|true", "null|Agreed the pilot scope|false", "null|null|false");
            assertThat(deal.path("activities").get(2).path("valueForBuyer").asText()).isEqualTo("Their peers' rollout costs");
            assertThat(texts(deal.path("flags"))).doesNotContain("NO_NEXT_MEETING");
            assertThat(deal.path("activityCount").asInt()).isEqualTo(4);
            assertThat(deal.toString()).isEqualTo(api.getFromAFreshServer("/api/deals/" + d3, MANAGER).json().toString());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aMeetingWithoutValueForTheBuyerIsRefusedNamingTheFieldAndNothingIsStored(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOW)) {
            Answer refused = api.send("POST", "/api/deals/" + api.deal("d3") + "/meetings", MANAGER, """
                    {"start": "2026-12-02T15:00:00Z", "outcome": "Agreed the pilot scope", "valueForBuyer": "  ",
                     "buyerNextStep": "Name the pilot team", "nextMeeting": {"start": "2026-12-10T15:00:00Z"}}""");

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().path("fields").path("valueForBuyer").asText()).contains("what the buyer got");
            assertThat(api.needle().store().dataset().activities()).noneMatch(activity -> activity.source().equals(WorkLog.SOURCE));
            assertThat(api.get("/api/deals/d3", MANAGER).json().path("activityCount").asInt()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theActivityTypesAreTheCataloguesWithTheirDefaultLength(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOW)) {
            JsonNode types = api.get("/api/activity-types", REP).json().path("types");

            List<String> names = StreamSupport.stream(types.spliterator(), false).map(type -> type.path("name").asText()).toList();
            assertThat(names).contains("Call", "Meeting", "Email").doesNotHaveDuplicates();
            assertThat(names).hasSize(api.needle().catalog().entries().size());
            assertThat(StreamSupport.stream(types.spliterator(), false)).allMatch(type -> type.path("defaultMinutes").asInt() > 0);
        }
    }

    private static JsonNode listed(Answer deals, String externalId) {
        return StreamSupport.stream(deals.json().path("deals").spliterator(), false)
                .filter(node -> node.path("externalId").asText().equals(externalId)).findFirst().orElseThrow();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
