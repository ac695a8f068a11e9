package com.retention.jobs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.outcomes.OutcomesJobConfiguration;
import com.retention.jobs.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;

/** Every import kind gets its job from its class alone: a bean, registered for restarts, with both steps. */
class ImportJobsTest extends IntegrationTest {

    @Autowired
    List<ImportDefinition> definitions;

    @Autowired
    List<Job> jobs;

    @Autowired
    JobRegistry registry;

    @Test
    void eachKindHasItsJob() throws Exception {
        List<String> names = jobs.stream().map(Job::getName).toList();
        assertThat(definitions).hasSize(11);
        for (ImportDefinition kind : definitions) {
            assertThat(names).as(kind.kind()).containsOnlyOnce(kind.jobName());
            Job job = registry.getJob(kind.jobName());
            assertThat(job).as(kind.jobName()).isNotNull();
            if (!kind.jobName().equals(OutcomesJobConfiguration.JOB)) {
                assertThat(((org.springframework.batch.core.step.ListableStepLocator) job).getStepNames())
                        .containsExactlyInAnyOrder(kind.jobName() + "-rows", kind.jobName() + "-report");
            }
        }
    }
}
