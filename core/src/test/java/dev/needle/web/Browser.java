package dev.needle.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's headless Chromium driven through its chromedriver, one per test class. No Selenium
 * Manager: both paths are given, since nothing can be downloaded here. Where Chromium is missing
 * the tests are skipped with a loud message, unless NEEDLE_REQUIRE_BROWSER=1 (CI), where that fails.
 */
final class Browser implements AutoCloseable {
    /** Debian's paths; -Dneedle.chromium and -Dneedle.chromedriver point elsewhere (other distributions). */
    static final Path CHROMIUM = Path.of(System.getProperty("needle.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("needle.chromedriver", "/usr/bin/chromedriver"));
    static final Dimension LAPTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        requireChromium();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = temporaryDirectory();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // without these, Chromium in a closed network waits on updates, sync and its GPU process
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US",
                "--window-size=" + LAPTOP.width + "," + LAPTOP.height, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        Browser browser = new Browser(new ChromeDriver(service, options), profile);
        browser.resize(LAPTOP);
        return browser;
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) return;
        String message = "BROWSER TESTS NOT RUN: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing. "
                + "Install them with: apt-get install -y chromium chromium-driver";
        if ("1".equals(System.getenv("NEEDLE_REQUIRE_BROWSER"))) throw new IllegalStateException(message);
        System.err.println("\n*** " + message + " ***\n");
        Assumptions.abort(message);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .withMessage(() -> "the page did not get there; it shows: " + shown())
                .until(condition);
    }

    /** What the page says, for a failure message: the error notice and the start of the view. */
    private String shown() {
        try {
            Object text = script("const error = document.getElementById('error');"
                    + "const view = document.getElementById('view');"
                    + "return (error && !error.hidden ? '[error: ' + error.textContent + '] ' : '')"
                    + " + (view ? view.innerText.slice(0, 300) : document.title)");
            return String.valueOf(text).replaceAll("\\s+", " ");
        } catch (RuntimeException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Runs JavaScript that answers through its last argument, a callback (for fetch and other promises). */
    Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    /**
     * Makes the page's viewport (not the window, which has some browser frame even headless) this size:
     * the window at that size first, to measure the frame, then the window that much larger. Chrome answers
     * a resize before the page sees it: reading the viewport at once gave, now and then, the old desktop
     * width (1366) and then a window 2 × 390 − 1366 pixels wide. So each step waits until the page sees it.
     */
    void resize(Dimension viewport) {
        Dimension before = viewport();
        boolean moves = !driver.manage().window().getSize().equals(viewport);
        driver.manage().window().setSize(viewport);
        if (moves) awaitViewport(seen -> !seen.equals(before), "a new size after " + before);
        Dimension inner = viewport();
        driver.manage().window().setSize(new Dimension(2 * viewport.width - inner.width, 2 * viewport.height - inner.height));
        awaitViewport(viewport::equals, viewport.toString());
    }

    private void awaitViewport(java.util.function.Predicate<Dimension> seen, String what) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> "the page's viewport never became " + what + ": it is " + viewport())
                .until(ignored -> seen.test(viewport()));
    }

    Dimension viewport() {
        @SuppressWarnings("unchecked")
        java.util.List<Number> inner = (java.util.List<Number>) script("return [window.innerWidth, window.innerHeight]");
        return new Dimension(inner.get(0).intValue(), inner.get(1).intValue());
    }

    /**
     * Saves the screen, or with {@code wholePage} the page stretched to its height, as NAME.png under
     * target/screenshots, and under the folder in -Dneedle.screenshots too when it is set.
     */
    Path screenshot(String name, boolean wholePage) {
        Dimension size = driver.manage().window().getSize();
        Dimension viewport = viewport();
        long height = ((Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")).longValue();
        try {
            int frame = size.height - viewport.height;
            if (wholePage) {
                driver.manage().window().setSize(new Dimension(size.width, (int) Math.max(size.height, Math.min(height, 4000) + frame)));
            }
            Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            String published = System.getProperty("needle.screenshots");
            if (published != null && !published.isBlank()) {
                Path copy = Path.of(published, name + ".png");
                Files.createDirectories(copy.getParent());
                Files.copy(shot, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("needle-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
