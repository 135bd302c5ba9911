package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.domain.Activity;
import dev.needle.domain.NextAction;
import dev.needle.store.WorkLog;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;

import static dev.needle.web.RunningApi.Caller.MANAGER;
import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/** What a rep writes through the API is stored as Needle's own records and shows at once in what the API reads. */
class DailyWritesTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);

    /**
     * The server recomputes only the units a write touched (LiveAnalyses); a server that reads everything again
     * agrees. (The value model learned before the writes is carried over; this org has too few touches to learn
     * one either way, so the report's value classes cannot differ here.)
     */
    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void afterWritesTheReportDealsAndFunnelAreThoseOfAServerThatReadsEverythingAgain(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOW)) {
            String d3 = String.valueOf(api.deal("d3"));
            String before = api.get("/api/report", MANAGER).body();
            api.get("/api/deals", MANAGER);
            api.get("/api/forecast", MANAGER);

            assertThat(api.send("POST", "/api/activities", MANAGER, """
                    {"type": "Call", "start": "2026-12-02T10:00:00Z", "durationMinutes": 30, "dealId": %s,
                     "valueForBuyer": "Their peers' rollout costs", "buyerNextStep": "Share their current costs"}""".formatted(d3)).status())
                    .isEqualTo(201);
            assertThat(api.send("PUT", "/api/deals/" + d3 + "/next-action", MANAGER, """
                    {"what": "Send the savings model", "due": "2026-12-04",
                     "valueForBuyer": "Their own numbers in the model", "buyerNextStep": "Share a year of usage data"}""").status())
                    .isEqualTo(200);
            assertThat(api.send("POST", "/api/activities", REP, """
                    {"type": "Email", "start": "2026-12-02T11:00:00Z", "durationMinutes": 5}""").status()).isEqualTo(201);

            // the forecast and coaching use the models learned before the writes: none of the writes closed a deal
            // and this org is too thin for a value model, so the models a fresh read learns are the same
            for (String path : List.of("/api/report", "/api/deals", "/api/report?from=2026-11-01&to=2026-12-02", "/api/forecast",
                    "/api/coach")) {
                assertThat(api.get(path, MANAGER).body()).as(path).isEqualTo(api.getFromAFreshServer(path, MANAGER).body());
            }
            assertThat(api.get("/api/report", MANAGER).body()).as("the writes show in the report").isNotEqualTo(before);
            assertThat(flags(api.get("/api/deals", MANAGER), "d3")).doesNotContain("NO_NEXT_ACTION");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void settingANextActionClearsTheDealsNoNextActionFlag(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            String d3 = String.valueOf(api.deal("d3"));
            assertThat(flags(api.get("/api/deals", MANAGER), "d3")).contains("NO_NEXT_ACTION");

            Answer answer = api.send("PUT", "/api/deals/" + d3 + "/next-action", MANAGER, """
                    {"what": "Send the savings model", "due": "2026-12-04",
                     "valueForBuyer": "Their own numbers in the model", "buyerNextStep": "Share a year of usage data"}""");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(flags(api.get("/api/deals", MANAGER), "d3")).doesNotContain("NO_NEXT_ACTION");
            List<NextAction> stored = openActions(api, api.deal("d3"));
            assertThat(stored).singleElement().satisfies(action -> {
                assertThat(action.source()).isEqualTo(WorkLog.SOURCE);
                assertThat(action.due()).isEqualTo(LocalDate.parse("2026-12-04"));
                assertThat(action.valueForBuyer()).isEqualTo("Their own numbers in the model");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void reschedulingMovesTheOneOpenNextActionAndCompletingClosesIt(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            String d1 = String.valueOf(api.deal("d1"));
            Answer moved = api.send("PUT", "/api/deals/" + d1 + "/next-action", REP, """
                    {"what": "Send the rollout plan", "due": "2026-12-09",
                     "valueForBuyer": "A plan they can take to the board", "buyerNextStep": "Approve the plan"}""");

            assertThat(moved.json().path("externalId").asText()).as("the imported action, rescheduled in place").isEqualTo("n1");
            assertThat(openActions(api, api.deal("d1"))).singleElement()
                    .satisfies(action -> assertThat(action.due()).isEqualTo(LocalDate.parse("2026-12-09")));

            assertThat(api.send("POST", "/api/deals/" + d1 + "/next-action/complete", REP, null).status()).isEqualTo(200);
            assertThat(openActions(api, api.deal("d1"))).isEmpty();
            assertThat(flags(api.get("/api/deals", REP), "d1")).contains("NO_NEXT_ACTION");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aMeetingRecordedWithTheNextOneBookedClearsNoNextMeetingAndBlocksTheRepsCalendar(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            String d3 = String.valueOf(api.deal("d3"));
            assertThat(flags(api.get("/api/deals", MANAGER), "d3")).contains("NO_NEXT_MEETING");

            Answer answer = api.send("POST", "/api/deals/" + d3 + "/meetings", MANAGER, """
                    {"start": "2026-11-20T15:00:00Z", "durationMinutes": 45, "outcome": "Agreed the pilot scope",
                     "valueForBuyer": "A scope that fits their quarter", "buyerNextStep": "Name the pilot team",
                     "nextMeeting": {"start": "2099-03-02T15:00:00Z", "durationMinutes": 60, "subject": "Pilot kick-off"}}""");

            assertThat(answer.status()).isEqualTo(201);
            assertThat(flags(api.get("/api/deals", MANAGER), "d3")).doesNotContain("NO_NEXT_MEETING");
            List<Activity> logged = api.needle().store().dataset().activities().stream()
                    .filter(activity -> activity.source().equals(WorkLog.SOURCE)).toList();
            assertThat(logged).extracting(Activity::outcome).containsExactlyInAnyOrder("Agreed the pilot scope", null);
            JsonNode plan = api.get("/api/reps/" + api.rep(TestOrg.MIA) + "/plan?date=2099-03-02", MANAGER).json();
            assertThat(plan.path("meetings")).extracting(meeting -> meeting.path("summary").asText()).contains("Pilot kick-off");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void anActivityLoggedThroughTheApiSurvivesAReimportOfTheCrm(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            Answer logged = api.send("POST", "/api/activities", REP, """
                    {"type": "Call", "start": "2026-11-20T15:00:00Z", "durationMinutes": 20, "dealId": %d,
                     "valueForBuyer": "Answers on security", "buyerNextStep": "Send the questionnaire"}""".formatted(api.deal("d1")));
            assertThat(logged.status()).isEqualTo(201);
            assertThat(logged.json().path("repId").asLong()).isEqualTo(api.rep(TestOrg.RON));

            assertThat(Imports.run(api.needle(), Imports.allOrNothing(), TestOrg.write()).committed()).isTrue();

            assertThat(api.needle().store().dataset().activities()).filteredOn(activity -> activity.source().equals(WorkLog.SOURCE))
                    .singleElement().satisfies(activity -> {
                        assertThat(activity.externalId()).isEqualTo(logged.json().path("externalId").asText());
                        assertThat(activity.accountId()).as("the deal's account").isNotNull();
                    });
        }
    }

    private static List<String> flags(Answer deals, String externalId) {
        JsonNode deal = StreamSupport.stream(deals.json().path("deals").spliterator(), false)
                .filter(node -> node.path("externalId").asText().equals(externalId)).findFirst().orElseThrow();
        return StreamSupport.stream(deal.path("flags").spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<NextAction> openActions(RunningApi api, long dealId) {
        return api.needle().store().dataset().nextActions().stream()
                .filter(action -> action.dealId() == dealId && action.status() == NextAction.Status.OPEN).toList();
    }
}
