package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.app.Needle;
import dev.needle.auth.Role;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.store.Database;
import dev.needle.testing.Backend;
import dev.needle.testing.ChildNeedle;
import dev.needle.testing.GeneratedOrg;
import dev.needle.testing.Scratch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code needle serve} and the command line share one store at the same time: while the server runs,
 * another process adds a user, mints their token and imports an org into the same SQLite home, the
 * same H2 home (H2's mixed mode) or the same PostgreSQL database. The server takes the new token and
 * shows the imported records, the same deals the command line itself lists, without a restart.
 */
class CommandLineBesideServerTest {
    /** docs/api.md: an import from another process is noticed within 5 s, then read in the background. */
    private static final Duration NOTICED_AND_READ = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void theCommandLineImportsIntoTheStoreAServerIsServingAndTheServerShowsIt(Backend backend) throws Exception {
        Path home = Scratch.directory("needle-home-");
        String url = backend == Backend.POSTGRES ? backend.freshUrl(null) : null;
        Database database = switch (backend) {
            case POSTGRES -> Database.open(url, null, null);
            case SQLITE -> Database.sqlite(home);
            case H2 -> Database.h2(home);
        };
        List<String> store = url != null ? List.of("--db", url) : List.of("--home", home.toString());
        Path export = GeneratedOrg.of(3, 40, 16).export();
        try (Needle server = Needle.using(database, ActivityCatalog.defaults());
             ApiServer api = ApiServer.start(server, "127.0.0.1", 0)) {
            assertThat(server.store().reps()).as("the server starts on an empty store").isEmpty();

            succeeds(store, "user", "add", "ops@acme.test", "--role", "admin");
            String token = lastLine(succeeds(store, "token", "create", "--user", "ops@acme.test"));
            String imported = succeeds(store, "import", export.toString());
            assertThat(imported).contains("Imported");
            Set<String> dealsTheCommandLineLists = dealIds(JSON.readTree(jsonIn(succeeds(store, "deals", "--json"))));
            assertThat(dealsTheCommandLineLists).isNotEmpty();

            assertThat(status(api, token, "/api/me")).as("the token the command line made").isEqualTo(200);
            JsonNode deals = awaitDeals(api, token, dealsTheCommandLineLists.size());
            assertThat(dealIds(deals)).isEqualTo(dealsTheCommandLineLists);
            assertThat(JSON.readTree(get(api, token, "/api/reps").body()).path("reps").size())
                    .isEqualTo(server.store().reps().size()).isPositive();
        }
    }

    private JsonNode awaitDeals(ApiServer api, String token, int expected) throws Exception {
        long until = System.nanoTime() + NOTICED_AND_READ.toNanos();
        JsonNode deals = JSON.readTree(get(api, token, "/api/deals").body());
        while (deals.path("deals").size() < expected && System.nanoTime() < until) {
            Thread.sleep(200);
            deals = JSON.readTree(get(api, token, "/api/deals").body());
        }
        return deals;
    }

    private static Set<String> dealIds(JsonNode document) {
        Set<String> ids = new TreeSet<>();
        document.path("deals").forEach(deal -> ids.add(deal.path("externalId").asText()));
        return ids;
    }

    private static String succeeds(List<String> store, String... command) {
        List<String> args = new ArrayList<>(store);
        args.addAll(List.of(command));
        ChildNeedle.Result result = ChildNeedle.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as("needle %s: %s", String.join(" ", command), result.output()).isZero();
        return result.output();
    }

    /** The JSON document in a child's output, which also holds its stderr (an H2 home says it keeps H2). */
    private static String jsonIn(String output) {
        return output.substring(output.startsWith("{") ? 0 : output.indexOf("\n{") + 1);
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    private int status(ApiServer api, String token, String path) {
        return get(api, token, path).statusCode();
    }

    private HttpResponse<String> get(ApiServer api, String token, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .header("Authorization", "Bearer " + token).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
