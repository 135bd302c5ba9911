package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.domain.Contact;
import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static dev.needle.web.RunningApi.Caller.MANAGER;
import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write may only name records the caller may see. A contact is seen by whoever sees a rep working
 * its account (owning a deal there, or having logged a touch with it); any other contact answers
 * exactly like one that does not exist, so ids cannot be probed. Eve (West) does not work Acme, whose
 * contact Wile is worked by Ron (East, under Mia).
 */
class ReferencedRecordsTest {
    private static final long NO_SUCH_CONTACT = 987_654;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void POST_activities_answers_another_teams_contact_like_one_that_does_not_exist(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            String eve = api.needle().users().createToken(TestOrg.EVE, "test");
            long wile = contact(api, "c1");
            long activitiesBefore = api.needle().store().stats().activities();

            Answer invisible = post(api, "POST", "/api/activities", eve, activity(wile));
            Answer missing = post(api, "POST", "/api/activities", eve, activity(NO_SUCH_CONTACT));

            assertSameNotFound(invisible, missing, wile);
            assertThat(api.needle().store().stats().activities()).as("nothing stored").isEqualTo(activitiesBefore);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void a_meeting_on_ones_own_deal_cannot_name_another_teams_contact(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            String eve = api.needle().users().createToken(TestOrg.EVE, "test");
            long wile = contact(api, "c1");
            String path = "/api/deals/" + api.deal("d4") + "/meetings";

            Answer invisible = post(api, "POST", path, eve, meeting(wile));
            Answer missing = post(api, "POST", path, eve, meeting(NO_SUCH_CONTACT));

            assertSameNotFound(invisible, missing, wile);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void the_rep_working_the_account_and_his_manager_may_name_its_contact(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            long wile = contact(api, "c1");
            assertThat(api.send("POST", "/api/activities", REP, activity(wile)).status()).isEqualTo(201);
            Answer byManager = api.send("POST", "/api/activities", MANAGER, """
                    {"repId": %d, "type": "Email", "start": "2026-11-20T16:00:00Z", "contactId": %d}""".formatted(api.rep(TestOrg.RON), wile));
            assertThat(byManager.status()).as(byManager.body()).isEqualTo(201);
            assertThat(byManager.json().path("contactId").asLong()).isEqualTo(wile);
        }
    }

    /** Both 404, the same fields, and messages that differ only in the id asked for. */
    private static void assertSameNotFound(Answer invisible, Answer missing, long invisibleId) {
        assertThat(invisible.status()).as(invisible.body()).isEqualTo(404);
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
        JsonNode one = invisible.json();
        JsonNode other = missing.json();
        assertThat(one.fieldNames()).toIterable().containsExactlyElementsOf(() -> other.fieldNames());
        assertThat(one.path("message").asText().replace(String.valueOf(invisibleId), "ID"))
                .isEqualTo(other.path("message").asText().replace(String.valueOf(NO_SUCH_CONTACT), "ID"));
    }

    /** A POST with {@code token}: RunningApi's callers are Ron, Mia and Ada, and this needs Eve. */
    private static Answer post(RunningApi api, String method, String path, String token, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.server().port() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static long contact(RunningApi api, String externalId) {
        return api.needle().store().dataset().contacts().stream().filter(contact -> externalId.equals(contact.externalId()))
                .findFirst().map(Contact::id).orElseThrow();
    }

    private static String activity(long contactId) {
        return """
                {"type": "Email", "start": "2026-11-20T15:00:00Z", "contactId": %d}""".formatted(contactId);
    }

    private static String meeting(long contactId) {
        return """
                {"start": "2026-11-20T16:00:00Z", "contactId": %d, "outcome": "Renewal agreed in principle",
                 "valueForBuyer": "Seats priced for next year", "buyerNextStep": "Sign the renewal",
                 "nextMeeting": {"start": "2026-12-10T16:00:00Z"}}""".formatted(contactId);
    }
}
