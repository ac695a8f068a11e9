package com.retention.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.imports.ImportService;
import com.retention.jobs.imports.ImportSummary;
import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.support.OutcomeFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code import outcomes} of VICIdial's call export: its columns, tab-separated, its statuses through the map. */
class VicidialCallExportTest extends IntegrationTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 23);

    @Autowired
    ImportService imports;

    @TempDir
    Path dir;

    @Test
    void theCallExportIsReadUnderItsOwnColumnsAndStatuses() throws Exception {
        OutcomeFixture f = new OutcomeFixture(jdbc);
        String noAnswer = f.retentionTask(D, 1);
        String sale = f.retentionTask(D, 2);
        String dnc = f.retentionTask(D, 3);
        String machine = f.retentionTask(D, 4);
        String dead = f.retentionTask(D, 5);
        String transfer = f.retentionTask(D, 6);
        Path export = dir.resolve("vicidial-calls.txt");
        Files.writeString(export, String.join("\n",
                "call_date\tphone_number\tstatus\tuser\tfull_name\tcampaign_id\tvendor_lead_code\tsource_id\tlist_id\tlength_in_sec",
                "2026-11-23 10:15:32\t9160000001\tNA\tanna\tAnna\tRET\t" + noAnswer + "\tRETENTION\t1001\t0",
                "2026-11-23 10:20:00\t9160000002\tSALE\tanna\tAnna\tRET\t" + sale + "\tRETENTION\t1001\t245",
                "2026-11-23 10:25:00\t9160000003\tdnc\tboris\tBoris\tRET\t" + dnc + "\tRETENTION\t1001\t31",
                "2026-11-23 10:30:00\t9160000004\tAM\tboris\tBoris\tRET\t" + machine + "\tRETENTION\t1001\t12",
                "2026-11-23 10:35:00\t9160000005\tADC\tboris\tBoris\tRET\t" + dead + "\tRETENTION\t1001\t0",
                "2026-11-23 10:40:00\t9160000006\tXFER\tboris\tBoris\tRET\t" + transfer + "\tRETENTION\t1001\t60") + "\n",
                StandardCharsets.UTF_8);

        ImportSummary summary = imports.importFile("outcomes", export, false);

        assertThat(summary.line()).contains("read 6, loaded 5, rejected 1");
        Map<String, Object> accepted = jdbc.queryForMap("SELECT * FROM outcome WHERE task_id = ?", sale);
        assertThat(accepted).containsEntry("outcome", "ACCEPTED").containsEntry("talk_seconds", 245)
                .containsEntry("agent", "anna");
        assertThat(((java.sql.Timestamp) accepted.get("contacted_at")).toInstant())
                .as("the operator's local time").isEqualTo(java.time.Instant.parse("2026-11-23T07:20:00Z"));
        assertThat(outcome(noAnswer)).isEqualTo("NO_ANSWER");
        assertThat(outcome(dnc)).isEqualTo("DO_NOT_CALL");
        assertThat(outcome(machine)).isEqualTo("VOICEMAIL");
        assertThat(outcome(dead)).isEqualTo("WRONG_NUMBER");
        List<String> rejects = Files.readAllLines(dir.resolve("vicidial-calls.txt.rejects.csv"));
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(1)).contains("XFER").contains("task_id=" + transfer);
    }

    private String outcome(String taskId) {
        return jdbc.queryForObject("SELECT outcome FROM outcome WHERE task_id = ?", String.class, taskId);
    }
}
