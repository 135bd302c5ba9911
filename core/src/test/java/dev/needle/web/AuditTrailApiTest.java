package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.audit.Actor;
import dev.needle.auth.Token;
import dev.needle.store.WorkLog;
import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import dev.needle.work.ActivityEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.needle.web.RunningApi.Caller.ADMIN;
import static dev.needle.web.RunningApi.Caller.ANONYMOUS;
import static dev.needle.web.RunningApi.Caller.MANAGER;
import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every write through the API leaves one audit record, in the same transaction; only admins read the trail. */
class AuditTrailApiTest {

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRepsRescheduleIsAuditedWithTheRepTheirTokenIdAndTheDueDateBeforeAndAfter(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            Answer moved = api.send("PUT", "/api/deals/" + api.deal("d1") + "/next-action", REP, """
                    {"what": "Send the rollout plan", "due": "2026-12-09",
                     "valueForBuyer": "A plan they can take to the board", "buyerNextStep": "Approve the plan"}""");
            assertThat(moved.status()).isEqualTo(200);

            Answer audit = api.get("/api/audit", ADMIN);

            assertThat(audit.status()).isEqualTo(200);
            assertThat(audit.body()).as("never the token itself").doesNotContain(api.token(REP));
            JsonNode record = single(audit);
            assertThat(record.path("actor").path("email").asText()).isEqualTo(TestOrg.RON);
            assertThat(record.path("actor").path("role").asText()).isEqualTo("rep");
            assertThat(record.path("actor").path("tokenId").asLong()).isEqualTo(tokenId(api, TestOrg.RON));
            assertThat(record.path("actor").path("route").asText()).isEqualTo("PUT /api/deals/{deal}/next-action");
            assertThat(record.path("action").asText()).isEqualTo("next-action.set");
            long actionId = moved.json().path("id").asLong();
            assertThat(texts(record.path("records"))).containsExactly("next_action " + actionId);
            JsonNode change = record.path("change").path("records").get(0);
            assertThat(change.path("before")).as("only what changed").hasSize(1);
            assertThat(change.path("before").path("due").asText()).isEqualTo("2026-11-30");
            assertThat(change.path("after").path("due").asText()).isEqualTo("2026-12-09");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aLoggedActivityIsAuditedWithTheValuesCreated(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            Answer logged = api.send("POST", "/api/activities", REP, """
                    {"type": "Call", "start": "2026-11-20T15:00:00Z", "durationMinutes": 20, "dealId": %d,
                     "valueForBuyer": "Answers on security", "buyerNextStep": "Send the questionnaire"}""".formatted(api.deal("d1")));
            assertThat(logged.status()).isEqualTo(201);

            JsonNode record = single(api.get("/api/audit", ADMIN));

            assertThat(record.path("action").asText()).isEqualTo("activity.logged");
            assertThat(texts(record.path("records"))).containsExactly("activity " + logged.json().path("id").asLong());
            JsonNode created = record.path("change").path("records").get(0).path("created");
            assertThat(created.path("repId").asLong()).isEqualTo(api.rep(TestOrg.RON));
            assertThat(created.path("dealId").asLong()).isEqualTo(api.deal("d1"));
            assertThat(created.path("start").asText()).isEqualTo("2026-11-20T15:00:00Z");
            assertThat(created.path("valueForBuyer").asText()).isEqualTo("Answers on security");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aMeetingIsOneRecordNamingTheMeetingTheNextOneAndTheNextAction(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            Answer recorded = api.send("POST", "/api/deals/" + api.deal("d3") + "/meetings", MANAGER, """
                    {"start": "2026-11-20T15:00:00Z", "durationMinutes": 45, "outcome": "Agreed the pilot scope",
                     "valueForBuyer": "A scope that fits their quarter", "buyerNextStep": "Name the pilot team",
                     "nextMeeting": {"start": "2099-03-02T15:00:00Z", "subject": "Pilot kick-off"},
                     "nextAction": {"what": "Send the pilot plan", "due": "2026-12-01", "valueForBuyer": "A plan", "buyerNextStep": "Approve it"}}""");
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
            JsonNode answer = recorded.json();

            JsonNode record = single(api.get("/api/audit", ADMIN));

            assertThat(record.path("action").asText()).isEqualTo("meeting.recorded");
            assertThat(record.path("actor").path("role").asText()).isEqualTo("manager");
            assertThat(texts(record.path("records"))).containsExactly("activity " + answer.path("meeting").path("id").asLong(),
                    "activity " + answer.path("nextMeeting").path("id").asLong(), "next_action " + answer.path("nextAction").path("id").asLong());
            assertThat(record.path("change").path("records").get(2).path("created").path("what").asText()).isEqualTo("Send the pilot plan");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void refusedWritesLeaveNoAuditRecord(Backend backend) throws Exception {
        try (RunningApi api = RunningApi.start(backend)) {
            String d1 = "/api/deals/" + api.deal("d1");
            assertThat(api.send("POST", "/api/activities", REP, """
                    {"type": "Call", "start": "2026-11-20T15:00:00Z", "dealId": %d}""".formatted(api.deal("d1"))).status()).isEqualTo(422);
            assertThat(api.send("POST", "/api/deals/" + api.deal("d4") + "/next-action/complete", REP, null).status())
                    .as("Eve's deal").isEqualTo(404);
            assertThat(api.send("POST", d1 + "/next-action/complete", REP, null).status()).isEqualTo(200);
            assertThat(api.send("POST", d1 + "/next-action/complete", REP, null).status()).as("none open now").isEqualTo(409);
            Path bad = dev.needle.testing.Scratch.directory("needle-bad-");
            Files.writeString(bad.resolve("accounts.csv"), "id,name,industry,dream_client\na9,Umbrella,Pharma,maybe\n");
            assertThat(api.upload("/api/import", ADMIN, Map.of(), List.of(bad.resolve("accounts.csv"))).status()).isEqualTo(422);

            JsonNode records = api.get("/api/audit", ADMIN).json().path("records");

            assertThat(records).as("only the completion that was stored").hasSize(1);
            assertThat(records.get(0).path("action").asText()).isEqualTo("next-action.completed");
            JsonNode change = records.get(0).path("change").path("records").get(0);
            assertThat(change.path("before").path("status").asText()).isEqualTo("OPEN");
            assertThat(change.path("after").path("status").asText()).isEqualTo("DONE");
        }
    }

    /** The record is written in the change's own transaction: when it cannot be written, the change is not stored either. */
    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aWriteWhoseAuditRecordFailsIsNotStored(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            WorkLog work = new WorkLog(api.needle().database());
            ActivityEntry call = new ActivityEntry(null, "Call", Instant.parse("2026-11-20T15:00:00Z"), 20, null, null, null,
                    null, null, null, "Audit test", null);
            int before = api.needle().store().dataset().activities().size();
            Actor nobody = new Actor(null, null, "rep", null, "POST /api/activities");

            assertThatThrownBy(() -> work.logActivity(nobody, api.rep(TestOrg.RON), null, call, 20))
                    .as("the trail requires an email").isInstanceOf(RuntimeException.class);

            assertThat(api.needle().store().dataset().activities()).hasSize(before);
            assertThat(api.get("/api/audit", ADMIN).json().path("records")).isEmpty();

            Actor ron = new Actor(1L, TestOrg.RON, "rep", null, "POST /api/activities");
            work.logActivity(ron, api.rep(TestOrg.RON), null, call, 20);
            assertThat(api.needle().store().dataset().activities()).as("the same write, with a valid actor").hasSize(before + 1);
            assertThat(api.get("/api/audit", ADMIN).json().path("records")).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void anImportIsAuditedWithItsFilesAndTheRowsStoredPerTable(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            Path org = TestOrg.write();
            Answer imported = api.upload("/api/import", ADMIN, Map.of(), List.of(org.resolve("accounts.csv"), org.resolve("reps.csv")));
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);

            JsonNode record = single(api.get("/api/audit", ADMIN));

            assertThat(record.path("action").asText()).isEqualTo("import");
            assertThat(record.path("actor").path("email").asText()).isEqualTo("admin@test.example");
            assertThat(record.path("actor").path("role").asText()).isEqualTo("admin");
            assertThat(texts(record.path("change").path("files"))).containsExactly("accounts.csv", "reps.csv");
            assertThat(record.path("change").path("rowsStored").path("account").asLong()).isEqualTo(3);
            assertThat(record.path("change").path("rowsStored").path("rep").asLong()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void onlyAdminsReadTheTrailFromAGivenTimeAndPageByPage(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            String d1 = "/api/deals/" + api.deal("d1");
            api.send("POST", d1 + "/next-action/complete", REP, null);
            api.send("PUT", d1 + "/next-action", MANAGER, """
                    {"what": "Call the CFO", "due": "2026-12-10", "valueForBuyer": "Budget clarity", "buyerNextStep": "Confirm budget"}""");

            assertThat(api.get("/api/audit", REP).status()).isEqualTo(403);
            assertThat(api.get("/api/audit", MANAGER).status()).isEqualTo(403);
            assertThat(api.get("/api/audit", ANONYMOUS).status()).isEqualTo(401);
            Answer first = api.get("/api/audit?limit=1", ADMIN);
            assertThat(first.json().path("records")).hasSize(1);
            assertThat(first.json().path("more").asBoolean()).isTrue();
            assertThat(single(api.get("/api/audit?limit=1&since=" + first.json().path("records").get(0).path("at").asText(), ADMIN))
                    .path("action").asText()).isEqualTo("next-action.completed");
            assertThat(api.get("/api/audit?since=2999-01-01", ADMIN).json().path("records")).isEmpty();
            assertThat(api.get("/api/audit?since=yesterday", ADMIN).status()).isEqualTo(400);
        }
    }

    private static JsonNode single(Answer audit) {
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        JsonNode records = audit.json().path("records");
        assertThat(records).as(audit.body()).hasSize(1);
        return records.get(0);
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static long tokenId(RunningApi api, String email) {
        return api.needle().users().tokens(email).stream().mapToLong(Token::id).max().orElseThrow();
    }
}
