package com.retention.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.users.Role;
import com.retention.jobs.users.UserService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The agent screen in a real browser (headless Chromium at 1366×768, Russian): an agent works three
 * tasks by keyboard only (ACCEPTED, a CALLBACK first refused for want of its time, NO_ANSWER), and the
 * next night's call lists show what followed: the callback listed at its time, the retry of the
 * unanswered call, the accepted offer's order and no further retention call.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"server.port=0", "management.server.port=0", "retention.output=target/desk-browser-out",
            "retention.control-group.share=0"})
@ActiveProfiles("serve")
class DeskBrowserTest extends BrowserTest {

    static final String PASSWORD = "desk-password";
    static final LocalDate D = LocalDate.of(2026, 11, 23);
    /** 12:00 in Moscow on D: inside every subscriber's calling window. */
    static final Instant NOON = Instant.parse("2026-11-23T09:00:00Z");

    /** "Now" on the agent screen is D's noon, so D's list is today's and its windows are open. */
    @TestConfiguration
    static class DeskClock {
        @Bean
        @Primary
        Clock deskClock() {
            return Clock.fixed(NOON, ZoneOffset.UTC);
        }
    }

    @Autowired
    UserService users;

    @Autowired
    JobLaunchService launcher;

    @BeforeEach
    void agentAndOperator() {
        users.add("anna", Role.AGENT, List.of("RETENTION_B2C"), null, PASSWORD.toCharArray());
        jdbc.update("INSERT INTO tariff (tariff_code, name, monthly_fee, status) VALUES "
                + "('OLD_M', 'Old M', 700, 'LEGACY'), ('SMART_M', 'Smart M', 500, 'ACTIVE')");
        jdbc.update("INSERT INTO area (area_code, name, parent_code, kind, timezone) VALUES "
                + "('RU', 'Russia', NULL, 'REGION', NULL), ('MOW', 'Moscow', 'RU', 'CITY', 'Europe/Moscow')");
        subscriber("S1", "+79160000001", 90);
        subscriber("S2", "+79160000002", 80);
        subscriber("S3", "+79160000003", 70);
    }

    /** An active Moscow subscriber with a SAVING offer of D; a higher churn score is called first. */
    private void subscriber(String id, String phone, int churnScore) {
        jdbc.update("INSERT INTO account (account_id) VALUES (?)", "A-" + id);
        jdbc.update("INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, "
                + "status, activated_on, consent_calls, segment) VALUES (?, ?, ?, ?, 'OLD_M', 'MOW', 'ACTIVE', "
                + "'2024-01-01', true, 'B2C')", id, "A-" + id, "Абонент " + id, phone);
        jdbc.update("INSERT INTO offer (business_date, subscriber_id, current_tariff, offer_tariff, offer_type, "
                + "current_cost, offer_cost, monthly_saving, churn_score, churn_band, valid_until) "
                + "VALUES (?, ?, 'OLD_M', 'SMART_M', 'SAVING', 700, 500, 200, ?, 'HIGH', ?)", D, id, churnScore, D.plusDays(30));
    }

    private void callLists(LocalDate date) {
        JobOutcome outcome = launcher.run("call-lists", date, null, true);
        assertThat(outcome.succeeded()).as(outcome.describe()).isTrue();
    }

    private String taskOf(String subscriber, LocalDate date) {
        return jdbc.queryForObject("SELECT task_id FROM call_task WHERE subscriber_id = ? AND business_date = ?",
                String.class, subscriber, date);
    }

