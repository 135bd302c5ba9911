package dev.needle.web;

import dev.needle.testing.Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that announce a body and then send it a byte at a time must not take the server's request
 * threads from everyone else: without a token they are refused before any of the body is read, and a
 * signed-in body that stops arriving is cut off after the idle timeout.
 */
class SlowClientsTest {
    private static final int SLOW_CLIENTS = 200;
    private static final Duration IDLE = Duration.ofSeconds(1);
    private static RunningApi api;

    @BeforeAll
    static void serve() {
        api = RunningApi.start(Backend.H2, new ApiServer.Limits(1024 * 1024, 16L * 1024 * 1024, IDLE));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aSignedInUserIsAnsweredPromptlyWhile200AnonymousClientsDripTheirBodies() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(startSlowBody(i % 2 == 0 ? "/api/activities" : "/api/import", null));
            }
            Thread.sleep(300); // let the server take up every one of them before the signed-in user asks
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/api/me")).timeout(Duration.ofSeconds(2))
                        .header("Authorization", "Bearer " + api.token(REP)).build(), HttpResponse.BodyHandlers.ofString());
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(millis).as("GET /api/me while %d anonymous bodies drip, in ms", SLOW_CLIENTS).isLessThan(2000);
            }
        } finally {
            for (Socket socket : slow) socket.close();
        }
    }

    @Test
    void aRequestWithoutATokenIsRefusedBeforeItsBodyArrivesAndTheConnectionClosed() throws Exception {
        try (Socket socket = startSlowBody("/api/activities", null)) {
            String answer = RawHttp.readUntilClosed(socket);
            assertThat(answer).startsWith("HTTP/1.1 401");
            assertThat(answer.toLowerCase()).contains("connection: close");
            assertThat(answer).contains("\"status\":401");
        }
    }

    @Test
    void aSignedInBodyThatStopsArrivingIsCutOffAfterTheIdleTimeout() throws Exception {
        try (Socket socket = startSlowBody("/api/activities", api.token(REP))) {
            long started = System.nanoTime();
            String answer = RawHttp.readUntilClosed(socket);
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertThat(millis).as("ms until the server gave up on the body").isBetween(IDLE.toMillis() / 2, 4 * IDLE.toMillis());
            assertThat(answer).as("no stack trace, at most a JSON error").doesNotContain("\tat ", "Exception");
        }
    }

    /** A raw connection that sends a request's headers announcing 100000 bytes of body, then one byte of it. */
    private static Socket startSlowBody(String path, String token) throws IOException {
        Socket socket = new Socket("127.0.0.1", api.server().port());
        socket.setSoTimeout(5000);
        String type = path.endsWith("import") ? "multipart/form-data; boundary=slow" : "application/json";
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nContent-Length: 100000\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n{";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.server().port() + path);
    }
}
