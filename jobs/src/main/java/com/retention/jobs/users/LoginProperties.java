package com.retention.jobs.users;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code retention.http.login.*}: after {@code max-failures} wrong passwords in a row a login is refused
 * for {@code lock-minutes}, even with the right password (0 = never locked); a right password is
 * remembered for {@code remember} (0s = checked with BCrypt on every request).
 */
@ConfigurationProperties(prefix = "retention.http.login")
public record LoginProperties(Integer maxFailures, Integer lockMinutes, Duration remember) {

    public LoginProperties {
        maxFailures = maxFailures != null ? maxFailures : 5;
        lockMinutes = lockMinutes != null ? lockMinutes : 15;
        remember = remember != null ? remember : Duration.ofMinutes(5);
        if (maxFailures < 1) {
            throw new IllegalArgumentException("retention.http.login.max-failures must be at least 1: " + maxFailures);
        }
        if (lockMinutes < 0) {
            throw new IllegalArgumentException("retention.http.login.lock-minutes must be >= 0: " + lockMinutes);
        }
        if (remember.isNegative()) {
            throw new IllegalArgumentException("retention.http.login.remember must be >= 0s: " + remember);
        }
    }
}
