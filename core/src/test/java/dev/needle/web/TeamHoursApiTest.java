package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.needle.web.RunningApi.Caller.ADMIN;
import static dev.needle.web.RunningApi.Caller.MANAGER;
import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET/PUT /api/teams/{team}/hours on every store: a team's default hours, set by an admin or a manager who sees the
 * whole team, are what its reps without hours of their own work by. Mia manages East (herself and Ron); Eve sells in West.
 */
class TeamHoursApiTest {
    private static final String EAST_HOURS = """
            {"days": "mon-thu", "from": "09:00", "to": "17:00", "holidays": "us-ny"}""";

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aTeamDefaultSetOverTheApiIsWhatARepOfTheTeamWithoutOwnHoursWorksBy(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, WorkingHoursApiTest.NOVEMBER)) {
            long ron = api.rep(TestOrg.RON);
            JsonNode before = api.get("/api/teams/East/hours", MANAGER).json();

            Answer put = api.send("PUT", "/api/teams/east/hours", MANAGER, EAST_HOURS);
            JsonNode ronsHours = api.get("/api/reps/" + ron + "/hours", REP).json();

            assertThat(before.path("source").asText()).isEqualTo("default");
            assertThat(before.path("days").asText()).isEqualTo("mon-fri");
            assertThat(put.status()).as(put.body()).isEqualTo(200);
            assertThat(put.json().path("team").asText()).as("as the reps' records spell it").isEqualTo("East");
            assertThat(put.json().path("source").asText()).isEqualTo("team");
            assertThat(api.get("/api/teams/East/hours", ADMIN).json()).isEqualTo(put.json());
            assertThat(ronsHours.path("source").asText()).isEqualTo("team");
            assertThat(ronsHours.path("days").asText()).isEqualTo("mon-thu");
            assertThat(ronsHours.path("from").asText()).isEqualTo("09:00");
            assertThat(ronsHours.path("to").asText()).isEqualTo("17:00");
            assertThat(ronsHours.path("holidays").asText()).isEqualTo("us-ny");
            assertThat(api.get("/api/reps/" + api.rep(TestOrg.EVE) + "/hours", ADMIN).json().path("source").asText())
                    .as("West keeps the default").isEqualTo("default");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aTeamsHoursAreAuditedAsHoursSetWithScopeTeamAndWhatChanged(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, WorkingHoursApiTest.NOVEMBER)) {
            assertThat(api.send("PUT", "/api/teams/East/hours", MANAGER, EAST_HOURS).status()).isEqualTo(200);
            assertThat(api.send("PUT", "/api/teams/East/hours", ADMIN, """
                    {"days": "mon-thu", "from": "08:00", "to": "17:00", "holidays": "us-ny"}""").status()).isEqualTo(200);

            JsonNode records = api.get("/api/audit", ADMIN).json().path("records");

            assertThat(records).hasSize(2);
            JsonNode first = records.get(0);
            assertThat(first.path("action").asText()).isEqualTo("hours.set");
            assertThat(first.path("actor").path("email").asText()).isEqualTo(TestOrg.MIA);
            assertThat(first.path("actor").path("route").asText()).isEqualTo("PUT /api/teams/{team}/hours");
            assertThat(first.path("records").get(0).asText()).isEqualTo("work_schedule team East");
            assertThat(first.path("change").path("scope").asText()).isEqualTo("team");
            assertThat(first.path("change").path("team").asText()).isEqualTo("East");
            assertThat(first.path("change").path("created").path("days").asText()).isEqualTo("mon-thu");
            JsonNode second = records.get(1).path("change");
            assertThat(records.get(1).path("actor").path("role").asText()).isEqualTo("admin");
            assertThat(second.path("before")).as("only what changed").hasSize(1);
            assertThat(second.path("before").path("from").asText()).isEqualTo("09:00");
            assertThat(second.path("after").path("from").asText()).isEqualTo("08:00");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void onlyAdminsAndManagersOfTheWholeTeamReachItAndBadHoursStoreNothing(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, WorkingHoursApiTest.NOVEMBER)) {
            assertThat(api.send("PUT", "/api/teams/East/hours", REP, EAST_HOURS).status()).as("a rep").isEqualTo(403);
            assertThat(api.send("PUT", "/api/teams/West/hours", MANAGER, EAST_HOURS).status()).as("not Mia's team").isEqualTo(404);
            assertThat(api.get("/api/teams/West/hours", MANAGER).status()).isEqualTo(404);
            Answer nowhere = api.send("PUT", "/api/teams/Nowhere/hours", ADMIN, EAST_HOURS);
            assertThat(nowhere.status()).as("no rep belongs to it").isEqualTo(404);
            assertThat(nowhere.body()).contains("no team Nowhere");
            assertThat(api.get("/api/teams/Nowhere/hours", ADMIN).status()).isEqualTo(404);

            Answer lateStart = api.send("PUT", "/api/teams/East/hours", MANAGER, """
                    {"from": "25:00"}""");
            Answer atlantis = api.send("PUT", "/api/teams/East/hours", ADMIN, """
                    {"holidays": "atlantis"}""");

            assertThat(lateStart.status()).isEqualTo(422);
            assertThat(lateStart.json().path("fields").has("from")).as(lateStart.body()).isTrue();
            assertThat(atlantis.status()).isEqualTo(422);
            assertThat(atlantis.json().path("fields").has("holidays")).as(atlantis.body()).isTrue();
            assertThat(api.get("/api/teams/East/hours", ADMIN).json().path("source").asText()).as("nothing stored").isEqualTo("default");
            assertThat(api.get("/api/audit", ADMIN).json().path("records")).isEmpty();
        }
    }
}
