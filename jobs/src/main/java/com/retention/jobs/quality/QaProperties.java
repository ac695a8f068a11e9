package com.retention.jobs.quality;

import com.retention.domain.quality.QaSampling;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code retention.qa.*}: how many calls of each agent the monthly quality sample picks. */
@ConfigurationProperties(prefix = "retention.qa")
public record QaProperties(Integer callsPerAgent) {

    public QaProperties {
        callsPerAgent = callsPerAgent == null ? 10 : callsPerAgent;
    }

    public QaSampling sampling() {
        return new QaSampling(callsPerAgent);
    }
}
