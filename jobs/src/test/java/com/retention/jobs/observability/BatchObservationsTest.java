package com.retention.jobs.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.IntegrationTest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** config/application.yml turns off Spring Batch's per-item observations and keeps the job and step ones. */
class BatchObservationsTest extends IntegrationTest {

    @Autowired
    ObservationRegistry observations;

    @Test
    void itemObservationsAreOffAndJobAndStepObservationsOn() {
        assertThat(enabled("spring.batch.item.read")).isFalse();
        assertThat(enabled("spring.batch.item.process")).isFalse();
        assertThat(enabled("spring.batch.job")).isTrue();
        assertThat(enabled("spring.batch.step")).isTrue();
    }

    private boolean enabled(String name) {
        return !Observation.createNotStarted(name, observations).isNoop();
    }
}
