package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.testing.Backend;
import dev.needle.testing.DeepCalendar;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.needle.web.RunningApi.Caller.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an upload to POST /api/import may cost the server: a small zip can unpack to millions of valid rows, so
 * rows are capped, and an import whose client hangs up stops instead of running on for nobody; a calendar nested
 * deeper than its parser's stack is refused as a bad file. Each test is
 * bounded to seconds (it runs in CI on two cores): the zips are built here from one repeated, valid row.
 */
class UploadBoundsTest {
    private static final Duration STOPS_WITHIN = Duration.ofSeconds(5);

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    @Timeout(60)
    void anUploadOverTheRowCapGets413NamingTheCapAndHowToRaiseItAndStoresNothing(Backend backend) throws IOException {
        try (RunningApi api = RunningApi.start(backend, ApiServer.Limits.DEFAULT.withUploadRows(1_000))) {
            int before = activities(api);
            Answer answer = api.upload("/api/import", ADMIN, Map.of(), List.of(zipOfActivities(temp, 5_000).path()));

            assertThat(answer.status()).as(answer.body()).isEqualTo(413);
            assertThat(answer.json().path("message").asText()).contains("1,000 rows", "--max-upload-rows", "nothing was stored");
            assertThat(activities(api)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    @Timeout(60)
    void anUploadWithinTheRowCapIsStoredWhole(Backend backend) throws IOException {
        try (RunningApi api = RunningApi.start(backend, ApiServer.Limits.DEFAULT.withUploadRows(1_000))) {
            int before = activities(api);
            Answer answer = api.upload("/api/import", ADMIN, Map.of(), List.of(zipOfActivities(temp, 1_000).path()));

            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(activities(api)).isEqualTo(before + 1_000);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    @Timeout(90)
    void anImportWhoseClientHangsUpStopsWithinSecondsAndStoresNothing(Backend backend) throws Exception {
        try (RunningApi api = RunningApi.start(backend)) {
            int before = activities(api);
            // far more rows than the server imports in STOPS_WITHIN (it stores some 10,000 a second)
            Zip zip = zipOfActivities(temp, 300_000);
            try (Socket client = new Socket("127.0.0.1", api.server().port())) {
                send(client.getOutputStream(), api.token(ADMIN), zip.path());
                Path unpacked = awaitUnpacked(zip);
                Thread.sleep(500); // into the import's rows
                client.close();
                long hungUp = System.nanoTime();
                awaitGone(unpacked);
                assertThat(Duration.ofNanos(System.nanoTime() - hungUp)).isLessThan(STOPS_WITHIN);
            }
            assertThat(activities(api)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    @Timeout(60)
    void aCalendarNestedTwentyThousandDeepGets422NamingTheFileAndLine(Backend backend) throws IOException {
        try (RunningApi api = RunningApi.start(backend)) {
            Path calendar = Files.writeString(temp.resolve("deep.ics"),
                    DeepCalendar.nested(20_000, false));

            Answer answer = api.upload("/api/import", ADMIN, Map.of("rep", TestOrg.RON), List.of(calendar));

            assertThat(answer.status()).as(answer.body()).isEqualTo(422);
            JsonNode error = answer.json().path("errors").path(0);
            assertThat(error.path("file").asText()).isEqualTo("deep.ics");
            assertThat(error.path("reason").asText()).isEqualTo("line 26: components nest deeper than 20 levels (BEGIN:X-NEST);"
                    + " not a calendar Needle reads");
        }
    }

    private static int activities(RunningApi api) {
        return api.needle().store().dataset().activities().size();
    }

    /** A zip holding activities.csv of {@code tableBytes} bytes. */
    private record Zip(Path path, long tableBytes) {
        String stem() {
            return path.getFileName().toString().replace(".zip", "");
        }
    }

    /** One valid activity of the test org, {@code rows} times under new ids: a zip of a few hundred kB at most. */
    private static Zip zipOfActivities(Path dir, int rows) throws IOException {
        Path zip = dir.resolve("bulk-" + UUID.randomUUID() + ".zip");
        long tableBytes = 0;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("activities.csv"));
            StringBuilder text = new StringBuilder("id,rep_id,type,start,duration_minutes,deal_id,account_id,contact_id,"
                    + "direction,outcome,value_for_buyer,buyer_next_step,subject,notes\n");
            for (int row = 0; row < rows; row++) {
                text.append("bulk").append(row).append(",r2,Call,2026-10-12T15:00:00Z,20,d1,a1,c1,OUTBOUND,Connected,")
                        .append("Pricing options,Review the proposal,,\n");
                if (text.length() > 1 << 20) tableBytes += write(text, out);
            }
            tableBytes += write(text, out);
        }
        return new Zip(zip, tableBytes);
    }

    private static int write(StringBuilder text, OutputStream out) throws IOException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        text.setLength(0);
        return bytes.length;
    }

    /** The whole request, with its length (so the server reads all of it), and then nothing: the client waits. */
    private static void send(OutputStream out, String token, Path zip) throws IOException {
        String boundary = "needle-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + zip.getFileName()
                + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = Files.readAllBytes(zip);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        out.write(("POST /api/import HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + (head.length + file.length + tail.length) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(head);
        out.write(file);
        out.write(tail);
        out.flush();
    }

    /**
     * The server's copy of the zip's table, once unpacked whole (header and every row): the server deletes it
     * when the request's work has ended, which is what the test watches for.
     */
    private static Path awaitUnpacked(Zip zip) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (Path upload : uploads()) {
                Path table = upload.resolve(zip.stem()).resolve("activities.csv");
                if (size(table) == zip.tableBytes()) return table;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the server did not unpack the upload within 30 s");
    }

    private static void awaitGone(Path unpacked) throws InterruptedException {
        long deadline = System.nanoTime() + STOPS_WITHIN.toNanos();
        while (Files.exists(unpacked) && System.nanoTime() < deadline) Thread.sleep(20);
    }

    private static List<Path> uploads() {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(path -> path.getFileName().toString().startsWith("needle-upload-")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1; // not there yet
        }
    }
}
