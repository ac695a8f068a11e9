package com.retention.jobs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriberImportTest extends IntegrationTest {

    @TempDir
    Path dir;

    @Test
    void aGoodFileLoadsEveryRowWithItsAccountAndTheDefaultsOfTheProduct() {
        ReferenceData.load(dir);

        Cli.Result result = Cli.run("import", "subscribers", ImportFiles.csv(dir, "subscribers.csv", """
                subscriber_id,account_id,full_name,phone,tariff_code,area_code,status,activated_on,segment,consent_calls,email
                S10,A10,Anna Smirnova,8 916 123-45-60,T1,MSK-1,ACTIVE,2025-03-01,VIP,Y,anna@example.ru
                S11,A10,Boris Smirnov,+7(916)1234561,T2,MSK,SUSPENDED,01.02.2020,,,
                """).toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("read 2, loaded 2, rejected 0");
        Map<String, Object> anna = jdbc.queryForMap("SELECT * FROM subscriber WHERE subscriber_id = 'S10'");
        assertThat(anna).containsEntry("phone", "+79161234560").containsEntry("segment", "VIP")
                .containsEntry("consent_calls", true).containsEntry("consent_sms", true)
                .containsEntry("consent_email", false).containsEntry("language", "ru");
        Map<String, Object> boris = jdbc.queryForMap("SELECT * FROM subscriber WHERE subscriber_id = 'S11'");
        assertThat(boris).containsEntry("phone", "+79161234561").containsEntry("segment", "B2C")
                .containsEntry("consent_calls", false).containsEntry("status", "SUSPENDED");
        assertThat(boris.get("activated_on").toString()).isEqualTo("2020-02-01");
        assertThat(jdbc.queryForList("SELECT account_id FROM account ORDER BY 1", String.class))
                .containsExactly("A1", "A10", "A2");
        assertThat(Files.exists(dir.resolve("subscribers.csv.rejects.csv"))).isFalse();
    }

    @Test
    void badRowsGoToTheRejectReportWithTheRowAPersonSeesAndTheGoodRowsLoad() {
        ReferenceData.load(dir);
        Path file = ImportFiles.csv(dir, "messy.csv", """
                SUBSCRIBER_ID ; Account_Id ; full_name ; phone ; tariff_code ; area_code ; status ; activated_on
                S20;A20;Good One;+79161230020;T1;MSK;ACTIVE;2025-01-01

                S21;A21;No Tariff;+79161230021;T9;MSK;ACTIVE;2025-01-01
                S22;A22;Kazakh Phone;+77012345678;T1;MSK;ACTIVE;2025-01-01
                S23;;No Account;+79161230023;T1;NOWHERE;GONE;31.02.2025
                S24;A24;=HYPERLINK("x");+79161230024;T1;NOWHERE;ACTIVE;2025-01-01
                """);

        Cli.Result result = Cli.run("import", "subscribers", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path report = dir.resolve("messy.csv.rejects.csv");
        assertThat(result.out()).contains("read 5, loaded 1, rejected 4", report.toString());
        assertThat(jdbc.queryForList("SELECT subscriber_id FROM subscriber WHERE subscriber_id LIKE 'S2_'", String.class))
                .containsExactly("S20");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account WHERE account_id IN ('A21', 'A22', 'A24')", Long.class))
                .as("a rejected row creates no account").isZero();
        assertThat(ImportFiles.read(report).lines().toList()).containsExactly(
                "\uFEFFrow,column,value,reason,key",
                "4,tariff_code,T9,unknown tariff,subscriber_id=S21",
                "5,phone,'+77012345678,bad phone: not a RU number (KZ),subscriber_id=S22",
                "6,account_id,,missing required value,subscriber_id=S23",
                "6,status,GONE,\"unknown code; expected one of ACTIVE, SUSPENDED, TERMINATED\",subscriber_id=S23",
                "6,activated_on,31.02.2025,not a date (use 2026-11-21 or 21.11.2026),subscriber_id=S23",
                "7,area_code,NOWHERE,unknown area,subscriber_id=S24");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM import_reject", Long.class)).isZero();
        assertThat(result.out().lines().count()).isOne();
    }

    @Test
    void anXlsxWithDateCellsAndNumericPhoneCellsLoadsExactly() {
        ReferenceData.load(dir);
        Path file = ImportFiles.xlsx(dir, "subscribers.xlsx", sheet -> {
            sheet.row(2, "subscriber_id", "account_id", "full_name", "phone", "tariff_code", "area_code", "status",
                    "activated_on", "consent_sms");
            sheet.row(3, 100234, 5001, "Пётр Сидоров", 79161234567L, "T1", "MSK", "ACTIVE", LocalDate.of(2026, 11, 21), "N");
            sheet.row(4, 100235, 5001, "Мария Сидорова", 89161234569L, "T1", "MSK", "ACTIVE", "21.11.2026", null);
            sheet.row(5, 100236, 5002, "Bad Phone", 7916.5, "T1", "MSK", "ACTIVE", LocalDate.of(2026, 1, 2), null);
        });

        Cli.Result result = Cli.run("import", "subscribers", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("read 3, loaded 2, rejected 1");
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT subscriber_id, account_id, phone, activated_on::text AS activated, consent_sms FROM subscriber"
                        + " WHERE subscriber_id LIKE '1002%' ORDER BY 1");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("subscriber_id", "100234").containsEntry("account_id", "5001")
                .containsEntry("phone", "+79161234567").containsEntry("activated", "2026-11-21")
                .containsEntry("consent_sms", false);
        assertThat(rows.get(1)).containsEntry("phone", "+79161234569").containsEntry("activated", "2026-11-21");
        assertThat(ImportFiles.read(dir.resolve("subscribers.xlsx.rejects.csv")))
                .as("a numeric key cell is named as the sheet shows it")
                .contains("6,phone,7916.5,bad phone: not a phone number: has a fraction,subscriber_id=100236");
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        ReferenceData.load(dir);
        Path file = ImportFiles.csv(dir, "again.csv", """
                subscriber_id,account_id,full_name,phone,tariff_code,area_code,status,activated_on
                S30,A30,Same Twice,+79161230030,T1,MSK,ACTIVE,2025-01-01
                S30,A30,Same Twice Later Row Wins,+79161230030,T1,MSK,ACTIVE,2025-01-01
                S31,A31,Other,+79161230031,T2,MSK-1,TERMINATED,2025-01-01
                """);
        ReferenceData.imported("subscribers", file);
        List<Map<String, Object>> before = snapshot();
        long xminBefore = jdbc.queryForObject("SELECT sum(xmin::text::bigint) FROM subscriber", Long.class);

        Cli.Result sameFile = Cli.run("import", "subscribers", file.toString());
        Path copy = ImportFiles.write(dir, "again-copy.csv", ImportFiles.read(file).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Cli.Result copied = Cli.run("import", "subscribers", copy.toString());
        Cli.Result rerun = Cli.run("import", "subscribers", file.toString(), "--rerun");

        assertThat(sameFile.exitCode()).isZero();
        assertThat(sameFile.out()).contains("already imported", "read 3, loaded 3, rejected 0");
        assertThat(copied.out()).contains("read 3, loaded 3, rejected 0");
        assertThat(rerun.out()).contains("read 3, loaded 3, rejected 0").doesNotContain("already");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(before).anySatisfy(row -> assertThat(row).containsEntry("full_name", "Same Twice Later Row Wins"));
        assertThat(jdbc.queryForObject("SELECT sum(xmin::text::bigint) FROM subscriber", Long.class))
                .as("unchanged rows are not rewritten").isEqualTo(xminBefore);
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("SELECT * FROM subscriber ORDER BY subscriber_id");
    }
}
