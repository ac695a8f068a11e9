package com.retention.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.exports.OutputExporter;
import com.retention.jobs.support.IntegrationTest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The report's Delivery sheet counts each notification by what its channel made of it. */
class DeliveryReportTest extends IntegrationTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);

    @Autowired
    List<OutputExporter> exporters;

    @TempDir
    Path out;

    @Test
    void outageNoticesShowSubmittedDeliveredAndFailed() throws Exception {
        DayNotifications day = new DayNotifications(jdbc, D, "Europe/Moscow");
        String[] statuses = {"DELIVERED", "DELIVERED", "UNDELIVERABLE", "SUBMITTED", null};
        for (int i = 0; i < statuses.length; i++) {
            String id = day.add("SMS", "+7916000000" + i, "OUTAGE", "INCIDENT", "fixing");
            jdbc.update("UPDATE notification SET outage_id = 'O1' WHERE notification_id = ?", id);
            if (statuses[i] != null) {
                jdbc.update("INSERT INTO notification_delivery (notification_id, business_date, channel, status, "
                        + "attempts, submitted_at) VALUES (?, ?, 'SMS', ?, 1, now())", id, D, statuses[i]);
            }
        }

        exporters.stream().filter(e -> e.what().equals("report")).findFirst().orElseThrow().export(D, out);

        try (InputStream in = Files.newInputStream(out.resolve("reports/2026-11-22/campaign-report.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Delivery");
            Row row = sheet.getRow(3);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("OUTAGE");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("O1");
            double[] counts = new double[7];
            for (int c = 0; c < 7; c++) {
                counts[c] = row.getCell(3 + c).getNumericCellValue();
            }
            // notifications, submitted, delivered, failed, awaiting, not sent, reached
            assertThat(counts).containsExactly(5, 4, 2, 1, 1, 1, 2);
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(0.4);
        }
    }
}
