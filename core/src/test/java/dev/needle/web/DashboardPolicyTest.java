package dev.needle.web;

import dev.needle.auth.Role;
import dev.needle.testing.Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard works under its own Content-Security-Policy: in real Chromium, the team view draws its
 * ECharts charts and shows their tooltips without the browser reporting a single violation.
 */
class DashboardPolicyTest {
    private static final List<String> CHARTS = List.of("quadrant", "value", "funnel", "forecast");
    private static Browser browser;
    private static DashboardSite site;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        site = DashboardSite.start(Backend.H2);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (site != null) site.close();
    }

    @Test
    void theTeamChartsAndTheirTooltipsDrawWithoutAPolicyViolation() {
        browser.open(site.url("/"));
        browser.script("""
                window.violations = [];
                document.addEventListener('securitypolicyviolation',
                    event => window.violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || '')));""");
        browser.find(By.id("token")).sendKeys(site.token(Role.MANAGER));
        browser.find(By.id("sign-in")).click();
        browser.find(By.id("nav-team")).click();
        for (String chart : CHARTS) {
            browser.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-" + chart + "[data-rendered='true']")));
            browser.script("echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                    + ".dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});", "chart-" + chart);
        }
        browser.until(driver -> !driver.findElements(By.cssSelector("[id^='chart-'] div[style*='z-index']")).isEmpty());

        assertThat((List<?>) browser.script("return window.violations")).as("CSP violations").isEmpty();
    }
}
