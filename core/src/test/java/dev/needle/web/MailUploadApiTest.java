package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.app.Needle;
import dev.needle.auth.Role;
import dev.needle.domain.Activity;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/import} of mailboxes with needle import's mail options: {@code keepBodies} stores the touch's text
 * body, and each {@code internalDomain} field makes mail among the company's own domains internal, not a touch.
 */
class MailUploadApiTest {
    private static final Path MAIL = Path.of("src", "test", "resources", "mail");
    private static final Path ALICES_REPLY = MAIL.resolve("apple-mail").resolve("Re Umbrella renewal.eml");
    private final HttpClient client = HttpClient.newHttpClient();

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aMailsBodyIsStoredOnlyWhenKeepBodiesIsTrue(Backend backend) throws Exception {
        try (Server headersOnly = Server.start(backend); Server withBodies = Server.start(backend)) {
            JsonNode withoutBody = headersOnly.upload(List.of(), ALICES_REPLY);
            JsonNode withBody = withBodies.upload(List.of(Map.entry("keepBodies", "true")), ALICES_REPLY);

            assertThat(withoutBody.path("mail").path("stored").asLong()).isEqualTo(1);
            assertThat(withBody.path("mail").path("stored").asLong()).isEqualTo(1);
            assertThat(headersOnly.mailTouch().notes()).as("headers only by default").isNull();
            assertThat(withBodies.mailTouch().notes()).contains("Ana, we will renew. Call me.");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void anInternalDomainMakesMailAmongTheCompanysDomainsInternal(Backend backend) throws Exception {
        Path mailbox = MAIL.resolve("gmail-takeout").resolve("ana.mbox");
        try (Server without = Server.start(backend); Server with = Server.start(backend)) {
            JsonNode unknown = without.upload(List.of(), mailbox).path("mail");
            JsonNode internal = with.upload(List.of(Map.entry("internalDomain", "acme-internal.test"),
                    Map.entry("internalDomain", "@acme-labs.test")), mailbox).path("mail");

            assertThat(unknown.path("internal").asLong()).isZero();
            assertThat(internal.path("internal").asLong()).as("Ana's note to ops@acme-internal.test").isEqualTo(1);
            assertThat(internal.path("noKnownContact").asLong()).isEqualTo(unknown.path("noKnownContact").asLong() - 1);
            assertThat(internal.path("stored").asLong()).isEqualTo(unknown.path("stored").asLong());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aBadMailOptionIsRefusedNamingTheFieldAndStoresNothing(Backend backend) throws Exception {
        try (Server server = Server.start(backend)) {
            HttpResponse<String> notABoolean = server.send(List.of(Map.entry("keepBodies", "yes")), ALICES_REPLY);
            HttpResponse<String> notADomain = server.send(List.of(Map.entry("internalDomain", "acme-internal.test"),
                    Map.entry("internalDomain", "ops@acme internal")), ALICES_REPLY);

            assertThat(notABoolean.statusCode()).isEqualTo(400);
            assertThat(notABoolean.body()).contains("keepBodies: must be true or false, got \\\"yes\\\"");
            assertThat(notADomain.statusCode()).isEqualTo(400);
            assertThat(notADomain.body()).contains("internalDomain: \\\"ops@acme internal\\\" is not a domain like acme.com");
            assertThat(server.needle.store().dataset().activities()).as("nothing stored").isEmpty();
        }
    }

    /** needle serve over the mail fixtures' org (Ana and Ben at acme.com; Hank, Bill and Alice their buyers), with an admin's token. */
    private final class Server implements AutoCloseable {
        private final Needle needle;
        private final ApiServer api;
        private final String token;

        private Server(Backend backend) {
            needle = Imports.needle(backend);
            assertThat(Imports.run(needle, Imports.allOrNothing(), MAIL.resolve("org")).committed()).isTrue();
            needle.users().add("admin@acme.com", "Ada Admin", Role.ADMIN);
            token = needle.users().createToken("admin@acme.com", "test");
            api = ApiServer.start(needle, "127.0.0.1", 0);
        }

        static Server start(Backend backend) {
            return new MailUploadApiTest().new Server(backend);
        }

        JsonNode upload(List<Map.Entry<String, String>> fields, Path file) throws Exception {
            HttpResponse<String> answer = send(fields, file);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return new ObjectMapper().readTree(answer.body());
        }

        /** A multipart upload of {@code file} with form fields, a name given as often as it is listed. */
        HttpResponse<String> send(List<Map.Entry<String, String>> fields, Path file) throws IOException, InterruptedException {
            String boundary = "needle-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, String> field : fields) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(file));
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/import"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        }

        Activity mailTouch() {
            List<Activity> touches = needle.store().dataset().activities().stream().filter(activity -> "Email".equals(activity.type())).toList();
            assertThat(touches).hasSize(1);
            return touches.get(0);
        }

        @Override
        public void close() {
            api.close();
            needle.close();
        }
    }
}
