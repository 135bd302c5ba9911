package dev.needle.web;

import dev.needle.auth.Role;
import dev.needle.domain.Activity;
import dev.needle.domain.Deal;
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

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.needle.web.BrowserFixture.field;
import static dev.needle.web.BrowserFixture.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily writes on a deal page as a rep makes them: real Chromium, real {@code needle serve}, real H2,
 * PostgreSQL and SQLite. Every field is found by its label, as a person (or a screen reader) finds it.
 */
class DashboardFormsBrowserTest {
    @RegisterExtension
    static final BrowserFixture PAGE = new BrowserFixture();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRepLogsAnActivityAndSeesItOnTheDealWithoutAReload(Backend backend) {
        DashboardSite site = site(backend);
        Deal deal = site.openDealsWithNextActionDue(site.rep).get(0);
        PAGE.signIn(site, Role.REP);
        PAGE.openDeal(site, deal.id());
        PAGE.browser().script("window.needleNotReloaded = true;");

        PAGE.browser().find(By.id("open-log-activity")).click();
        WebElement form = PAGE.browser().find(By.id("log-activity-form"));
        new Select(field(form, "Type")).selectByVisibleText("Meeting");
        typeMoment(field(form, "When"), "06302026", "0300PM");
        type(field(form, "Minutes"), "40");
        type(field(form, "Subject"), "Pricing walkthrough with their CFO");
        type(field(form, "Value for the buyer"), "A three-year cost comparison they can take to the board");
        type(field(form, "Buyer's next step"), "Their CFO sends the budget owner's questions");
        PAGE.screenshot(backend, "laptop-7-log-activity");
        PAGE.browser().find(By.id("save-log-activity")).click();

        PAGE.browser().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Activity logged"));
        Activity stored = apiActivities(site, deal.id()).get(0);
        WebElement logged = PAGE.browser().find(By.cssSelector("#activity-list li[data-activity-id='" + stored.id() + "']"));
        assertThat(logged.getAttribute("class")).as("marked as just saved").contains("just-saved");
        assertThat(logged.getText()).contains("Meeting", "40 min", "Pricing walkthrough with their CFO",
                "A three-year cost comparison they can take to the board", "Their CFO sends the budget owner's questions");
        assertThat(PAGE.browser().script("return window.needleNotReloaded === true")).as("the page was not reloaded").isEqualTo(true);
        assertThat(PAGE.browser().driver().findElements(By.id("log-activity-form"))).as("the form closes once saved").isEmpty();

        assertThat(stored.type()).isEqualTo("Meeting");
        assertThat(stored.start()).isEqualTo(browserInstant("2026-06-30T15:00"));
        assertThat(stored.durationMinutes()).isEqualTo(40);
        assertThat(stored.valueForBuyer()).isEqualTo("A three-year cost comparison they can take to the board");
        assertThat(stored.repId()).isEqualTo(site.rep.id());
        Map<String, Object> answered = dealAsTheApiGivesIt(deal.id());
        assertThat((List<?>) answered.get("activities")).as("GET /api/deals/{id} lists it")
                .anySatisfy(activity -> assertThat(activity).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class))
                        .containsEntry("externalId", stored.externalId())
                        .containsEntry("subject", "Pricing walkthrough with their CFO")
                        .containsEntry("buyerNextStep", "Their CFO sends the budget owner's questions"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theDealPageReadsTheDealItselfNotTheOwnersPlan(Backend backend) {
        DashboardSite site = site(backend);
        Deal deal = site.openDealsWithNextActionDue(site.rep).get(1);
        PAGE.signIn(site, Role.REP);
        PAGE.browser().script("performance.clearResourceTimings();");

        PAGE.openDeal(site, deal.id());
        PAGE.browser().find(By.id("next-action-what"));

        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) PAGE.browser().script(
                "return performance.getEntriesByType('resource').map(entry => new URL(entry.name).pathname)");
        assertThat(requested).as("what the browser fetched for the deal page").contains("/api/deals/" + deal.id())
                .noneMatch(path -> path.matches("/api/reps/[^/]+/plan.*"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void bothFormsRefuseATouchWithoutValueForTheBuyerAndStoreNothing(Backend backend) {
        DashboardSite site = site(backend);
        Deal deal = site.openDealsWithNextActionDue(site.rep).get(2);
        int before = apiActivities(site, deal.id()).size();
        PAGE.signIn(site, Role.REP);
        PAGE.openDeal(site, deal.id());

        PAGE.browser().find(By.id("open-log-activity")).click();
        WebElement log = PAGE.browser().find(By.id("log-activity-form"));
        type(field(log, "Value for the buyer"), "   ");
        type(field(log, "Buyer's next step"), "They book the demo");
        PAGE.browser().find(By.id("save-log-activity")).click();

        assertThat(PAGE.browser().find(By.id("la-valueForBuyer-error")).getText()).contains("what the buyer got from this");
        assertThat(field(log, "Value for the buyer").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(PAGE.browser().find(By.id("error")).getText()).contains("Not saved", "value for the buyer");

        PAGE.browser().find(By.id("open-meeting-outcome")).click();
        WebElement meeting = PAGE.browser().find(By.id("meeting-outcome-form"));
        typeMoment(field(meeting, "Meeting held"), "06302026", "1000AM");
        type(field(meeting, "Outcome"), "They want a pilot");
        type(field(meeting, "Buyer's next step"), "Name the pilot team");
        typeMoment(field(meeting, "Next meeting"), "07082026", "1000AM");
        PAGE.browser().find(By.id("save-meeting-outcome")).click();

        assertThat(PAGE.browser().find(By.id("mo-valueForBuyer-error")).getText()).contains("what the buyer got from this");
        assertThat(PAGE.browser().find(By.id("error")).getText()).contains("Not saved", "value for the buyer");
        assertThat(apiActivities(site, deal.id())).as("nothing stored").hasSize(before);
        assertThat(PAGE.browser().find(By.id("deal-activities")).getText()).as("nothing shown as logged").doesNotContain("Name the pilot team")
                .doesNotContain("They book the demo");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRepRecordsAMeetingsOutcomeWithTheNextMeetingBooked(Backend backend) {
        DashboardSite site = site(backend);
        Deal deal = site.openDealsWithNextActionDue(site.rep).get(3);
        PAGE.signIn(site, Role.REP);
        PAGE.openDeal(site, deal.id());

        PAGE.browser().find(By.id("open-meeting-outcome")).click();
        WebElement form = PAGE.browser().find(By.id("meeting-outcome-form"));
        typeMoment(field(form, "Meeting held"), "06302026", "1000AM");
        type(field(form, "Outcome"), "They agreed the pilot scope");
        type(field(form, "Value for the buyer"), "A pilot scope that fits their quarter and budget");
        type(field(form, "Buyer's next step"), "They name the pilot team");
        typeMoment(field(form, "Next meeting"), "07082026", "1000AM");
        type(field(form, "Next meeting subject"), "Pilot kick-off");
        PAGE.screenshot(backend, "laptop-8-meeting-outcome");
        PAGE.browser().find(By.id("save-meeting-outcome")).click();

        PAGE.browser().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "next meeting booked"));
        List<Activity> stored = apiActivities(site, deal.id());
        Activity next = stored.stream().filter(activity -> "Pilot kick-off".equals(activity.subject())).findFirst().orElseThrow();
        Activity held = stored.stream().filter(activity -> "They agreed the pilot scope".equals(activity.outcome())).findFirst().orElseThrow();
        assertThat(stored).hasSize(2);
        assertThat(next.start()).isEqualTo(browserInstant("2026-07-08T10:00"));
        assertThat(held.start()).isEqualTo(browserInstant("2026-06-30T10:00"));
        assertThat(held.valueForBuyer()).isEqualTo("A pilot scope that fits their quarter and budget");
        WebElement booked = PAGE.browser().find(By.cssSelector("#activity-list li[data-activity-id='" + next.id() + "']"));
        assertThat(booked.getAttribute("class")).contains("upcoming", "just-saved");
        assertThat(booked.getText()).contains("Booked", "Pilot kick-off", "Jul 8, 2026");
        assertThat(PAGE.browser().find(By.cssSelector("#activity-list li[data-activity-id='" + held.id() + "']")).getText())
                .contains("They agreed the pilot scope", "A pilot scope that fits their quarter and budget", "They name the pilot team");
        assertThat(String.valueOf(dealAsTheApiGivesIt(deal.id()).get("flags"))).doesNotContain("NO_NEXT_MEETING");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theMeetingFormShowsTheServersReasonBesideTheFieldItRefused(Backend backend) {
        DashboardSite site = site(backend);
        Deal deal = site.openDealsWithNextActionDue(site.rep).get(4);
        int before = apiActivities(site, deal.id()).size();
        PAGE.signIn(site, Role.REP);
        PAGE.openDeal(site, deal.id());

        PAGE.browser().find(By.id("open-meeting-outcome")).click();
        WebElement form = PAGE.browser().find(By.id("meeting-outcome-form"));
        typeMoment(field(form, "Meeting held"), "06292026", "1000AM");
        type(field(form, "Outcome"), "They asked for references");
        type(field(form, "Value for the buyer"), "Two references in their industry");
        type(field(form, "Buyer's next step"), "They call the references");
        // before the server's today (DashboardSite.NOW): only the server knows its clock, so only it refuses
        typeMoment(field(form, "Next meeting"), "06302026", "1000AM");
        PAGE.browser().find(By.id("save-meeting-outcome")).click();

        PAGE.browser().until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "must be in the future"));
        assertThat(PAGE.browser().find(By.id("mo-nextMeeting-start-error")).getText()).isEqualTo("must be in the future");
        assertThat(field(form, "Next meeting").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(apiActivities(site, deal.id())).as("nothing stored").hasSize(before);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theFormsFitAPhoneScreen(Backend backend) {
        DashboardSite site = site(backend);
        PAGE.browser().resize(Browser.PHONE);
        try {
            PAGE.signIn(site, Role.REP);
            PAGE.openDeal(site, site.openDealsWithNextActionDue(site.rep).get(5).id());
            PAGE.browser().find(By.id("open-log-activity")).click();
            PAGE.browser().find(By.id("log-activity-form"));
            PAGE.assertFitsTheScreen("the log-activity form");
            PAGE.screenshot(backend, "phone-7-log-activity");
            PAGE.browser().find(By.id("open-meeting-outcome")).click();
            PAGE.browser().find(By.id("meeting-outcome-form"));
            PAGE.assertFitsTheScreen("the meeting-outcome form");
            PAGE.screenshot(backend, "phone-8-meeting-outcome");
            PAGE.browser().find(By.id("cancel-meeting-outcome")).click();
            assertThat(PAGE.browser().driver().findElements(By.id("meeting-outcome-form"))).as("cancelled").isEmpty();
        } finally {
            PAGE.browser().resize(Browser.LAPTOP);
        }
    }

    private static DashboardSite site(Backend backend) {
        return PAGE.site(backend);
    }

    /** The activities Needle's API stored on the deal, as the store holds them now. */
    private static List<Activity> apiActivities(DashboardSite site, long dealId) {
        return site.needle.store().dataset().activities().stream()
                .filter(activity -> activity.dealId() != null && activity.dealId() == dealId && activity.source().equals(WorkLog.SOURCE))
                .sorted(java.util.Comparator.comparing(Activity::id).reversed()).toList();
    }

    /** GET /api/deals/{id} with the signed-in token, from the page. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> dealAsTheApiGivesIt(long dealId) {
        Object answer = PAGE.browser().asyncScript("""
                const answer = arguments[arguments.length - 1];
                fetch('/api/deals/' + arguments[0], { headers: { Authorization: 'Bearer ' + sessionStorage.getItem('needle.token') } })
                  .then(response => response.json()).then(answer, error => answer(String(error)));""", dealId);
        assertThat(answer).as("GET /api/deals/" + dealId).isInstanceOf(Map.class);
        return (Map<String, Object>) answer;
    }

    /** A datetime-local value as the instant the browser (in its own time zone) makes of it. */
    private static Instant browserInstant(String localDateTime) {
        return Instant.parse((String) PAGE.browser().script("return new Date(arguments[0]).toISOString()", localDateTime));
    }

    /** A datetime-local field typed as a person does in en-US: month, day, year, then the time. */
    private static void typeMoment(WebElement input, String monthDayYear, String time) {
        input.sendKeys(monthDayYear, Keys.TAB, time);
    }
}
