package com.retention.jobs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketOutageDncTargetImportTest extends IntegrationTest {

    @TempDir
    Path dir;

    @Test
    void ticketTimesAreTheOperatorsLocalTimeUnlessTheyCarryAnOffset() {
        ReferenceData.load(dir);
        Path file = ImportFiles.csv(dir, "tickets.csv", """
                ticket_id,subscriber_id,opened_at,category,closed_at
                K1,S1,2026-11-21T14:30,complaint,21.11.2026 18:00
                K2,S2,2026-11-21T14:30+05:00,NO_SERVICE,
                K3,S9,2026-11-21 10:00,OTHER,
                K4,S1,2026-11-21T14:30,BROKEN,2026-11-20T10:00
                """);

        Cli.Result result = Cli.run("import", "tickets", file.toString());

        assertThat(result.out()).contains("read 4, loaded 2, rejected 2");
        assertThat(opened("K1")).isEqualTo(Instant.parse("2026-11-21T11:30:00Z"));
        assertThat(opened("K2")).isEqualTo(Instant.parse("2026-11-21T09:30:00Z"));
        assertThat(jdbc.queryForObject("SELECT category FROM ticket WHERE ticket_id = 'K1'", String.class)).isEqualTo("COMPLAINT");
        assertThat(ImportFiles.read(dir.resolve("tickets.csv.rejects.csv")))
                .contains("4,subscriber_id,S9,unknown subscriber,ticket_id=K3", "5,category,BROKEN",
                        "5,closed_at,2026-11-20T10:00,closed before it was opened,ticket_id=K4");
    }

    @Test
    void outagesAreKeyedByOutageAndAreaAndNeedAKnownArea() {
        ReferenceData.load(dir);
        Path file = ImportFiles.csv(dir, "outages.csv", """
                outage_id,area_code,kind,starts_at,expected_end_at,ended_at,description
                O1,MSK,PLANNED,2026-11-22T02:00,2026-11-22T04:00,,=cmd|' /C calc'!A0
                O1,MSK-1,PLANNED,2026-11-22T02:00,2026-11-22T04:00,,Works
                O2,NOWHERE,UNPLANNED,2026-11-21T10:00,,,
                O3,MSK,UNPLANNED,2026-11-21T10:00,,2026-11-21T09:00,
                """);

        Cli.Result result = Cli.run("import", "outages", file.toString());

        assertThat(result.out()).contains("read 4, loaded 2, rejected 2");
        assertThat(jdbc.queryForList("SELECT area_code FROM outage WHERE outage_id = 'O1' ORDER BY 1", String.class))
                .containsExactly("MSK", "MSK-1");
        assertThat(jdbc.queryForObject("SELECT description FROM outage WHERE area_code = 'MSK'", String.class))
                .as("stored as given; exports guard formulas").isEqualTo("=cmd|' /C calc'!A0");
        assertThat(ImportFiles.read(dir.resolve("outages.csv.rejects.csv")))
                .contains("4,area_code,NOWHERE,unknown area,outage_id=O2; area_code=NOWHERE",
                        "5,ended_at,2026-11-21T09:00,ended before it started,outage_id=O3; area_code=MSK");
    }

    @Test
    void dncNumbersAreStoredInE164SoTwoSpellingsAreOneNumber() {
        Path file = ImportFiles.xlsx(dir, "dnc.xlsx", sheet -> {
            sheet.row(0, "phone", "reason", "added_on");
            sheet.row(1, 79161234567L, "asked", java.time.LocalDate.of(2026, 11, 1));
            sheet.row(2, "8 (916) 123-45-67", "asked again", null);
            sheet.row(3, "+7 701 234 5678", "kz", null);
        });

        Cli.Result result = Cli.run("import", "dnc", file.toString());

        assertThat(result.out()).contains("read 3, loaded 2, rejected 1");
        assertThat(jdbc.queryForList("SELECT phone || ' ' || reason FROM dnc", String.class))
                .containsExactly("+79161234567 asked again");
        assertThat(ImportFiles.read(dir.resolve("dnc.xlsx.rejects.csv")).lines().skip(1).toList())
                .as("the key cell itself is bad: the reject names no key")
                .containsExactly("4,phone,'+7 701 234 5678,bad phone: not a RU number (KZ),");
    }

    @Test
    void targetsNameASubscriberOrAPhone() {
        ReferenceData.load(dir);
        Path file = ImportFiles.csv(dir, "targets.csv", """
                campaign_code,subscriber_id,phone,offer_tariff_code,note
                WINTER,S1,,T1,vip
                WINTER,,+79161239999,,cold lead
                WINTER,S9,,,
                WINTER,S2,,NOPE,
                WINTER,,,,nobody
                """);

        Cli.Result first = Cli.run("import", "targets", file.toString());
        Cli.Result again = Cli.run("import", "targets", file.toString(), "--rerun");

        assertThat(first.out()).contains("read 5, loaded 2, rejected 3");
        assertThat(again.out()).contains("read 5, loaded 2, rejected 3");
        assertThat(jdbc.queryForList("SELECT target_key FROM target ORDER BY 1", String.class))
                .containsExactly("+79161239999", "S1");
        assertThat(ImportFiles.read(dir.resolve("targets.csv.rejects.csv")))
                .contains("4,subscriber_id,S9,unknown subscriber,campaign_code=WINTER; subscriber_id=S9",
                        "5,offer_tariff_code,NOPE,unknown tariff,campaign_code=WINTER; subscriber_id=S2",
                        "6,subscriber_id,,missing required value: give subscriber_id or phone,");
    }

    @Test
    void aTargetFileWithNeitherSubscriberNorPhoneColumnIsRefused() {
        Cli.Result result = Cli.run("import", "targets",
                ImportFiles.csv(dir, "t.csv", "campaign_code,note\nX,y\n").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("needs a column subscriber_id or phone");
    }

    private Instant opened(String ticket) {
        return jdbc.queryForObject("SELECT opened_at FROM ticket WHERE ticket_id = ?", OffsetDateTime.class, ticket).toInstant();
    }
}
