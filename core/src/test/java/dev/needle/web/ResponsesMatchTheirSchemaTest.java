package dev.needle.web;

import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import dev.needle.web.RunningApi.Caller;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.needle.web.RunningApi.Caller.ADMIN;
import static dev.needle.web.RunningApi.Caller.ANONYMOUS;
import static dev.needle.web.RunningApi.Caller.MANAGER;
import static dev.needle.web.RunningApi.Caller.REP;
import static dev.needle.web.TestOrg.RON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route answers what /openapi.json says it answers. The role matrix's calls (every route, every
 * kind of caller: successes, 401, 403, 404) run again, followed by the errors that are cheap to provoke
 * (400, 409, 422) and a feed fetched by its secret; each answer is checked against the document the
 * server publishes: status documented, content type the documented one, a JSON body valid against the
 * schema given for that route, status and type.
 */
class ResponsesMatchTheirSchemaTest {
    /** The role matrix's calls: RoleMatrixTest checks their statuses, this test what comes back. */
    private static final int ANY_STATUS = -1;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyRouteAnswersWhatItsSchemaInTheOpenApiDocumentSays(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            DocumentedResponses documented = DocumentedResponses.of(api.get("/openapi.json", ANONYMOUS).body());
            SoftAssertions softly = new SoftAssertions();
            Set<String> succeeded = new TreeSet<>();
            List<Call> calls = new ArrayList<>();
            for (RoleMatrixTest.Row row : RoleMatrixTest.matrix(api)) {
                for (Caller caller : Caller.values()) {
                    calls.add(new Call(row.method, row.template, caller, ANY_STATUS, a -> row.call(a, caller)));
                }
            }
            calls.addAll(provokedErrors(api));
            for (Call call : calls) {
                Answer answer = call.send.apply(api);
                List<String> problems = documented.problems(call.method, call.template, answer.status(), answer.contentType(), answer.body());
                softly.assertThat(problems).as("%s %s as %s → %d %s %s", call.method, call.template, call.caller,
                        answer.status(), answer.contentType(), abbreviated(answer.body())).isEmpty();
                if (call.status != ANY_STATUS) softly.assertThat(answer.status()).as("%s %s provoked", call.method, call.template).isEqualTo(call.status);
                if (answer.status() < 300 && problems.isEmpty()) succeeded.add(call.method + " " + call.template);
            }
            softly.assertAll();
            Set<String> routes = api.server().routes().stream().map(route -> route.method().name() + " " + route.path())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(succeeded).as("every route of the route table has a successful answer checked against its schema")
                    .isEqualTo(routes);
        }
    }

    @Test
    void aBodyThatBreaksItsSchemaOrComesInAnotherTypeIsCaught() {
        try (RunningApi api = RunningApi.start(Backend.SQLITE)) {
            DocumentedResponses documented = DocumentedResponses.of(api.get("/openapi.json", ANONYMOUS).body());
            String me = api.get("/api/me", REP).body();
            assertThat(documented.problems("GET", "/api/me", 200, "application/json", me)).isEmpty();
            assertThat(documented.problems("GET", "/api/me", 200, "application/json", me.replace("\"" + RON + "\"", "42")))
                    .as("an email that is a number").isNotEmpty();
            assertThat(documented.problems("GET", "/api/deals/{deal}", 404, "application/json", "{\"status\": 404}"))
                    .as("an error without its message").isNotEmpty();
            assertThat(documented.problems("GET", "/api/me", 200, "text/html", "<p>hi</p>")).as("HTML where JSON is documented").isNotEmpty();
            assertThat(documented.problems("GET", "/api/me", 418, "application/json", "{}")).as("an undocumented status").isNotEmpty();
        }
    }

    /** Errors each route documents that take one request to provoke, and a feed's calendar fetched by its secret. */
    private static List<Call> provokedErrors(RunningApi api) {
        long ron = api.rep(RON);
        long d1 = api.deal("d1");
        long d2 = api.deal("d2");
        long d3 = api.deal("d3");
        List<Call> calls = new ArrayList<>();
        calls.add(write(400, "POST", "/api/activities", "/api/activities", "{\"type\": \"Call\", \"start\": "));
        calls.add(write(422, "POST", "/api/activities", "/api/activities", """
                {"type": "Call", "start": "2026-11-20T15:00:00Z", "durationMinutes": -5, "dealId": %d}""".formatted(d1)));
        calls.add(write(422, "PUT", "/api/deals/{deal}/next-action", "/api/deals/" + d1 + "/next-action", "{\"what\": \"\"}"));
        calls.add(write(409, "PUT", "/api/deals/{deal}/next-action", "/api/deals/" + d2 + "/next-action", """
                {"what": "Upsell", "due": "2026-12-03", "valueForBuyer": "More seats", "buyerNextStep": "Count users"}"""));
        calls.add(write(409, "POST", "/api/deals/{deal}/next-action/complete", "/api/deals/" + d3 + "/next-action/complete", null));
        calls.add(write(400, "POST", "/api/deals/{deal}/meetings", "/api/deals/" + d1 + "/meetings", "{\"start\": \"tomorrow\"}"));
        calls.add(write(422, "POST", "/api/deals/{deal}/meetings", "/api/deals/" + d1 + "/meetings", "{\"start\": \"2026-11-20T16:00:00Z\"}"));
        calls.add(write(422, "PUT", "/api/reps/{rep}/hours", "/api/reps/" + ron + "/hours",
                "{\"days\": \"mon-fri\", \"from\": \"08:00\", \"to\": \"16:00\", \"holidays\": \"xx-nowhere\"}"));
        calls.add(write(400, "POST", "/api/feeds", "/api/feeds", "{\"rep\": \"\"}"));
        calls.add(get(MANAGER, "/api/report", "/api/report?from=yesterday"));
        calls.add(get(MANAGER, "/api/reps/{rep}/plan", "/api/reps/" + ron + "/plan?date=2026-13-01"));
        calls.add(get(MANAGER, "/api/reports/weekly", "/api/reports/weekly?team=East&week=someday"));
        calls.add(get(ADMIN, "/api/audit", "/api/audit?limit=many"));
        calls.add(new Call("POST", "/api/import", ADMIN, 422, a -> a.upload("/api/import", ADMIN, Map.of(), List.of(badDeals()))));
        calls.add(new Call("GET", "/feed/{secret}.ics", ANONYMOUS, 200, a -> {
            String path = a.send("POST", "/api/feeds", REP, "{\"rep\": \"" + RON + "\"}").json().path("path").asText();
            return a.get(path, ANONYMOUS);
        }));
        return calls;
    }

    private static Path badDeals() {
        try {
            Path dir = dev.needle.testing.Scratch.directory("needle-bad-import-");
            return Files.writeString(dir.resolve("deals.csv"), """
                    id,account_id,owner_id,name,amount,currency,stage,lead_source,product,created_at,expected_close,closed_at,outcome
                    d9,a1,r2,Acme extra,lots,EUR,Proposal,Referral,Platform,not-a-time,2026-12-31,,OPEN
                    """);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A query the route refuses (400). */
    private static Call get(Caller caller, String template, String path) {
        return new Call("GET", template, caller, 400, a -> a.get(path, caller));
    }

    private static Call write(int status, String method, String template, String path, String body) {
        return new Call(method, template, MANAGER, status, a -> a.send(method, path, MANAGER, body));
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    /** One request, named by the route it goes to and who sends it, with the status it must get (or ANY_STATUS). */
    private record Call(String method, String template, Caller caller, int status, Function<RunningApi, Answer> send) {
    }
}
