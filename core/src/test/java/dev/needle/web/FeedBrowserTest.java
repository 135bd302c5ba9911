package dev.needle.web;

import dev.needle.auth.Role;
import dev.needle.testing.Backend;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Subscribe button of My day, in real Chromium against a real needle serve: it makes a feed of the
 * rep's plan and shows its address with a copy button and a webcal:// link; that address serves the
 * plan to a calendar app (no token); Revoke ends it, and the same address answers 404.
 */
class FeedBrowserTest {
    @RegisterExtension
    static final BrowserFixture PAGE = new BrowserFixture();
    private final HttpClient client = HttpClient.newHttpClient();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRepSubscribesToTheirPlanFromMyDayAndRevokesTheFeed(Backend backend) {
        try (DashboardSite site = DashboardSite.start(backend)) {
            signIn(site);
            assertThat(PAGE.browser().find(By.id("feeds-none")).getText()).contains("No calendar subscribes");

            PAGE.browser().find(By.id("feed-subscribe")).click();

            String url = PAGE.browser().find(By.id("feed-url")).getAttribute("value");
            assertThat(url).matches("http://127\\.0\\.0\\.1:" + site.server.port() + "/feed/ndlf_[A-Za-z0-9_-]{43}\\.ics");
            assertThat(PAGE.browser().find(By.id("feed-webcal")).getAttribute("href")).isEqualTo(url.replace("http://", "webcal://"));
            assertThat(PAGE.browser().find(By.id("status")).getText()).contains("Needle shows it only now");
            assertThat(PAGE.browser().driver().findElements(By.cssSelector("#feeds li"))).hasSize(1);
            if (backend == Backend.H2) PAGE.browser().screenshot("laptop-feed-subscribed", true);

            HttpResponse<String> calendar = fetch(url);
            assertThat(calendar.statusCode()).isEqualTo(200);
            assertThat(calendar.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
            assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR").contains("X-WR-CALNAME:Needle plan: " + site.rep.name(), "BEGIN:VEVENT");

            PAGE.browser().find(By.id("feed-copy")).click();
            PAGE.browser().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "copied"));

            PAGE.browser().find(By.cssSelector("#feeds button.feed-revoke")).click();
            PAGE.browser().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "revoked"));
            assertThat(PAGE.browser().find(By.id("feeds-none")).isDisplayed()).isTrue();
            assertThat(PAGE.browser().driver().findElements(By.id("feed-url"))).as("the address is not shown again").isEmpty();
            assertThat(fetch(url).statusCode()).as("the revoked address").isEqualTo(404);
        }
    }

    private static void signIn(DashboardSite site) {
        PAGE.signIn(site, Role.REP);
        PAGE.browser().find(By.id("plan"));
    }

    private HttpResponse<String> fetch(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
