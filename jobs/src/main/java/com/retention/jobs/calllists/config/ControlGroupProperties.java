package com.retention.jobs.calllists.config;

import com.retention.domain.contact.ControlGroupConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code retention.control-group.share} (README): the fraction 0..1 of each sales campaign held out. */
@ConfigurationProperties(prefix = "retention.control-group")
public record ControlGroupProperties(Double share) {

    public ControlGroupProperties {
        share = share != null ? share : ControlGroupConfig.defaults().share();
    }

    public ControlGroupConfig config() {
        try {
            return new ControlGroupConfig(share);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("retention.control-group.share " + share + " must be within 0..1 (0.10 = 10 %)");
        }
    }
}
