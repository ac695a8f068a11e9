package com.retention.jobs.exports;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where outputs go: {@code retention.output}, default {@code ./out}. */
@ConfigurationProperties(prefix = "retention")
public record OutputProperties(Path output) {

    public OutputProperties {
        if (output == null) {
            output = Path.of("out");
        }
    }
}
