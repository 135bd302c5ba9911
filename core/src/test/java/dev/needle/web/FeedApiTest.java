package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.plan.IcalJs;
import dev.needle.testing.Backend;
import dev.needle.testing.Scratch;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static dev.needle.web.RunningApi.Caller.ANONYMOUS;
import static dev.needle.web.RunningApi.Caller.MANAGER;
import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rep's plan as a subscribed calendar, read by ical.js as a calendar app would: fetched, the plan
 * changed through the API, fetched again. Ron (America/New_York) has one open deal, d1, whose overdue
 * next action is in every day's deal block.
 */
class FeedApiTest {
    /** Tuesday 1 December 2026, 09:00 in New York. */
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-12-01T14:00:00Z");

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRefreshAfterThePlanChangedUpdatesTheChangedEventsAndKeepsTheOthersAsTheyWere(Backend backend) throws Exception {
        MovingClock clock = new MovingClock(TUESDAY_MORNING);
        try (RunningApi api = RunningApi.start(backend, clock)) {
            Answer created = api.send("POST", "/api/feeds", REP, "{\"rep\": \"" + TestOrg.RON + "\", \"days\": 3}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String path = created.json().path("path").asText();
            assertThat(path).matches("/feed/ndlf_[A-Za-z0-9_-]{43}\\.ics");
            assertThat(created.json().path("webcal").asText()).isEqualTo("webcal://127.0.0.1:" + api.server().port() + path);

            Answer first = api.get(path, ANONYMOUS);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.contentType()).isEqualTo("text/calendar; charset=utf-8");
            JsonNode before = read(first);

            clock.advance(Duration.ofMinutes(20));
            Answer unchanged = api.get(path, ANONYMOUS);
            assertThat(byUid(read(unchanged))).as("a refresh with nothing changed serves the same events, same SEQUENCE and LAST-MODIFIED")
                    .isEqualTo(byUid(before));

            clock.advance(Duration.ofMinutes(20));
            Answer rescheduled = api.send("PUT", "/api/deals/" + api.deal("d1") + "/next-action", REP, """
                    {"what": "Walk the CFO through the rollout plan", "due": "2026-12-01",
                     "valueForBuyer": "A plan the board can approve", "buyerNextStep": "Approve the plan"}""");
            assertThat(rescheduled.status()).as(rescheduled.body()).isEqualTo(200);
            JsonNode after = read(api.get(path, ANONYMOUS));

            for (JsonNode calendar : List.of(before, after)) {
                assertThat(calendar.path("refreshInterval").asText()).isEqualTo("PT1H");
                assertThat(calendar.path("refreshValueType").asText()).isEqualTo("duration");
                assertThat(calendar.path("publishedTtl").asText()).isEqualTo("PT1H");
                assertThat(texts(calendar.path("timezones"))).containsExactly("America/New_York");
                List<String> uids = texts(calendar.path("events")).stream().toList();
                assertThat(uids).as("no UID twice").doesNotHaveDuplicates();
                assertThat(StreamSupport.stream(calendar.path("events").spliterator(), false).map(event -> event.path("zone").asText()))
                        .containsOnly("America/New_York");
            }
            Map<String, JsonNode> was = byUid(before);
            Map<String, JsonNode> is = byUid(after);
            assertThat(is.keySet()).as("the same blocks, under the same UIDs").isEqualTo(was.keySet());
            Set<String> changed = new HashSet<>();
            for (String uid : is.keySet()) {
                JsonNode old = was.get(uid);
                JsonNode now = is.get(uid);
                if (content(old).equals(content(now))) {
                    assertThat(now.path("sequence").asInt()).as(uid + " unchanged keeps its SEQUENCE").isEqualTo(old.path("sequence").asInt());
                    assertThat(now.path("lastModified").asText()).as(uid + " unchanged keeps its LAST-MODIFIED").isEqualTo(old.path("lastModified").asText());
                } else {
                    changed.add(uid);
                    assertThat(now.path("sequence").asInt()).as(uid + " changed").isEqualTo(old.path("sequence").asInt() + 1);
                    assertThat(Instant.parse(now.path("lastModified").asText())).as(uid + " changed")
                            .isAfter(Instant.parse(old.path("lastModified").asText()));
                }
            }
            long deal = api.deal("d1");
            assertThat(changed).as("the deal blocks that hold d1's next action changed, nothing else")
                    .isNotEmpty().allMatch(uid -> uid.contains("-deal-advancement-deal-" + deal));
            assertThat(is.get(changed.iterator().next()).path("description").asText()).contains("Walk the CFO through the rollout plan");
            assertThat(is.size() - changed.size()).as("blocks that did not change").isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRevokedFeedAnswers404AtOnceLikeASecretThatNeverExisted(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, Clock.fixed(TUESDAY_MORNING, ZoneOffset.UTC))) {
            JsonNode created = api.send("POST", "/api/feeds", MANAGER, "{\"rep\": \"" + TestOrg.RON + "\"}").json();
            String path = created.path("path").asText();
            assertThat(api.get(path, ANONYMOUS).status()).isEqualTo(200);
            assertThat(created.path("days").asInt()).isEqualTo(10);

            Answer revoked = api.send("DELETE", "/api/feeds/" + created.path("id").asLong(), MANAGER, null);
            assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
            assertThat(revoked.json().path("revokedAt").isNull()).isFalse();

            Answer gone = api.get(path, ANONYMOUS);
            Answer never = api.get("/feed/ndlf_" + "A".repeat(43) + ".ics", ANONYMOUS);
            Answer nonsense = api.get("/feed/anything.ics", ANONYMOUS);
            assertThat(List.of(gone.status(), never.status(), nonsense.status())).containsOnly(404);
            assertThat(gone.body()).isEqualTo(never.body()).isEqualTo(nonsense.body());
            assertThat(api.send("DELETE", "/api/feeds/" + created.path("id").asLong(), MANAGER, null).status())
                    .as("a feed is revoked once").isEqualTo(404);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRepMakesFeedsOfTheirOwnPlanOnlyAndSeesOnlyTheFeedsOfRepsTheyMaySee(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, Clock.fixed(TUESDAY_MORNING, ZoneOffset.UTC))) {
            assertThat(api.send("POST", "/api/feeds", REP, "{\"rep\": \"" + TestOrg.MIA + "\"}").status()).isEqualTo(404);
            assertThat(api.send("POST", "/api/feeds", REP, "{\"rep\": \"" + TestOrg.RON + "\", \"days\": 40}").status()).isEqualTo(400);
            long miaFeed = api.send("POST", "/api/feeds", MANAGER, "{\"rep\": \"" + TestOrg.MIA + "\"}").json().path("id").asLong();
            long ronFeed = api.send("POST", "/api/feeds", REP, "{\"rep\": \"" + TestOrg.RON + "\"}").json().path("id").asLong();

            JsonNode ronSees = api.get("/api/feeds", REP).json().path("feeds");
            assertThat(ronSees).hasSize(1);
            assertThat(ronSees.get(0).path("id").asLong()).isEqualTo(ronFeed);
            assertThat(ronSees.get(0).has("path")).as("a list never shows a secret").isFalse();
            assertThat(api.get("/api/feeds", MANAGER).json().path("feeds")).hasSize(2);
            assertThat(api.get("/api/feeds?rep=" + TestOrg.MIA, MANAGER).json().path("feeds")).hasSize(1);
            assertThat(api.send("DELETE", "/api/feeds/" + miaFeed, REP, null).status()).as("Ron cannot revoke Mia's feed").isEqualTo(404);
        }
    }

    private static JsonNode read(Answer answer) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Path file = Scratch.file("needle-feed-", ".ics");
        Files.writeString(file, answer.body(), StandardCharsets.UTF_8);
        return IcalJs.parse("parse-feed.mjs", file);
    }

    private static Map<String, JsonNode> byUid(JsonNode calendar) {
        Map<String, JsonNode> events = new HashMap<>();
        calendar.path("events").forEach(event -> events.put(event.path("uid").asText(), event));
        return events;
    }

    private static List<String> content(JsonNode event) {
        return List.of(event.path("start").asText(), event.path("end").asText(), event.path("summary").asText(), event.path("description").asText());
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.isObject() ? node.path("uid").asText() : node.asText()).toList();
    }

    /** A clock the test moves on, as time passes between a subscriber's fetches. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            MovingClock parent = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return parent.withZone(other);
                }

                @Override
                public Instant instant() {
                    return parent.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
