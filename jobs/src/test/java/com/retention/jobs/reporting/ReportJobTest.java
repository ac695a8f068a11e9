package com.retention.jobs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.exports.OutputExporter;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The report as a user starts it: {@code run report} and the exporter behind {@code export report}. */
class ReportJobTest extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2026, 11, 22);

    @Autowired
    List<OutputExporter> exporters;

    @TempDir
    Path out;

    @Test
    void runReportWritesTheWorkbookUnderTheOutputFolder() throws IOException {
        ReportFixture f = new ReportFixture(jdbc);
        f.subscriber("S01");
        f.outcome(f.listed(D, "S01", "RETENTION", "SAVING"), "ACCEPTED", "ivanova", 60);

        Cli.Result result = Cli.run("run", "report", "--date", D.toString(), "--rerun", "--retention.output=" + out);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("report for 2026-11-22: COMPLETED", "reportWorkbook");
        try (XSSFWorkbook workbook = open(out)) {
            XSSFSheet funnel = workbook.getSheet(FunnelSheet.NAME);
            assertThat(CampaignReportTest.numbers(CampaignReportTest.row(funnel, 1, "SAVING"), 2, 7))
                    .containsExactly(1, 0, 1, 1, 1, 1);
        }
    }

    @Test
    void anEmptyOperatorGetsAReportThatSaysSoWithoutEmptyCharts() throws IOException {
        OutputExporter report = exporters.stream().filter(e -> e.what().equals("report")).findFirst().orElseThrow();

        report.export(D, out);

        try (XSSFWorkbook workbook = open(out)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(9);
            XSSFSheet uplift = workbook.getSheet(UpliftSheet.NAME);
            assertThat(uplift.getRow(TableSheet.FIRST_DATA_ROW).getCell(0).getStringCellValue()).startsWith("No ");
            assertThat(uplift.getDrawingPatriarch()).isNull();
        }
    }

    private static XSSFWorkbook open(Path out) throws IOException {
        Path file = out.resolve("reports/2026-11-22/campaign-report.xlsx");
        assertThat(file).exists();
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
