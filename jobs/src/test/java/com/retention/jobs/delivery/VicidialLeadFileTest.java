package com.retention.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.delivery.dialer.VicidialLeadFile;
import com.retention.jobs.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code dialer-vicidial.txt} read back the way VICIdial's list loader reads its standard layout. */
class VicidialLeadFileTest extends IntegrationTest {

    /** VICIdial's standard lead-file format, column by column, as its list loader documents it. */
    private static final List<String> STANDARD_LAYOUT = List.of("vendor_lead_code", "source_id", "list_id",
            "phone_code", "phone_number", "title", "first_name", "middle_initial", "last_name", "address1",
            "address2", "address3", "city", "state", "province", "postal_code", "country_code", "gender",
            "date_of_birth", "alt_phone", "email", "security_phrase", "comments", "rank", "owner");

    private static final LocalDate D = LocalDate.of(2026, 11, 22);

    @Autowired
    VicidialLeadFile file;

    @TempDir
    Path folder;

    @Test
    void everyCallTaskIsOneLeadInTheStandardLayout() throws Exception {
        DayNotifications day = new DayNotifications(jdbc, D, "Asia/Vladivostok");
        day.add("SMS", "+79161234567", "DUNNING", "PAYMENT_DUE", "x");
        day.add("SMS", "+74232000000", "RETENTION", "SAVING", "x");
        jdbc.update("UPDATE subscriber SET full_name = 'Иванова Анна Петровна', email = 'anna@example.org' "
                + "WHERE subscriber_id = 'S1'");
        jdbc.update("UPDATE subscriber SET full_name = '=HYPERLINK(\"x\")\tTab' WHERE subscriber_id = 'S2'");
        task("20261122-000001", "BILLING_B2C", 1, "S1", "+79161234567", "DUNNING", "REMINDER_CALL");
        task("20261122-000002", "VIP-Petrova", 1, "S2", "+74232000000", "RETENTION", "SAVING");

        assertThat(file.write(D, folder)).isEqualTo(2);

        List<String> lines = Files.readAllLines(folder.resolve("dialer-vicidial.txt"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        Map<String, String> billing = lead(lines.get(0));
        assertThat(billing).containsEntry("vendor_lead_code", "20261122-000001")
                .containsEntry("source_id", "DUNNING")
                .containsEntry("list_id", "1003")
                .containsEntry("phone_code", "7")
                .containsEntry("phone_number", "9161234567")
                .containsEntry("last_name", "Иванова")
                .containsEntry("first_name", "Анна")
                .containsEntry("middle_initial", "П")
                .containsEntry("country_code", "RU")
                .containsEntry("email", "anna@example.org")
                .containsEntry("comments", "REMINDER_CALL 09:00–20:00 Asia/Vladivostok")
                .containsEntry("rank", "1")
                .containsEntry("owner", "BILLING_B2C")
                .containsEntry("title", "");
        Map<String, String> vip = lead(lines.get(1));
        assertThat(vip).containsEntry("list_id", "1100").containsEntry("owner", "VIP-Petrova")
                .containsEntry("phone_number", "4232000000");
        assertThat(vip.get("last_name")).as("no formula, no tab shifting the columns").startsWith("'=HYPERLINK");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsExactly("dialer-vicidial.txt");
    }

    private static Map<String, String> lead(String line) {
        String[] cells = line.split("\t", -1);
        assertThat(cells).as(line).hasSize(STANDARD_LAYOUT.size());
        Map<String, String> lead = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            lead.put(STANDARD_LAYOUT.get(i), cells[i]);
        }
        assertThat(lead.get("phone_number")).matches("\\d{6,16}");
        assertThat(lead.get("list_id")).matches("\\d{3,12}");
        return lead;
    }

    private void task(String id, String team, int rank, String subscriber, String phone, String campaign, String step) {
        Long candidate = jdbc.queryForObject("""
                INSERT INTO contact_candidate (business_date, subscriber_id, channel, campaign, step, decision)
                VALUES (?, ?, 'CALL', ?, ?, 'LISTED') RETURNING candidate_id
                """, Long.class, D, subscriber, campaign, step);
        jdbc.update("""
                INSERT INTO call_task (task_id, business_date, candidate_id, team, rank, subscriber_id, phone, campaign,
                    step, earliest_utc, latest_utc, local_window)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now() + interval '1 hour', '09:00–20:00 Asia/Vladivostok')
                """, id, D, candidate, team, rank, subscriber, phone, campaign, step);
    }
}
