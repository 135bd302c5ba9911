package dev.needle.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.needle.app.InvalidRequestException;
import dev.needle.app.Needle;
import dev.needle.auth.Principal;
import dev.needle.auth.Users;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.ingest.run.Importer;
import dev.needle.ingest.mapping.InvalidMappingException;
import dev.needle.ingest.mapping.MappingLibrary;
import dev.needle.store.AmbiguousRepException;
import dev.needle.store.MeetingAlreadyRecordedException;
import dev.needle.store.NextActionConflictException;
import dev.needle.store.Store;
import dev.needle.store.StoreBusyException;
import dev.needle.store.WorkLog;
import dev.needle.work.InvalidInputException;
import dev.needle.view.Documents;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code needle serve}: the REST API under {@code /api/}, its OpenAPI document at {@code /openapi.json},
 * and the dashboard's static files at {@code /}. Every route comes from the one route table.
 */
public final class ApiServer implements AutoCloseable {
    /**
     * How large a request may be: a JSON body (one activity, one next action: 1 MB is generous) and an
     * upload to POST /api/import, all files together. Larger requests get 413. {@code uploadRows}: the table
     * rows one upload may hold (a small zip can unpack to millions), also 413; the CLI imports larger exports.
     * {@code idleTimeout}: how long a connection may send nothing, in its headers or its body, before the
     * server drops it; an upload that keeps sending is never cut off, however large.
     */
    public record Limits(long jsonBytes, long uploadBytes, long uploadRows, Duration idleTimeout) {
        public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
        public static final Limits DEFAULT = new Limits(1024 * 1024, 256L * 1024 * 1024, 2_000_000, IDLE_TIMEOUT);

        public Limits(long jsonBytes, long uploadBytes) {
            this(jsonBytes, uploadBytes, DEFAULT.uploadRows(), IDLE_TIMEOUT);
        }

        public Limits(long jsonBytes, long uploadBytes, Duration idleTimeout) {
            this(jsonBytes, uploadBytes, DEFAULT.uploadRows(), idleTimeout);
        }

