package com.retention.jobs.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium at 1366×768 driven by Selenium, from Debian's {@code chromium} and
 * {@code chromium-driver} (the CI script installs them). As a JUnit extension it saves a screenshot
 * and the page's HTML under {@code target/console-failures/} when a test fails.
 */
final class Browser implements TestWatcher, AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String MISSING = "headless browser tests need Debian's chromium and chromium-driver (" + CHROMIUM
            + ", " + DRIVER + "); .ci/run installs them";

    private final String language;
    private WebDriver driver;
    private String base;

    Browser(String language) {
        this.language = language;
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    Browser at(int port) {
        this.base = "http://127.0.0.1:" + port;
        return this;
    }

    WebDriver driver() {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--window-size=1366,768", "--lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        }
        return driver;
    }

    Browser open(String path) {
        driver().get(base + path);
        return this;
    }

    Browser signIn(String login, String password) {
        open("/login");
        driver().findElement(By.id("username")).sendKeys(login);
        driver().findElement(By.id("password")).sendKeys(password);
        WebElement page = driver().findElement(By.tagName("html"));
        driver().findElement(By.id("sign-in")).click();
        awaitGone(page, Duration.ofSeconds(20));
        return this;
    }

    /**
     * Waits until an element of the page that was shown is gone, as after a click that leaves the page: the
     * click returns before the next page is there. Chromium says the element is gone as a stale element, or,
     * when the document is swapped during the check, as a node that "does not belong to the document" (an
     * unknown error that Selenium's {@code stalenessOf} does not catch).
     */
    void awaitGone(WebElement element, Duration timeout) {
        await(timeout, d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    Browser signOut() {
        driver().manage().deleteAllCookies();
        return this;
    }

    WebElement find(By by) {
        return driver().findElement(by);
    }

    List<WebElement> all(By by) {
        return driver().findElements(by);
    }

    String text() {
        return driver().findElement(By.tagName("body")).getText();
    }

    String path() {
        return java.net.URI.create(driver().getCurrentUrl()).getPath();
    }

    /** Retries while the page swaps the element out from under the condition (a live region re-rendered). */
    <T> T await(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver(), timeout).ignoring(StaleElementReferenceException.class).until(condition);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of("target", "console-failures"));
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            Path png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, folder.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(folder.resolve(name + ".html"), Optional.ofNullable(driver.getPageSource()).orElse(""));
            System.err.println("[console] screenshot of the failed page: " + folder.resolve(name + ".png").toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("[console] no screenshot: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
