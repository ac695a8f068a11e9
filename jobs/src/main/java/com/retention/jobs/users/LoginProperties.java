package com.retention.jobs.users;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code retention.http.login.*}: after {@code max-failures} wrong passwords in a row a login is refused
 * for {@code lock-minutes}, even with the right password (0 = never locked).
 */
@ConfigurationProperties(prefix = "retention.http.login")
public record LoginProperties(Integer maxFailures, Integer lockMinutes) {

    public LoginProperties {
        maxFailures = maxFailures != null ? maxFailures : 5;
        lockMinutes = lockMinutes != null ? lockMinutes : 15;
        if (maxFailures < 1) {
            throw new IllegalArgumentException("retention.http.login.max-failures must be at least 1: " + maxFailures);
        }
        if (lockMinutes < 0) {
            throw new IllegalArgumentException("retention.http.login.lock-minutes must be >= 0: " + lockMinutes);
        }
    }
}
