package dev.needle.web;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Notices a client that goes away while the server still works on its request, so long work (an import) can
 * stop instead of finishing for nobody.
 *
 * <p>Jetty reads nothing from an HTTP/1.1 connection while a handler runs, so a closed connection goes
 * unnoticed until the answer is written. Once the request body has been read, the watch asks the connection to
 * report when it becomes readable: a client waiting for its answer sends nothing more, so readable means it
 * closed the connection (a client pipelining its next request would be taken for gone too; browsers and
 * common clients do not pipeline). Nothing is read, so a connection that stays open is left as it was; closing
 * the watch withdraws the interest before the answer is written, so keep-alive works as before. Where the
 * connection cannot be watched this way (HTTP/2), Jetty's own failure notice (a reset stream) still counts.
 */
final class ClientWatch implements AutoCloseable {
    private final AtomicBoolean gone = new AtomicBoolean();
    private final EndPoint endPoint;
    private final boolean watching;

    private ClientWatch(Request request) {
        request.addFailureListener(failure -> gone.set(true));
        endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        watching = endPoint.tryFillInterested(Callback.from(() -> gone.set(true), failure -> gone.set(true)));
    }

    /** Starts watching; call it only after the request body has been read to its end. */
    static ClientWatch of(Context ctx) {
        return new ClientWatch(ServletContextRequest.getServletContextRequest(ctx.req()));
    }

    boolean gone() {
        return gone.get();
    }

    /** Withdraws the interest while the client is still there: the connection needs it for the next request. */
    @Override
    public void close() {
        if (watching && !gone.get() && endPoint instanceof AbstractEndPoint watched) {
            watched.getFillInterest().onFail(new CancellationException("the request's work is done"));
        }
    }
}
