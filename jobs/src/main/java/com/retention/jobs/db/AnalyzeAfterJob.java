package com.retention.jobs.db;

import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refreshes the planner's statistics of the tables a job has just filled, before the next job of the
 * night reads them. Autovacuum analyzes a table only some time after a bulk write; a query planned
 * in between takes a million-row table for empty and may loop over it once per row (the outages
 * step ran for minutes on a fresh 1 000 000-subscriber operator for want of churn_score's statistics).
 * Table names are code, never input.
 */
public final class AnalyzeAfterJob implements JobExecutionListener {

    private final JdbcTemplate jdbc;
    private final String tables;

    public AnalyzeAfterJob(JdbcTemplate jdbc, String... tables) {
        List<String> names = List.of(tables);
        names.forEach(table -> {
            if (!table.matches("[a-z_]+")) {
                throw new IllegalArgumentException("not a plain table name: " + table);
            }
        });
        this.jdbc = jdbc;
        this.tables = String.join(", ", names);
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            jdbc.execute("ANALYZE " + tables);
        }
    }
}
