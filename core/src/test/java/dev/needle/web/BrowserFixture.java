package dev.needle.web;

import dev.needle.auth.Role;
import dev.needle.testing.Backend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test of the dashboard sets up and does the same way: one Chromium for the test class, one
 * {@code needle serve} per backend when the class shares them ({@link #site}), signing in with a token, finding a
 * form's field by its label. Register it with {@code @RegisterExtension static final BrowserFixture PAGE = new BrowserFixture();}.
 */
final class BrowserFixture implements BeforeAllCallback, AfterAllCallback {
    private final Map<Backend, DashboardSite> sites = new EnumMap<>(Backend.class);
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) browser.close();
        sites.values().forEach(DashboardSite::close);
        sites.clear();
    }

    Browser browser() {
        return browser;
    }

    /** The dashboard on {@code backend}, started on first use and shared by the class's tests. */
    DashboardSite site(Backend backend) {
        return sites.computeIfAbsent(backend, DashboardSite::start);
    }

    /** The sign-in page of the server at {@code home}, with nothing remembered from an earlier sign-in. */
    void signedOut(String home) {
        browser.open(home);
        browser.script("sessionStorage.clear(); localStorage.clear();");
        browser.driver().navigate().refresh();
        browser.find(By.id("token"));
    }

    /** Signs in at {@code home} with {@code token} and waits until the first view has loaded. */
    void signIn(String home, String token) {
        signedOut(home);
        browser.find(By.id("token")).sendKeys(token);
        browser.find(By.id("sign-in")).click();
        browser.find(By.id("who"));
        browser.until(ExpectedConditions.attributeToBe(By.id("view"), "aria-busy", "false"));
    }

    void signIn(DashboardSite site, Role role) {
        signIn(site.url("/"), site.token(role));
    }

    /** A deal's page, once it shows the deal (or says it is not the caller's to see). */
    void openDeal(DashboardSite site, long dealId) {
        browser.open(site.url("/#/deals/" + dealId));
        browser.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("deal-name")),
                ExpectedConditions.visibilityOfElementLocated(By.id("deal-unavailable"))));
    }

    /** The form's control that the label with this text names (label for=…), as a person or a screen reader finds it. */
    static WebElement field(WebElement form, String label) {
        WebElement labelled = form.findElement(By.xpath(".//label[normalize-space()=\"" + label + "\"]"));
        return form.findElement(By.id(labelled.getAttribute("for")));
    }

    static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    void assertFitsTheScreen(String view) {
        Number overflow = (Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as(view + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
    }

    /** One set is enough: the H2 run takes them. Laptop shots show the whole page, phone shots the screen. */
    void screenshot(Backend backend, String name) {
        if (backend == Backend.H2) browser.screenshot(name, name.startsWith("laptop"));
    }
}
