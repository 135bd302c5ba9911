package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.coach.Coach;
import dev.needle.coach.CoachingDocument;
import dev.needle.coach.PeriodSpec;
import dev.needle.coach.RepCoaching;
import dev.needle.measure.Period;
import dev.needle.testing.Backend;
import dev.needle.view.Documents;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;

import static dev.needle.web.RunningApi.Caller.ADMIN;
import static dev.needle.web.RunningApi.Caller.MANAGER;
import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/coach and /api/reports/weekly(.html|.pdf) over the {@link TestOrg}, on H2 and PostgreSQL. */
class CoachingApiTest {
    /** The end of 2026-10-31: after every activity of the test org. */
    private static final Instant END_OF_OCTOBER = Instant.parse("2026-11-01T00:00:00Z");
    private static final String EAST_WEEK = "/api/reports/weekly%s?team=east&week=2026-W42";
    private static final Map<Backend, RunningApi> APIS = new ConcurrentHashMap<>();

    @AfterAll
    static void stop() {
        APIS.values().forEach(RunningApi::close);
        APIS.clear();
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRepsCoachingIsTheDocumentNeedleCoachPrints(Backend backend) throws Exception {
        RunningApi api = api(backend);
        long ron = api.rep(TestOrg.RON);

        Answer answer = api.get("/api/coach?rep=" + TestOrg.RON + "&asOf=2026-10-31", MANAGER);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        Period window = PeriodSpec.parse("last-90-days", END_OF_OCTOBER).upTo(END_OF_OCTOBER);
        List<RepCoaching> ronsCoaching = Coach.of(api.needle().store().dataset(), api.needle().catalog(), END_OF_OCTOBER, window)
                .stream().filter(rep -> rep.rep().id() == ron).toList();
        JsonNode expected = RunningApi.JSON.readTree(Documents.mapper().writeValueAsString(
                CoachingDocument.of(ronsCoaching, window, END_OF_OCTOBER)));
        assertThat(answer.json()).isEqualTo(expected);
        assertThat(answer.json().path("reps")).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRepIsCoachedOnThemselvesAndCannotAskForAnother(Backend backend) {
        RunningApi api = api(backend);

        JsonNode own = api.get("/api/coach?asOf=2026-10-31&period=2026-10", REP).json();

        assertThat(StreamSupport.stream(own.path("reps").spliterator(), false).map(rep -> rep.path("email").asText()))
                .containsExactly(TestOrg.RON);
        assertThat(own.path("period").path("from").asText()).isEqualTo("2026-10-01T00:00:00Z");
        assertThat(api.get("/api/coach?rep=" + TestOrg.MIA, REP).status()).isEqualTo(404);
        assertThat(api.get("/api/coach?rep=" + TestOrg.EVE, MANAGER).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theWeeklyReportComesAsJsonAsAnHtmlPageAndAsAPdf(Backend backend) {
        RunningApi api = api(backend);

        Answer json = api.get(EAST_WEEK.formatted(""), MANAGER);
        Answer html = api.get(EAST_WEEK.formatted(".html"), MANAGER);
        Answer pdf = api.get(EAST_WEEK.formatted(".pdf"), ADMIN);

        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().path("team").asText()).isEqualTo("East");
        assertThat(json.json().path("week").asText()).isEqualTo("2026-W42");
        assertThat(json.json().path("coaching").findValuesAsText("email")).containsExactlyInAnyOrder(TestOrg.MIA, TestOrg.RON);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).startsWith("<").contains("East").contains("2026-W42").contains("Ron Rep");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aTeamOutsideTheCallersViewIsNotFoundAndRepsMayNotAskAtAll(Backend backend) {
        RunningApi api = api(backend);

        assertError(api.get("/api/reports/weekly.html?team=West", MANAGER), 404, "no team West");
        assertError(api.get("/api/reports/weekly?team=Nowhere", ADMIN), 404, "no team Nowhere");
        assertError(api.get("/api/reports/weekly.pdf?team=East", REP), 403, "");
        assertThat(api.get("/api/reports/weekly?team=West&week=2026-W41", ADMIN).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void badParametersGet400NamingTheParameter(Backend backend) {
        RunningApi api = api(backend);

        assertError(api.get("/api/reports/weekly", MANAGER), 400, "team is required");
        assertError(api.get("/api/reports/weekly?team=East&week=2026-W60", MANAGER), 400, "week 60 does not exist in 2026");
        assertError(api.get("/api/reports/weekly.html?team=East&week=2026-05", MANAGER), 400, "not a week");
        assertError(api.get("/api/reports/weekly?team=East&asOf=yesterday", MANAGER), 400, "asOf must be a date");
        assertError(api.get("/api/coach?period=fortnight", REP), 400, "query parameter period: not a period");
    }

    private static void assertError(Answer answer, int status, String message) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.json().path("message").asText()).contains(message);
    }

    private static RunningApi api(Backend backend) {
        return APIS.computeIfAbsent(backend, RunningApi::start);
    }
}
