package dev.needle.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.Map;

/**
 * The headers every answer carries, set in front of everything the server serves (API, dashboard,
 * webjars, errors): the browser runs only the server's own scripts, never shows a page inside a frame,
 * never guesses a content type, sends no referrer, and keeps no copy of what the API answers.
 */
final class SecurityHeaders extends Handler.Wrapper {
    /**
     * Scripts, styles, data and images from this origin only; no inline script, no eval (ECharts'
     * one {@code new Function} parses GeoJSON maps, which the dashboard does not use). Style
     * attributes are the one exception: ECharts writes its tooltips as HTML with {@code style="…"}
     * attributes, which {@code style-src-attr 'unsafe-inline'} allows while {@code <style>} elements
     * stay forbidden ({@code style-src-elem}); browsers without CSP level 3 read the {@code style-src}
     * line, which allows both.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "style-src-elem 'self'",
            "style-src-attr 'unsafe-inline'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'",
            "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");
    private static final Map<String, String> EVERY_ANSWER = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        put(response.getHeaders(), path.startsWith("/api/") || path.equals("/openapi.json"));
        return super.handle(request, response, callback);
    }

    /** Puts the headers of every answer, and with {@code api} the one that keeps API answers out of caches. */
    static void put(HttpFields.Mutable headers, boolean api) {
        EVERY_ANSWER.forEach(headers::put);
        if (api) headers.put("Cache-Control", "no-store");
    }

    /** The same, through a setter (Javalin's context), for answers written after a response was reset. */
    static void put(java.util.function.BiConsumer<String, String> header) {
        EVERY_ANSWER.forEach(header);
        header.accept("Cache-Control", "no-store");
    }
}
