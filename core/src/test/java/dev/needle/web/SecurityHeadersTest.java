package dev.needle.web;

import dev.needle.testing.Backend;
import dev.needle.web.RawHttp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer tells the browser to run only the server's own scripts, never to frame the page, never
 * to guess a content type and never to send a referrer; API answers are never cached.
 */
class SecurityHeadersTest {
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
    void anApiAnswerCarriesEverySecurityHeaderAndIsNotCached() throws IOException {
        Reply reply = get("/api/me", "Authorization: Bearer " + api.token(REP) + "\r\n");
        assertThat(reply.status()).isEqualTo(200);
        assertSecurityHeaders(reply);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theDashboardPageAndItsScriptsCarryEverySecurityHeader() throws IOException {
        for (String path : new String[] {"/", "/js/app.js", "/webjars/echarts/5.3.1/dist/echarts.min.js"}) {
            Reply reply = get(path, "");
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertSecurityHeaders(reply);
        }
    }

    @Test
    void errorAnswersCarryEverySecurityHeaderAndAreNotCached() throws IOException {
        Reply[] errors = {
                get("/api/me", ""),
                get("/api/nothing-here", "Authorization: Bearer " + api.token(REP) + "\r\n"),
                get("/api/me", "X-Padding: " + "a".repeat(64 * 1024) + "\r\n")};
        assertThat(errors).extracting(Reply::status).containsExactly(401, 404, 431);
        for (Reply reply : errors) {
            assertSecurityHeaders(reply);
            assertThat(reply.header("Cache-Control")).as(reply.body()).contains("no-store");
        }
    }

    /** The policy forbids inline script, so the page must have none: no script without src, no on… handler. */
    @Test
    void theDashboardPageHasNoInlineScriptForThePolicyToBlock() throws IOException {
        try (InputStream page = ApiServer.class.getResourceAsStream("/web/index.html")) {
            String html = new String(page.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+\\s*=")
                    .doesNotContain("javascript:");
        }
    }

    private static void assertSecurityHeaders(Reply reply) {
        assertThat(reply.header("Content-Security-Policy")).as(reply.body())
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    private static Reply get(String path, String headers) throws IOException {
        return RawHttp.exchange(api.server().port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Connection: close\r\n\r\n");
    }
}
