package dev.needle.web;

import dev.needle.auth.Role;
import dev.needle.domain.Deal;
import dev.needle.domain.NextAction;
import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;
import dev.needle.testing.Backend;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as a person uses it: real Chromium, real {@code needle serve}, real H2 and PostgreSQL.
 * Screenshots of each view go to target/screenshots (and to -Dneedle.screenshots, see README).
 */
class DashboardBrowserTest {
    @RegisterExtension
    static final BrowserFixture PAGE = new BrowserFixture();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRepSignsInAndSeesTheirPlannedDay(Backend backend) {
        DashboardSite site = site(backend);
        PAGE.signedOut(site.url("/"));
        PAGE.screenshot(backend, "laptop-1-sign-in");
        PAGE.browser().find(By.id("token")).sendKeys("ndl_not-a-real-token");
        PAGE.browser().find(By.id("sign-in")).click();
        PAGE.browser().until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "not accepted"));
        assertThat(PAGE.browser().driver().findElement(By.id("who")).isDisplayed()).as("still signed out").isFalse();

        PAGE.signIn(site, Role.REP);

        WebElement plan = PAGE.browser().find(By.id("plan"));
        assertThat(PAGE.browser().find(By.id("who-name")).getText()).isEqualTo(site.rep.name());
        assertThat(PAGE.browser().find(By.id("who-role")).getText()).isEqualToIgnoringCase("rep");
        assertThat(PAGE.browser().driver().findElement(By.id("nav-team")).isDisplayed()).as("a rep has no team view").isFalse();
        List<WebElement> blocks = plan.findElements(By.cssSelector("li.block"));
        assertThat(blocks).isNotEmpty();
        assertThat(blocks).extracting(block -> block.getAttribute("data-category")).contains("DEAL_ADVANCEMENT");
        List<String> dealLinks = plan.findElements(By.cssSelector(".task a[href^='#/deals/']")).stream()
                .map(link -> link.getAttribute("href").replaceAll(".*#/deals/", "")).toList();
        List<String> ownDeals = site.needle.store().dataset().deals().stream()
                .filter(deal -> deal.ownerId() != null && deal.ownerId() == site.rep.id()).map(deal -> String.valueOf(deal.id())).toList();
        assertThat(dealLinks).as("the plan's deal work is on the rep's own deals").isNotEmpty().allMatch(ownDeals::contains);
        PAGE.screenshot(backend, "laptop-2-my-day");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRepCompletesANextActionFromTheirDay(Backend backend) {
        DashboardSite site = site(backend);
        PAGE.signIn(site, Role.REP);
        WebElement done = PAGE.browser().find(By.cssSelector("#plan button.complete"));
        long dealId = Long.parseLong(done.getAttribute("data-deal"));
        assertThat(openActions(site, dealId)).hasSize(1);

        done.click();

        PAGE.browser().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "completed"));
        assertThat(done.getText()).contains("Done");
        assertThat(openActions(site, dealId)).as("stored as done").isEmpty();
        PAGE.browser().driver().navigate().refresh();
        PAGE.browser().find(By.id("plan"));
        assertThat(PAGE.browser().driver().findElements(By.cssSelector("#plan button.complete[data-deal='" + dealId + "']")))
                .as("a completed next action is no longer planned").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theNextActionEditorRefusesAnActionWithoutValueForTheBuyer(Backend backend) {
        DashboardSite site = site(backend);
        Deal deal = site.openDealsWithNextActionDue(site.rep).get(1);
        NextAction before = openActions(site, deal.id()).get(0);
        PAGE.signIn(site, Role.REP);
        PAGE.openDeal(site, deal.id());
        PAGE.browser().find(By.id("edit-next-action")).click();
        fill("na-what", "Send the rollout plan for the pilot team");
        fill("na-due", "07/03/2026");
        fill("na-valueForBuyer", "");
        fill("na-buyerNextStep", "Their IT lead confirms the pilot dates");

        PAGE.browser().find(By.id("save-next-action")).click();

        WebElement missing = PAGE.browser().find(By.id("na-valueForBuyer-error"));
        assertThat(missing.getText()).containsIgnoringCase("buyer gets");
        assertThat(PAGE.browser().find(By.id("na-valueForBuyer")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(PAGE.browser().find(By.id("error")).getText()).containsIgnoringCase("value for the buyer");
        assertThat(openActions(site, deal.id())).as("nothing saved").containsExactly(before);
        PAGE.screenshot(backend, "laptop-4-deal-editor");

        fill("na-valueForBuyer", "A rollout plan they can show their CFO, with the pilot's cost and dates");
        PAGE.browser().find(By.id("save-next-action")).click();

        PAGE.browser().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "saved"));
        PAGE.browser().until(ExpectedConditions.textToBePresentInElementLocated(By.id("next-action-value"), "rollout plan they can show"));
        PAGE.browser().driver().navigate().refresh();
        assertThat(PAGE.browser().find(By.id("next-action-what")).getText()).isEqualTo("Send the rollout plan for the pilot team");
        assertThat(PAGE.browser().find(By.id("next-action-buyer-step")).getText()).isEqualTo("Their IT lead confirms the pilot dates");
        NextAction saved = openActions(site, deal.id()).get(0);
        assertThat(saved.valueForBuyer()).isEqualTo("A rollout plan they can show their CFO, with the pilot's cost and dates");
        assertThat(saved.due()).isEqualTo(DashboardSite.TODAY.plusDays(2));
        assertThat(PAGE.browser().find(By.id("next-action-due")).getText()).contains("Jul 3, 2026");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theEditorShowsTheServersReasonWhenTheServerRefuses(Backend backend) {
        DashboardSite site = site(backend);
        Deal deal = site.openDealsWithNextActionDue(site.rep).get(3);
        NextAction before = openActions(site, deal.id()).get(0);
        PAGE.signIn(site, Role.REP);
        PAGE.openDeal(site, deal.id());
        PAGE.browser().find(By.id("edit-next-action")).click();
        fill("na-what", "Call ".repeat(201));

        PAGE.browser().find(By.id("save-next-action")).click();

        PAGE.browser().until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "at most 1000 characters"));
        assertThat(PAGE.browser().find(By.id("na-what-error")).getText()).contains("at most 1000 characters");
        assertThat(openActions(site, deal.id())).as("nothing saved").containsExactly(before);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRepSeesOnlyTheirOwnDealsWithTheirFlags(Backend backend) {
        DashboardSite site = site(backend);
        PAGE.signIn(site, Role.REP);
        PAGE.browser().open(site.url("/#/deals"));
        List<WebElement> rows = PAGE.browser().find(By.id("deals")).findElements(By.cssSelector("tbody tr[data-deal-id]"));
        long ownOpenDeals = site.needle.store().dataset().deals().stream()
                .filter(deal -> deal.isOpen() && deal.ownerId() != null && deal.ownerId() == site.rep.id()).count();
        assertThat(rows).hasSize((int) ownOpenDeals);
        assertThat(PAGE.browser().driver().findElements(By.cssSelector("#deals .chip.flag"))).isNotEmpty();
        PAGE.screenshot(backend, "laptop-3-my-deals");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRepCannotOpenAnotherRepsDeal(Backend backend) {
        DashboardSite site = site(backend);
        Deal theirs = site.openDealsWithNextActionDue(site.otherRep).get(0);
        Deal own = site.openDealsWithNextActionDue(site.rep).get(4);
        PAGE.signIn(site, Role.REP);
        PAGE.openDeal(site, own.id());
        assertThat(PAGE.browser().find(By.id("deal-name")).getText()).as("a rep opens their own deal").isEqualTo(own.name());

        PAGE.openDeal(site, theirs.id());

        WebElement unavailable = PAGE.browser().find(By.id("deal-unavailable"));
        assertThat(unavailable.getText()).contains("not available");
        assertThat(PAGE.browser().find(By.id("error")).getText()).contains("Deal " + theirs.id());
        assertThat(PAGE.browser().driver().findElements(By.id("deal-name"))).isEmpty();
        assertThat(PAGE.browser().find(By.id("view")).getText()).doesNotContain(theirs.name());
        Number completing = (Number) PAGE.browser().asyncScript("""
                const answer = arguments[arguments.length - 1];
                fetch('/api/deals/' + arguments[0] + '/next-action/complete',
                      { method: 'POST', headers: { Authorization: 'Bearer ' + sessionStorage.getItem('needle.token') } })
                  .then(response => answer(response.status), () => answer(-1));""", theirs.id());
        assertThat(completing.intValue()).as("the server refuses the rep's token on another rep's deal").isEqualTo(404);
        assertThat(openActions(site, theirs.id())).as("their next action is untouched").hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRepIsNotShownTheTeamView(Backend backend) {
        DashboardSite site = site(backend);
        PAGE.signIn(site, Role.REP);

        PAGE.browser().open(site.url("/#/team"));

        PAGE.browser().until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "Only managers and admins"));
        assertThat(PAGE.browser().driver().findElements(By.cssSelector("[id^='chart-']"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aManagerSeesTheTeamChartsDrawn(Backend backend) {
        DashboardSite site = site(backend);
        PAGE.signIn(site, Role.MANAGER);
        PAGE.browser().find(By.id("nav-team")).click();

        for (String chart : List.of("quadrant", "value", "funnel", "forecast")) {
            By drawn = By.cssSelector("#chart-" + chart + "[data-rendered='true']");
            PAGE.browser().until(ExpectedConditions.presenceOfElementLocated(drawn));
            Map<?, ?> rendered = (Map<?, ?>) PAGE.browser().script("""
                    const element = document.getElementById(arguments[0]);
                    const option = echarts.getInstanceByDom(element).getOption();
                    return {
                      points: option.series.reduce((sum, series) => sum + (series.data ? series.data.length : 0), 0),
                      shapes: element.querySelectorAll('svg path').length
                    };""", "chart-" + chart);
            assertThat(((Number) rendered.get("points")).intValue()).as(chart + " has data").isPositive();
            assertThat(((Number) rendered.get("shapes")).intValue()).as(chart + " drew shapes").isGreaterThan(3);
        }
        PAGE.screenshot(backend, "laptop-5-team");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aManagerSeesTheCoachingOfARepOfTheirTeamAsTheApiGivesIt(Backend backend) {
        DashboardSite site = site(backend);
        PAGE.signIn(site, Role.MANAGER);
        Rep coached = repWithAMeasuredEffectFirst(site);
        String firstPoint = firstCoachingSentence(coached.id());

        PAGE.browser().find(By.id("nav-coaching")).click();
        new Select(PAGE.browser().find(By.id("coach-rep"))).selectByValue(String.valueOf(coached.id()));

        PAGE.browser().until(ExpectedConditions.attributeToBe(By.id("coaching"), "data-rep-id", String.valueOf(coached.id())));
        assertThat(coached.managerId()).as("a rep of the manager's team").isEqualTo(site.manager.id());
        assertThat(PAGE.browser().find(By.id("coaching-title")).getText()).isEqualTo(coached.name());
        WebElement first = PAGE.browser().find(By.cssSelector("#coaching-points .point"));
        assertThat(first.findElement(By.className("sentence")).getText()).isEqualTo(firstPoint);
        assertThat(first.findElement(By.className("effect")).getText()).startsWith("Expected: +").contains("per week (95% interval");
        assertThat(PAGE.browser().find(By.id("top-points")).getText()).as("the team's top points").contains(site.rep.name(), site.otherRep.name());
        PAGE.screenshot(backend, "laptop-6-coaching");
        PAGE.browser().find(By.id("weekly-html")).click();
        PAGE.browser().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "The weekly report for"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRepSeesOnlyTheirOwnCoaching(Backend backend) {
        DashboardSite site = site(backend);
        PAGE.signIn(site, Role.REP);

        PAGE.browser().open(site.url("/#/coaching/" + site.otherRep.id()));

        PAGE.browser().until(ExpectedConditions.attributeToBe(By.id("coaching"), "data-rep-id", String.valueOf(site.rep.id())));
        assertThat(PAGE.browser().find(By.cssSelector("#coaching-points .point .sentence")).getText())
                .isEqualTo(firstCoachingSentence(site.rep.id()));
        assertThat(PAGE.browser().driver().findElements(By.cssSelector("[data-rep-id]"))).as("one rep's coaching, their own").hasSize(1);
        assertThat(PAGE.browser().driver().findElements(By.id("coach-rep"))).as("no rep to pick").isEmpty();
        assertThat(PAGE.browser().driver().findElements(By.id("top-points"))).as("no other rep's points").isEmpty();
        assertThat(PAGE.browser().driver().findElements(By.id("weekly-html"))).as("no team report").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theViewsFitAPhoneScreen(Backend backend) {
        DashboardSite site = site(backend);
        PAGE.browser().resize(Browser.PHONE);
        try {
            PAGE.signedOut(site.url("/"));
            PAGE.screenshot(backend, "phone-1-sign-in");
            PAGE.signIn(site, Role.REP);
            PAGE.browser().find(By.id("plan"));
            PAGE.assertFitsTheScreen("my day");
            PAGE.screenshot(backend, "phone-2-my-day");
            PAGE.browser().open(site.url("/#/deals"));
            PAGE.browser().find(By.id("deals"));
            PAGE.assertFitsTheScreen("my deals");
            assertThat(PAGE.browser().find(By.cssSelector("#deals tbody tr")).getCssValue("display")).as("deals as cards").isEqualTo("block");
            PAGE.screenshot(backend, "phone-3-my-deals");
            PAGE.openDeal(site, site.openDealsWithNextActionDue(site.rep).get(2).id());
            PAGE.browser().find(By.id("edit-next-action")).click();
            PAGE.browser().find(By.id("next-action-form"));
            PAGE.assertFitsTheScreen("a deal");
            PAGE.screenshot(backend, "phone-4-deal-editor");
            PAGE.signIn(site, Role.MANAGER);
            PAGE.browser().open(site.url("/#/team"));
            PAGE.browser().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-forecast[data-rendered='true']")));
            PAGE.assertFitsTheScreen("the team view");
            PAGE.screenshot(backend, "phone-5-team");
            PAGE.browser().open(site.url("/#/coaching/" + site.rep.id()));
            PAGE.browser().find(By.cssSelector("#coaching-points .sentence"));
            PAGE.assertFitsTheScreen("coaching");
            PAGE.screenshot(backend, "phone-6-coaching");
        } finally {
            PAGE.browser().resize(Browser.LAPTOP);
        }
    }

    /** The rep keeps the US holidays: the day after the site's today is the observed Independence Day, a day off. */
    @org.junit.jupiter.api.Test
    void aPublicHolidayInTheRepsDaySaysItIsNotAWorkingDay() {
        DashboardSite site = site(Backend.SQLITE);
        WorkingHours usHolidays = new WorkingHours(WorkingHours.DEFAULT.days(), WorkingHours.DEFAULT.start(), WorkingHours.DEFAULT.end(), "us");
        site.needle.store().workSchedules().setRep(site.rep.id(), usHolidays);
        try {
            PAGE.signIn(site, Role.REP);
            PAGE.browser().open(site.url("/#/day/2026-07-03"));

            WebElement dayOff = PAGE.browser().find(By.id("day-off"));

            assertThat(dayOff.getText()).isEqualTo("Not a working day: Independence Day (US).");
            assertThat(PAGE.browser().driver().findElements(By.cssSelector("li.block"))).as("nothing planned; meetings still listed").isEmpty();
        } finally {
            site.needle.store().workSchedules().setRep(site.rep.id(), WorkingHours.DEFAULT);
        }
    }

    private static DashboardSite site(Backend backend) {
        return PAGE.site(backend);
    }

    private static List<NextAction> openActions(DashboardSite site, long dealId) {
        return site.nextActions(dealId).stream().filter(action -> action.status() == NextAction.Status.OPEN).toList();
    }

    /** A rep reporting to the manager whose first coaching point claims an effect the data support, as the API says. */
    private static Rep repWithAMeasuredEffectFirst(DashboardSite site) {
        Number id = (Number) PAGE.browser().asyncScript("""
                const answer = arguments[arguments.length - 1];
                fetch('/api/coach', { headers: { Authorization: 'Bearer ' + sessionStorage.getItem('needle.token') } })
                  .then(response => response.json())
                  .then(json => answer(json.reps.find(rep => rep.id !== arguments[0] && rep.points[0]?.effect
                                                             && !rep.points[0].tooThin)?.id ?? null),
                        () => answer(null));""", site.manager.id());
        assertThat(id).as("a rep of the team whose first point has a measured effect").isNotNull();
        return site.needle.store().dataset().reps().stream().filter(rep -> rep.id() == id.longValue()).findFirst().orElseThrow();
    }

    /** The first coaching point's sentence for this rep, as the API gives it to whoever is signed in. */
    private static String firstCoachingSentence(long repId) {
        String sentence = (String) PAGE.browser().asyncScript("""
                const answer = arguments[arguments.length - 1];
                fetch('/api/coach?rep=' + arguments[0], { headers: { Authorization: 'Bearer ' + sessionStorage.getItem('needle.token') } })
                  .then(response => response.json())
                  .then(json => answer(json.reps[0]?.points[0]?.sentence ?? null), () => answer(null));""", repId);
        assertThat(sentence).as("the API has a coaching point for rep " + repId).isNotBlank();
        return sentence;
    }

    private static void fill(String id, String text) {
        WebElement input = PAGE.browser().find(By.id(id));
        if ("date".equals(input.getAttribute("type"))) {
            // a date input takes keystrokes in the browser's locale order (en-US: month/day/year)
            input.sendKeys(text);
            return;
        }
        input.clear();
        input.sendKeys(text);
    }
}
