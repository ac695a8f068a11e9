package com.retention.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.support.GeneratedOperator;
import com.retention.jobs.support.InjectedFailure;
import com.retention.jobs.support.WebTest;
import com.retention.jobs.users.Role;
import com.retention.jobs.users.UserService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The console in a real browser (headless Chromium at 1366×768, Russian as the browser's language):
 * each role signs in and sees only its pages, another role's page answers 403, and a scheduler
 * restarts a failed run and watches it complete.
 */
@WebTest
class ConsoleTest extends BrowserTest {

    static final String PASSWORD = "console-password";
    /** A date no other test runs jobs for: the job repository is shared by every test of the JVM. */
    private static final LocalDate D = LocalDate.of(2026, 10, 7);

    @Autowired
    UserService users;

    @Autowired
    JobLaunchService launcher;

    @BeforeEach
    void oneLoginPerRole() {
        users.add("admin", Role.ADMIN, List.of(), null, PASSWORD.toCharArray());
        users.add("sched", Role.SCHEDULER, List.of(), null, PASSWORD.toCharArray());
        users.add("mark", Role.MARKETING, List.of(), null, PASSWORD.toCharArray());
        users.add("super", Role.SUPERVISOR, List.of("RETENTION_B2C"), null, PASSWORD.toCharArray());
        users.add("agent", Role.AGENT, List.of("RETENTION_B2B"), null, PASSWORD.toCharArray());
        users.add("petrova", Role.MANAGER, List.of(), "Petrova", PASSWORD.toCharArray());
    }

    private List<String> menu() {
        return browser.all(By.cssSelector("header.top nav a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void eachRoleSeesOnlyItsPagesAndAnotherRolesPageIsForbidden() {
        record Expected(String login, List<String> menu, String home, String forbidden) {
        }
        List<Expected> expected = List.of(
                new Expected("sched", List.of("Операции"), "/operations", "/imports"),
                new Expected("mark", List.of("Импорт", "Отчёты"), "/imports", "/operations"),
                new Expected("super", List.of("Списки обзвона", "Отчёты"), "/call-lists", "/agent"),
                new Expected("agent", List.of("Списки обзвона", "Рабочее место"), "/call-lists", "/reports"),
                new Expected("petrova", List.of("Списки обзвона", "Рабочее место"), "/call-lists", "/users"),
                new Expected("admin", List.of("Операции", "Импорт", "Списки обзвона", "Рабочее место", "Отчёты",
                        "Пользователи"), "/operations", null));
        for (Expected e : expected) {
            browser.signOut().signIn(e.login(), PASSWORD);
            assertThat(browser.path()).as(e.login() + " lands on").isEqualTo(e.home());
            assertThat(menu()).as(e.login() + "'s menu").isEqualTo(e.menu());
            if (e.forbidden() != null) {
                browser.open(e.forbidden());
                assertThat(browser.text()).as(e.login() + " at " + e.forbidden()).contains("Нет доступа");
            }
        }
    }

    @Test
    void aWrongPasswordStaysOnTheSignInPageWithOneLine() {
        browser.signIn("sched", "not-the-password");

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.find(By.cssSelector(".problem")).getText()).isEqualTo("Неверный логин или пароль");
    }

    @Test
    void aSchedulerRestartsAFailedRunAndWatchesItComplete() {
        GeneratedOperator.create(jdbc, 300);
        InjectedFailure.atRow(jdbc, "churn_score", 120);
        JobOutcome failed;
        try {
            failed = launcher.run("scoring", D, null, false);
        } finally {
            InjectedFailure.remove(jdbc, "churn_score");
        }
        assertThat(failed.succeeded()).isFalse();
        long id = failed.execution().getId();

        browser.signIn("sched", PASSWORD);
        WebElement row = browser.find(By.id("run-" + id));
        assertThat(row.getText()).contains("FAILED", "injected failure", "07.10.2026");
        row.findElement(By.cssSelector("button.restart")).click();

        String status = browser.await(Duration.ofSeconds(60), driver -> {
            String text = driver.findElement(By.id("live")).getText();
            return text.contains("COMPLETED") ? text : null;
        });
        assertThat(status).contains("COMPLETED");
        assertThat(browser.text()).doesNotContain("Exception");
    }
}
