package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.StreamSupport;

import static dev.needle.web.RunningApi.Caller.ADMIN;
import static dev.needle.web.RunningApi.Caller.MANAGER;
import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/deals/{deal}/meetings with {@code meeting}: the outcome of a meeting booked earlier goes on that
 * activity, so the deal shows one activity per meeting, not the booking beside a second record of it.
 */
class BookedMeetingOutcomeApiTest {
    private static final String BOOK_THE_NEXT_MEETING = """
            {"start": "2026-12-01T15:00:00Z", "durationMinutes": 45, "outcome": "Agreed the pilot scope",
             "valueForBuyer": "A scope that fits their quarter", "buyerNextStep": "Name the pilot team",
             "nextMeeting": {"start": "2026-12-08T15:00:00Z", "durationMinutes": 60, "subject": "Pilot scoping"}}""";

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theOutcomeOfABookedMeetingIsRecordedOnItAndOnlyTheNextMeetingIsAdded(Backend backend) {
        FeedApiTest.MovingClock clock = new FeedApiTest.MovingClock(Instant.parse("2026-12-03T09:00:00Z"));
        try (RunningApi api = RunningApi.start(backend, clock)) {
            String d3 = String.valueOf(api.deal("d3"));
            Answer first = api.send("POST", "/api/deals/" + d3 + "/meetings", MANAGER, BOOK_THE_NEXT_MEETING);
            assertThat(first.status()).isEqualTo(201);
            JsonNode booked = first.json().path("nextMeeting");
            int activitiesBefore = api.get("/api/deals/" + d3, MANAGER).json().path("activityCount").asInt();
            assertThat(activity(api.get("/api/deals/" + d3, MANAGER).json(), booked.path("id").asLong()).path("meeting").asBoolean())
                    .as("the deal page knows the booking is a meeting").isTrue();
            clock.advance(Duration.ofDays(5).plusHours(8)); // 2026-12-08T17:00Z: the pilot scoping was held

            Answer recorded = api.send("POST", "/api/deals/" + d3 + "/meetings", MANAGER, """
                    {"meeting": "%s", "durationMinutes": 75, "outcome": "Pilot team named",
                     "valueForBuyer": "A pilot plan their CFO signs off", "buyerNextStep": "Send the pilot team's calendars",
                     "nextMeeting": {"start": "2026-12-15T15:00:00Z", "subject": "Pilot kick-off"}}""".formatted(booked.path("externalId").asText()));

            assertThat(recorded.status()).isEqualTo(201);
            assertThat(recorded.json().path("meeting").path("id").asLong()).as("the booked meeting, by its source id").isEqualTo(booked.path("id").asLong());
            JsonNode deal = api.get("/api/deals/" + d3, MANAGER).json();
            assertThat(deal.path("activityCount").asInt()).as("only the next meeting is new").isEqualTo(activitiesBefore + 1);
            JsonNode held = activity(deal, booked.path("id").asLong());
            assertThat(held.path("start").asText()).as("held when it was booked").isEqualTo("2026-12-08T15:00:00Z");
            assertThat(held.path("durationMinutes").asInt()).isEqualTo(75);
            assertThat(held.path("subject").asText()).isEqualTo("Pilot scoping");
            assertThat(held.path("outcome").asText()).isEqualTo("Pilot team named");
            assertThat(held.path("valueForBuyer").asText()).isEqualTo("A pilot plan their CFO signs off");
            assertThat(held.path("buyerNextStep").asText()).isEqualTo("Send the pilot team's calendars");
            JsonNode next = activity(deal, recorded.json().path("nextMeeting").path("id").asLong());
            assertThat(next.path("upcoming").asBoolean()).isTrue();
            assertThat(next.path("durationMinutes").asInt()).as("as long as the meeting held").isEqualTo(75);
            assertThat(api.get("/api/deals/" + d3, MANAGER).body()).as("a freshly started server answers the same")
                    .isEqualTo(api.getFromAFreshServer("/api/deals/" + d3, MANAGER).body());

            JsonNode audit = StreamSupport.stream(api.get("/api/audit", ADMIN).json().path("records").spliterator(), false)
                    .filter(record -> record.path("change").path("records").get(0).has("before")).findFirst().orElseThrow();
            assertThat(audit.path("action").asText()).isEqualTo("meeting.recorded");
            JsonNode update = audit.path("change").path("records").get(0);
            assertThat(update.path("before").has("valueForBuyer")).as("had none").isTrue();
            assertThat(update.path("after").path("valueForBuyer").asText()).isEqualTo("A pilot plan their CFO signs off");

            Answer again = api.send("POST", "/api/deals/" + d3 + "/meetings", MANAGER, """
                    {"meeting": "%d", "outcome": "Pilot team named", "valueForBuyer": "Again", "buyerNextStep": "Again",
                     "nextMeeting": {"start": "2026-12-16T15:00:00Z"}}""".formatted(booked.path("id").asLong()));
            assertThat(again.status()).as("recorded twice: refused, not a third meeting").isEqualTo(409);
            assertThat(again.json().path("fields").has("meeting")).isTrue();
            assertThat(api.get("/api/deals/" + d3, MANAGER).json().path("activityCount").asInt()).isEqualTo(activitiesBefore + 1);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aMeetingOfAnotherDealIsRefusedNamingTheFieldAndNothingIsStored(Backend backend) {
        FeedApiTest.MovingClock clock = new FeedApiTest.MovingClock(Instant.parse("2026-12-03T09:00:00Z"));
        try (RunningApi api = RunningApi.start(backend, clock)) {
            String d3 = String.valueOf(api.deal("d3"));
            String before = api.get("/api/deals/" + d3, MANAGER).body();
            String d1Before = api.get("/api/deals/" + api.deal("d1"), MANAGER).body();
            int audited = api.get("/api/audit", ADMIN).json().path("records").size();
            String outcomeOfX1 = """
                    {"meeting": "x1", "outcome": "Held", "valueForBuyer": "A plan", "buyerNextStep": "Approve it",
                     "nextMeeting": {"start": "2026-12-10T15:00:00Z"}}""";

            Answer refused = api.send("POST", "/api/deals/" + d3 + "/meetings", MANAGER, outcomeOfX1);

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().path("fields").path("meeting").asText()).contains("deal " + api.deal("d1"));
            assertThat(api.get("/api/deals/" + d3, MANAGER).body()).isEqualTo(before);
            assertThat(api.get("/api/deals/" + api.deal("d1"), MANAGER).body()).isEqualTo(d1Before);
            assertThat(api.get("/api/audit", ADMIN).json().path("records").size()).isEqualTo(audited);
            assertThat(api.getFromAFreshServer("/api/deals/" + d3, MANAGER).body()).as("nothing stored").isEqualTo(before);

            Answer unseen = api.send("POST", "/api/deals/" + api.deal("d1") + "/meetings", REP, outcomeOfX1.replace("x1", "x4"));
            assertThat(unseen.status()).as("a meeting on a deal the rep may not see, like one that does not exist").isEqualTo(404);
            assertThat(unseen.json().path("fields").has("meeting")).isTrue();
            Answer notAMeeting = api.send("POST", "/api/deals/" + api.deal("d1") + "/meetings", REP, outcomeOfX1.replace("x1", "x2"));
            assertThat(notAMeeting.status()).as("x2 is a call").isEqualTo(422);
            assertThat(notAMeeting.json().path("fields").path("meeting").asText()).contains("Call");
        }
    }

    private static JsonNode activity(JsonNode deal, long id) {
        return StreamSupport.stream(deal.path("activities").spliterator(), false)
                .filter(activity -> activity.path("id").asLong() == id).findFirst().orElseThrow();
    }
}
