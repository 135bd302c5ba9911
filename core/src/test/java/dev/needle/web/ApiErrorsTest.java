package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.needle.web.RunningApi.Caller.ADMIN;
import static dev.needle.web.RunningApi.Caller.ANONYMOUS;
import static dev.needle.web.RunningApi.Caller.MANAGER;
import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad requests get a JSON error with the right status and a message that says what to fix; never a stack trace. */
class ApiErrorsTest {
    private static final ApiServer.Limits SMALL = new ApiServer.Limits(64 * 1024, 256 * 1024);
    private static RunningApi api;

    @BeforeAll
    static void serve() {
        api = RunningApi.start(Backend.H2, SMALL);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aRequestWithoutATokenGets401() {
        Answer answer = api.get("/api/deals", ANONYMOUS);
        assertError(answer, 401, "Authorization: Bearer");
    }

    @Test
    void anUnknownTokenGets401() {
        assertError(api.sendWithToken("GET", "/api/me", "ndl_not-a-token"), 401, "unknown or revoked");
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        String token = api.needle().users().createToken(TestOrg.EVE, "to revoke");
        assertThat(api.sendWithToken("GET", "/api/me", token).status()).isEqualTo(200);
        long id = api.needle().users().tokens(TestOrg.EVE).stream().filter(t -> "to revoke".equals(t.label())).findFirst().orElseThrow().id();
        api.needle().users().revoke(id);
        assertError(api.sendWithToken("GET", "/api/me", token), 401, "unknown or revoked");
    }

    @Test
    void malformedJsonGets400SayingWhere() {
        Answer answer = api.send("PUT", "/api/deals/" + api.deal("d1") + "/next-action", REP, "{\"what\": ");
        assertError(answer, 400, "not valid JSON");
        assertThat(answer.json().path("message").asText()).contains("line 1");
    }

    @Test
    void anUnknownFieldGets400NamingIt() {
        Answer answer = api.send("PUT", "/api/deals/" + api.deal("d1") + "/next-action", REP, "{\"wat\": \"typo\"}");
        assertError(answer, 400, "wat");
    }

    @Test
    void aFieldOfTheWrongTypeGets400NamingIt() {
        Answer answer = api.send("PUT", "/api/deals/" + api.deal("d1") + "/next-action", REP, """
                {"what": "Call", "due": "next week", "valueForBuyer": "v", "buyerNextStep": "s"}""");
        assertError(answer, 400, "field \"due\" must be a date like 2026-12-01");
    }

    @Test
    void aBadQueryParameterGets400NamingIt() {
        assertError(api.get("/api/reps/" + api.rep(TestOrg.RON) + "/plan?date=tomorrow", REP), 400, "date");
        assertError(api.get("/api/deals?flag=SLEEPY", REP), 400, "flag");
        assertError(api.get("/api/reps/" + api.rep(TestOrg.RON) + "/plan?days=90", REP), 400, "days");
    }

    @Test
    void anUnknownRouteGets404AsJson() {
        assertError(api.get("/api/nothing-here", REP), 404, "/api/nothing-here");
    }

    @Test
    void anOversizedBodyGets413() {
        String huge = "{\"what\": \"" + "x".repeat(100 * 1024) + "\"}";
        assertError(api.send("PUT", "/api/deals/" + api.deal("d1") + "/next-action", REP, huge), 413, "");
    }

    @Test
    void POST_activities_returns_422_naming_the_buyer_fields_of_a_deal_touch() {
        Answer answer = api.send("POST", "/api/activities", REP, """
                {"type": "Call", "start": "2026-11-20T15:00:00Z", "dealId": %d}""".formatted(api.deal("d1")));
        assertError(answer, 422, "valueForBuyer");
        assertThat(answer.json().path("fields").fieldNames()).toIterable().containsExactly("valueForBuyer", "buyerNextStep");
    }

    @Test
    void aNextActionWithoutValueForTheBuyerGets422() {
        Answer answer = api.send("PUT", "/api/deals/" + api.deal("d1") + "/next-action", REP, """
                {"what": "Call them", "due": "2026-12-01", "valueForBuyer": " ", "buyerNextStep": ""}""");
        assertError(answer, 422, "valueForBuyer");
        assertThat(answer.json().path("fields").fieldNames()).toIterable().containsExactly("valueForBuyer", "buyerNextStep");
    }

    @Test
    void aMeetingWithoutTheNextStepBookedGets422() {
        Answer answer = api.send("POST", "/api/deals/" + api.deal("d3") + "/meetings", MANAGER, """
                {"start": "2026-11-20T16:00:00Z", "outcome": "Good talk", "valueForBuyer": "Ideas", "buyerNextStep": "Think"}""");
        assertError(answer, 422, "nextMeeting");
        assertThat(answer.json().path("fields").path("nextMeeting").asText()).contains("never leave a meeting");
    }

    @Test
    void completingANextActionTwiceGets409() {
        long deal = api.deal("d4");
        assertThat(api.send("POST", "/api/deals/" + deal + "/next-action/complete", ADMIN, null).status()).isEqualTo(200);
        assertError(api.send("POST", "/api/deals/" + deal + "/next-action/complete", ADMIN, null), 409, "no open next action");
    }

    @Test
    void aClosedDealTakesNoNextAction() {
        Answer answer = api.send("PUT", "/api/deals/" + api.deal("d2") + "/next-action", REP, """
                {"what": "Upsell", "due": "2026-12-01", "valueForBuyer": "More", "buyerNextStep": "Buy"}""");
        assertError(answer, 409, "closed");
    }

    @Test
    void anImportWithABadRowGets422ListingItAndStoresNothing() throws IOException {
        long accountsBefore = api.needle().store().stats().accounts();
        Path dir = dev.needle.testing.Scratch.directory("needle-bad-import-");
        Path accounts = Files.writeString(dir.resolve("accounts.csv"), """
                id,name,industry,dream_client
                a9,Umbrella,Pharma,false
                a10,Soylent,Food,perhaps
                """);
        Answer answer = api.upload("/api/import", ADMIN, Map.of(), List.of(accounts));
        assertError(answer, 422, "nothing was stored");
        JsonNode error = answer.json().path("errors").get(0);
        assertThat(error.path("file").asText()).isEqualTo("accounts.csv");
        assertThat(error.path("line").asLong()).isEqualTo(3);
        assertThat(error.path("column").asText()).isEqualTo("dream_client");
        assertThat(api.needle().store().stats().accounts()).isEqualTo(accountsBefore);
    }

    @Test
    void anUploadedMappingThatIsNotValidGets422NamingTheUploadedFile() throws IOException {
        Path dir = dev.needle.testing.Scratch.directory("needle-bad-mapping-");
        Path mapping = Files.writeString(dir.resolve("my-crm.json"), "{\"name\": ");
        Path accounts = Files.writeString(dir.resolve("accounts.csv"), "id,name,industry,dream_client\na1,Acme,Manufacturing,true\n");
        Answer answer = api.uploadParts("/api/import", ADMIN, Map.of(), List.of(Map.entry("file", accounts), Map.entry("mapping", mapping)));
        assertError(answer, 422, "my-crm.json");
        assertThat(answer.body()).doesNotContain("needle-mapping-");
    }

    @Test
    void anOversizedUploadGets413EveryTimeNotAResetConnection() throws IOException {
        Path big = dev.needle.testing.Scratch.file("needle-big-", ".csv");
        Files.writeString(big, "id,name,industry,dream_client\n" + "a1,Acme,Manufacturing,true\n".repeat(20_000));
        // answered before the body is in, a 413 used to be lost now and then to the reset of the unread bytes
        for (int attempt = 0; attempt < 40; attempt++) assertError(api.upload("/api/import", ADMIN, Map.of(), List.of(big)), 413, "");
    }

    @Test
    void anImportThatIsNotMultipartGets415() {
        assertError(api.send("POST", "/api/import", ADMIN, "{}"), 415, "multipart/form-data");
    }

    private static void assertError(Answer answer, int status, String messagePart) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode json = answer.json();
        assertThat(json.path("status").asInt()).isEqualTo(status);
        assertThat(json.path("message").asText()).contains(messagePart);
        assertThat(answer.body()).doesNotContain("\tat ", "Exception:", "dev.needle.");
    }
}
