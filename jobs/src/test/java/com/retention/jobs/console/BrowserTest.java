package com.retention.jobs.console;

import com.retention.jobs.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A console test in a real browser: a Russian-speaking headless Chromium on the server's random port,
 * signed out before each test, closed after the class, and the class reported skipped (with why)
 * where no Chromium can be had. Each subclass still says which application context it needs.
 */
abstract class BrowserTest extends IntegrationTest {

    @RegisterExtension
    static final Browser browser = new Browser("ru");

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsABrowser() {
        Assumptions.assumeTrue(Browser.available(), Browser.MISSING);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void signedOut() {
        browser.at(port).signOut();
    }
}
