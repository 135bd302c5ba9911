package dev.needle.web;

import dev.needle.app.FindRep;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.app.Needle;
import dev.needle.auth.Role;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.cli.Main;
import dev.needle.store.Database;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendar feeds made and revoked through the API and on the command line, against the same store, each leave one
 * audit record naming who, whose feed and which feed — and never the feed's secret — in GET /api/audit and needle audit.
 */
class FeedAuditTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private String base;
    private String adminToken;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void feedsMadeAndRevokedOverTheApiAndOnTheCommandLineAreInTheTrailWithoutTheirSecrets(Backend backend) throws Exception {
        Path home = dev.needle.testing.Scratch.directory("needle-home-");
        String url = backend == Backend.POSTGRES ? backend.freshUrl(null) : null;
        Database database = switch (backend) {
            case POSTGRES -> Database.open(url, null, null);
            case SQLITE -> Database.sqlite(home);
            case H2 -> Database.h2(home);
        };
        String[] store = url != null ? new String[]{"--db", url} : new String[]{"--home", home.toString()};
        try (Needle server = Needle.using(database, ActivityCatalog.defaults())) {
            assertThat(Imports.run(server, Imports.allOrNothing(), TestOrg.write()).committed()).isTrue();
            server.users().add("admin@test.example", "Ada Admin", Role.ADMIN);
            adminToken = server.users().createToken("admin@test.example", "test");
            String ronsToken = server.users().createToken(TestOrg.RON, "test");
            long ron = FindRep.among(server.store().reps(), new FindRep.Request(TestOrg.RON)).orElseThrow().id();
            try (ApiServer api = ApiServer.start(server, "127.0.0.1", 0)) {
                base = "http://127.0.0.1:" + api.port();

                String made = needle(store, "feed", "create", "--rep", TestOrg.RON, "--days", "5");
                String cliSecret = made.replaceAll("(?s).*/feed/(ndlf_[^.]+)\\.ics.*", "$1");
                needle(store, "feed", "revoke", "1");
                JsonNode created = json(send("POST", "/api/feeds", ronsToken, "{\"rep\": \"" + TestOrg.RON + "\"}"), 201);
                String apiSecret = created.path("path").asText().replaceAll(".*/(ndlf_[^.]+)\\.ics", "$1");
                long apiFeed = created.path("id").asLong();
                json(send("DELETE", "/api/feeds/" + apiFeed, ronsToken, null), 200);

                HttpResponse<String> audit = send("GET", "/api/audit", adminToken, null);
                assertThat(audit.body()).as("never a feed's secret").doesNotContain(cliSecret, apiSecret, "ndlf_");
                List<JsonNode> records = StreamSupport.stream(json(audit, 200).path("records").spliterator(), false).toList();
                assertThat(records).extracting(record -> record.path("action").asText())
                        .containsExactly("feed.create", "feed.revoke", "feed.create", "feed.revoke");
                assertThat(records).extracting(record -> record.path("records").get(0).asText())
                        .containsExactly("plan_feed 1", "plan_feed 1", "plan_feed " + apiFeed, "plan_feed " + apiFeed);
                assertThat(records).extracting(record -> record.path("change").path("repId").asLong()).containsOnly(ron);

                JsonNode onCommandLine = records.get(0).path("actor");
                assertThat(onCommandLine.path("role").asText()).isEqualTo("cli");
                assertThat(onCommandLine.path("email").asText()).isEqualTo(System.getProperty("user.name"));
                assertThat(onCommandLine.path("route").asText()).isEqualTo("needle feed create");
                assertThat(records.get(1).path("actor").path("route").asText()).isEqualTo("needle feed revoke");
                assertThat(records.get(0).path("change").path("records").get(0).path("created").path("days").asInt()).isEqualTo(5);

                JsonNode overTheApi = records.get(2).path("actor");
                assertThat(overTheApi.path("email").asText()).isEqualTo(TestOrg.RON);
                assertThat(overTheApi.path("role").asText()).isEqualTo("rep");
                assertThat(overTheApi.path("route").asText()).isEqualTo("POST /api/feeds");
                assertThat(records.get(3).path("actor").path("route").asText()).isEqualTo("DELETE /api/feeds/{id}");
                JsonNode revoked = records.get(3).path("change").path("records").get(0);
                assertThat(revoked.path("before").path("revokedAt").isNull()).isTrue();
                assertThat(revoked.path("after").path("revokedAt").asText()).isNotBlank();

                String trail = needle(store, "audit");
                assertThat(trail).contains("4 records", System.getProperty("user.name") + " (cli)  needle feed create  feed.create  plan_feed 1",
                                "needle feed revoke  feed.revoke  plan_feed 1", TestOrg.RON + " (rep, token ",
                                "POST /api/feeds  feed.create  plan_feed " + apiFeed, "DELETE /api/feeds/{id}  feed.revoke  plan_feed " + apiFeed,
                                "\"repId\":" + ron)
                        .doesNotContain("ndlf_");
            }
        }
    }

    /** A refused revoke (no such feed, or revoked already) stores no record. */
    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRefusedRevokeLeavesNoRecord(Backend backend) {
        try (RunningApi api = RunningApi.start(backend)) {
            long feed = api.send("POST", "/api/feeds", RunningApi.Caller.REP, "{\"rep\": \"" + TestOrg.RON + "\"}").json().path("id").asLong();
            assertThat(api.send("DELETE", "/api/feeds/" + feed, RunningApi.Caller.REP, null).status()).isEqualTo(200);
            assertThat(api.send("DELETE", "/api/feeds/" + feed, RunningApi.Caller.REP, null).status()).isEqualTo(404);
            assertThat(api.send("DELETE", "/api/feeds/999", RunningApi.Caller.MANAGER, null).status()).isEqualTo(404);

            JsonNode records = api.get("/api/audit", RunningApi.Caller.ADMIN).json().path("records");

            assertThat(records).extracting(record -> record.path("action").asText()).containsExactly("feed.create", "feed.revoke");
        }
    }

    private static String needle(String[] store, String... args) {
        List<String> all = new ArrayList<>(List.of(store));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of());
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) request.header("Content-Type", "application/json");
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return new ObjectMapper().readTree(response.body());
    }
}
