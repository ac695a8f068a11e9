package com.retention.jobs.demo.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.spreadsheet.CallListRow;
import com.retention.jobs.spreadsheet.CallListWorkbookWriter;
import com.retention.jobs.support.IntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** One simulated day over a list the test writes itself (the call-lists job is another package's). */
@TestPropertySource(properties = "retention.output=" + DemoSimulationTest.OUT)
class DemoSimulationTest extends IntegrationTest {

    static final String OUT = "target/simulation-test-out";
    static final LocalDate D = LocalDate.of(2026, 11, 23);
    static final int TASKS = 300;

    @Autowired
    DemoSimulation simulation;

    @Test
    void aTeamWorksItsListAndHandsItBackThroughTheOutcomeImport() throws IOException {
        List<CallListRow> rows = operatorWithTasks();
        new CallListWorkbookWriter().write(Path.of(OUT), D, "RETENTION_B2C", rows.iterator());
        List<String> console = new ArrayList<>();

        List<SimulatedDay> days = simulation.run(D, 1, 5, console::add, failed -> { });

        Path worked = Path.of(OUT, "call-lists/2026-11-23/RETENTION_B2C.worked.xlsx");
        assertThat(worked).exists();
        SimulatedDay day = days.get(0);
        assertThat(day.lists()).isOne();
        assertThat(day.tasks()).isEqualTo(TASKS);
        assertThat(day.rejected()).as(console.toString()).isZero();
        long outcomes = jdbc.queryForObject("SELECT count(*) FROM outcome", Long.class);
        assertThat(outcomes).isBetween(TASKS * 9L / 10, (long) TASKS);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tariff_order", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM outcome WHERE outcome = 'ACCEPTED'", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT agent) FROM outcome", Long.class)).isGreaterThan(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber WHERE tariff_code = 'NEW'", Long.class))
                .as("billing applied most orders overnight").isPositive();
        assertThat(console).hasSize(2);
        assertThat(console.get(1)).startsWith("qa-sample for 2026-11-01: COMPLETED");
        long agents = jdbc.queryForObject("SELECT count(DISTINCT agent) FROM qa_sample WHERE month = DATE '2026-11-01'",
                Long.class);
        assertThat(agents).as("the month's quality sample has every agent who reached someone")
                .isEqualTo(jdbc.queryForObject("SELECT count(DISTINCT agent) FROM outcome WHERE outcome NOT IN"
                        + " ('NO_ANSWER', 'BUSY', 'VOICEMAIL', 'WRONG_NUMBER')", Long.class));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome WHERE csat IS NOT NULL", Long.class))
                .as("some subscribers rated their call").isPositive();
        assertThat(Path.of(OUT, "qa/2026-11/sample.csv")).exists();

        List<String> before = jdbc.queryForList("SELECT task_id || outcome || agent FROM outcome ORDER BY 1", String.class);
        Files.delete(worked);
        simulation.run(D, 1, 5, line -> { }, failed -> { });
        assertThat(jdbc.queryForList("SELECT task_id || outcome || agent FROM outcome ORDER BY 1", String.class))
                .as("the same seed works the list the same way").isEqualTo(before);
    }

    private List<CallListRow> operatorWithTasks() {
        jdbc.update("INSERT INTO tariff (tariff_code, name, monthly_fee, status) VALUES ('OLD', 'Old', 600, 'LEGACY'),"
                + " ('NEW', 'New', 350, 'ACTIVE')");
        jdbc.update("INSERT INTO area (area_code, name, timezone) VALUES ('VVO', 'Vladivostok', 'Asia/Vladivostok')");
        jdbc.update("INSERT INTO account SELECT 'A' || i FROM generate_series(1, ?) i", TASKS);
        jdbc.update("""
                INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status, activated_on)
                SELECT 'S' || i, 'A' || i, 'Subscriber ' || i, '+7914' || lpad(i::text, 7, '0'), 'OLD', 'VVO', 'ACTIVE',
                       DATE '2024-01-01' FROM generate_series(1, ?) i""", TASKS);
        jdbc.update("""
                INSERT INTO offer (business_date, subscriber_id, current_tariff, offer_tariff, offer_type, current_cost,
                                   offer_cost, monthly_saving, valid_until)
                SELECT DATE '2026-11-23', 'S' || i, 'OLD', 'NEW', 'SAVING', 600, 350, 250, DATE '2026-12-23'
                FROM generate_series(1, ?) i ORDER BY i""", TASKS);
        jdbc.update("""
                INSERT INTO contact_candidate (business_date, subscriber_id, channel, campaign, step, offer_id, attempt, decision)
                SELECT DATE '2026-11-23', 'S' || i, 'CALL', 'RETENTION', 'SAVING', i, 1, 'LISTED'
                FROM generate_series(1, ?) i ORDER BY i""", TASKS);
        jdbc.update("""
                INSERT INTO call_task (task_id, business_date, candidate_id, team, rank, subscriber_id, phone, campaign, step,
                                       earliest_utc, latest_utc, local_window, attempt)
                SELECT '20261123-' || lpad(i::text, 6, '0'), DATE '2026-11-23', i, 'RETENTION_B2C', i, 'S' || i,
                       '+7914' || lpad(i::text, 7, '0'), 'RETENTION', 'SAVING', TIMESTAMPTZ '2026-11-22 22:00Z',
                       TIMESTAMPTZ '2026-11-23 12:00Z', '08:00–22:00 Asia/Vladivostok', 1
                FROM generate_series(1, ?) i""", TASKS);
        List<CallListRow> rows = new ArrayList<>();
        for (int i = 1; i <= TASKS; i++) {
            rows.add(new CallListRow("20261123-%06d".formatted(i), i, "RETENTION", "SAVING", "S" + i, "Subscriber " + i,
                    "+7914%07d".formatted(i), "08:00–22:00 Asia/Vladivostok", "B2C", "OLD", "NEW", BigDecimal.valueOf(250),
                    null, null, null, "script", 1));
        }
        return rows;
    }
}
