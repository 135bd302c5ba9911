package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static dev.needle.web.RunningApi.Caller.ADMIN;
import static dev.needle.web.RunningApi.Caller.MANAGER;
import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET/PUT /api/reps/{id}/hours on every store: a rep sets their own hours and holidays, a manager those of the reps
 * they see; the plan then keeps them (Ron in New York keeps the New York holidays).
 */
class WorkingHoursApiTest {
    static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRepSetsTheirOwnHoursAndTheirPlanKeepsThemAndTheirHolidays(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOVEMBER)) {
            long ron = api.rep(TestOrg.RON);
            JsonNode before = api.get("/api/reps/" + ron + "/hours", REP).json();
            Answer planBefore = api.get("/api/reps/" + ron + "/plan?date=2026-11-25", REP);

            Answer put = api.send("PUT", "/api/reps/" + ron + "/hours", REP, """
                    {"days": "mon-fri", "from": "08:00", "to": "16:00", "holidays": "us-ny"}""");
            JsonNode after = api.get("/api/reps/" + ron + "/hours", REP).json();
            JsonNode wednesday = api.get("/api/reps/" + ron + "/plan?date=2026-11-25", REP).json();
            JsonNode thanksgiving = api.get("/api/reps/" + ron + "/plan?date=2026-11-26", REP).json();

            assertThat(before.get("source").asText()).isEqualTo("default");
            assertThat(before.get("days").asText()).isEqualTo("mon-fri");
            assertThat(before.get("from").asText()).isEqualTo("08:30");
            assertThat(before.get("holidays").isNull()).isTrue();
            assertThat(planBefore.json().get("blocks").get(0).get("start").asText()).isEqualTo("2026-11-25T08:30-05:00");
            assertThat(put.status()).as(put.body()).isEqualTo(200);
            assertThat(put.json().get("source").asText()).isEqualTo("rep");
            assertThat(after.get("to").asText()).isEqualTo("16:00");
            assertThat(after.get("holidayCalendar").asText()).isEqualTo("United States of America / New York");
            assertThat(after.get("nextHolidays").get(0).get("date").asText()).isEqualTo("2026-11-26");
            assertThat(after.get("nextHolidays").get(0).get("name").asText()).isEqualTo("Thanksgiving Day (US-NY)");
            assertThat(wednesday.get("blocks").get(0).get("start").asText()).as("the plan made before is not served again")
                    .isEqualTo("2026-11-25T08:00-05:00");
            assertThat(wednesday.get("workingHours").get("end").asText()).isEqualTo("16:00");
            assertThat(thanksgiving.get("dayOff").asText()).isEqualTo("Thanksgiving Day (US-NY)");
            assertThat(thanksgiving.get("blocks")).isEmpty();
            assertThat(thanksgiving.get("carriedOver")).isNotEmpty()
                    .allSatisfy(item -> assertThat(item.get("to").asText()).isEqualTo("2026-11-27"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void managersSetTheHoursOfTheRepsTheySeeAndNoOneElses(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOVEMBER)) {
            String hours = """
                    {"days": "tue-sat", "from": "10:00", "to": "18:00"}""";

            Answer repForEve = api.send("PUT", "/api/reps/" + api.rep(TestOrg.EVE) + "/hours", REP, hours);
            Answer miaForRon = api.send("PUT", "/api/reps/" + api.rep(TestOrg.RON) + "/hours", MANAGER, hours);
            Answer miaForEve = api.send("PUT", "/api/reps/" + api.rep(TestOrg.EVE) + "/hours", MANAGER, hours);
            Answer adminForEve = api.send("PUT", "/api/reps/" + api.rep(TestOrg.EVE) + "/hours", ADMIN, hours);

            assertThat(repForEve.status()).isEqualTo(404);
            assertThat(miaForRon.status()).as(miaForRon.body()).isEqualTo(200);
            assertThat(miaForRon.json().get("days").asText()).isEqualTo("tue-sat");
            assertThat(miaForEve.status()).as("Eve sells in West, not in Mia's team").isEqualTo(404);
            assertThat(adminForEve.status()).isEqualTo(200);
            assertThat(api.get("/api/reps/" + api.rep(TestOrg.EVE) + "/hours", ADMIN).json().get("from").asText()).isEqualTo("10:00");
            Answer again = api.send("PUT", "/api/reps/" + api.rep(TestOrg.RON) + "/hours", MANAGER, """
                    {"days": "tue-sat", "from": "09:00", "to": "18:00"}""");
            assertThat(again.status()).isEqualTo(200);
            JsonNode audit = api.get("/api/audit", ADMIN).json().get("records");
            assertThat(audit).as("the refused writes left nothing").hasSize(3);
            JsonNode first = audit.get(0);
            assertThat(first.get("action").asText()).isEqualTo("hours.set");
            assertThat(first.get("actor").get("email").asText()).isEqualTo(TestOrg.MIA);
            assertThat(first.get("records").get(0).asText()).isEqualTo("work_schedule " + api.rep(TestOrg.RON));
            assertThat(first.get("change").get("records").get(0).get("created").get("days").asText()).isEqualTo("tue-sat");
            JsonNode changed = audit.get(2).get("change").get("records").get(0);
            assertThat(changed.get("before").toString()).isEqualTo("{\"from\":\"10:00\"}");
            assertThat(changed.get("after").toString()).isEqualTo("{\"from\":\"09:00\"}");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void badHoursAre422NamingTheFieldAndTheValidCodesAndStoreNothing(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOVEMBER)) {
            String path = "/api/reps/" + api.rep(TestOrg.RON) + "/hours";

            Answer region = api.send("PUT", path, REP, """
                    {"holidays": "us-newyork"}""");
            Answer country = api.send("PUT", path, REP, """
                    {"holidays": "zz"}""");
            Answer time = api.send("PUT", path, REP, """
                    {"from": "25:00"}""");
            Answer backwards = api.send("PUT", path, REP, """
                    {"from": "17:00", "to": "09:00"}""");

            assertThat(region.status()).isEqualTo(422);
            assertThat(region.json().get("fields").get("holidays").asText())
                    .startsWith("no region 'newyork' in the holidays of us; its regions are: ").contains("ny, ");
            assertThat(country.json().get("fields").get("holidays").asText())
                    .startsWith("no public holiday calendar for the country 'zz'; countries are ISO 3166 codes: ").contains("de, ");
            assertThat(time.status()).isEqualTo(422);
            assertThat(time.json().get("fields").get("from").asText()).isEqualTo("'25:00' is not a time of day like 08:30");
            assertThat(backwards.json().get("fields").get("to").asText()).isEqualTo("the working day ends (09:00) before it starts (17:00)");
            assertThat(api.get(path, REP).json().get("source").asText()).as("nothing stored").isEqualTo("default");
        }
    }
}
