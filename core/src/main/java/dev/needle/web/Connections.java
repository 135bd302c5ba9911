package dev.needle.web;

import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * How the server treats connections, so that slow or hostile clients cannot hold the few request
 * threads: bounded headers, an idle timeout on every connection, and refused bodies left unread.
 */
final class Connections {
    /** Request line and headers together; larger ones get 431. Jetty's default, stated so the docs can. */
    static final int HEADER_BYTES = 8 * 1024;

    private Connections() {
    }

    static void configure(HttpConfiguration http) {
        http.setRequestHeaderSize(HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
    }

    /**
     * The one connector, on {@code host:port}: a connection that sends nothing for {@code idle} (a
     * stalled request line, headers or body) is closed, and a request thread blocked reading its body
     * is freed. A body that keeps arriving is never cut off, so large uploads still work.
     */
    static ServerConnector connector(Server server, HttpConfiguration http, Duration idle, String host, int port) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(idle.toMillis());
        return connector;
    }

    /**
     * Answers a refused request (401, 403) without reading its body, and closes the connection after
     * the answer, since the unread body leaves it unusable. Reading the body instead would hand a
     * request thread to any anonymous client that announces a large body and sends it slowly.
     */
    static void closeUnreadBody(Context ctx) {
        if (announcesBody(ctx)) ctx.header("Connection", "close");
    }

    /**
     * Reads and drops what is left of a body refused for its size (up to {@code limit} bytes) before the
     * answer goes out. A server that answers and closes while the client is still sending makes the
     * kernel reset the connection over the unread bytes, and the reset can reach the client before the
     * answer does: the client then sees a connection closed with no response at all, now and then, instead
     * of the 413. Past {@code limit} the connection is closed after the answer as before.
     */
    static void drainRefusedBody(Context ctx, long limit) {
        byte[] buffer = new byte[64 * 1024];
        long left = limit;
        try {
            java.io.InputStream body = ctx.req().getInputStream();
            int read;
            while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) left -= read;
        } catch (java.io.IOException | RuntimeException e) {
            // the client went away or the body broke off: nothing left to drain
        }
        if (left <= 0) ctx.header("Connection", "close");
    }

    private static boolean announcesBody(Context ctx) {
        String length = ctx.header("Content-Length");
        return ctx.header("Transfer-Encoding") != null || length != null && !length.trim().equals("0");
    }

    /** The client's request broken at the HTTP level (a bad chunk, a bad multipart framing), if that is what failed. */
    static HttpException badRequest(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) return http;
        }
        return null;
    }

    /** Whether {@code failure} is the client's: it went away, or its body stopped arriving (idle timeout). */
    static boolean clientFailed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EofException || cause instanceof TimeoutException) return true;
        }
        return false;
    }
}
