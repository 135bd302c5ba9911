package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import dev.needle.web.RunningApi.Caller;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static dev.needle.web.RunningApi.Caller.ADMIN;
import static dev.needle.web.RunningApi.Caller.ANONYMOUS;
import static dev.needle.web.RunningApi.Caller.MANAGER;
import static dev.needle.web.RunningApi.Caller.REP;
import static dev.needle.web.TestOrg.BEA;
import static dev.needle.web.TestOrg.EVE;
import static dev.needle.web.TestOrg.MIA;
import static dev.needle.web.TestOrg.RON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint, called by every kind of caller: what each may read and write. Ron is a rep, Mia his
 * manager, Ada an admin; Eve (West) is outside Mia's team. Rows run in order, so the writes that
 * succeed for one caller leave the data the next row expects.
 */
class RoleMatrixTest {

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void everyRouteAnswersEveryCallerAsTheMatrixSays(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            List<Row> matrix = matrix(api);
            SoftAssertions softly = new SoftAssertions();
            for (Row row : matrix) {
                for (Caller caller : Caller.values()) {
                    Expect expect = row.expected.get(caller);
                    Answer answer = row.call(api, caller);
                    String what = row.method + " " + row.template + " as " + caller + " → " + answer.status() + " " + abbreviated(answer.body());
                    softly.assertThat(answer.status()).as(what).isEqualTo(expect.status);
                    if (answer.status() >= 400) {
                        softly.assertThat(answer.json().path("status").asInt()).as(what + " (JSON error)").isEqualTo(answer.status());
                    }
                    if (expect.check != null && answer.status() == expect.status) {
                        softly.assertThat(expect.check.test(api, answer.json())).as(what + ": " + expect.description).isTrue();
                    }
                }
            }
            softly.assertAll();
            Set<String> covered = matrix.stream().map(row -> row.method + " " + row.template).collect(Collectors.toCollection(TreeSet::new));
            Set<String> routes = api.server().routes().stream().map(route -> route.method().name() + " " + route.path())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(covered).as("the matrix covers every route of the route table").isEqualTo(routes);
        }
    }

    /** The calls, in the order they must run (writes leave what later rows read); ResponsesMatchTheirSchemaTest replays them too. */
    static List<Row> matrix(RunningApi api) {
        long ron = api.rep(RON);
        long mia = api.rep(MIA);
        long eve = api.rep(EVE);
        long d1 = api.deal("d1");
        long d3 = api.deal("d3");
        long d4 = api.deal("d4");
        Path org = TestOrg.write();
        String action = """
                {"what": "Walk the CFO through the business case", "due": "2026-12-03",
                 "valueForBuyer": "A payback period they can defend", "buyerNextStep": "Approve the budget"}""";
        List<Row> rows = new ArrayList<>();
        rows.add(get("/api/me", api1 -> "/api/me").all(200)
                .then(REP, "is Ron, a rep", (api1, json) -> json.path("email").asText().equals(RON) && json.path("role").asText().equals("rep"))
                .then(MANAGER, "is Mia, a manager", (api1, json) -> json.path("role").asText().equals("manager"))
                .then(ADMIN, "is an admin", (api1, json) -> json.path("role").asText().equals("admin")));
        rows.add(get("/api/reps", a -> "/api/reps").all(200)
                .then(REP, "lists Ron only", reps(Set.of(RON)))
                .then(MANAGER, "lists Mia and Ron", reps(Set.of(MIA, RON)))
                .then(ADMIN, "lists everyone", reps(Set.of(BEA, MIA, RON, EVE))));
        rows.add(get("/api/deals", a -> "/api/deals").all(200)
                .then(REP, "lists Ron's open deal", deals(Set.of("d1")))
                .then(MANAGER, "lists the open deals of Mia's team", deals(Set.of("d1", "d3")))
                .then(ADMIN, "lists every open deal", deals(Set.of("d1", "d3", "d4"))));
        rows.add(get("/api/deals", a -> "/api/deals?rep=" + EVE).expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 200)
                .then(ADMIN, "lists Eve's deal", deals(Set.of("d4"))));
        rows.add(get("/api/deals/{deal}", a -> "/api/deals/" + d1).all(200)
                .then(REP, "is Ron's deal d1", (a, json) -> json.path("externalId").asText().equals("d1")));
        rows.add(get("/api/deals/{deal}", a -> "/api/deals/" + d3).expect(REP, 404).expect(MANAGER, 200).expect(ADMIN, 200));
        rows.add(get("/api/deals/{deal}", a -> "/api/deals/" + d4).expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 200));
        rows.add(get("/api/activity-types", a -> "/api/activity-types").all(200)
                .then(REP, "lists the catalogue's Call", (a, json) -> json.path("types").findValuesAsText("name").contains("Call")));
        rows.add(get("/api/reps/{rep}/plan", a -> "/api/reps/" + ron + "/plan?date=2026-12-01").all(200)
                .then(REP, "plans Ron's day", (a, json) -> json.path("rep").path("id").asLong() == ron));
        rows.add(get("/api/reps/{rep}/plan", a -> "/api/reps/" + mia + "/plan?date=2026-12-01").expect(REP, 404).expect(MANAGER, 200).expect(ADMIN, 200));
        rows.add(get("/api/reps/{rep}/plan", a -> "/api/reps/" + eve + "/plan?date=2026-12-01").expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 200));
        rows.add(get("/api/reps/{rep}/plan.ics", a -> "/api/reps/" + ron + "/plan.ics?date=2026-12-01").all(200));
        rows.add(get("/api/reps/{rep}/plan.ics", a -> "/api/reps/" + eve + "/plan.ics?date=2026-12-01").expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 200));
        rows.add(get("/api/reps/{rep}/hours", a -> "/api/reps/" + ron + "/hours").all(200));
        rows.add(get("/api/reps/{rep}/hours", a -> "/api/reps/" + eve + "/hours").expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 200));
        rows.add(get("/api/stats", a -> "/api/stats").expect(REP, 403).expect(MANAGER, 403).expect(ADMIN, 200)
                .then(ADMIN, "counts four reps", (a, json) -> json.path("reps").asLong() == 4));
        rows.add(get("/api/value", a -> "/api/value?from=2026-01-01&to=2026-11-01").expect(REP, 403).expect(MANAGER, 200).expect(ADMIN, 200));
        rows.add(get("/api/report", a -> "/api/report?from=2026-09-01&to=2026-10-31").all(200)
                .then(REP, "shows Ron only", reportReps(Set.of(RON)))
                .then(MANAGER, "shows Mia's team only", reportReps(Set.of(MIA, RON)))
                .then(ADMIN, "shows every rep with activity", reportReps(Set.of(MIA, RON, EVE))));
        rows.add(get("/api/report", a -> "/api/report?rep=" + EVE).expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 200));
        rows.add(get("/api/forecast", a -> "/api/forecast").all(200)
                .then(REP, "forecasts Ron's deals only", forecastDeals(Set.of("d1")))
                .then(MANAGER, "forecasts the team's deals", forecastDeals(Set.of("d1", "d3")))
                .then(ADMIN, "forecasts every open deal", forecastDeals(Set.of("d1", "d3", "d4"))));
        rows.add(get("/api/coach", a -> "/api/coach?asOf=2026-10-31").all(200)
                .then(REP, "coaches Ron only", coachedReps(Set.of(RON)))
                .then(MANAGER, "coaches Mia's team", coachedReps(Set.of(MIA, RON)))
                .then(ADMIN, "coaches every rep with activity", coachedReps(Set.of(MIA, RON, EVE))));
        rows.add(get("/api/coach", a -> "/api/coach?asOf=2026-10-31&rep=" + EVE).expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 200)
                .then(ADMIN, "coaches Eve", coachedReps(Set.of(EVE))));
        rows.add(get("/api/reports/weekly", a -> "/api/reports/weekly?team=East&week=2026-W42").expect(REP, 403).expect(MANAGER, 200).expect(ADMIN, 200)
                .then(MANAGER, "reports on East", (a, json) -> json.path("team").asText().equals("East")));
        rows.add(get("/api/reports/weekly", a -> "/api/reports/weekly?team=West&week=2026-W42").expect(REP, 403).expect(MANAGER, 404).expect(ADMIN, 200));
        rows.add(get("/api/reports/weekly.html", a -> "/api/reports/weekly.html?team=East&week=2026-W42").expect(REP, 403).expect(MANAGER, 200).expect(ADMIN, 200));
        rows.add(get("/api/reports/weekly.html", a -> "/api/reports/weekly.html?team=West&week=2026-W42").expect(REP, 403).expect(MANAGER, 404).expect(ADMIN, 200));
        rows.add(get("/api/reports/weekly.pdf", a -> "/api/reports/weekly.pdf?team=East&week=2026-W42").expect(REP, 403).expect(MANAGER, 200).expect(ADMIN, 200));
        rows.add(write("POST", "/api/activities", a -> "/api/activities", activity(d1, null)).expect(REP, 201).expect(MANAGER, 201).expect(ADMIN, 201));
        rows.add(write("POST", "/api/activities", a -> "/api/activities", activity(d4, null)).expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 201)
                .then(ADMIN, "logs it for Eve, the deal's owner", (a, json) -> json.path("repId").asLong() == eve));
        rows.add(write("POST", "/api/activities", a -> "/api/activities", activity(null, eve)).expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 201));
        rows.add(write("PUT", "/api/deals/{deal}/next-action", a -> "/api/deals/" + d1 + "/next-action", action).all(200));
        rows.add(write("PUT", "/api/deals/{deal}/next-action", a -> "/api/deals/" + d4 + "/next-action", action).expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 200));
        String hours = """
                {"days": "mon-fri", "from": "08:00", "to": "16:00", "holidays": "us-ny"}""";
        rows.add(write("PUT", "/api/reps/{rep}/hours", a -> "/api/reps/" + ron + "/hours", hours).all(200));
        rows.add(write("PUT", "/api/reps/{rep}/hours", a -> "/api/reps/" + eve + "/hours", hours).expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 200));
        rows.add(get("/api/teams/{team}/hours", a -> "/api/teams/East/hours").expect(REP, 403).expect(MANAGER, 200).expect(ADMIN, 200)
                .then(MANAGER, "shows East's hours", (a, json) -> json.path("team").asText().equals("East")));
        rows.add(get("/api/teams/{team}/hours", a -> "/api/teams/West/hours").expect(REP, 403).expect(MANAGER, 404).expect(ADMIN, 200));
        rows.add(get("/api/teams/{team}/hours", a -> "/api/teams/Nowhere/hours").expect(REP, 403).expect(MANAGER, 404).expect(ADMIN, 404));
        rows.add(write("PUT", "/api/teams/{team}/hours", a -> "/api/teams/East/hours", hours).expect(REP, 403).expect(MANAGER, 200).expect(ADMIN, 200)
                .then(ADMIN, "keeps East's default", (a, json) -> json.path("source").asText().equals("team")));
        rows.add(write("PUT", "/api/teams/{team}/hours", a -> "/api/teams/West/hours", hours).expect(REP, 403).expect(MANAGER, 404).expect(ADMIN, 200));
        rows.add(write("POST", "/api/deals/{deal}/next-action/complete", a -> "/api/deals/" + d4 + "/next-action/complete", null)
                .expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 200)
                .then(ADMIN, "marks it done", (a, json) -> json.path("status").asText().equals("DONE")));
        rows.add(write("POST", "/api/deals/{deal}/meetings", a -> "/api/deals/" + d3 + "/meetings", meeting())
                .expect(REP, 404).expect(MANAGER, 201).expect(ADMIN, 201));
        rows.add(new Row("POST", "/api/import", (a, caller) -> a.upload("/api/import", caller, Map.of(), List.of(org.resolve("accounts.csv"))))
                .expect(REP, 403).expect(MANAGER, 403).expect(ADMIN, 200)
                .then(ADMIN, "stores the three accounts again", (a, json) -> json.path("committed").asBoolean()
                        && json.path("files").get(0).path("stored").asLong() == 3));
        rows.add(get("/api/audit", a -> "/api/audit").expect(REP, 403).expect(MANAGER, 403).expect(ADMIN, 200)
                .then(ADMIN, "lists the writes above, the import last", (a, json) -> json.path("records").size() > 1
                        && json.path("records").get(json.path("records").size() - 1).path("action").asText().equals("import")));
        rows.add(write("POST", "/api/feeds", a -> "/api/feeds", "{\"rep\": \"" + RON + "\"}").expect(REP, 201).expect(MANAGER, 201).expect(ADMIN, 201)
                .then(REP, "makes a feed of Ron's plan", (a, json) -> json.path("rep").path("id").asLong() == ron
                        && json.path("path").asText().startsWith("/feed/")));
        rows.add(write("POST", "/api/feeds", a -> "/api/feeds", "{\"rep\": \"" + EVE + "\"}").expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 201));
        rows.add(get("/api/feeds", a -> "/api/feeds").all(200)
                .then(REP, "lists the feeds of Ron's plan only", (a, json) -> json.path("feeds").size() == 3)
                .then(ADMIN, "lists every feed", (a, json) -> json.path("feeds").size() == 4));
        rows.add(write("DELETE", "/api/feeds/{id}", a -> "/api/feeds/4", null).expect(REP, 404).expect(MANAGER, 404).expect(ADMIN, 200));
        // calendar apps send no token: a feed's secret is its key, and anything else is not found, for everyone
        rows.add(new Row("GET", "/feed/{secret}.ics", (a, caller) -> a.get("/feed/ndlf_unknown.ics", caller)).all(404).expect(ANONYMOUS, 404));
        rows.add(new Row("GET", "/openapi.json", (a, caller) -> a.get("/openapi.json", caller)).all(200).expect(ANONYMOUS, 200));
        return rows;
    }

    private static String activity(Long dealId, Long repId) {
        return """
                {"type": "Call", "start": "2026-11-20T15:00:00Z", "durationMinutes": 20, "dealId": %s, "repId": %s,
                 "outcome": "Connected", "valueForBuyer": "Answers on the security review", "buyerNextStep": "Send the questionnaire"}"""
                .formatted(dealId, repId);
    }

    private static String meeting() {
        return """
                {"start": "2026-11-20T16:00:00Z", "durationMinutes": 45, "outcome": "Agreed the pilot scope",
                 "valueForBuyer": "A scope that fits their quarter", "buyerNextStep": "Name the pilot team",
                 "nextMeeting": {"start": "2099-01-15T16:00:00Z", "durationMinutes": 30, "subject": "Pilot kick-off"}}""";
    }

    private static BiPredicate<RunningApi, JsonNode> reps(Set<String> emails) {
        return (api, json) -> texts(json.path("reps"), "email").equals(emails);
    }

    private static BiPredicate<RunningApi, JsonNode> deals(Set<String> externalIds) {
        return (api, json) -> texts(json.path("deals"), "externalId").equals(externalIds);
    }

    private static BiPredicate<RunningApi, JsonNode> reportReps(Set<String> emails) {
        return (api, json) -> texts(json.path("reps"), "email").equals(emails);
    }

    private static BiPredicate<RunningApi, JsonNode> coachedReps(Set<String> emails) {
        return (api, json) -> texts(json.path("reps"), "email").equals(emails);
    }

    private static BiPredicate<RunningApi, JsonNode> forecastDeals(Set<String> externalIds) {
        return (api, json) -> texts(json.path("deals"), "externalId").equals(externalIds);
    }

    private static Set<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asText()).collect(Collectors.toSet());
    }

    private static Row get(String template, Function<RunningApi, String> path) {
        return new Row("GET", template, (api, caller) -> api.get(path.apply(api), caller));
    }

    private static Row write(String method, String template, Function<RunningApi, String> path, String body) {
        return new Row(method, template, (api, caller) -> api.send(method, path.apply(api), caller, body));
    }

    private static String abbreviated(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    record Expect(int status, String description, BiPredicate<RunningApi, JsonNode> check) {
    }

    /** One call of the matrix; without a token every /api/ route answers 401. */
    static final class Row {
        final String method;
        final String template;
        final java.util.function.BiFunction<RunningApi, Caller, Answer> call;
        final Map<Caller, Expect> expected = new EnumMap<>(Caller.class);

        Row(String method, String template, java.util.function.BiFunction<RunningApi, Caller, Answer> call) {
            this.method = method;
            this.template = template;
            this.call = call;
            expected.put(ANONYMOUS, new Expect(401, null, null));
        }

        Answer call(RunningApi api, Caller caller) {
            return call.apply(api, caller);
        }

        Row all(int status) {
            return expect(REP, status).expect(MANAGER, status).expect(ADMIN, status);
        }

        Row expect(Caller caller, int status) {
            expected.put(caller, new Expect(status, null, null));
            return this;
        }

        Row then(Caller caller, String description, BiPredicate<RunningApi, JsonNode> check) {
            expected.put(caller, new Expect(expected.get(caller).status, description, check));
            return this;
        }
    }
}
