package com.retention.jobs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TariffAndAreaImportTest extends IntegrationTest {

    @TempDir
    Path dir;

    @Test
    void tariffsSavedByARussianExcelLoadWithDecimalCommasGroupedThousandsAndDottedDates() {
        Path file = ImportFiles.russianExcelCsv(dir, "тарифы.csv", List.of(
                "Tariff_Code;Name;Monthly_Fee;Status;Technology;Included_Minutes;Included_SMS;Included_Data_GB;Minute_Price;Speed_Mbps;Launched_On",
                "BIG;\"Большой; с запятой\";1 234,56;ACTIVE;gpon;unlimited;;\u00A0;1,5;500;21.11.2026",
                "MID;Средний;1\u00A0000;legacy;;300;100;15,5;2.25;;2026-01-31"));

        Cli.Result result = Cli.run("import", "tariffs", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("read 2, loaded 2, rejected 0");
        Map<String, Object> big = jdbc.queryForMap("SELECT * FROM tariff WHERE tariff_code = 'BIG'");
        assertThat(big).containsEntry("name", "Большой; с запятой").containsEntry("status", "ACTIVE")
                .containsEntry("technology", "GPON").containsEntry("segment", "B2C")
                .containsEntry("included_minutes", null).containsEntry("speed_mbps", 500);
        assertThat((BigDecimal) big.get("monthly_fee")).isEqualByComparingTo("1234.56");
        assertThat((BigDecimal) big.get("included_sms")).as("empty = none included").isEqualByComparingTo("0");
        assertThat((BigDecimal) big.get("included_data_gb")).isEqualByComparingTo("0");
        assertThat((BigDecimal) big.get("minute_price")).isEqualByComparingTo("1.5");
        assertThat(big.get("launched_on").toString()).isEqualTo("2026-11-21");
        Map<String, Object> mid = jdbc.queryForMap("SELECT * FROM tariff WHERE tariff_code = 'MID'");
        assertThat(mid).containsEntry("status", "LEGACY").containsEntry("technology", "MOBILE");
        assertThat((BigDecimal) mid.get("monthly_fee")).isEqualByComparingTo("1000");
        assertThat((BigDecimal) mid.get("included_data_gb")).isEqualByComparingTo("15.5");
        assertThat((BigDecimal) mid.get("sms_price")).isEqualByComparingTo("0");
    }

    @Test
    void badTariffRowsAreRejectedWithTheirReasons() {
        Path file = ImportFiles.csv(dir, "bad-tariffs.csv", """
                tariff_code,name,monthly_fee,status,included_data_gb,speed_mbps,closed_on
                OK,Fine,100,ACTIVE,5,100,
                NEG,Negative,-5,ACTIVE,,,
                ,No code,10,ACTIVE,,,
                TXT,Text fee,abc,RETIRED,lots,1.5,2026-13-01
                EXP,Exponent,1e5,ACTIVE,,,
                """);

        Cli.Result result = Cli.run("import", "tariffs", file.toString());

        assertThat(result.out()).contains("read 5, loaded 1, rejected 4");
        assertThat(jdbc.queryForList("SELECT tariff_code FROM tariff", String.class)).containsExactly("OK");
        assertThat(ImportFiles.read(dir.resolve("bad-tariffs.csv.rejects.csv")).lines().toList()).containsExactly(
                "\uFEFFrow,column,value,reason,key",
                "3,monthly_fee,'-5,must not be negative,tariff_code=NEG",
                "4,tariff_code,,missing required value,",
                "5,monthly_fee,abc,not a number,tariff_code=TXT",
                "5,status,RETIRED,\"unknown code; expected one of ACTIVE, LEGACY\",tariff_code=TXT",
                "5,included_data_gb,lots,not a number,tariff_code=TXT",
                "5,speed_mbps,1.5,must be a whole number,tariff_code=TXT",
                "5,closed_on,2026-13-01,not a date (use 2026-11-21 or 21.11.2026),tariff_code=TXT",
                "6,monthly_fee,1e5,not a number,tariff_code=EXP");
    }

    @Test
    void areasMayListChildrenBeforeParentsAndInheritTheParentsTimeZone() {
        Path file = ImportFiles.csv(dir, "areas.csv", """
                area_code,name,parent_code,kind,timezone
                VVO-B1,Building 1,VVO-C,BUILDING,
                VVO-C,Vladivostok,PRIM,CITY,
                PRIM,Primorye,,REGION,Asia/Vladivostok
                BAD,Bad zone,,REGION,Asia/Vladivostock
                SELF,Self parent,SELF,node,
                """);

        Cli.Result result = Cli.run("import", "areas", file.toString());

        assertThat(result.out()).contains("read 5, loaded 3, rejected 2");
        assertThat(jdbc.queryForObject("SELECT timezone FROM area_lineage WHERE area_code = 'VVO-B1'"
                + " AND timezone IS NOT NULL ORDER BY depth LIMIT 1", String.class)).isEqualTo("Asia/Vladivostok");
        assertThat(ImportFiles.read(dir.resolve("areas.csv.rejects.csv")))
                .contains("5,timezone,Asia/Vladivostock,not an IANA time zone name such as Europe/Moscow,area_code=BAD")
                .contains("6,parent_code,SELF,an area cannot be its own parent,area_code=SELF");
    }
}
