package dev.needle.web;

import dev.needle.app.Needle;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.store.Database;
import dev.needle.testing.Backend;
import dev.needle.testing.ChildNeedle;
import dev.needle.testing.Imports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feed made and revoked on the command line, in a process of its own, while needle serve runs on the
 * same store: the server serves it at once, and after the revoke answers 404 at once — no grace period,
 * unlike an API token's few seconds, because every fetch of a feed asks the store.
 */
class FeedRevocationAcrossProcessesTest {
    private static final Pattern FEED = Pattern.compile("Feed (\\d+): .*\\R(http://\\S+\\.ics)\\R(webcal://\\S+\\.ics)");
    private final HttpClient client = HttpClient.newHttpClient();

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aFeedRevokedByTheCommandLineAnswers404FromARunningServerAtOnce(Backend backend) {
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
            try (ApiServer api = ApiServer.start(server, "127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + api.port();
                ChildNeedle.Result created = needle(store, "feed", "create", "--rep", TestOrg.RON, "--days", "5", "--base-url", base + "/");
                Matcher printed = FEED.matcher(created.output());
                assertThat(printed.find()).as(created.output()).isTrue();
                String feedUrl = printed.group(2);
                assertThat(printed.group(3)).isEqualTo(feedUrl.replace("http://", "webcal://"));
                assertThat(status(feedUrl)).isEqualTo(200);

                ChildNeedle.Result listed = needle(store, "feed", "list", "--rep", TestOrg.RON);
                assertThat(listed.output()).contains(TestOrg.RON, "(command line)").doesNotContain(feedUrl.substring(feedUrl.lastIndexOf('/') + 1));

                ChildNeedle.Result revoked = needle(store, "feed", "revoke", printed.group(1));
                assertThat(revoked.output()).contains("Feed " + printed.group(1) + " revoked.");
                assertThat(status(feedUrl)).as("the very next fetch after the revoke").isEqualTo(404);
                assertThat(needle(store, "feed", "revoke", printed.group(1)).exitCode()).as("revoked once").isEqualTo(1);
            }
        }
    }

    private static ChildNeedle.Result needle(String[] store, String... args) {
        List<String> all = new ArrayList<>(List.of(store));
        all.addAll(List.of(args));
        ChildNeedle.Result result = ChildNeedle.run(all.toArray(String[]::new));
        if (!args[1].equals("revoke") || result.exitCode() == 0) assertThat(result.exitCode()).as(result.output()).isZero();
        return result;
    }

    private int status(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
