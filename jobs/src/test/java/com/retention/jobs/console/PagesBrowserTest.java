package com.retention.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.WebTest;
import com.retention.jobs.support.OutcomeFixture;
import com.retention.jobs.users.Role;
import com.retention.jobs.users.UserService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

/**
 * The imports, call lists and users pages in a real browser (headless Chromium at 1366×768, in
 * Russian): marketing uploads a file with bad rows and reads its rejects, a supervisor sees and
 * downloads only their team's list, the administrator adds a user who then signs in.
 */
@WebTest
class PagesBrowserTest extends BrowserTest {

    private static final String PASSWORD = "pages-password";
    private static final LocalDate D = LocalDate.of(2026, 11, 21);
    private static final Path FILES = Path.of("target/pages-test-files");
    /** A problem line the page shows (the too-large line waits hidden on every upload form). */
    private static final String SHOWN_PROBLEM = ".problem:not([hidden])";

    @Autowired
    UserService users;

    @BeforeEach
    void loginsAndFolders() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of(WebTest.OUTPUT));
        FileSystemUtils.deleteRecursively(FILES);
        Files.createDirectories(FILES);
        users.add("admin", Role.ADMIN, List.of(), null, PASSWORD.toCharArray());
        users.add("mark", Role.MARKETING, List.of(), null, PASSWORD.toCharArray());
        users.add("super", Role.SUPERVISOR, List.of("RETENTION_B2C"), null, PASSWORD.toCharArray());
    }

    private static Path file(String name, String content) throws IOException {
        return Files.writeString(FILES.resolve(name), content, StandardCharsets.UTF_8).toAbsolutePath();
    }

    /** A GET in the browser's session, for what the browser would save as a download. */
    private HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Signs in and waits for the page it leads to: Browser.signIn returns as soon as it has clicked. */
    private void signIn(String login, String password) {
        browser.signIn(login, password);
        browser.await(Duration.ofSeconds(20), driver -> !URI.create(driver.getCurrentUrl()).getPath().equals("/login")
                || !driver.findElements(By.cssSelector(".problem")).isEmpty());
    }

    private void signOutAndIn(String login, String password) {
        browser.signOut();
        signIn(login, password);
    }

    /** Clicks a submit button and waits for the next page: a click may return before the browser leaves the page. */
    private void submit(WebElement button) {
        WebElement page = browser.find(By.tagName("html"));
        button.click();
        browser.awaitGone(page, Duration.ofSeconds(20));
    }

    private long audited(String login, String operation) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE login = ? AND operation = ?", Long.class,
                login, operation);
    }

    @Test
    void marketingUploadsAFileWithBadRowsAndSeesItsRejects() throws Exception {
        Path bad = file("tariffs.csv", "tariff_code,name,monthly_fee,status\nT1,One,100,ACTIVE\nT2,Two,lots,SOMETIMES\n");

        signIn("mark", PASSWORD);
        assertThat(browser.path()).isEqualTo("/imports");
        new Select(browser.find(By.id("kind"))).selectByValue("tariffs");
        browser.find(By.id("file")).sendKeys(bad.toString());
        submit(browser.find(By.id("upload")));

        assertThat(browser.path()).matches("/imports/\\d+");
        assertThat(browser.find(By.id("read")).getText()).isEqualTo("2");
        assertThat(browser.find(By.id("loaded")).getText()).isEqualTo("1");
        assertThat(browser.find(By.id("rejected")).getText()).isEqualTo("1");
        List<String> rejects = browser.all(By.cssSelector("#rejects tr")).stream().map(WebElement::getText).toList();
        assertThat(rejects).as("the header, then both bad cells of row 3").hasSize(3);
        assertThat(rejects.get(0)).contains("Ключ");
        assertThat(rejects.get(1)).contains("3", "tariff_code=T2", "monthly_fee", "lots", "not a number");
        assertThat(rejects.get(2)).contains("3", "tariff_code=T2", "status", "SOMETIMES", "unknown code");
        assertThat(browser.find(By.id("history")).getText()).contains("mark", "tariffs", "tariffs.csv");
        assertThat(jdbc.queryForList("SELECT tariff_code FROM tariff WHERE tariff_code LIKE 'T%'", String.class))
                .containsExactly("T1");
        assertThat(audited("mark", "upload import")).isEqualTo(1);

        HttpResponse<byte[]> report = download(browser.find(By.id("report")).getAttribute("href"));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(new String(report.body(), StandardCharsets.UTF_8)).contains("row,column,value,reason,key",
                "3,monthly_fee,lots,not a number,tariff_code=T2");
        assertThat(audited("mark", "download rejects")).isEqualTo(1);

        browser.open("/imports");
        new Select(browser.find(By.id("kind"))).selectByValue("tariffs");
        browser.find(By.id("file")).sendKeys(bad.toString());
        submit(browser.find(By.id("upload")));
        assertThat(browser.find(By.cssSelector("#result .notice")).getText()).contains("уже был импортирован");

        Path hostile = file("subscribers.xlsx", "PK\u0003\u0004 this is not a zip at all");
        browser.open("/imports");
        new Select(browser.find(By.id("kind"))).selectByValue("subscribers");
        browser.find(By.id("file")).sendKeys(hostile.toString());
        submit(browser.find(By.id("upload")));
        assertThat(browser.path()).isEqualTo("/imports");
        assertThat(browser.all(By.cssSelector(SHOWN_PROBLEM))).hasSize(1);
        assertThat(browser.find(By.cssSelector(SHOWN_PROBLEM)).getText()).contains("subscribers.xlsx")
                .as("the name the user gave it").doesNotContainPattern("[0-9a-f]{16}-");
        assertThat(browser.text()).doesNotContain("Exception", "\tat ");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber", Long.class)).isZero();

        Path tooLarge = Files.write(FILES.resolve("big.csv"), new byte[100 * 1024]).toAbsolutePath();
        new Select(browser.find(By.id("kind"))).selectByValue("tariffs");
        browser.find(By.id("file")).sendKeys(tooLarge.toString());
        browser.find(By.id("upload")).click();
        assertThat(browser.find(By.id("too-large")).getText()).contains("64 KB");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE detail = 'big.csv'", Long.class)).isZero();
    }

    @Test
    void aSupervisorSeesOnlyTheirTeamsListAndDownloadsIt() throws Exception {
        OutcomeFixture lists = new OutcomeFixture(jdbc);
        String mine = lists.task(D, 1, "RETENTION", "SAVING", false, 1, "RETENTION_B2C");
        String mineToo = lists.task(D, 2, "DUNNING", "REMINDER_CALL", false, 1, "RETENTION_B2C");
        String theirs = lists.task(D, 3, "RETENTION", "SAVING", false, 1, "RETENTION_B2B");

        signIn("super", PASSWORD);
        assertThat(browser.path()).isEqualTo("/call-lists");
        browser.open("/call-lists?date=" + D);
        assertThat(browser.find(By.tagName("h1")).getText()).contains("21.11.2026");
        List<WebElement> rows = browser.all(By.cssSelector("#lists tr[id^='list-']"));
        assertThat(rows).extracting(row -> row.getAttribute("id")).containsExactly("list-RETENTION_B2C");
        assertThat(rows.get(0).getText()).contains("RETENTION 1", "DUNNING 1", "не отработано 2");
        assertThat(browser.text()).doesNotContain("RETENTION_B2B");

        HttpResponse<byte[]> workbook = download(rows.get(0).findElement(By.cssSelector("a.download")).getAttribute("href"));
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).as("header and two tasks").isEqualTo(2);
        }
        assertThat(audited("super", "download call-list")).isEqualTo(1);

        browser.open("/call-lists/" + D + "/RETENTION_B2B.xlsx");
        assertThat(browser.path()).isEqualTo("/call-lists");
        assertThat(browser.find(By.cssSelector(SHOWN_PROBLEM)).getText()).contains("RETENTION_B2B");
        assertThat(audited("super", "download call-list")).isEqualTo(1);

        Path worked = file("worked.csv", "task_id,outcome,contacted_at\n" + mine + ",NO_ANSWER,2026-11-21T10:00\n"
                + theirs + ",NO_ANSWER,2026-11-21T10:05\n");
        browser.find(By.id("worked")).sendKeys(worked.toString());
        submit(browser.find(By.id("upload")));
        assertThat(browser.find(By.cssSelector(SHOWN_PROBLEM)).getText()).contains(theirs, "RETENTION_B2B");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome", Long.class)).isZero();

        Path mineOnly = file("mine.csv", "task_id,outcome,contacted_at\n" + mine + ",NO_ANSWER,2026-11-21T10:00\n"
                + mineToo + ",CALLBACK,2026-11-21T10:05\n");
        browser.find(By.id("worked")).sendKeys(mineOnly.toString());
        submit(browser.find(By.id("upload")));
        assertThat(browser.find(By.id("loaded")).getText()).isEqualTo("1");
        assertThat(browser.find(By.id("rejected")).getText()).isEqualTo("1");
        assertThat(browser.find(By.id("rejects")).getText()).contains("callback_at", "task_id=" + mineToo);
        assertThat(browser.find(By.id("list-RETENTION_B2C")).getText()).contains("NO_ANSWER 1", "не отработано 1");
        assertThat(audited("super", "upload outcomes")).isEqualTo(1);

        String reportLink = browser.find(By.id("report")).getAttribute("href");
        HttpResponse<byte[]> report = download(reportLink);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(new String(report.body(), StandardCharsets.UTF_8)).contains(",callback_at,");
        users.add("super2", Role.SUPERVISOR, List.of("RETENTION_B2C"), null, PASSWORD.toCharArray());
        signOutAndIn("super2", PASSWORD);
        HttpResponse<byte[]> notTheirs = download(reportLink);
        assertThat(notTheirs.statusCode()).as("another user's reject report").isEqualTo(302);
        assertThat(notTheirs.headers().firstValue("Location").orElse("")).endsWith("/call-lists");
    }

    @Test
    void theAdministratorAddsAUserWhoThenSignsIn() {
        signIn("admin", PASSWORD);
        browser.open("/users");
        assertThat(browser.find(By.id("users")).getText()).contains("mark", "super", "RETENTION_B2C");

        addUser("ivanova", "AGENT", "RETENTION_B2B", "one-password", "another-password");
        assertThat(browser.find(By.cssSelector(SHOWN_PROBLEM)).getText()).contains("differ");
        assertThat(browser.find(By.id("new-login")).getAttribute("value")).isEqualTo("ivanova");
        assertThat(browser.all(By.id("user-ivanova"))).isEmpty();

        addUser("ivanova", "AGENT", "RETENTION_B2B", "ivanova-password", "ivanova-password");
        assertThat(browser.find(By.cssSelector(".notice")).getText()).contains("ivanova");
        assertThat(browser.find(By.id("user-ivanova")).getText()).contains("AGENT", "RETENTION_B2B", "да");

        signOutAndIn("ivanova", "ivanova-password");
        assertThat(browser.path()).isEqualTo("/call-lists");
        assertThat(browser.find(By.cssSelector("header.top .who")).getText()).contains("ivanova");

        signOutAndIn("admin", PASSWORD);
        browser.open("/users");
        submit(browser.find(By.cssSelector("#user-ivanova button.disable")));
        assertThat(browser.find(By.id("user-ivanova")).getText()).contains("нет");
        signOutAndIn("ivanova", "ivanova-password");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void theAuditLogIsFilteredByLoginAndDate() {
        jdbc.update("INSERT INTO audit_log (login, operation, business_date, team, kind, rows, detail)"
                + " VALUES ('super', 'download call-list', ?, 'RETENTION_B2C', 'xlsx', 12, 'a.xlsx'),"
                + " ('mark', 'upload import', NULL, NULL, 'tariffs', 3, 'tariffs.csv')", D);

        signIn("admin", PASSWORD);
        browser.open("/users/audit");
        assertThat(browser.all(By.cssSelector("#audit tr"))).hasSize(3);
        browser.find(By.id("audit-login")).sendKeys("super");
        submit(browser.find(By.id("filter")));

        List<WebElement> rows = browser.all(By.cssSelector("#audit tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getText()).contains("super", "download call-list", "21.11.2026", "RETENTION_B2C", "12");
        browser.open("/users/audit?date=" + D.plusDays(1));
        assertThat(browser.all(By.cssSelector("#audit tr"))).isEmpty();
    }

    private void addUser(String login, String role, String team, String password, String again) {
        WebElement form = browser.find(By.id("add-user"));
        WebElement loginField = form.findElement(By.id("new-login"));
        loginField.clear();
        loginField.sendKeys(login);
        new Select(form.findElement(By.id("new-role"))).selectByValue(role);
        WebElement teamBox = form.findElement(By.cssSelector("input[name='teams'][value='" + team + "']"));
        if (!teamBox.isSelected()) {
            teamBox.click();
        }
        form.findElement(By.id("new-password")).sendKeys(password);
        form.findElement(By.id("new-again")).sendKeys(again);
        submit(form.findElement(By.id("add")));
    }
}
