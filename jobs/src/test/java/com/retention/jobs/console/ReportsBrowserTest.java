package com.retention.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.demo.DemoLoader;
import com.retention.jobs.demo.DemoNightly;
import com.retention.jobs.demo.DemoOperator;
import com.retention.jobs.demo.DemoSpec;
import com.retention.jobs.demo.simulation.DemoSimulation;
import com.retention.jobs.demo.simulation.SimulatedDay;
import com.retention.jobs.exports.OutputProperties;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.reporting.ReportFigures;
import com.retention.jobs.support.WebTest;
import com.retention.jobs.users.Role;
import com.retention.jobs.users.UserService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.FileSystemUtils;

/**
 * The Reports page in a real browser after a small demo operator's night, its lists worked and handed
 * back, and a day of its subscribers' lives: marketing sees every
 * sheet as a section with a drawn chart and the figures of {@link ReportFigures} in Russian formats, and
 * downloads the workbook (audited); a supervisor sees only their team; an English browser gets English.
 */
@WebTest
class ReportsBrowserTest extends BrowserTest {

    private static final String PASSWORD = "reports-password";
    /** A night no other test lists (the simulation works every list in its folder), whose lists were called; the report of D sees its outcomes and their day of churn. */
    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 16);
    private static final LocalDate D = NIGHT.plusDays(1);
    private static final long SEED = 11;
    private static final List<String> OPERATOR_SECTIONS = List.of("funnel", "uplift", "dunning", "outages", "teams",
            "agents", "offers", "save-desk", "delivery");

    @RegisterExtension
    static final Browser english = new Browser("en");

    @Autowired
    UserService users;

    @Autowired
    OutputProperties output;

    @Autowired
    DemoLoader demo;

    @Autowired
    DemoNightly nightly;

    @Autowired
    DemoSimulation simulation;

    @Autowired
    ReportFigures figures;

    @Autowired
    ConsoleFormats fmt;

    private String supervisedTeam;

    @AfterAll
    static void closeTheEnglishBrowser() {
        english.close();
    }

    @BeforeEach
    void aNightCalledThrough() throws IOException {
        FileSystemUtils.deleteRecursively(output.output().resolve("call-lists").resolve(NIGHT.toString()));
        english.at(port).signOut();
        demo.load(new DemoOperator(new DemoSpec(1000, SEED, NIGHT, ZoneId.of("Europe/Moscow"))));
        assertThat(nightly.run(NIGHT)).allMatch(JobOutcome::succeeded);
        // the teams work their lists and hand them back through the outcome import; some subscribers churn
        List<SimulatedDay> days = simulation.run(NIGHT, 1, SEED, line -> { }, failed -> { });
        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.tasks()).as("the night listed calls").isGreaterThan(20);
            assertThat(day.rejected()).isZero();
        });
        supervisedTeam = jdbc.queryForObject("SELECT team FROM call_task WHERE business_date = ? GROUP BY team "
                + "ORDER BY count(*) DESC, team LIMIT 1", String.class, NIGHT);
        users.add("mark", Role.MARKETING, List.of(), null, PASSWORD.toCharArray());
        users.add("super", Role.SUPERVISOR, List.of(supervisedTeam), null, PASSWORD.toCharArray());
    }

    @Test
    void marketingSeesEverySheetWithItsChartAndTheFiguresAndDownloadsTheWorkbook() throws Exception {
        ReportFigures.Operator expected = figures.operator(D);
        assertThat(expected.funnel()).isNotEmpty();
        assertThat(expected.uplift()).anyMatch(row -> row.uplift() != null);
        assertThat(expected.migrations()).isNotEmpty();
        assertThat(expected.saveDesk()).as("the demo's requests to leave").isNotEmpty();
        assertThat(expected.delivery()).as("the night's notifications, delivery off").isNotEmpty();

        browser.signIn("mark", PASSWORD).open("/reports?date=" + D);

        assertThat(browser.find(By.id("report-date")).getAttribute("value")).isEqualTo(D.toString());
        assertThat(browser.find(By.id("period")).getText()).isEqualTo("Даты списков с 19.10.2026 по 17.11.2026");
        for (String section : OPERATOR_SECTIONS) {
            assertDrawnChart(browser, section);
        }
        assertThat(rows(browser, "funnel")).hasSize(expected.funnel().size());
        assertThat(rows(browser, "uplift")).hasSize(expected.uplift().size());
        assertThat(rows(browser, "dunning")).hasSize(expected.dunning().size());
        assertThat(rows(browser, "outages")).hasSize(expected.outages().size());
        assertThat(rows(browser, "teams")).hasSize(expected.teams().size());
        assertThat(rows(browser, "agents")).hasSize(expected.agents().size());
        assertThat(rows(browser, "offers")).hasSize(expected.migrations().size());
        assertThat(rows(browser, "save-desk")).hasSize(expected.saveDesk().size());
        assertThat(rows(browser, "delivery")).hasSize(expected.delivery().size());
        assertThat(rows(browser, "score-uplift")).hasSize(expected.scoreUplift().deciles().size());
        assertThat(browser.all(By.cssSelector("#score-uplift h2"))).as("its section, even before a churn window is over")
                .singleElement().extracting(WebElement::getText).isEqualTo("Эффект по скорингу оттока");

        inRussian(() -> {
            ReportFigures.MigrationTotal offers = expected.migrationTotal();
            assertThat(total(browser, "offers")).containsExactly("Итого", "", fmt.count(offers.orders()),
                    fmt.money(offers.revenueBefore()), fmt.money(offers.revenueAfter()), fmt.money(offers.change()));
            assertThat(total(browser, "teams").get(2)).isEqualTo(fmt.count(
                    expected.teams().stream().mapToLong(r -> r.listed()).sum()));
            assertThat(total(browser, "agents").get(1)).isEqualTo(fmt.count(
                    expected.agents().stream().mapToLong(r -> r.calls()).sum()));
            var uplift = expected.uplift().stream().filter(r -> r.uplift() != null).findFirst().orElseThrow();
            int at = expected.uplift().indexOf(uplift);
            List<String> upliftRow = cells(rows(browser, "uplift").get(at));
            assertThat(upliftRow.get(7)).isEqualTo(fmt.percent(uplift.uplift()));
            assertThat(upliftRow.get(8)).isEqualTo("[" + fmt.percent(uplift.upliftLow()) + "; "
                    + fmt.percent(uplift.upliftHigh()) + "]");
            return null;
        });
        // Russian money: a no-break space between thousands and a decimal comma
        assertThat(total(browser, "offers").get(3)).matches("-?\\d{1,3}(\u00A0\\d{3})*,\\d{2}");
        assertFitsTheScreen(browser);
        assertThat(browser.text()).doesNotContain("Exception", "??");

        WebElement download = browser.find(By.id("download-workbook"));
        HttpResponse<byte[]> workbook = get(browser, download.getAttribute("href"));
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Disposition").orElse("")).contains("campaign-report.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            assertThat(book.getSheet("Funnel")).isNotNull();
            assertThat(book.getSheet("Offers").getRow(3 + expected.migrations().size() - 1).getCell(3)
                    .getNumericCellValue()).isEqualTo(expected.migrations().get(expected.migrations().size() - 1).orders());
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE login = 'mark' AND operation = "
                + "'download report' AND business_date = ?", Long.class, D)).isOne();
    }

    @Test
    void aSupervisorSeesOnlyTheirTeamAndAnEnglishBrowserGetsEnglish() throws Exception {
        ReportFigures.Teams mine = figures.teams(D, Set.of(supervisedTeam));
        assertThat(mine.agents()).isNotEmpty();

        english.signIn("super", PASSWORD).open("/reports?date=" + D);

        assertThat(english.find(By.tagName("h1")).getText()).isEqualTo("Reports");
        assertThat(english.find(By.id("period")).getText()).isEqualTo("List dates 19.10.2026 to 17.11.2026");
        assertThat(english.find(By.id("my-teams")).getText()).isEqualTo("Your teams only: " + supervisedTeam);
        for (String section : List.of("teams", "agents")) {
            assertDrawnChart(english, section);
        }
        for (String section : List.of("funnel", "uplift", "dunning", "outages", "offers", "save-desk", "score-uplift",
                "delivery")) {
            assertThat(english.all(By.id(section))).as("the operator's " + section + " is marketing's").isEmpty();
        }
        assertThat(english.all(By.cssSelector("#teams tbody td.team"))).isNotEmpty()
                .allSatisfy(team -> assertThat(team.getText()).isEqualTo(supervisedTeam));
        assertThat(english.all(By.cssSelector("#agents tbody td.agent"))).hasSize(mine.agents().size())
                .allSatisfy(agent -> assertThat(agent.getText()).endsWith("(" + supervisedTeam + ")"));
        assertThat(english.all(By.id("download-workbook"))).isEmpty();
        assertThat(get(english, "/reports/" + D + ".xlsx").statusCode()).as("the workbook by its address").isEqualTo(403);
        assertThat(english.find(By.cssSelector("#agents thead")).getText()).contains("Agent", "Calls", "Reach rate");
        assertFitsTheScreen(english);

        english.open("/reports?date=23.11.2026");
        assertThat(english.find(By.cssSelector(".problem")).getText())
                .isEqualTo("\"23.11.2026\" is not a date; pick one in the calendar");
        assertThat(english.all(By.cssSelector("section.report"))).isEmpty();

        english.signOut().signIn("mark", PASSWORD).open("/reports?date=" + D);
        assertThat(english.find(By.cssSelector("#uplift h2")).getText()).isEqualTo("Retention uplift against the control group");
        assertThat(english.find(By.id("download-workbook")).getText()).isEqualTo("Download the workbook");
        assertThat(english.text()).as("every text has its English").doesNotContain("??");
    }

    private static void assertDrawnChart(Browser on, String section) {
        WebElement canvas = on.find(By.cssSelector("#" + section + " canvas"));
        Object points = ((JavascriptExecutor) on.driver()).executeScript(
                "const c = Chart.getChart(arguments[0]); return c ? c.data.datasets.reduce((n, d) => n + d.data.length, 0) : -1;",
                canvas);
        assertThat(((Number) points).longValue()).as(section + "'s chart is drawn with data").isPositive();
        assertThat(canvas.getSize().getHeight()).as(section + "'s chart height").isGreaterThan(100);
    }

    private static List<WebElement> rows(Browser on, String section) {
        return on.all(By.cssSelector("#" + section + " tbody tr"));
    }

    private static List<String> total(Browser on, String section) {
        return cells(on.find(By.cssSelector("#" + section + " tfoot tr")));
    }

    /** The cells as the page holds them (getText() would turn the no-break spaces of Russian numbers into spaces). */
    private static List<String> cells(WebElement row) {
        List<String> cells = new ArrayList<>();
        row.findElements(By.tagName("td")).forEach(cell -> cells.add(cell.getDomProperty("textContent").strip()));
        return cells;
    }

    /** Nothing wider than the 1366 px window, and no section's table cut off at its right edge. */
    private static void assertFitsTheScreen(Browser on) {
        Object widths = ((JavascriptExecutor) on.driver()).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        List<?> both = (List<?>) widths;
        assertThat(((Number) both.get(0)).longValue()).isLessThanOrEqualTo(((Number) both.get(1)).longValue());
        Object overflowing = ((JavascriptExecutor) on.driver()).executeScript(
                "return [...document.querySelectorAll('section.report')].filter(s => s.scrollWidth > s.clientWidth).map(s => s.id);");
        assertThat((List<?>) overflowing).as("sections wider than the screen").isEmpty();
    }

    /** A GET in the browser's session (a download the headless browser would only save to disk). */
    private HttpResponse<byte[]> get(Browser on, String address) throws IOException, InterruptedException {
        String cookie = on.driver().manage().getCookieNamed("JSESSIONID").getValue();
        URI uri = address.startsWith("http") ? URI.create(address) : URI.create("http://127.0.0.1:" + port + address);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=" + cookie).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> T inRussian(Supplier<T> check) {
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        try {
            return check.get();
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }
}
