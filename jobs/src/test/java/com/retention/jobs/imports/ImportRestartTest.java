package com.retention.jobs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.cli.ExitCodes;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed import of a file restarts from its last committed chunk when the same file is imported again. */
class ImportRestartTest extends IntegrationTest {

    @TempDir
    Path dir;

    @AfterEach
    void removeTheFault() {
        jdbc.execute("DROP TRIGGER IF EXISTS simulated_fault ON usage_month");
        jdbc.execute("DROP FUNCTION IF EXISTS simulated_fault()");
    }

    @Test
    void aFailedImportRestartsWhereItStoppedAndReportsEachRejectOnce() {
        ReferenceData.load(dir);
        StringBuilder csv = new StringBuilder("subscriber_id,month,charged\n");
        for (int i = 0; i < 5000; i++) {
            String subscriber = i == 10 ? "S404" : "S1";
            String charged = i == 4500 ? "999.99" : "10";
            csv.append(subscriber).append(',').append(YearMonth.of(1700, 1).plusMonths(i)).append(',').append(charged).append('\n');
        }
        Path file = ImportFiles.csv(dir, "usage-big.csv", csv.toString());
        jdbc.execute("""
                CREATE FUNCTION simulated_fault() RETURNS trigger AS $$
                BEGIN
                    IF NEW.charged = 999.99 THEN RAISE EXCEPTION 'simulated disk failure'; END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        jdbc.execute("CREATE TRIGGER simulated_fault BEFORE INSERT ON usage_month FOR EACH ROW EXECUTE FUNCTION simulated_fault()");

        Cli.Result failed = Cli.run("import", "usage", file.toString());

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.err()).contains("import usage failed", "simulated disk failure", "retention jobs restart");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM usage_month", Long.class))
                .as("the two chunks before the fault stay committed").isEqualTo(3999L);

        removeTheFault();
        Cli.Result restarted = Cli.run("import", "usage", file.toString());

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("read 5000, loaded 4999, rejected 1");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM usage_month", Long.class)).isEqualTo(4999L);
        assertThat(ImportFiles.read(dir.resolve("usage-big.csv.rejects.csv")).lines().skip(1).toList())
                .containsExactly("12,subscriber_id,S404,unknown subscriber,subscriber_id=S404; month=1700-11");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id)
                WHERE i.job_name = 'import-usage'""", Long.class)).as("one instance, restarted").isEqualTo(2L);
    }
}