        public Limits withUploadRows(long rows) {
            return new Limits(jsonBytes, uploadBytes, rows, idleTimeout);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /**
     * Request threads. Answers come from memory in well under a millisecond, so a few threads per core
     * keep the CPUs busy; Jetty's usual 200 only add switching between threads (measured in the README).
     */
    private static final int THREADS = Integer.getInteger("needle.threads", Math.max(16, 4 * Runtime.getRuntime().availableProcessors()));

    /** How often the API checks whether another process imported into the store. */
    private static final Duration STORE_CHECK = Duration.ofSeconds(5);

    private final Javalin app;
    private final List<Route> routes;
    private final AutoCloseable resources;

    private ApiServer(Javalin app, List<Route> routes, AutoCloseable resources) {
        this.app = app;
        this.routes = routes;
        this.resources = resources;
    }

    /** Serves the API and dashboard over {@code needle}'s store on {@code host:port} (port 0: any free port) until closed. */
    public static ApiServer start(Needle needle, String host, int port) {
        return start(needle, host, port, Limits.DEFAULT);
    }

    public static ApiServer start(Needle needle, String host, int port, Limits limits) {
        return start(needle, host, port, limits, Clock.systemUTC());
    }

    /** Serves with {@code clock} as "now" (the default as-of of every analysis): what tests fix. */
    public static ApiServer start(Needle needle, String host, int port, Limits limits, Clock clock) {
        return start(needle, host, port, limits, clock, null);
    }

    /** Serves with the first read of the store run on {@code firstRead}: what tests hold back to see a restart's early answers. */
    public static ApiServer start(Needle needle, String host, int port, Limits limits, Clock clock, java.util.concurrent.Executor firstRead) {
        return start(needle.store(), needle.workLog(), needle.users(), needle.catalog(), needle::importer, clock, limits, host, port, firstRead);
    }

    /** Starts serving on {@code host:port} (port 0: any free port). */
    public static ApiServer start(Store store, WorkLog work, Users users, ActivityCatalog catalog,
                                  Function<MappingLibrary, Importer> importers, Clock clock, Limits limits, String host, int port) {
        return start(store, work, users, catalog, importers, clock, limits, host, port, null);
    }

    /**
     * Starts serving, with the first read of the store run on {@code firstRead} (null: a thread of its own).
     * Until that read is in, GETs are answered from the answers saved by an earlier run, when the store has
     * not changed since ({@link EarlyAnswers}); tests hold the read back to see them.
     */
    public static ApiServer start(Store store, WorkLog work, Users users, ActivityCatalog catalog, Function<MappingLibrary, Importer> importers,
                                  Clock clock, Limits limits, String host, int port, java.util.concurrent.Executor firstRead) {
        Snapshots snapshots = new Snapshots(store, catalog, clock, STORE_CHECK);
        EarlyAnswers early = EarlyAnswers.load(store.savedAnswers());
        List<Route> routes = RouteTable.of(snapshots, store, work, catalog, importers, clock, limits, version());
        Javalin app = Javalin.create(config -> {
            configure(config, routes, users, snapshots, early, limits);
            config.jetty.addConnector((server, http) -> Connections.connector(server, http, limits.idleTimeout(), host, port));
        });
        AutoCloseable resources = () -> {
            snapshots.close();
            early.close();
        };
        try {
            app.start();
        } catch (RuntimeException e) {
            closeQuietly(resources);
            throw new UnableToServeException("cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        snapshots.startReading(firstRead);
        return new ApiServer(app, routes, resources);
    }

    private static String version() {
        String version = ApiServer.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private static void configure(JavalinConfig config, List<Route> routes, Users users, Snapshots snapshots, EarlyAnswers early,
                                  Limits limits) {
        config.startup.showJavalinBanner = false;
        config.jetty.threadPool = new QueuedThreadPool(THREADS, Math.min(8, THREADS), 60_000);
        config.jetty.modifyHttpConfiguration(Connections::configure);
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new JsonErrorHandler());
            // Javalin puts its own handler inside this one: the headers go on every answer
            server.setHandler(new SecurityHeaders());
        });
        config.jsonMapper(new JavalinJackson(Documents.mapper(), false));
        config.http.maxRequestSize = limits.jsonBytes();
        config.jetty.multipartConfig.maxTotalRequestSize(limits.uploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxFileSize(limits.uploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        // Javalin refuses folders that are not on the class path: the dashboard and its webjars may be absent
        if (ApiServer.class.getResource("/web") != null) config.staticFiles.add("/web", Location.CLASSPATH);
        if (ApiServer.class.getResource("/META-INF/resources/webjars") != null) config.staticFiles.enableWebjars();
        for (Route route : routes) {
            config.routes.addHttpHandler(route.method(), route.path(), ctx -> handle(ctx, route, users, snapshots, early));
        }
        config.routes.exception(ApiException.class, (e, ctx) -> answer(ctx, new ApiError(e.status(),
                ApiError.reason(e.status()), e.getMessage(), e.fields(), e.errors())));
        config.routes.exception(InvalidInputException.class, (e, ctx) -> answer(ctx, new ApiError(422,
                ApiError.reason(422), e.getMessage(), e.fields(), List.of())));
        config.routes.exception(NextActionConflictException.class, (e, ctx) -> answer(ctx, ApiError.of(409, e.getMessage())));
        config.routes.exception(MeetingAlreadyRecordedException.class, (e, ctx) -> answer(ctx, new ApiError(409,
                ApiError.reason(409), e.getMessage(), Map.of("meeting", e.getMessage()), List.of())));
        config.routes.exception(InvalidMappingException.class, (e, ctx) -> answer(ctx, ApiError.of(422, e.getMessage())));
        config.routes.exception(AmbiguousRepException.class, (e, ctx) -> answer(ctx, ApiError.of(400, e.getMessage())));
        config.routes.exception(InvalidRequestException.class, (e, ctx) -> answer(ctx, ApiError.of(400, e.message(field -> field))));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, ApiError.of(e.getStatus(), e.getMessage())));
        config.routes.exception(Exception.class, ApiServer::unexpected);
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) answer(ctx, ApiError.of(404, "no route " + ctx.method() + " " + ctx.path()));
        });
        config.routes.error(405, ctx -> answer(ctx, ApiError.of(405, ctx.method() + " is not allowed on " + ctx.path())));
    }

    private static void handle(Context ctx, Route route, Users users, Snapshots snapshots, EarlyAnswers early) throws Exception {
        Principal caller = null;
        if (route.access() != Access.PUBLIC) {
            try {
                caller = authenticate(ctx, users, snapshots);
                if (!route.access().allows(caller)) {
                    throw new ApiException(403, route.method() + " " + route.path() + " is for " + route.access().roles()
                            + "; you are signed in as " + caller.role().label());
                }
            } catch (ApiException refused) {
                Connections.closeUnreadBody(ctx);
                throw refused;
            }
        }
        if (caller != null && HandlerType.GET.equals(route.method())) {
            byte[] published = early.published(ctx, caller, snapshots.ready() ? snapshots.current() : null);
            if (published != null) {
                ctx.header(EarlyAnswers.HEADER, "published").contentType("application/json").result(published);
                return;
            }
        }
        if (caller != null && HandlerType.GET.equals(route.method()) && !snapshots.ready()) {
            byte[] saved = early.saved(ctx, caller);
            if (saved != null) {
                ctx.header(EarlyAnswers.HEADER, "saved").contentType("application/json").result(saved);
                return;
            }
        }
        route.endpoint().handle(ctx, caller);
        if (ctx.status().getCode() == 200 && route.successStatus() != 200) ctx.status(route.successStatus());
        Requests.Answer answer = ctx.attribute(Requests.ANSWER);
        if (answer != null && ctx.status().getCode() == 200) early.keep(ctx, caller, answer.snapshot().fingerprint(), answer.json());
    }

    private static void closeQuietly(AutoCloseable resources) {
        try {
            resources.close();
        } catch (Exception e) {
            LOG.warn("closing the API's resources failed", e);
        }
    }

    /**
     * Any other failure: the client's own (a body that is not valid HTTP, stopped arriving, or is in a
     * charset nobody reads) gets its 4xx; a fault of the server gets 500 with a generic message, its
     * stack trace only in the log.
     */
    private static void unexpected(Exception failure, Context ctx) {
        HttpException protocol = Connections.badRequest(failure);
        if (protocol != null) {
            ctx.header("Connection", "close");
            answer(ctx, ApiError.of(protocol.getCode(), JsonErrorHandler.explanation(protocol.getCode(), protocol.getReason())));
        } else if (Connections.clientFailed(failure)) {
            LOG.debug("{} {}: the client stopped sending", ctx.method(), ctx.path(), failure);
            ctx.header("Connection", "close");
            answer(ctx, ApiError.of(408, "the request stopped arriving; send it again"));
        } else if (StoreBusyException.causedByBusyStore(failure)) {
            busy(ctx);
        } else if (failure instanceof UnsupportedCharsetException charset) {
            answer(ctx, ApiError.of(415, "the charset " + charset.getCharsetName() + " is not supported; send UTF-8"));
        } else {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), failure);
            answer(ctx, ApiError.of(500, "the server failed to answer this request; the reason is in its log"));
        }
    }

    /** Another process holds the store's write lock (a long import): nothing was written; the client may send it again. */
    private static void busy(Context ctx) {
        ctx.header("Retry-After", String.valueOf(StoreBusyException.RETRY_AFTER.toSeconds()));
        answer(ctx, ApiError.of(503, StoreBusyException.MESSAGE));
    }

    private static Principal authenticate(Context ctx, Users users, Snapshots snapshots) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "send your API token as 'Authorization: Bearer <token>' (needle token create --user EMAIL)");
        }
        Optional<Principal> caller = users.authenticate(header.substring(7).trim(), snapshots.reps());
        if (caller.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiException(401, "the API token is unknown or revoked");
        }
        return caller.get();
    }

    private static void answer(Context ctx, ApiError error) {
        SecurityHeaders.put(ctx::header);
        ctx.status(error.status());
        try {
            ctx.contentType("application/json").result(Requests.JSON.writeValueAsString(error));
        } catch (JsonProcessingException e) {
            ctx.result("{\"status\":" + error.status() + "}");
        }
    }

    public int port() {
        return app.port();
    }

    /** The routes as the server actually registered them (method and path), for the tests. */
    List<Map.Entry<String, String>> registered() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> Map.entry(parsed.endpoint.method.name(), parsed.endpoint.path)).toList();
    }

    List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        app.stop();
        try {
            resources.close();
        } catch (Exception e) {
            LOG.warn("closing the API's resources failed", e);
        }
    }
}
