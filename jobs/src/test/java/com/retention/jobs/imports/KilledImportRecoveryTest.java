package com.retention.jobs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.cli.ExitCodes;
import com.retention.jobs.db.AdvisoryLocks;
import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.job.ImportJobParameters;
import com.retention.jobs.scheduling.StaleExecutionRecovery;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.support.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An import whose process was killed mid-file leaves its execution STARTED. Each test makes one the
 * way a SIGKILL does (a failed run whose rows were committed up to a chunk, then marked back as
 * STARTED with no end, the process gone) and checks who may take it over: nobody while its file's
 * run lock is held elsewhere, anyone once it is free.
 */
class KilledImportRecoveryTest extends IntegrationTest {

    private static final String JOB = "import-usage";

    @TempDir
    Path dir;

    @Autowired
    ImportService imports;

    @Autowired
    ImportKinds kinds;

    @Autowired
    StaleExecutionRecovery recovery;

    @AfterEach
    void removeTheFault() {
        jdbc.execute("DROP TRIGGER IF EXISTS simulated_fault ON usage_month");
        jdbc.execute("DROP FUNCTION IF EXISTS simulated_fault()");
    }

    @Test
    void anImportLeftStartedWithItsLockFreeIsRecoveredAndRestartedLoadingEveryRowOnce() {
        Path file = usageFile("usage-killed.csv");
        long first = killedMidFile(file);
        assertThat(status(first)).isEqualTo("STARTED");

        // killed a second time, after its restart
        injectFault();
        assertThat(Cli.run("import", "usage", file.toString()).exitCode()).isEqualTo(ExitCodes.FAILED);
        long second = lastExecution();
        assertThat(second).isGreaterThan(first);
        markKilled(second);
        removeTheFault();

        ImportSummary summary = imports.importFile("usage", file, false);

        assertThat(summary.line()).contains("read 5000, loaded 4999, rejected 1");
        assertThat(status(first)).isEqualTo("FAILED");
        assertThat(status(second)).isEqualTo("FAILED");
        assertThat(status(summary.executionId())).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM usage_month", Long.class)).isEqualTo(4999L);
        assertThat(jdbc.queryForObject("""
                SELECT sum(s.write_count) FROM batch_step_execution s
                JOIN batch_job_execution e USING (job_execution_id) JOIN batch_job_instance i USING (job_instance_id)
                WHERE i.job_name = ? AND s.step_name = ? AND s.status IN ('COMPLETED', 'FAILED')
                  AND e.job_instance_id = (SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = ?)
                """, Long.class, JOB, JOB + "-rows", first))
                .as("each of the 5 000 rows (the rejected one too) written once over the three runs:"
                        + " the committed chunks are not loaded again").isEqualTo(5000L);
        assertThat(ImportFiles.read(dir.resolve("usage-killed.csv.rejects.csv")).lines().skip(1).toList())
                .as("each reject reported once").containsExactly("12,subscriber_id,S404,unknown subscriber,subscriber_id=S404; month=1700-11");
    }

    @Test
    void anImportWhoseLockIsHeldElsewhereIsRefusedWithOneLineAndLeftAlone() throws Exception {
        Path file = usageFile("usage-elsewhere.csv");
        long running = killedMidFile(file);
        ImportDefinition usage = kinds.get("usage");
        JobParameters parameters = ImportJobParameters.of(usage, ImportFileInspector.inspect(usage, file), null);

        long key = AdvisoryLocks.key(ImportRunLock.identity(JOB, parameters));
        try (Connection otherProcess = DriverManager.getConnection(TestDatabase.url(), "postgres", "postgres")) {
            AdvisoryLocks.tryLock(otherProcess, key, false);

            Cli.Result again = Cli.run("import", "usage", file.toString());
            assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(again.err().strip()).doesNotContain("\n").contains("usage-elsewhere.csv is being imported already"
                    + " in another process (execution " + running + ")");

            Cli.Result restart = Cli.run("jobs", "restart", String.valueOf(running));
            assertThat(restart.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(restart.err()).contains("execution " + running + " of import-usage is still running in another process");

            assertThat(recovery.recoverStale()).doesNotContain(running);
            assertThat(status(running)).as("a live import is not touched").isEqualTo("STARTED");
            // the server drops a closed session's locks a moment after the close returns: give it back first
            AdvisoryLocks.unlock(otherProcess, key, false);
        }

        // its process is gone now: the recovery on start marks it failed, and jobs restart finishes it
        assertThat(recovery.recoverStale()).contains(running);
        assertThat(status(running)).isEqualTo("FAILED");
        Cli.Result restart = Cli.run("jobs", "restart", String.valueOf(running));
        assertThat(restart.exitCode()).as(restart.err()).isZero();
        assertThat(restart.out()).contains("import-usage for usage-elsewhere.csv: COMPLETED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM usage_month", Long.class)).isEqualTo(4999L);
    }

    /** 5 000 usage rows, one rejected (row 12); the injected fault stops the rows step at row 4 501. */
    private Path usageFile(String name) {
        ReferenceData.load(dir);
        StringBuilder csv = new StringBuilder("subscriber_id,month,charged\n");
        for (int i = 0; i < 5000; i++) {
            String subscriber = i == 10 ? "S404" : "S1";
            String charged = i == 4500 ? "999.99" : "10";
            csv.append(subscriber).append(',').append(YearMonth.of(1700, 1).plusMonths(i)).append(',').append(charged)
                    .append('\n');
        }
        return ImportFiles.csv(dir, name, csv.toString());
    }

    /** Runs the import into the fault, then leaves its execution as a killed process would. */
    private long killedMidFile(Path file) {
        injectFault();
        Cli.Result failed = Cli.run("import", "usage", file.toString());
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(ExitCodes.FAILED);
        removeTheFault();
        long execution = lastExecution();
        markKilled(execution);
        return execution;
    }

    private void injectFault() {
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION simulated_fault() RETURNS trigger AS $$
                BEGIN
                    IF NEW.charged = 999.99 THEN RAISE EXCEPTION 'simulated crash'; END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        jdbc.execute("DROP TRIGGER IF EXISTS simulated_fault ON usage_month");
        jdbc.execute("CREATE TRIGGER simulated_fault BEFORE INSERT ON usage_month FOR EACH ROW EXECUTE FUNCTION simulated_fault()");
    }

    /** What a SIGKILL leaves: the execution and its step STARTED, never ended. */
    private void markKilled(long execution) {
        jdbc.update("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL"
                + " WHERE job_execution_id = ?", execution);
        jdbc.update("UPDATE batch_step_execution SET status = 'STARTED', exit_code = 'EXECUTING', end_time = NULL"
                + " WHERE job_execution_id = ? AND status = 'FAILED'", execution);
    }

    private long lastExecution() {
        return jdbc.queryForObject("""
                SELECT max(e.job_execution_id) FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id)
                WHERE i.job_name = ?""", Long.class, JOB);
    }

    private String status(long execution) {
        return jdbc.queryForObject("SELECT status FROM batch_job_execution WHERE job_execution_id = ?", String.class,
                execution);
    }
}
