package dev.needle.feed;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed's text as RFC 5545 wants it, whatever the names in the plan are written in. */
class FeedCalendarTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void noLineIsLongerThan75OctetsEvenWhenTheBlockNamesAccountsInUmlautsAndKanji() {
        String summary = "Deal-Fortschritt: Müller & Söhne Großküchen GmbH – Überprüfung der Angebotsänderungen (3 Aufgaben)";
        String description = "株式会社日本ソフトウェア開発の提案書を送る — 価値：購入者が稟議を通せる数字、次のステップ：部長の承認".repeat(2);
        FeedEvent event = new FeedEvent("needle-feed-1-20261201-deal-advancement-deal-7@needle.dev",
                ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, BERLIN), ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, BERLIN),
                summary, description, "DEAL_ADVANCEMENT", new EventState("needle-feed-1-20261201-deal-advancement-deal-7@needle.dev", java.time.LocalDate.of(2026, 12, 1), "hash", 0, Instant.parse("2026-12-01T07:00:00Z")));

        String calendar = FeedCalendar.write("Needle plan: Jürgen Groß", BERLIN, List.of(event), Instant.parse("2026-12-01T07:00:00Z"));

        assertThat(Arrays.stream(calendar.split("\r\n")).mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length).max().orElseThrow())
                .isLessThanOrEqualTo(75);
        String unfolded = calendar.replace("\r\n ", "").replace("\r\n\t", "");
        assertThat(unfolded).contains("SUMMARY:Deal-Fortschritt: Müller & Söhne Großküchen GmbH – Überprüfung");
        assertThat(unfolded).contains("株式会社日本ソフトウェア開発の提案書を送る");
    }
}
