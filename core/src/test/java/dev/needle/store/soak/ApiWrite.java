package dev.needle.store.soak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;

/**
 * One API write of a soak cycle: an activity, or every third write a deal's next action, each with a
 * marker that finds it in a table dump; {@code status} -1 while unanswered.
 */
record ApiWrite(String method, String path, String body, String marker, int status) {
    static ApiWrite of(int cycle, int n, List<String> deals) {
        String marker = "soak-" + cycle + "-" + n + "-end";
        if (n % 3 == 2 && !deals.isEmpty()) {
            String deal = deals.get(n % deals.size());
            return new ApiWrite("PUT", "/api/deals/" + deal + "/next-action", """
                    {"what": "%s", "due": "2026-07-15", "valueForBuyer": "A plan", "buyerNextStep": "Approve it"}""".formatted(marker),
                    marker, -1);
        }
        return new ApiWrite("POST", "/api/activities", """
                {"type": "Call", "start": "2026-06-%02dT10:00:00Z", "durationMinutes": 15, "outcome": "Connected", "subject": "%s"}"""
                .formatted(1 + n % 28, marker), marker, -1);
    }

    /**
     * Writes one at a time until the server stops answering, adding each write to {@code writes} as
     * answered, or unanswered if the server died under it. A first {@code GET /api/me} warms the server
     * (it reads the store on first use); {@code warm} opens when it is answered.
     */
    static void writeUntilKilled(int cycle, int port, String token, List<String> deals, List<ApiWrite> writes, CountDownLatch warm) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
            warm.countDown();
            for (int n = 0; ; n++) {
                ApiWrite write = of(cycle, n, deals);
                try {
                    writes.add(write.answered(client.send(write.request(port, token), HttpResponse.BodyHandlers.ofString()).statusCode()));
                } catch (IOException e) {
                    writes.add(write);
                    return;
                }
            }
        } catch (IOException e) {
            // the server died before its first answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            warm.countDown();
        }
    }

    /**
     * Whether a later write to the same deal's next action, acknowledged or stored, replaced the one at
     * {@code index}: setting a next action rewrites the open one in place, so only the last can be found.
     */
    static boolean replaced(List<ApiWrite> writes, int index, Predicate<String> stored) {
        ApiWrite write = writes.get(index);
        if (!write.method().equals("PUT")) return false;
        return writes.subList(index + 1, writes.size()).stream().anyMatch(later -> later.path().equals(write.path())
                && (later.acknowledged() || stored.test(later.marker())));
    }

    boolean acknowledged() {
        return status / 100 == 2;
    }

    HttpRequest request(int port, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    ApiWrite answered(int code) {
        return new ApiWrite(method, path, body, marker, code);
    }
}
