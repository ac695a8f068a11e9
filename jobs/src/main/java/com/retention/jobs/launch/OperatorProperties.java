package com.retention.jobs.launch;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The operator's own settings: its time zone decides what "business date D" means. */
@ConfigurationProperties(prefix = "retention.operator")
public record OperatorProperties(ZoneId timezone) {

    public OperatorProperties {
        if (timezone == null) {
            timezone = ZoneId.of("Europe/Moscow");
        }
    }
}
