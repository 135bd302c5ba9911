package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.app.Needle;
import dev.needle.auth.Role;
import dev.needle.domain.Deal;
import dev.needle.domain.Rep;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code needle serve} over the {@link TestOrg} on a free port of 127.0.0.1, with a token per kind of
 * caller, and a real HTTP client to call it.
 */
final class RunningApi implements AutoCloseable {
    enum Caller { ANONYMOUS, REP, MANAGER, ADMIN }

    static final ObjectMapper JSON = new ObjectMapper();
    private final Needle needle;
    private final ApiServer server;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, Long> reps;
    private final Map<String, Long> deals;
    private final ApiServer.Limits limits;
    private final java.time.Clock clock;

    private RunningApi(Backend backend, ApiServer.Limits limits) {
        this(backend, limits, java.time.Clock.systemUTC());
    }

    private RunningApi(Backend backend, ApiServer.Limits limits, java.time.Clock clock) {
        needle = Imports.needle(backend);
        if (!Imports.run(needle, Imports.allOrNothing(), TestOrg.write()).committed()) throw new IllegalStateException("the test org did not import");
        tokens.put(Caller.REP, needle.users().createToken(TestOrg.RON, "test"));
        tokens.put(Caller.MANAGER, needle.users().createToken(TestOrg.MIA, "test"));
        needle.users().add("admin@test.example", "Ada Admin", Role.ADMIN);
        tokens.put(Caller.ADMIN, needle.users().createToken("admin@test.example", "test"));
        reps = needle.store().reps().stream().collect(Collectors.toMap(Rep::email, Rep::id));
        deals = needle.store().dataset().deals().stream().collect(Collectors.toMap(Deal::externalId, Deal::id));
        server = ApiServer.start(needle, "127.0.0.1", 0, limits, clock);
        this.limits = limits;
        this.clock = clock;
    }

    static RunningApi start(Backend backend) {
        return new RunningApi(backend, ApiServer.Limits.DEFAULT);
    }

    /** The API with {@code clock} as "now". */
    static RunningApi start(Backend backend, java.time.Clock clock) {
        return new RunningApi(backend, ApiServer.Limits.DEFAULT, clock);
    }

    static RunningApi start(Backend backend, ApiServer.Limits limits) {
        return new RunningApi(backend, limits);
    }

    Needle needle() {
        return needle;
    }

    ApiServer server() {
        return server;
    }

    String token(Caller caller) {
        return tokens.get(caller);
    }

    long rep(String email) {
        return reps.get(email);
    }

    long deal(String externalId) {
        return deals.get(externalId);
    }

    Answer get(String path, Caller caller) {
        return send("GET", path, caller, null);
    }

    /** What a server started afresh on the same store (reading every record) answers, with the same clock. */
    Answer getFromAFreshServer(String path, Caller caller) {
        try (ApiServer fresh = ApiServer.start(needle, "127.0.0.1", 0, limits, clock)) {
            return getFrom(fresh, path, caller);
        }
    }

    /** Another server on the same store and clock, its first read of the store run on {@code firstRead}: a restart. */
    ApiServer serveAgain(java.util.concurrent.Executor firstRead) {
        return ApiServer.start(needle, "127.0.0.1", 0, limits, clock, firstRead);
    }

    Answer getFrom(ApiServer other, String path, Caller caller) {
        return call(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.port() + path))
                .header("Authorization", "Bearer " + tokens.get(caller)).GET());
    }

    Answer send(String method, String path, Caller caller, String json) {
        HttpRequest.Builder request = request(path, tokens.get(caller));
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) request.header("Content-Type", "application/json");
        return call(request);
    }

    Answer sendWithToken(String method, String path, String token) {
        return call(request(path, token).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** A multipart/form-data POST: each file as a part named {@code file}, plus plain fields. */
    Answer upload(String path, Caller caller, Map<String, String> fields, List<Path> files) {
        return uploadParts(path, caller, fields, files.stream().map(file -> Map.entry("file", file)).toList());
    }

    /** A multipart/form-data POST: files as parts of the given names, plus plain fields. */
    Answer uploadParts(String path, Caller caller, Map<String, String> fields, List<Map.Entry<String, Path>> files) {
        String boundary = "needle-" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, Path> file : files) {
                parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\""
                        + file.getValue().getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                parts.add(Files.readAllBytes(file.getValue()));
                parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        // sent with its length, as browsers send forms: a chunked upload that the server refuses before
        // reading it (401, 403) gets the connection reset under the client while it is still sending
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        parts.forEach(body::writeBytes);
        return call(request(path, tokens.get(caller)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return request;
    }

    private Answer call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null), response.headers().firstValue(EarlyAnswers.HEADER).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type, body, the Retry-After header and the Needle-Answer header (null when absent). */
    record Answer(int status, String contentType, String body, String retryAfter, String answeredFrom) {
        Answer(int status, String contentType, String body) {
            this(status, contentType, body, null, null);
        }

        Answer(int status, String contentType, String body, String retryAfter) {
            this(status, contentType, body, retryAfter, null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    @Override
    public void close() {
        server.close();
        needle.close();
    }
}