    private void press(CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private String shownTask() {
        return browser.find(By.id("task-id")).getText();
    }

    /**
     * Presses the keys that end in a save and waits for the page that follows: its saved line, or
     * its problem line.
     */
    private String save(CharSequence keys) {
        WebElement before = browser.find(By.tagName("main"));
        press(keys);
        browser.awaitGone(before, Duration.ofSeconds(30));
        List<WebElement> saved = browser.all(By.id("saved"));
        List<WebElement> problem = browser.all(By.cssSelector("p.problem:not(#pick)"));
        return !saved.isEmpty() ? saved.get(0).getText() : problem.isEmpty() ? "" : problem.get(0).getText();
    }

    @Test
    void anAgentWorksThreeTasksByKeyboardAndTheNextNightShowsTheConsequences() {
        callLists(D);
        String accepted = taskOf("S1", D);
        String callback = taskOf("S2", D);
        String noAnswer = taskOf("S3", D);

        browser.signIn("anna", PASSWORD).open("/agent");

        // 1: the first task in rank order, with what the call needs; the form fits the screen
        assertThat(shownTask()).isEqualTo(accepted);
        assertThat(browser.find(By.id("phone")).getText()).isEqualTo("+79160000001");
        assertThat(browser.find(By.id("tariff")).getText()).isEqualTo("OLD_M → SMART_M");
        assertThat(browser.find(By.id("saving")).getText()).isEqualTo("200,00");
        assertThat(browser.find(By.id("window")).getText()).contains("Europe/Moscow");
        assertThat(browser.find(By.cssSelector("label[data-key='1'] kbd")).getText()).isEqualTo("1");
        Boolean onScreen = (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById('save').getBoundingClientRect().bottom <= window.innerHeight"
                + " && document.documentElement.scrollWidth <= window.innerWidth;");
        assertThat(onScreen).as("Save in sight at 1366×768 without scrolling, nothing wider than the screen").isTrue();
        Object held = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const body = new URLSearchParams({_csrf: document.querySelector('input[name=_csrf]').value});
                fetch(document.getElementById('task').dataset.hold, {method: 'POST', body}).then(r => done(r.status));""");
        assertThat(held).as("the page renews its hold").isEqualTo(204L);
        press(Keys.ENTER);
        assertThat(browser.find(By.id("pick")).isDisplayed()).as("Enter before a code: pick one first").isTrue();
        assertThat(shownTask()).isEqualTo(accepted);
        press("1");
        assertThat(save(Keys.ENTER)).contains(accepted, "ACCEPTED");

        // 2: CALLBACK without its time is refused in one line and nothing is written; with it, saved
        assertThat(shownTask()).isEqualTo(callback);
        press("3");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("callbackAt");
        assertThat(save(Keys.ENTER)).isEqualTo("callback_at: CALLBACK needs a callback_at");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome WHERE task_id = ?", Long.class, callback)).isZero();
        assertThat(shownTask()).as("the task stays on the screen").isEqualTo(callback);
        press("3");
        assertThat(save("24.11.2026 15:00" + Keys.ENTER)).contains(callback, "CALLBACK");

        // 3: NO_ANSWER, and nothing is left to call
        assertThat(shownTask()).isEqualTo(noAnswer);
        press("4");
        assertThat(save(Keys.ENTER)).contains(noAnswer, "NO_ANSWER");
        assertThat(browser.find(By.id("no-task")).isDisplayed()).isTrue();
        assertThat(browser.text()).doesNotContain("Exception");

        assertThat(jdbc.queryForList("SELECT task_id || ' ' || outcome || ' ' || agent FROM outcome ORDER BY task_id",
                String.class)).containsExactly(accepted + " ACCEPTED anna", callback + " CALLBACK anna",
                noAnswer + " NO_ANSWER anna");

        // the next night
        LocalDate next = D.plusDays(1);
        callLists(next);
        assertThat(jdbc.queryForList("SELECT subscriber_id || '/' || campaign || '/' || attempt || '/' || "
                + "coalesce(source_task_id, '-') FROM contact_candidate WHERE business_date = ? ORDER BY subscriber_id",
                String.class, next)).containsExactly(
                "S2/RETENTION/1/" + callback,     // called back ...
                "S3/RETENTION/2/" + noAnswer);    // ... retried; S1 accepted: not called again for retention
        assertThat(jdbc.queryForObject("SELECT earliest_utc FROM call_task WHERE business_date = ? AND subscriber_id = 'S2'",
                OffsetDateTime.class, next).toInstant()).as("at the agreed time")
                .isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
        assertThat(jdbc.queryForList("SELECT subscriber_id || ' ' || from_tariff || '>' || to_tariff FROM tariff_order",
                String.class)).containsExactly("S1 OLD_M>SMART_M");
    }
}
