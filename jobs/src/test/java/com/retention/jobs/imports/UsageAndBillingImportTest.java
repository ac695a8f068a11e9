package com.retention.jobs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageAndBillingImportTest extends IntegrationTest {

    @TempDir
    Path dir;

    @Test
    void usageLoadsFromCsvAndFromXlsxDateCellsAsTheFirstOfTheMonth() {
        ReferenceData.load(dir);
        Path csv = ImportFiles.russianExcelCsv(dir, "usage.csv", List.of(
                "subscriber_id;month;charged;voice_minutes;sms;data_gb",
                "S1;2026-09;1 234,50;120;10;3,25",
                "S1;10.2026;300;;;",
                "S9;2026-09;100;;;",
                "S2;2026/09;100;;;",
                "S2;2026-09;;;;"));
        Path xlsx = ImportFiles.xlsx(dir, "usage.xlsx", sheet -> {
            sheet.row(0, "Subscriber_ID", "Month", "Charged", "Data_GB");
            sheet.row(1, "S2", LocalDate.of(2026, 8, 17), 450.75, 12.5);
        });

        Cli.Result fromCsv = Cli.run("import", "usage", csv.toString());
        Cli.Result fromXlsx = Cli.run("import", "usage", xlsx.toString());

        assertThat(fromCsv.out()).contains("read 5, loaded 2, rejected 3");
        assertThat(fromXlsx.out()).contains("read 1, loaded 1, rejected 0");
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT subscriber_id, month::text AS month, charged, voice_minutes, data_gb FROM usage_month ORDER BY 1, 2");
        assertThat(rows).extracting(r -> r.get("subscriber_id") + " " + r.get("month"))
                .containsExactly("S1 2026-09-01", "S1 2026-10-01", "S2 2026-08-01");
        assertThat((BigDecimal) rows.get(0).get("charged")).isEqualByComparingTo("1234.50");
        assertThat((BigDecimal) rows.get(0).get("data_gb")).isEqualByComparingTo("3.25");
        assertThat((BigDecimal) rows.get(1).get("voice_minutes")).isEqualByComparingTo("0");
        assertThat((BigDecimal) rows.get(2).get("charged")).isEqualByComparingTo("450.75");
        assertThat(ImportFiles.read(dir.resolve("usage.csv.rejects.csv")).lines().skip(1).toList()).containsExactly(
                "4,subscriber_id,S9,unknown subscriber,subscriber_id=S9; month=2026-09",
                "5,month,2026/09,not a month (use 2026-11),",
                "6,charged,,missing required value,subscriber_id=S2; month=2026-09");
    }

    @Test
    void invoicesAndPaymentsNeedAKnownAccountAndSaneAmounts() {
        ReferenceData.load(dir);
        Path invoices = ImportFiles.csv(dir, "invoices.csv", """
                invoice_id,account_id,issued_on,due_on,amount
                I1,A1,01.10.2026,15.10.2026,"1 500,00"
                I2,A404,2026-10-01,2026-10-15,10
                I3,A2,2026-10-20,2026-10-15,10
                """);
        Path payments = ImportFiles.csv(dir, "payments.csv", """
                payment_id;account_id;paid_on;amount
                P1;A1;2026-10-10;700,5
                P2;A1;2026-10-11;0
                P3;A404;2026-10-11;5
                """);

        Cli.Result invoiceResult = Cli.run("import", "invoices", invoices.toString());
        Cli.Result paymentResult = Cli.run("import", "payments", payments.toString());

        assertThat(invoiceResult.out()).contains("read 3, loaded 1, rejected 2");
        assertThat(paymentResult.out()).contains("read 3, loaded 1, rejected 2");
        assertThat((BigDecimal) jdbc.queryForObject("SELECT amount FROM invoice WHERE invoice_id = 'I1'", BigDecimal.class))
                .isEqualByComparingTo("1500");
        assertThat((BigDecimal) jdbc.queryForObject("SELECT amount FROM payment WHERE payment_id = 'P1'", BigDecimal.class))
                .isEqualByComparingTo("700.5");
        assertThat(ImportFiles.read(dir.resolve("invoices.csv.rejects.csv")))
                .contains("3,account_id,A404,unknown account,invoice_id=I2",
                        "4,due_on,2026-10-15,due before it was issued (2026-10-20),invoice_id=I3");
        assertThat(ImportFiles.read(dir.resolve("payments.csv.rejects.csv")))
                .contains("3,amount,0,must be more than 0,payment_id=P2", "4,account_id,A404,unknown account,payment_id=P3");
    }
}
