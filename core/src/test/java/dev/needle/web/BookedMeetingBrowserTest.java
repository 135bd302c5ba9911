package dev.needle.web;

import dev.needle.domain.Activity;
import dev.needle.store.WorkLog;
import dev.needle.testing.Backend;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.needle.web.BrowserFixture.field;
import static dev.needle.web.BrowserFixture.type;
import static dev.needle.web.RunningApi.Caller.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording the outcome of the meeting booked last time, from the deal page in a real Chromium: the form
 * asks which meeting, and the deal then lists that meeting once, with its outcome, beside the next one booked.
 */
class BookedMeetingBrowserTest {
    @RegisterExtension
    static final BrowserFixture PAGE = new BrowserFixture();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theOutcomeOfTheBookedMeetingGoesOnItSoTheDealListsThatMeetingOnce(Backend backend) {
        FeedApiTest.MovingClock clock = new FeedApiTest.MovingClock(Instant.parse("2026-12-03T09:00:00Z"));
        try (RunningApi api = RunningApi.start(backend, clock)) {
            long d3 = api.deal("d3");
            RunningApi.Answer first = api.send("POST", "/api/deals/" + d3 + "/meetings", MANAGER, """
                    {"start": "2026-12-01T15:00:00Z", "durationMinutes": 45, "outcome": "Agreed the pilot scope",
                     "valueForBuyer": "A scope that fits their quarter", "buyerNextStep": "Name the pilot team",
                     "nextMeeting": {"start": "2026-12-08T15:00:00Z", "durationMinutes": 50, "subject": "Pilot scoping"}}""");
            long booked = first.json().path("nextMeeting").path("id").asLong();
            clock.advance(Duration.ofDays(5).plusHours(8)); // the pilot scoping has been held
            PAGE.signIn("http://127.0.0.1:" + api.server().port() + "/", api.token(MANAGER));
            PAGE.browser().open("http://127.0.0.1:" + api.server().port() + "/#/deals/" + d3);
            PAGE.browser().find(By.id("deal-name"));

            PAGE.browser().find(By.id("open-meeting-outcome")).click();
            WebElement form = PAGE.browser().find(By.id("meeting-outcome-form"));
            Select which = new Select(field(form, "Which meeting"));
            List<String> options = which.getOptions().stream().map(WebElement::getText).toList();
            assertThat(options).hasSize(2).last().isEqualTo("A meeting not booked in Needle");
            assertThat(options.get(0)).contains("Dec 8, 2026", "Pilot scoping");
            which.selectByValue(String.valueOf(booked));
            assertThat(field(form, "Meeting held").getAttribute("value")).as("its booked time, filled in")
                    .isEqualTo(PAGE.browser().script("""
                            const at = new Date(arguments[0]);
                            return new Date(at.getTime() - at.getTimezoneOffset() * 60000).toISOString().slice(0, 16);""",
                            "2026-12-08T15:00:00Z"));
            assertThat(field(form, "Minutes").getAttribute("value")).isEqualTo("50");
            type(field(form, "Outcome"), "Pilot team named");
            type(field(form, "Value for the buyer"), "A pilot plan their CFO signs off");
            type(field(form, "Buyer's next step"), "Send the pilot team's calendars");
            field(form, "Next meeting").sendKeys("12152026", Keys.TAB, "1000AM");
            type(field(form, "Next meeting subject"), "Pilot kick-off");
            PAGE.browser().find(By.id("save-meeting-outcome")).click();

            PAGE.browser().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "next meeting booked"));
            List<Activity> stored = api.needle().store().dataset().activities().stream()
                    .filter(activity -> activity.dealId() != null && activity.dealId() == d3 && activity.source().equals(WorkLog.SOURCE)).toList();
            assertThat(stored).as("the first meeting, the booked one now held, and the next one").hasSize(3);
            assertThat(stored).filteredOn(activity -> activity.id() == booked).singleElement()
                    .satisfies(held -> assertThat(held.valueForBuyer()).isEqualTo("A pilot plan their CFO signs off"));
            PAGE.browser().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#activity-list li.just-saved")));
            List<String> listed = PAGE.browser().driver().findElements(By.cssSelector("#activity-list li")).stream().map(WebElement::getText).toList();
            assertThat(listed).filteredOn(text -> text.contains("Pilot scoping")).as("one activity for the meeting held")
                    .singleElement().satisfies(text -> assertThat(text).contains("Pilot team named", "A pilot plan their CFO signs off")
                            .doesNotContain("Booked"));
            assertThat(listed).filteredOn(text -> text.contains("Pilot kick-off")).singleElement()
                    .satisfies(text -> assertThat(text).contains("Booked"));
        }
    }
}
