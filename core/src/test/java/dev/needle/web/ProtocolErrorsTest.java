package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.testing.Backend;
import dev.needle.web.RawHttp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that are not valid HTTP, refused by Jetty before any route runs, or broken part-way
 * through their body: each answered with the API's JSON error and the right 4xx, never Jetty's HTML
 * page, never a stack trace and never a 500 for the client's own mistake.
 */
class ProtocolErrorsTest {
    private static RunningApi api;

    @BeforeAll
    static void serve() {
        api = RunningApi.start(Backend.H2);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aHeaderOf64KbGets431AsJson() throws IOException {
        Reply reply = send("GET /api/me HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "a".repeat(64 * 1024) + "\r\n\r\n");
        assertJsonError(reply, 431, "over 8 KB");
    }

    @Test
    void aRequestLineThatIsNotHttpGets400AsJson() throws IOException {
        assertJsonError(send("GARBAGE\r\n\r\n"), 400, "not valid HTTP");
    }

    @Test
    void aHeaderWithoutAColonGets400AsJson() throws IOException {
        assertJsonError(send("GET /api/me HTTP/1.1\r\nHost: 127.0.0.1\r\nNot a header\r\n\r\n"), 400, "not valid HTTP");
    }

    @Test
    void aUriOver8KbGets414AsJson() throws IOException {
        assertJsonError(send("GET /" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 414, "over 8 KB");
    }

    @Test
    void aBrokenChunkedBodyGets400NotA500() throws IOException {
        Reply reply = send("POST /api/activities HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + api.token(REP)
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        assertJsonError(reply, 400, "not valid HTTP");
    }

    @Test
    void aBodyInACharsetNobodyReadsGets415NotA500() throws IOException {
        Reply reply = send("POST /api/activities HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + api.token(REP)
                + "\r\nContent-Type: application/json; charset=klingon\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertJsonError(reply, 415, "klingon");
    }

    private static Reply send(String request) throws IOException {
        return RawHttp.exchange(api.server().port(), request);
    }

    static void assertJsonError(Reply reply, int status, String messagePart) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode json = new RunningApi.Answer(status, reply.header("Content-Type"), reply.body()).json();
        assertThat(json.path("status").asInt()).isEqualTo(status);
        assertThat(json.path("message").asText()).contains(messagePart);
        assertThat(reply.body()).doesNotContain("\tat ", "Exception", "<html", "jetty");
    }
}
