package com.retention.jobs.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A job instance recorded without its first execution (the process or the database died between the
 * two) no longer blocks the date: before, every start failed with "Cannot find any job execution".
 */
class EmptyInstanceTest extends IntegrationTest {

    @Autowired
    JobRepository jobRepository;

    @Test
    void anInstanceWithoutExecutionIsRemovedAndTheJobStarts() {
        LocalDate date = LocalDate.of(2031, 5, 6);
        jobRepository.createJobInstance("report", JobParametersFactory.of(date, null, null));

        Cli.Result run = Cli.run("run", "report", "--date", date.toString(),
                "--retention.output=" + System.getProperty("java.io.tmpdir") + "/empty-instance-test");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("report for " + date + ": COMPLETED");
    }
}
